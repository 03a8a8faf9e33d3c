import type {GraphQLClient} from '../../api/graphql';

const ZONES_AT = `query ReachTownshipAt($lon: Float!, $lat: Float!) { zonesAt(point: {lon: $lon, lat: $lat}) { townshipCode } }`;
const TOWNSHIPS = `query ReachTownships { townships { code } }`;

/**
 * The township whose reach areas the map shows: the one under the map's centre; else the one
 * shown so far (the centre is on open land between zones); else the only township the caller
 * may read. Null when none of these says.
 */
export async function centreTownship(graphql: GraphQLClient, [lon, lat]: [number, number], current: string | null): Promise<string | null> {
  const here = (await graphql<{zonesAt: {townshipCode: string}[]}>(ZONES_AT, {lon, lat})).zonesAt[0]?.townshipCode;
  if (here) return here;
  if (current) return current;
  const {townships} = await graphql<{townships: {code: string}[]}>(TOWNSHIPS);
  return townships.length === 1 ? townships[0]!.code : null;
}
