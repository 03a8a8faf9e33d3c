import Feature from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import type {Extent} from 'ol/extent';
import {transformExtent} from 'ol/proj';
import type {GraphQLClient} from '../../api/graphql';

const ROADS_IN_BOX = `query RoadsInBox($box: BBoxInput!) {
  roads(where: {bbox: $box}, first: 1000) { edges { node { id code name line { geojson(decimals: 7) } } } }
}`;

type RoadNode = {id: string; code: string; name: string; line: {geojson: unknown}};

/**
 * The live road segments in the view as features in the map's projection: what a new road
 * snaps to and a new asset lands on (the roads layer is vector tiles, clipped and simplified,
 * so its geometry is not the stored one).
 */
export async function loadRoadsInView(graphql: GraphQLClient, extent: Extent): Promise<Feature[]> {
  const [minLon, minLat, maxLon, maxLat] = transformExtent(extent, 'EPSG:3857', 'EPSG:4326');
  const data = await graphql<{roads: {edges: {node: RoadNode}[]}}>(ROADS_IN_BOX, {box: {minLon, minLat, maxLon, maxLat}});
  const format = new GeoJSON({dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'});
  return data.roads.edges.map(({node}) => {
    const feature = new Feature(format.readGeometry(node.line.geojson) ?? undefined);
    feature.setId(node.id);
    feature.setProperties({code: node.code, name: node.name});
    return feature;
  });
}
