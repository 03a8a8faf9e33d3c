import type Feature from 'ol/Feature';
import type Map from 'ol/Map';
import {fromLonLat, toLonLat, transformExtent} from 'ol/proj';
import type VectorSource from 'ol/source/Vector';
import type {EditSession} from './editSession';
import {toLonLatCoords} from '../../map/lonLat';

declare global {
  interface Window {
    /** Read by the browser tests (e2e/editing.test.mjs); not an API for other scripts. */
    __zonesEditing?: ReturnType<typeof hook>;
  }
}

function hook(map: Map, session: EditSession, markers: VectorSource<Feature>, state: () => string) {
  const lonLat = (f: Feature) => {
    const g = f.getGeometry() as unknown as {getType(): string; getCoordinates(): unknown[]};
    return {type: g.getType(), coordinates: toLonLatCoords(g.getCoordinates(), toLonLat)};
  };
  return {
    /** loading | ready | saving | saved | failed | error | idle */
    state,
    pixelOf: (lon: number, lat: number) => map.getPixelFromCoordinate(fromLonLat([lon, lat])),
    zoomTo: (extent: number[]) => map.getView().fit(transformExtent(extent, 'EPSG:4326', 'EPSG:3857'), {size: map.getSize()}),
    features: () => session.source.getFeatures().map((f) => ({id: String(f.getId()), name: f.get('name'), ...lonLat(f)})),
    markers: () => markers.getFeatures().map((f) => ({kind: f.get('kind'), origin: f.get('origin'), label: f.get('label'), ...lonLat(f)})),
  };
}

/** Expose the editor's state to the browser tests; returns the function that removes it. */
export function installTestHook(map: Map, session: EditSession, markers: VectorSource<Feature>, state: () => string): () => void {
  window.__zonesEditing = hook(map, session, markers, state);
  return () => {
    delete window.__zonesEditing;
  };
}
