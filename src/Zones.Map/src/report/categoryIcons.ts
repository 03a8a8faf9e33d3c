/**
 * The pictures of the category short list (the server's Http/Report/ResidentCategories.cs names them):
 * small inline SVGs, so the page needs no image requests and they stay sharp on any screen.
 * Drawn on a 48×48 grid in one stroke colour; `currentColor` follows the button's state.
 */
const S = 'fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"';

const ICONS: Record<string, string> = {
  // A bin with rubbish heaped over the rim.
  'bin-full': `<path ${S} d="M12 18h24l-3 24H15z"/><path ${S} d="M10 18h28"/><path ${S} d="M14 17c2-6 6-9 10-6 3-5 9-3 10 6"/>`,
  // A loose heap on the ground.
  'litter': `<path ${S} d="M6 40h36"/><path ${S} d="M10 40c2-8 8-12 14-10 4-6 12-4 14 10"/><path ${S} d="M18 24l3-6 4 5M30 22l4-5"/>`,
  // A street light with a crossed-out lamp.
  'streetlight': `<path ${S} d="M16 44V10h14"/><path ${S} d="M26 10l8 6H24z"/><path ${S} d="M12 44h10"/><path ${S} d="M33 24l6 6M39 24l-6 6"/>`,
  // A public toilet sign: two figures.
  'toilet': `<circle ${S} cx="16" cy="11" r="4"/><circle ${S} cx="32" cy="11" r="4"/><path ${S} d="M16 18v24M12 20h8v12M32 18l-6 16h12zM32 34v8"/>`,
  // A road with dirt spots.
  'road': `<path ${S} d="M16 6L8 42M32 6l8 36"/><path ${S} d="M24 8v6M24 20v6M24 32v6"/><circle cx="15" cy="30" r="2" fill="currentColor"/><circle cx="33" cy="24" r="2" fill="currentColor"/>`,
  // A bin with a crack.
  'bin-broken': `<path ${S} d="M12 14h24l-3 28H15z"/><path ${S} d="M10 14h28M20 10h8"/><path ${S} d="M22 20l4 7-5 5 3 6"/>`,
  // A stall with an awning on the pavement.
  'stall': `<path ${S} d="M8 18l4-8h24l4 8z"/><path ${S} d="M8 18c0 3 4 3 4 0 0 3 4 3 4 0 0 3 4 3 4 0 0 3 4 3 4 0 0 3 4 3 4 0 0 3 4 3 4 0 0 3 4 3 4 0"/><path ${S} d="M12 22v20M36 22v20M12 32h24"/>`,
  // A makeshift shed against a wall.
  'shed': `<path ${S} d="M6 42h36M10 42V22l14-10 14 10v20"/><path ${S} d="M18 42V30h12v12"/><path ${S} d="M6 20l18-12 18 12"/>`,
  // Water with floating rubbish.
  'water': `<path ${S} d="M6 30c4-3 8-3 12 0s8 3 12 0 8-3 12 0M6 38c4-3 8-3 12 0s8 3 12 0 8-3 12 0"/><path ${S} d="M20 24l4-8 4 8z"/>`,
};

/** The SVG markup of a category picture; a plain circle for a picture the page does not know. */
export function categoryIcon(name: string): string {
  const body = ICONS[name] ?? `<circle ${S} cx="24" cy="24" r="14"/>`;
  return `<svg viewBox="0 0 48 48" width="40" height="40" aria-hidden="true" focusable="false">${body}</svg>`;
}
