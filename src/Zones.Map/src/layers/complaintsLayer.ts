import {complaintStyle} from './complaintStyles';
import {createFeatureLayer, type FeatureLayer} from './featureLayer';

/** Complaint cases as dots: blue open, red overdue, grey finished. */
export function createComplaintsLayer(): FeatureLayer {
  return createFeatureLayer('complaints', (feature) => complaintStyle(feature.get('stage'), feature.get('overdue')));
}
