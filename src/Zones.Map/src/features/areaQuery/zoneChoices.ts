import type {GraphQLClient} from '../../api/graphql';
import type {ZoneChoice} from './areaPanel';
import {fetchAllPages} from './fetchAllPages';

export interface ZoneNode extends ZoneChoice {
  code: string;
  parent: {id: string} | null;
}

const ZONES = `query AreaZoneList($first: Int, $after: String) {
  zones(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id code name level parent { id } } } }
}`;

/** Every zone, in tree order for the 选择片区 list. */
export async function loadZoneChoices(graphql: GraphQLClient): Promise<ZoneChoice[]> {
  const {rows} = await fetchAllPages<ZoneNode>(graphql, ZONES, 'zones', {}, {pageSize: 1000});
  return treeOrder(rows);
}

/**
 * Parents before their children, siblings by code (which follows 从西向东、从北向南).
 * A zone whose parent is not in the list (a retired or foreign parent) starts a tree of its own.
 */
export function treeOrder(zones: readonly ZoneNode[]): ZoneNode[] {
  const ids = new Set(zones.map((z) => z.id));
  const children = new Map<string | null, ZoneNode[]>();
  for (const zone of zones) {
    const parent = zone.parent && ids.has(zone.parent.id) ? zone.parent.id : null;
    children.set(parent, [...(children.get(parent) ?? []), zone]);
  }
  const ordered: ZoneNode[] = [];
  const visit = (parent: string | null) => {
    for (const zone of (children.get(parent) ?? []).sort((a, b) => a.code.localeCompare(b.code))) {
      ordered.push(zone);
      visit(zone.id);
    }
  };
  visit(null);
  return ordered;
}
