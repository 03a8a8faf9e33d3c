/**
 * The GraphQL documents of the editing tools and the variables they take. Every mutation
 * asks for the typed errors with the fields the map shows (places, areas, versions).
 */

const ZONE_FIELDS = 'id code name level version parent { id }';

// The fields of each error type the editor can show. A fragment on a type outside the
// mutation's error union is a validation error, so each mutation lists its own members.
const FRAGMENTS: Record<string, string> = {
  VersionConflictError: 'currentVersion',
  DuplicateError: 'field value',
  InvalidGeometryError: 'reason location { geojson }',
  OutOfParentBoundsError: 'parent { id name } zone { id name } outsideAreaM2 outside { geojson }',
  ZoneOverlapError: 'overlaps { zone { id name } zoneName other { id name } overlap { geojson } areaM2 }',
  ZoneGapError: 'areaM2 gap { geojson }',
  ZoneHasChildrenError: 'children { id name }',
  SplitCutsChildrenError: 'children { id name }',
};

const COMMON = ['VersionConflictError', 'DuplicateError'];
const BOUNDARY = [...COMMON, 'InvalidGeometryError', 'OutOfParentBoundsError', 'ZoneOverlapError', 'ZoneGapError'];

/** The selection of a payload's `errors` for the union made of `types` (and any UserError). */
export function errorFields(types: string[]): string {
  return ['__typename', '... on UserError { code message path }', ...types.map((t) => `... on ${t} { ${FRAGMENTS[t]} }`)].join(' ');
}

export const CREATE_ZONE = `mutation CreateZone($input: CreateZoneInput!) {
  createZone(input: $input) { zone { ${ZONE_FIELDS} } errors { ${errorFields(BOUNDARY)} } }
}`;

export const UPDATE_ZONE_BOUNDARIES = `mutation UpdateZoneBoundaries($input: UpdateZoneBoundariesInput!) {
  updateZoneBoundaries(input: $input) { zones { ${ZONE_FIELDS} } errors { ${errorFields(BOUNDARY)} } }
}`;

export const SPLIT_ZONE = `mutation SplitZone($input: SplitZoneInput!) {
  splitZone(input: $input) { parts { ${ZONE_FIELDS} } errors { ${errorFields([...COMMON, 'InvalidGeometryError', 'SplitCutsChildrenError'])} } }
}`;

export const MERGE_ZONES = `mutation MergeZones($input: MergeZonesInput!) {
  mergeZones(input: $input) { zone { ${ZONE_FIELDS} } retired { id } errors { ${errorFields(COMMON)} } }
}`;

export const DELETE_ZONE = `mutation DeleteZone($input: DeleteZoneInput!) {
  deleteZone(input: $input) { zone { id } errors { ${errorFields([...COMMON, 'ZoneHasChildrenError'])} } }
}`;

type GeoJsonGeometry = {type: string; coordinates: unknown};

/** What the planner typed in the 画新片区 form. */
export interface NewZoneForm {
  parentId: string;
  level: string;
  name: string;
  /** Blank: the server numbers it (parent's code + next sequence). */
  code: string;
}

export function createZoneVariables(form: NewZoneForm, boundary: GeoJsonGeometry) {
  const code = form.code.trim();
  return {
    input: {
      parentId: form.parentId,
      level: form.level,
      name: form.name.trim(),
      boundary: {geojson: boundary},
      ...(code ? {code} : {}),
    },
  };
}

/** One changed zone: the version it was loaded at and its new boundary. */
export interface BoundaryEdit {
  id: string;
  version: number;
  boundary: GeoJsonGeometry;
}

/** Every changed zone in one call, each with its expected version: one transaction on the server. */
export function updateBoundariesVariables(edits: BoundaryEdit[]) {
  return {
    input: {
      edits: edits.map((e) => ({id: e.id, expectedVersion: e.version, boundary: {geojson: e.boundary}})),
    },
  };
}

export function splitVariables(zone: {id: string; version: number}, blade: GeoJsonGeometry) {
  return {input: {id: zone.id, expectedVersion: zone.version, blade: {geojson: blade}}};
}

/** The first zone keeps its id, name and code (the server's rule); the planner picks it first. */
export function mergeVariables(zones: {id: string; version: number}[]) {
  return {input: {zones: zones.map((z) => ({id: z.id, expectedVersion: z.version}))}};
}

export function deleteVariables(zone: {id: string; version: number}) {
  return {input: {id: zone.id, expectedVersion: zone.version}};
}
