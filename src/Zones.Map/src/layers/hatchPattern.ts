/**
 * A diagonal-hatch CanvasPattern for OL fills: marks land that needs attention
 * (unowned zones, coverage gaps) without hiding what lies beneath. Created on
 * first use because it needs a DOM canvas; one per colour.
 */
const patterns = new Map<string, CanvasPattern | string>();

export function hatchPattern(color: string, background = 'rgba(255,255,255,0)', spacing = 8): CanvasPattern | string {
  const key = `${color}|${background}|${spacing}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    pattern = createPattern(color, background, spacing) ?? color;
    patterns.set(key, pattern);
  }
  return pattern;
}

function createPattern(color: string, background: string, spacing: number): CanvasPattern | null {
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const size = Math.round(spacing * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.fillStyle = background;
  context.fillRect(0, 0, size, size);
  context.strokeStyle = color;
  context.lineWidth = 1.5 * ratio;
  // The line and its two corner continuations make the tile seamless.
  context.beginPath();
  context.moveTo(0, size);
  context.lineTo(size, 0);
  context.moveTo(-size / 2, size / 2);
  context.lineTo(size / 2, -size / 2);
  context.moveTo(size / 2, size * 1.5);
  context.lineTo(size * 1.5, size / 2);
  context.stroke();
  return context.createPattern(canvas, 'repeat');
}
