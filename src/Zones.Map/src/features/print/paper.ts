export type PaperSize = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

export interface Paper {
  size: PaperSize;
  orientation: Orientation;
}

const MM: Record<PaperSize, [number, number]> = {A4: [210, 297], A3: [297, 420]};

/** Width and height of the sheet in millimetres. */
export function paperMillimetres(paper: Paper): [number, number] {
  const [short, long] = MM[paper.size];
  return paper.orientation === 'portrait' ? [short, long] : [long, short];
}

/**
 * The @page rule for the chosen paper. Margin 0: the sheet draws its own margins, so the
 * preview on screen is exactly what the printer gets.
 */
export function pageRule(paper: Paper): string {
  return `@page { size: ${paper.size} ${paper.orientation}; margin: 0; }`;
}

/** Read "A3-landscape" (the select's value); anything else is A4 portrait. */
export function parsePaper(value: string | null | undefined): Paper {
  const [size, orientation] = (value ?? '').split('-');
  return {
    size: size === 'A3' ? 'A3' : 'A4',
    orientation: orientation === 'landscape' ? 'landscape' : 'portrait',
  };
}
