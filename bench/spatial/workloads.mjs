// The requests the spatial benchmark compares, each as the same question to the Zones server and to
// PostGraphile (the raw SQL is whatever the server ran for it, captured from the log).

const NODE = 'id identifier kind name location { geojson }';

/** The two query shapes of issue #12: 50 nearest assets with distance; assets within a zone. */
export function shapes({point, zone}) {
  return [
    {
      key: 'nearest',
      name: '50 nearest assets to a point, with distance',
      zones: {
        query: `query($p: PointInput!) { assets(where: {near: $p}, orderBy: DISTANCE, first: 50) { edges { distanceM node { ${NODE} } } } }`,
        variables: {p: point},
      },
      // PostGraphile's filters have no distance: a custom query (bench/spatial/peer.sql) ordered by KNN.
      peer: {
        query: `query($lon: Float!, $lat: Float!) { nearestAssets(lon: $lon, lat: $lat, first: 50) { nodes { id identifier kind name geom { geojson } distanceM(lon: $lon, lat: $lat) } } }`,
        variables: {lon: point.lon, lat: point.lat},
      },
      // Same rows in the same order (ids), same distances to the centimetre.
      rows: {
        zones: (d) => d.assets.edges.map((e) => `${e.node.id}@${e.distanceM.toFixed(2)}`),
        peer: (d) => d.nearestAssets.nodes.map((n) => `${n.id}@${n.distanceM.toFixed(2)}`),
      },
    },
    {
      key: 'within',
      name: `assets within a zone (${zone.name}): totalCount + first 50`,
      zones: {
        query: `query($z: ID!) { assets(where: {zoneId: $z}, first: 50) { totalCount edges { node { ${NODE} } } } }`,
        variables: {z: zone.id},
      },
      // The zone's outline travels as GeoJSON (PostGraphile knows no zone ids); the server also keeps
      // rows of the zone's own township, so the peer filters on it too.
      peer: {
        query: `query($g: GeoJSON!, $t: String!) { allAssets(first: 50, orderBy: ID_ASC, filter: {geom: {intersects: $g}, townshipCode: {equalTo: $t}, retiredAt: {isNull: true}}) { totalCount nodes { id identifier kind name geom { geojson } } } }`,
        variables: {g: zone.geojson, t: zone.townshipCode},
      },
      rows: {
        zones: (d) => [`total ${d.assets.totalCount}`, ...d.assets.edges.map((e) => e.node.id)],
        peer: (d) => [`total ${d.allAssets.totalCount}`, ...d.allAssets.nodes.map((n) => String(n.id))],
      },
    },
  ];
}

export const TILE_LAYERS = (process.env.BENCH_TILE_LAYERS ?? 'zones roads assets complaints gaps').split(/\s+/).filter(Boolean);
export const TILE_ZOOMS = (process.env.BENCH_TILE_ZOOMS ?? '12 13 14 15 16').split(/\s+/).filter(Boolean).map(Number);

/** Per zoom, the tile holding the point and its neighbours (BENCH_TILES_PER_ZOOM, default 6: a 3 × 2 block). */
export function tileSet(point, z, count = Number(process.env.BENCH_TILES_PER_ZOOM ?? 6)) {
  const [x0, y0] = tileOf(point.lon, point.lat, z);
  const tiles = [];
  for (let i = 0; tiles.length < count; i++) tiles.push([x0 - 1 + (i % 3), y0 + Math.floor(i / 3)]);
  return tiles;
}

function tileOf(lon, lat, z) {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)];
}
