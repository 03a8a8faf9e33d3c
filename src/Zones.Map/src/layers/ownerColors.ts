/** Who a zone's 包联 owner is, as the zones tiles carry it. */
export interface OwnerRef {
  id: string;
  kind: 'person' | 'unit';
  name: string;
}

/** Unowned zones: grey, and hatched on the map (see zoneOwnerStyles.ts). */
export const UNOWNED_COLOR = '#9ca3af';

// The golden angle spreads consecutive indices around the colour wheel, so owners
// with neighbouring ids (the usual case: one township's people) never look alike.
const GOLDEN_ANGLE = 137.508;
// Three lightness steps on top of the hue: more owners than distinguishable hues
// in a township still get different colours, all dark enough for a white label halo.
const LIGHTNESS = [42, 52, 34];

/**
 * The zone's own owner as it comes in a tile's properties, or null when the zone has no
 * active primary owner of its own: owner_id missing, or only its parent's (owner_inherited,
 * 属地兜底) — such a zone is drawn hatched as unowned, not in the parent owner's colour.
 */
export function ownerOf(properties: {get(key: string): unknown}): OwnerRef | null {
  const id = properties.get('owner_id');
  if (id === null || id === undefined || id === '') return null;
  const inherited = properties.get('owner_inherited');
  if (inherited === true || inherited === 'true' || inherited === 1) return null;
  const kind = properties.get('owner_kind') === 'unit' ? 'unit' : 'person';
  const name = properties.get('owner_name');
  return {id: String(id), kind, name: typeof name === 'string' && name !== '' ? name : `#${String(id)}`};
}

/** A key that tells person 3 and unit 3 apart. */
export function ownerKey(owner: Pick<OwnerRef, 'id' | 'kind'>): string {
  return `${owner.kind}:${owner.id}`;
}

/**
 * The stable colour of an owner: the same on every page load, pan and zoom, and the
 * same in the legend, because it depends only on the owner's kind and id.
 */
export function ownerColor(owner: Pick<OwnerRef, 'id' | 'kind'>): string {
  const index = ownerIndex(owner);
  const hue = (index * GOLDEN_ANGLE) % 360;
  const lightness = LIGHTNESS[Math.floor(index / 7) % LIGHTNESS.length];
  return hslToHex(hue, 68, lightness);
}

/** People on even, units on odd indices; non-numeric ids (a newer server) are hashed. */
function ownerIndex(owner: Pick<OwnerRef, 'id' | 'kind'>): number {
  const numeric = /^\d{1,9}$/.test(owner.id) ? Number(owner.id) : fnv1a(owner.id);
  return numeric * 2 + (owner.kind === 'unit' ? 1 : 0);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 1_000_000_007;
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const a = s * Math.min(l, 1 - l);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** `#rrggbb` with an alpha, as an rgba() string for OL fills. */
export function withAlpha(hex: string, alpha: number): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}
