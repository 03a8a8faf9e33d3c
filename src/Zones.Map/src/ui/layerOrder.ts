import type Collection from 'ol/Collection';
import type BaseLayer from 'ol/layer/Base';

/**
 * Puts `wanted` (top first) into the places of the map's layer list that those layers hold now,
 * so layers the panel does not list (base map, zone names, editing and highlight layers) keep
 * their places: only the order among the listed ones changes.
 */
export function applyOrder(layers: Collection<BaseLayer>, wanted: BaseLayer[]): void {
  const array = layers.getArray();
  const slots = wanted.map((l) => array.indexOf(l)).filter((i) => i >= 0).sort((a, b) => a - b);
  const present = wanted.filter((l) => array.includes(l));
  const bottomFirst = [...present].reverse();
  if (slots.every((slot, i) => array[slot] === bottomFirst[i])) return;
  const next = [...array];
  slots.forEach((slot, i) => (next[slot] = bottomFirst[i]!));
  layers.clear();
  layers.extend(next);
}

/** `order` with the item at `index` moved one place up (-1) or down (+1); unchanged at an end. */
export function moved<T>(order: T[], index: number, step: -1 | 1): T[] {
  const to = index + step;
  if (to < 0 || to >= order.length) return order;
  const next = [...order];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
