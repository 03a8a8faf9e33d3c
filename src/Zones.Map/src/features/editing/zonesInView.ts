import Feature from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import type {Extent} from 'ol/extent';
import {transformExtent} from 'ol/proj';
import type {GraphQLClient} from '../../api/graphql';
import {roundDegrees} from '../../map/lonLat';

// Every level in view: a shared edge of a 村 is often the edge of its 片区 and 镇 too, and a
// drag must move it in all of them (the server fits children into their parent's new boundary).
const ZONES_IN_VIEW = `query ZonesInView($bbox: BBoxInput!, $after: String) {
  zones(where: {bbox: $bbox}, first: 1000, after: $after) {
    edges { node { id code name level version parent { id } boundary { geojson } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface ZoneNode {
  id: string;
  code: string;
  name: string;
  level: string;
  version: number;
  parent: {id: string} | null;
  boundary: {geojson: object};
}

interface ZonesPage {
  zones: {edges: {node: ZoneNode}[]; pageInfo: {hasNextPage: boolean; endCursor: string | null}};
}

const format = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'});

/** The live zones touching the view extent (EPSG:3857) as editable features, id = zone id. */
export async function loadZonesInView(graphql: GraphQLClient, extent: Extent): Promise<Feature[]> {
  const [minLon, minLat, maxLon, maxLat] = transformExtent(extent, 'EPSG:3857', 'EPSG:4326').map(roundDegrees);
  const features: Feature[] = [];
  let after: string | null = null;
  do {
    const page: ZonesPage = await graphql<ZonesPage>(ZONES_IN_VIEW, {bbox: {minLon, minLat, maxLon, maxLat}, after});
    for (const {node} of page.zones.edges) features.push(toFeature(node));
    after = page.zones.pageInfo.hasNextPage ? page.zones.pageInfo.endCursor : null;
  } while (after);
  return features;
}

function toFeature(node: ZoneNode): Feature {
  const feature = new Feature({
    geometry: format.readGeometry(node.boundary.geojson) ?? undefined,
    name: node.name,
    code: node.code,
    level: node.level,
    version: node.version,
    parentId: node.parent?.id ?? null,
  });
  feature.setId(node.id);
  return feature;
}
