import type {GraphQLClient} from '../../api/graphql';

const ZONES_AT = `query TownshipAt($lon: Float!, $lat: Float!) { zonesAt(point: {lon: $lon, lat: $lat}) { townshipCode } }`;

/** The township a point lies in (the one its zones belong to), or null outside every zone. */
export async function townshipAt(graphql: GraphQLClient, [lon, lat]: [number, number]): Promise<string | null> {
  const zones = (await graphql<{zonesAt: {townshipCode: string}[]}>(ZONES_AT, {lon, lat})).zonesAt;
  return zones[0]?.townshipCode ?? null;
}

/** A code nobody typed yet: prefix + yyMMddHHmmss in China, e.g. R260107093015. The planner may change it. */
export function suggestedCode(prefix: string, now = new Date()): string {
  const t = new Date(now.getTime() + 8 * 3600_000).toISOString();
  return `${prefix}${t.slice(2, 4)}${t.slice(5, 7)}${t.slice(8, 10)}${t.slice(11, 13)}${t.slice(14, 16)}${t.slice(17, 19)}`;
}
