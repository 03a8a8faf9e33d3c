import {ROAD_CLASS_LABELS} from '../../i18n/enumLabels';
import {assignmentItem, el, facts, section} from './dom';
import {enumLabel} from './labels';
import type {Loader, Row} from './loadDetails';

const ROAD_QUERY = `query RoadDetails($name: String!) {
  roads(name: $name, first: 200) { edges { node { id code name class version lengthM townshipCode line { geojson(decimals: 6) }
    owners { id role isPrimary ownerName ownerPhone validFrom note targetKind targetId targetName
      owner { __typename ... on Person { id name title phone unit { name phone } } ... on Unit { id name kind phone } } } } } }
}`;

export interface RoadDetails { segment: Row; segments: Row[] }

/** A road segment and the other segments of its road (the OGC item gives the name; `roads(name:)` the rest). */
export async function loadRoad(l: Loader, id: string): Promise<RoadDetails | null> {
  const response = await l.fetch(`/ogc/collections/roads/items/${encodeURIComponent(id)}`, {headers: {Accept: 'application/geo+json'}});
  const name = response.ok ? (await response.json())?.properties?.name : null;
  if (typeof name !== 'string') return null;
  const data = await l.graphql<Row>(ROAD_QUERY, {name});
  const segments: Row[] = data.roads.edges.map((e: Row) => e.node);
  const segment = segments.find((s) => String(s.id) === String(id));
  return segment ? {segment, segments: segments.filter((s) => s.townshipCode === segment.townshipCode)} : null;
}

/** A road: class, length of the road and of this segment, and the segment's 包联 owners. */
export function roadView({segment, segments}: RoadDetails): HTMLElement[] {
  const total = segments.reduce((sum, s) => sum + s.lengthM, 0);
  const owners = segment.owners as Row[];
  return [
    el('h2', {className: 'details-title', textContent: segment.name}),
    facts([
      ['等级', enumLabel(ROAD_CLASS_LABELS, segment.class)],
      ['本段编码', segment.code],
      ['本段长度', `${Math.round(segment.lengthM)} 米`],
      ['全路', `${segments.length} 段，共 ${Math.round(total)} 米`],
    ]),
    section('包联责任人', 'owners', owners.length
      ? el('ul', {className: 'details-owners'}, ...owners.map((a) => assignmentItem(a)))
      : el('p', {className: 'details-muted', textContent: '本路段无部门包联，由所在片区兜底。'})),
  ];
}
