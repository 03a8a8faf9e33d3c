import Style from 'ol/style/Style';
import {COMPLAINT_GROUP_STYLES, type ComplaintGroup, complaintGroup} from './complaintStyleSpec';
import {createSymbolImage} from './symbolImage';

const cache = new Map<ComplaintGroup, Style>();

/** The OL style of a complaint group (open / overdue / closed). */
export function complaintGroupStyle(group: ComplaintGroup): Style {
  let style = cache.get(group);
  if (!style) {
    const spec = COMPLAINT_GROUP_STYLES[group];
    style = new Style({
      image: createSymbolImage({shape: 'circle', radius: spec.radius, fill: spec.fill, stroke: '#ffffff'}),
      zIndex: spec.zIndex,
    });
    cache.set(group, style);
  }
  return style;
}

/** The OL style of a complaint in `stage`, `overdue` as the server computed it. */
export function complaintStyle(stage: unknown, overdue: unknown): Style {
  return complaintGroupStyle(complaintGroup(stage, overdue));
}
