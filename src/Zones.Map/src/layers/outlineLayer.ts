import type Map from 'ol/Map';
import Feature from 'ol/Feature';
import type Geometry from 'ol/geom/Geometry';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import CircleStyle from 'ol/style/Circle';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';

export interface OutlineOptions {
  /** The layer's id property (how tests and the layer list find it). */
  id: string;
  color: string;
  width: number;
  /** The ring drawn around a point, in pixels. */
  radius: number;
  zIndex: number;
}

/**
 * Adds a layer of its own that outlines one geometry at a time (a line, or a ring round a
 * point); the returned function replaces the outline, and null clears it.
 */
export function createOutlineLayer(map: Map, options: OutlineOptions): (geometry: Geometry | null) => void {
  const source = new VectorSource<Feature>();
  const stroke = new Stroke({color: options.color, width: options.width});
  map.addLayer(new VectorLayer({
    source,
    style: new Style({stroke, image: new CircleStyle({radius: options.radius, stroke})}),
    zIndex: options.zIndex,
    properties: {id: options.id},
  }));
  return (geometry) => {
    source.clear(true);
    if (geometry) source.addFeature(new Feature(geometry));
  };
}
