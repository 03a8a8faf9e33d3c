import type {FeatureLike} from 'ol/Feature';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import {FRONTAGE_LINE, isFrontage, SHOP_SYMBOL, SHOP_Z_INDEX} from './shopStyleSpec';
import {createSymbolImage} from './symbolImage';

const SHOP = new Style({image: createSymbolImage(SHOP_SYMBOL), zIndex: SHOP_Z_INDEX.shop});
const FRONTAGE = new Style({stroke: new Stroke({color: FRONTAGE_LINE.color, width: FRONTAGE_LINE.width, lineCap: 'butt'}), zIndex: SHOP_Z_INDEX.frontage});

/** Style of the shops tile layer: the shop's point, or its 门前三包 stretch. */
export function shopStyleFunction(f: FeatureLike): Style {
  return isFrontage(f.get('kind'), f.getGeometry()?.getType()) ? FRONTAGE : SHOP;
}
