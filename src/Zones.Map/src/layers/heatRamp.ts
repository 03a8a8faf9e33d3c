/**
 * The heat ramp: light yellow → orange → dark red, with alpha rising from 0.5 to
 * 0.85: a quiet cell still shows over the owner fills, a hot cell covers them. Stops as [t, r, g, b, a].
 */
export const HEAT_STOPS: readonly [number, number, number, number, number][] = [
  [0, 255, 237, 160, 0.5],
  [0.35, 254, 178, 76, 0.65],
  [0.7, 240, 59, 32, 0.75],
  [1, 165, 0, 38, 0.85],
];

/** The colour of a cell of `intensity` (0..1; out-of-range and NaN are clamped). */
export function heatColor(intensity: number): string {
  const t = Number.isFinite(intensity) ? Math.min(1, Math.max(0, intensity)) : 0;
  let i = 1;
  while (i < HEAT_STOPS.length - 1 && t > HEAT_STOPS[i][0]) i++;
  const [t0, ...a] = HEAT_STOPS[i - 1];
  const [t1, ...b] = HEAT_STOPS[i];
  const f = t1 === t0 ? 0 : (t - t0) / (t1 - t0);
  const mix = (k: number) => a[k] + (b[k] - a[k]) * f;
  return `rgba(${Math.round(mix(0))},${Math.round(mix(1))},${Math.round(mix(2))},${Math.round(mix(3) * 100) / 100})`;
}

/** A CSS linear-gradient of the ramp, for the legend bar. */
export function heatGradientCss(): string {
  const stops = HEAT_STOPS.map(([t, r, g, b, alpha]) => `rgba(${r},${g},${b},${alpha}) ${Math.round(t * 100)}%`);
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

/**
 * Cell size in metres for the current view: about 24 screen pixels a cell, rounded to
 * a 1-2-5 step so the grid does not change on every small zoom, within the API's 20..5000.
 */
export function heatCellSize(resolution: number): number {
  const wanted = resolution * 24;
  const steps = [20, 50, 100, 200, 500, 1000, 2000, 5000];
  return steps.find((s) => s >= wanted) ?? 5000;
}
