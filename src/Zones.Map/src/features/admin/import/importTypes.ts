// The shapes of contract C (CONTRACT11.md): what POST /import/inspect and POST /import/{target} answer.

export interface ImportField { name: string; label: string; required: boolean }
export interface ColumnMapping { field: string; column: string }
export interface ImportProblem { row: number | null; field: string | null; value: string | null; code: string; message: string; messageEn?: string }

export interface ImportInspection {
  format: string | null; // null: the file could not be read (problems say why)
  crs: string | null;
  crsSource: string | null; // file | declared | guessed
  encoding: string | null;
  layers: string[];
  layer: string | null;
  columns: string[];
  rows: number;
  preview: (string | null)[][];
  mapping: ColumnMapping[];
  fields: ImportField[];
  problems: ImportProblem[];
}

export interface FieldChange { field: string; before: string | null; after: string | null }
export interface ImportChange { row: number; key: string; action: string; fields: FieldChange[] }
export interface TopologyFinding { kind: string; codes: string[]; areaM2: number; snapped: boolean; geometry?: unknown }
export interface RoadSplit { row: number; code: string; pieces: number }

export interface ImportReport {
  target: string;
  townshipCode: string;
  format: string | null;
  crs: string | null;
  encoding: string | null;
  dryRun: boolean;
  read: number;
  accepted: number;
  rejected: number;
  written: number;
  succeeded: boolean;
  problems: ImportProblem[];
  warnings: ImportProblem[];
  mode: string;
  added: number;
  changed: number;
  unchanged: number;
  changes: ImportChange[];
  topology: TopologyFinding[];
  segments: RoadSplit[];
}

export interface ImportTemplate { target: string; label: string; url: string }

export type ImportMode = 'INSERT' | 'UPDATE' | 'UPSERT';

export const TARGETS = ['ZONES', 'BUILT_UP_AREAS', 'ROADS', 'ASSETS', 'SHOPS', 'PLACES', 'UNITS', 'PEOPLE', 'ASSIGNMENTS', 'COMPLAINTS'] as const;

/** Targets whose boundaries are checked against their siblings and may be snapped. */
export const AREA_TARGETS: readonly string[] = ['ZONES', 'BUILT_UP_AREAS'];
