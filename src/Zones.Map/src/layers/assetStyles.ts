import Style from 'ol/style/Style';
import {assetSymbol} from './assetStyleSpec';
import {createSymbolImage} from './symbolImage';

// Keyed by the raw values: 7 kinds × 5 states is at most 35 styles, and OL
// renders a shared Style much faster than one built per feature.
const cache = new Map<string, Style>();

/** The OL style of an asset of `kind` in `status`. */
export function assetStyle(kind: unknown, status: unknown): Style {
  const key = `${String(kind)}|${String(status)}`;
  let style = cache.get(key);
  if (!style) {
    const symbol = assetSymbol(kind, status);
    style = new Style({image: createSymbolImage(symbol), zIndex: symbol.zIndex});
    cache.set(key, style);
  }
  return style;
}
