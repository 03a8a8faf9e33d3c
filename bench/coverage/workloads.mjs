// What the county benchmark times. To add a workload, add an entry: `requires` lists the API it
// needs ("Type.field"); a workload whose API this server lacks is skipped with a note naming it, so
// the list may run ahead of main (network reach arrives with the routing helper's branch).
// `targets` are issue #12's, in ms: cold = the first request after a server start, cached = a repeat.
const GAP_FIELDS = 'kind areaM2 lengthM count lightsNeeded binsNeeded zone { id } geometry { geojson(decimals: 6) }';

/** The coverage families (as the map's 覆盖分析 panel asks for them). */
export const FAMILIES = {
  topology: ['UNCOVERED_LAND', 'ZONE_OVERLAP'],
  ownership: ['ZONE_WITHOUT_OWNER', 'ROAD_WITHOUT_OWNER', 'ASSET_WITHOUT_MAINTAINER'],
  toilets: ['TOILET_REACH', 'VILLAGE_WITHOUT_TOILET', 'DRY_TOILET_IN_BUILT_UP'],
  bins: ['BIN_SPACING', 'COLLECTION_POINT_REACH'],
  lights: ['UNLIT_ROAD', 'LIGHT_GAP'],
  'out-of-service': ['ASSET_OUT_OF_SERVICE'],
};

const ALL_STAGES = ['RECEIVED', 'REGISTERED', 'DISPATCHED', 'DISPOSING', 'FEEDBACK', 'VERIFYING', 'CLOSED', 'SHELVED', 'VOIDED'];

/** {township: {code, zoneId, name}, bbox: [w, s, e, n]} come from the API at run time. */
export function workloads({township, bbox}) {
  const list = Object.entries(FAMILIES).map(([family, kinds]) => ({
    name: `coverage ${family}, county`,
    query: `query($k: [GapKind!]) { coverageGaps(kinds: $k) { ${GAP_FIELDS} } }`,
    variables: {k: kinds},
    size: (d) => `${d.coverageGaps.length} gaps`,
    targets: {cold: 10_000, cached: 1_000},
  }));
  list.push({
    name: 'coverage summary (every kind), county',
    query: '{ coverageGapSummary { kind count } }',
    size: (d) => `${d.coverageGapSummary.length} kinds`,
    targets: {cold: 10_000, cached: 1_000},
  });
  list.push({
    name: 'coverage notices (every kind), county',
    requires: ['Query.coverageNotices'],
    query: '{ coverageNotices { kind townshipCode message } }',
    size: (d) => `${d.coverageNotices.length} notices`,
    targets: {cold: 10_000, cached: 1_000},
  });
  const [minLon, minLat, maxLon, maxLat] = bbox;
  list.push({
    name: 'heat map, every complaint (all stages, all time), county, 500 m squares',
    query: `query($i: HeatmapInput!) { complaintHeatmap(input: $i) { total maxCount maxWeight cellSizeM cells { count weight intensity geometry { geojson(decimals: 6) } } } }`,
    variables: {i: {bbox: {minLon, minLat, maxLon, maxLat}, cellSizeM: 500, grid: 'SQUARE', weight: 'COUNT',
                    stages: ALL_STAGES, from: '2000-01-01T00:00:00+08:00'}},
    size: (d) => `${d.complaintHeatmap.total} complaints, ${d.complaintHeatmap.cells.length} cells`,
    targets: {cold: 500, cached: 500},
  });
  list.push({
    name: `toilet reach by walking distance, one township (${township.name})`,
    requires: ['CoverageGap.method'],
    query: `query($z: ID) { coverageGaps(zoneId: $z, kinds: [TOILET_REACH]) { method ${GAP_FIELDS} } }`,
    variables: {z: township.zoneId},
    size: (d) => `${d.coverageGaps.length} gaps (${[...new Set(d.coverageGaps.map((g) => g.method))].join(', ') || 'none'})`,
    targets: {cold: 5_000},
  });
  list.push({
    name: `toilet reach areas (isochrones) by walking distance, one township (${township.name})`,
    requires: ['Query.reachAreas'],
    query: `query($t: String!) { reachAreas(townshipCode: $t, kind: TOILET, method: NETWORK) { method radiusM asset { id } geometry { geojson(decimals: 6) } } }`,
    variables: {t: township.code},
    size: (d) => `${d.reachAreas.length} areas`,
    targets: {cold: 5_000},
  });
  return list;
}
