import Feature from 'ol/Feature';
import type Map from 'ol/Map';
import GeoJSON from 'ol/format/GeoJSON';
import type {Geometry} from 'ol/geom';
import type Polygon from 'ol/geom/Polygon';
import Draw from 'ol/interaction/Draw';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';

const FORMAT = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'});

/** The queried area on the map: a bold outline over a light wash, above every layer. */
export interface AreaLayer {
  /** Replace the highlighted area with this WGS84 GeoJSON geometry and fit the view to it. */
  show(geojson: unknown): void;
  clear(): void;
  /** Let the clerk draw a polygon; resolves with its WGS84 GeoJSON, or null when cancelled (Esc). */
  draw(): Promise<unknown | null>;
  /** Stop a drawing in progress (resolves it with null). */
  cancelDraw(): void;
}

export function createAreaLayer(map: Map): AreaLayer {
  const source = new VectorSource<Feature<Geometry>>();
  map.addLayer(new VectorLayer({
    source,
    zIndex: 1000,
    style: {
      'stroke-color': '#7c3aed', 'stroke-width': 3, 'stroke-line-dash': [10, 6],
      'fill-color': 'rgba(124,58,237,0.10)',
    },
    properties: {id: 'area-query'},
  }));
  let drawing: {interaction: Draw; done(value: unknown | null): void} | null = null;

  const stopDrawing = (value: unknown | null) => {
    if (!drawing) return;
    const {interaction, done} = drawing;
    drawing = null;
    map.removeInteraction(interaction);
    done(value);
  };
  const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') stopDrawing(null); };

  return {
    show(geojson) {
      source.clear();
      const feature = new Feature<Geometry>(FORMAT.readGeometry(geojson) as Geometry);
      source.addFeature(feature);
      map.getView().fit(feature.getGeometry()!.getExtent(), {padding: [40, 40, 40, 40], maxZoom: 17, duration: 300});
    },
    clear: () => source.clear(),
    draw() {
      stopDrawing(null);
      source.clear();
      return new Promise((resolve) => {
        const interaction = new Draw({source, type: 'Polygon'});
        interaction.on('drawend', (e) => {
          document.removeEventListener('keydown', onKey);
          stopDrawing(FORMAT.writeGeometryObject(e.feature.getGeometry() as Polygon, {decimals: 7}));
        });
        drawing = {interaction, done: resolve};
        document.addEventListener('keydown', onKey);
        map.addInteraction(interaction);
      });
    },
    cancelDraw: () => stopDrawing(null),
  };
}
