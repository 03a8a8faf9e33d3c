// What the analysis benchmark runs: each GraphQL workload once per repetition, and a sweep of tiles.
// `township` is filled in at run time (the first county township), `bbox` with the county's extent.

const GAP_FIELDS = 'kind areaM2 lengthM count lightsNeeded binsNeeded zone { id } owner { id } geometry { bbox }';

/** One coverageGaps request per family of checks, for one township and for the whole county. */
const GAP_FAMILIES = {
  'gaps-topology': ['UNCOVERED_LAND', 'ZONE_OVERLAP'],
  'gaps-ownership': ['ZONE_WITHOUT_OWNER', 'ROAD_WITHOUT_OWNER', 'ASSET_WITHOUT_MAINTAINER'],
  'gaps-toilets': ['TOILET_REACH', 'VILLAGE_WITHOUT_TOILET', 'DRY_TOILET_IN_BUILT_UP'],
  'gaps-bins': ['BIN_SPACING', 'COLLECTION_POINT_REACH'],
  'gaps-lights': ['UNLIT_ROAD', 'LIGHT_GAP'],
  'gaps-out-of-service': ['ASSET_OUT_OF_SERVICE'],
};

export function graphqlWorkloads({townshipZoneId, bbox}) {
  const list = [];
  for (const [name, kinds] of Object.entries(GAP_FAMILIES)) {
    list.push({
      name: `${name} (one township)`,
      query: `query($z: ID, $k: [GapKind!]) { coverageGaps(zoneId: $z, kinds: $k) { ${GAP_FIELDS} } }`,
      variables: {z: townshipZoneId, k: kinds},
    });
    list.push({
      name: `${name} (county)`,
      query: `query($k: [GapKind!]) { coverageGaps(kinds: $k) { ${GAP_FIELDS} } }`,
      variables: {k: kinds},
    });
  }
  const [minLon, minLat, maxLon, maxLat] = bbox;
  list.push({
    name: 'heat map 500 m hexagons, 90 days (county)',
    query: `query($i: HeatmapInput) { complaintHeatmap(input: $i) { total maxCount cells { count intensity geometry { bbox } } } }`,
    variables: {i: {bbox: {minLon, minLat, maxLon, maxLat}, cellSizeM: 500, from: daysAgo(90)}},
  });
  list.push({
    name: 'heat map 200 m squares, 30 days, weighted by age (one township)',
    query: `query($i: HeatmapInput) { complaintHeatmap(input: $i) { total maxWeight cells { count weight } overdue(first: 50) { id } } }`,
    variables: {i: {zoneId: townshipZoneId, cellSizeM: 200, grid: 'SQUARE', weight: 'AGE'}},
  });
  list.push({
    name: 'indicators by township, 90 days (county)',
    query: `query($from: DateTime) { indicators(groupBy: TOWNSHIP, from: $from) { key closeRate onTimeCloseRate disposeRate reworkRate overdueOpen } }`,
    variables: {from: daysAgo(90)},
  });
  list.push({
    name: 'ranking 通报 of townships by 按期结案率',
    query: `query($from: DateTime) { ranking(groupBy: TOWNSHIP, by: ON_TIME_CLOSE_RATE, from: $from) { rank row { key onTimeCloseRate } } }`,
    variables: {from: daysAgo(90)},
  });
  return list;
}

function daysAgo(days) {
  return new Date(Date.now() - days * 86400_000).toISOString();
}

/** Tiles of every layer over a zoom sweep: `perZoom` tiles per zoom, picked evenly inside the bbox. */
export function tileSweep(bbox, {zooms = [12, 13, 14, 15, 16], perZoom = 12, layers = ['zones', 'roads', 'assets', 'complaints']} = {}) {
  const tiles = [];
  for (const z of zooms) {
    const [x0, y1] = tileOf(bbox[0], bbox[1], z);
    const [x1, y0] = tileOf(bbox[2], bbox[3], z);
    const w = x1 - x0 + 1, h = y1 - y0 + 1;
    for (let i = 0; i < perZoom; i++) {
      // A deterministic spread over the extent (golden-ratio steps), so every run asks for the same tiles.
      const fx = (i * 0.618034) % 1, fy = (i * 0.381966 + 0.5) % 1;
      const x = x0 + Math.floor(fx * w), y = y0 + Math.floor(fy * h);
      for (const layer of layers) tiles.push({layer, z, x, y, path: `/tiles/${layer}/${z}/${x}/${y}.mvt`});
    }
  }
  return tiles;
}

function tileOf(lon, lat, z) {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const r = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return [x, y];
}
