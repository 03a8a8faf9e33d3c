import type {Extent} from 'ol/extent';
import {fromLonLat, transformExtent} from 'ol/proj';
import type {GraphQLClient} from '../../api/graphql';
import type {RoadForUpdate} from '../../api/networkWrites';
import type {EditRoad} from './roadGeometry';
import type {XY} from './snapToRoad';

// 15 decimals: the stored double, so a vertex sent back unchanged is the very same point.
const ROADS_IN_BOX = `query RoadsToEdit($box: BBoxInput!) {
  roads(where: {bbox: $box}, first: 1000) { edges { node { id code name class version startNode endNode line { geojson(decimals: 15) } } } }
}`;

/** A road read for editing: its fields for updateRoads, its nodes, and its line both as loaded (lon/lat) and in the map. */
export interface LoadedRoad extends EditRoad, RoadForUpdate { lonLat: [number, number][]; loaded: XY[] }

type Node = RoadForUpdate & {startNode: string | null; endNode: string | null; line: {geojson: {coordinates: [number, number][]}}};

/** The live roads in a map extent (EPSG:3857): what an edited road snaps to and drags along at its junctions. */
export async function loadRoadsAround(graphql: GraphQLClient, extent: Extent): Promise<LoadedRoad[]> {
  const [minLon, minLat, maxLon, maxLat] = transformExtent(extent, 'EPSG:3857', 'EPSG:4326');
  const data = await graphql<{roads: {edges: {node: Node}[]}}>(ROADS_IN_BOX, {box: {minLon, minLat, maxLon, maxLat}});
  return data.roads.edges.map(({node}) => {
    const lonLat = node.line.geojson.coordinates;
    const loaded = lonLat.map((p) => fromLonLat(p) as XY);
    return {id: String(node.id), code: node.code, name: node.name, class: node.class, version: node.version,
      startNode: node.startNode, endNode: node.endNode, lonLat, loaded, coordinates: loaded.slice()};
  });
}
