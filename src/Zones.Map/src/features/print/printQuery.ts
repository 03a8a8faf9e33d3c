import type {GraphQLClient} from '../../api/graphql';
import type {PrintAssignment} from './ownerRows';
import type {PrintShop} from './shopRows';

const ASSIGNMENT = `role isPrimary validFrom targetName ownerName ownerPhone
  owner { __typename ... on Person { title unit { name } } ... on Unit { kind } }`;

const ZONE = `query PrintZone($id: ID!) { zone(id: $id) {
  id code name level townshipCode boundary { geojson(decimals: 7) }
  parent { name }
  owners { ${ASSIGNMENT} }
  responsibleOwner { ${ASSIGNMENT} }
  children { id name boundary { geojson(decimals: 7) } }
} }`;

// Roads that touch the zone (its boundary roads too) and same-level neighbours, for orientation;
// the zone's shops (门前三包) with their 包联 cadre, for the list beside the owners.
const SURROUNDINGS = `query PrintSurroundings($id: ID!, $level: ZoneLevel!, $township: String!) {
  shops(zoneId: $id, orderBy: CODE, first: 200) { edges { node { name address owners { ownerName ownerPhone isPrimary } } } }
  roads(where: { zoneId: $id }, first: 1000) { edges { node { name class line { geojson(decimals: 6) } } } }
  neighbours: zones(level: $level, where: { zoneId: $id }, first: 200) {
    edges { node { id name boundary { geojson(decimals: 7) } } }
  }
  township: zones(level: TOWNSHIP, townshipCode: $township, first: 1) { edges { node { name } } }
}`;

export interface Outline {
  id: string;
  name: string;
  boundary: {geojson: unknown};
}

export interface PrintZone extends Outline {
  code: string;
  level: string;
  townshipCode: string;
  parent: {name: string} | null;
  owners: PrintAssignment[];
  responsibleOwner: PrintAssignment | null;
  children: Outline[];
}

export interface PrintData {
  zone: PrintZone;
  roads: {name: string; class: string; line: {geojson: unknown}}[];
  neighbours: Outline[];
  township: string | null;
  shops: PrintShop[];
}

type Edges<T> = {edges: {node: T}[]};

/** Everything the 示意图 shows, in two requests; null when the zone does not exist. */
export async function loadPrintData(graphql: GraphQLClient, id: string): Promise<PrintData | null> {
  const {zone} = await graphql<{zone: PrintZone | null}>(ZONE, {id});
  if (!zone) return null;
  const around = await graphql<{roads: Edges<PrintData['roads'][number]>; neighbours: Edges<Outline>; township: Edges<{name: string}>;
    shops: Edges<PrintShop>}>(
    SURROUNDINGS, {id: zone.id, level: zone.level, township: zone.townshipCode});
  return {
    zone,
    roads: around.roads.edges.map((e) => e.node),
    neighbours: around.neighbours.edges.map((e) => e.node).filter((n) => n.id !== zone.id),
    township: around.township.edges[0]?.node.name ?? null,
    shops: around.shops.edges.map((e) => e.node),
  };
}
