import type {OverdueCase} from '../../layers/overdueLayer';

/** Enough for the map of a township; the list pages through them (overduePages.ts). */
export const OVERDUE_LIMIT = 200;

export const OVERDUE_QUERY = `query OverdueComplaints($first: Int!) {
  complaints(open: true, overdue: true, orderBy: DEADLINE, first: $first) {
    totalCount
    edges { node { id caseNumber categoryName stage deadline address location { geojson(decimals: 6) } } }
  }
}`;

/** A case as the query returns it: the layer's fields, with the GeoJSON location in place of lonLat. */
type OverdueNode = Omit<OverdueCase, 'lonLat'> & {location: {geojson: {type?: string; coordinates?: unknown}}};

export interface OverdueAnswer {
  complaints: {totalCount: number; edges: {node: OverdueNode}[]};
}

/** The cases with a point location (a case without one cannot be drawn, but is still counted). */
export function overdueCases(answer: OverdueAnswer): OverdueCase[] {
  return answer.complaints.edges.flatMap(({node}) => {
    const g = node.location.geojson;
    const c = g.type === 'Point' && Array.isArray(g.coordinates) ? (g.coordinates as number[]) : null;
    if (!c || c.length < 2) return [];
    return [{id: node.id, caseNumber: node.caseNumber, categoryName: node.categoryName, stage: node.stage,
      deadline: node.deadline, address: node.address, lonLat: [c[0], c[1]] as [number, number]}];
  });
}

/** "2026-11-18" of an RFC 3339 time, in the server's own offset (no browser time-zone shift). */
export function dayOf(time: string | null): string {
  return time ? time.slice(0, 10) : '—';
}
