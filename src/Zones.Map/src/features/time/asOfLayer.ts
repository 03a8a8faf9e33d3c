import type {FeatureLike} from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import Text from 'ol/style/Text';
import {labelFont} from '../../layers/labelFont';
import {ownerOf} from '../../layers/ownerColors';
import {zoneOwnerStyle} from '../../layers/zoneOwnerStyles';
import {showsZoneLabel, zoneLevelStyle} from '../../layers/zoneStyleSpec';
import {versionProps, type ZoneVersionRow} from './asOf';

export type AsOfLayer = VectorLayer<VectorSource>;

const labels = new Map<string, Style>();

/**
 * The label of a zone on the chosen day: its name, and under it the 包联 owner then (or 无包联),
 * so a handover reads on the map itself at every level whose names are shown.
 */
function labelStyle(f: FeatureLike, resolution: number): Style | null {
  const level = f.get('level');
  if (!showsZoneLabel(level, resolution)) return null;
  const text = `${String(f.get('name'))}\n${(f.get('owner_name') as string | null) ?? '无包联'}`;
  let style = labels.get(text);
  if (!style) {
    const spec = zoneLevelStyle(level);
    style = new Style({
      text: new Text({
        text, font: labelFont(spec.width >= 2 ? 14 : 13, spec.width >= 2), overflow: true,
        fill: new Fill({color: spec.stroke}), stroke: new Stroke({color: 'rgba(255,255,255,0.92)', width: 3.5}),
      }),
      zIndex: 10 - spec.zIndex,
    });
    labels.set(text, style);
  }
  return style;
}

/**
 * Zones as they were on a day (zonesAsOf), drawn with the live layer's owner colours; it stands
 * in for the zones tiles while a date is chosen (installTime.ts swaps them).
 */
export function createAsOfLayer(colouredLevel: () => string): AsOfLayer {
  return new VectorLayer({
    source: new VectorSource(),
    visible: false,
    declutter: 'zones-as-of',
    properties: {id: 'zones-as-of'},
    style: (f, resolution) => {
      const fill = zoneOwnerStyle(f.get('level'), ownerOf(f), colouredLevel());
      const label = labelStyle(f, resolution);
      return label ? [fill, label] : fill;
    },
  });
}

/** Replace what the layer shows with these versions (WGS84 GeoJSON → the map's projection). */
export function showVersions(layer: AsOfLayer, versions: ZoneVersionRow[], projection = 'EPSG:3857'): void {
  const format = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: projection});
  const source = layer.getSource()!;
  source.clear(true);
  source.addFeatures(versions.map((v) => {
    const feature = format.readFeature({type: 'Feature', geometry: v.boundary.geojson, properties: versionProps(v)});
    return Array.isArray(feature) ? feature[0] : feature;
  }));
}
