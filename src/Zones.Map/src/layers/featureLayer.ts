import type Feature from 'ol/Feature';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import type {StyleFunction} from 'ol/style/Style';

/** A Canvas vector layer over an in-memory source that the OGC loader fills. */
export type FeatureLayer = VectorLayer<VectorSource<Feature>>;

/**
 * Canvas VectorLayer, not WebGL: measured faster under the SwiftShader software GL
 * of headless test runs and of office PCs without a GPU (MAP-NOTES §6.4), and a
 * township's few thousand features are far below where WebGL pays off.
 * The source has no loader: loading is done once, completely, by map/loadLayers.ts.
 */
export function createFeatureLayer(id: string, style: StyleFunction): FeatureLayer {
  return new VectorLayer({
    source: new VectorSource<Feature>(),
    style,
    // Re-render while panning so symbols do not lag behind the zones.
    updateWhileInteracting: true,
    properties: {id},
  });
}
