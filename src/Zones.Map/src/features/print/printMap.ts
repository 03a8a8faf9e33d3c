import Feature from 'ol/Feature';
import type {FeatureLike} from 'ol/Feature';
import Map from 'ol/Map';
import View from 'ol/View';
import ScaleLine from 'ol/control/ScaleLine';
import GeoJSON from 'ol/format/GeoJSON';
import type {Geometry} from 'ol/geom';
import type BaseLayer from 'ol/layer/Base';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import Text from 'ol/style/Text';
import {roadClassStyle} from '../../layers/roadStyleSpec';
import {createNorthArrow} from './northArrow';
import type {Outline, PrintData} from './printQuery';

const FORMAT = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'});
const FONT = '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

/** Colours of the sheet, shared with its legend. */
export const PRINT_COLOURS = {zone: '#dc2626', child: '#7c3aed', neighbour: '#6b7280'};

/**
 * The map of the 示意图: a second OL map (a layer belongs to one map; tile sources are shared
 * through `base`) fitted to the zone, with a scale bar and a north arrow and no interactions:
 * the sheet shows one fixed view. pixelRatio 2 keeps lines sharp at print resolution.
 */
export function createPrintMap(target: HTMLElement, data: PrintData, base: BaseLayer[]): {map: Map; rendered: Promise<void>; refit(): void} {
  const zone = feature(data.zone, 'zone');
  const zoneStyles = zoneStyle(data.zone.name);
  const map = new Map({
    target,
    pixelRatio: 2,
    interactions: [],
    controls: [
      // dpi 96: a CSS pixel is exactly 1/96 inch on paper, so the printed 1:n text is true.
      new ScaleLine({units: 'metric', bar: true, steps: 4, text: true, minWidth: 140, dpi: 96}),
      createNorthArrow(),
    ],
    layers: [
      ...base,
      layer(data.neighbours.map((n) => feature(n, 'neighbour')), outlineStyle(PRINT_COLOURS.neighbour, 1.5, 13)),
      layer(data.roads.map((r) => roadFeature(r)), roadStyle),
      layer(data.zone.children.map((c) => feature(c, 'child')), outlineStyle(PRINT_COLOURS.child, 1.5, 12, [6, 4])),
      layer([zone], () => zoneStyles),
    ],
    view: new View(),
  });
  const refit = () => map.getView().fit(zone.getGeometry()!.getExtent(), {padding: [36, 36, 36, 36]});
  refit();
  const rendered = new Promise<void>((resolve) => map.once('rendercomplete', () => resolve()));
  return {map, rendered, refit};
}

function feature(outline: Outline, kind: string): Feature<Geometry> {
  return new Feature({geometry: FORMAT.readGeometry(outline.boundary.geojson) as Geometry, name: outline.name, kind});
}

function roadFeature(road: PrintData['roads'][number]): Feature<Geometry> {
  return new Feature({geometry: FORMAT.readGeometry(road.line.geojson) as Geometry, name: road.name, class: road.class});
}

function layer(features: Feature<Geometry>[], style: (f: FeatureLike) => Style | Style[]): VectorLayer {
  return new VectorLayer({source: new VectorSource({features}), style, declutter: true});
}

function label(text: string, size: number, colour: string, placement: 'point' | 'line' = 'point'): Text {
  return new Text({
    text, placement, font: `${size}px ${FONT}`, overflow: placement === 'point',
    fill: new Fill({color: colour}), stroke: new Stroke({color: '#fff', width: 3}),
  });
}

function outlineStyle(colour: string, width: number, size: number, lineDash?: number[]) {
  return (f: FeatureLike) => new Style({stroke: new Stroke({color: colour, width, lineDash}), text: label(f.get('name'), size, colour)});
}

function roadStyle(f: FeatureLike): Style {
  const s = roadClassStyle(String(f.get('class')).toLowerCase());
  return new Style({
    stroke: new Stroke({color: s.color, width: s.width, lineDash: s.lineDash}),
    text: label(f.get('name'), 11, '#374151', 'line'),
    zIndex: s.zIndex,
  });
}

function zoneStyle(name: string): Style[] {
  return [
    new Style({stroke: new Stroke({color: '#fff', width: 6})}),
    new Style({
      stroke: new Stroke({color: PRINT_COLOURS.zone, width: 3, lineDash: [12, 4, 2, 4]}),
      fill: new Fill({color: 'rgba(220,38,38,0.06)'}),
      text: label(name, 18, PRINT_COLOURS.zone),
    }),
  ];
}
