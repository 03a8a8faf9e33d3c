import {ADMIN} from '../../../i18n/adminMessages';
import {AREA_TARGETS, type ImportInspection, type ImportMode, type ImportReport} from './importTypes';

const I = ADMIN.import;

/** The wizard's steps, in order (ADMIN.import.steps names them). */
export const STEPS = ['file', 'inspect', 'mapping', 'options', 'dryRun', 'done'] as const;
export type Step = (typeof STEPS)[number];

export interface Progress { phase: 'upload' | 'work'; percent: number }

export interface WizardState {
  step: Step;
  target: string;
  fileName: string | null;
  fileSize: number;
  crs: string; // declared EPSG code, '' = from the file
  layer: string | null;
  inspection: ImportInspection | null;
  mapping: Record<string, string>; // our field → file column; '' = not imported
  mode: ImportMode;
  snapToleranceM: string;
  report: ImportReport | null; // the dry run's
  result: ImportReport | null; // the commit's
  busy: Progress | null;
  error: string | null;
}

export type WizardEvent =
  | {type: 'choose'; target: string; fileName: string | null; fileSize: number}
  | {type: 'declare'; crs: string; layer: string | null}
  | {type: 'inspected'; inspection: ImportInspection}
  | {type: 'map'; field: string; column: string}
  | {type: 'options'; mode: ImportMode; snapToleranceM: string}
  | {type: 'progress'; progress: Progress}
  | {type: 'reported'; report: ImportReport}
  | {type: 'committed'; report: ImportReport}
  | {type: 'failed'; message: string}
  | {type: 'goto'; step: Step}
  | {type: 'restart'};

export const MAX_BYTES = 50 * 1024 * 1024;

export function initialState(target = 'ZONES'): WizardState {
  return {step: 'file', target, fileName: null, fileSize: 0, crs: '', layer: null, inspection: null, mapping: {}, mode: 'INSERT',
    snapToleranceM: '0.5', report: null, result: null, busy: null, error: null};
}

/** The inspection's suggested mapping, every field present ('' where none was found). */
export function defaultMapping(inspection: ImportInspection): Record<string, string> {
  const found = new Map(inspection.mapping.map((m) => [m.field, m.column]));
  return Object.fromEntries(inspection.fields.map((f) => [f.name, found.get(f.name) ?? '']));
}

/** Required fields with no column, by their Chinese label. */
export function unmappedRequired(state: WizardState): string[] {
  return (state.inspection?.fields ?? []).filter((f) => f.required && !state.mapping[f.name]).map((f) => f.label);
}

export function snapProblem(text: string): string | null {
  if (!text.trim()) return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 50 ? null : I.snapBad;
}

/** Why the wizard cannot leave this step forward, or null. */
export function blocker(state: WizardState): string | null {
  switch (state.step) {
    case 'file':
      if (!state.target) return I.chooseTarget;
      if (!state.fileName) return I.chooseFile;
      return state.fileSize > MAX_BYTES ? I.tooLarge : null;
    case 'inspect':
      return state.inspection ? null : I.chooseFile;
    case 'mapping': {
      const missing = unmappedRequired(state);
      return missing.length ? I.requiredMissing(missing) : null;
    }
    case 'options':
      return AREA_TARGETS.includes(state.target) ? snapProblem(state.snapToleranceM) : null;
    case 'dryRun':
      if (!state.report) return I.chooseFile;
      if (state.report.rejected > 0 || !state.report.succeeded) return I.cannotCommit;
      return state.report.added + state.report.changed > 0 ? null : I.nothingToDo;
    case 'done':
      return null;
  }
}

const stepIndex = (step: Step) => STEPS.indexOf(step);

/**
 * The wizard's transitions. A server answer moves it one step forward; going back keeps what was
 * chosen but drops what depended on it (a new file drops the inspection, a new mapping the dry run).
 */
export function reduce(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'choose':
      return {...initialState(event.target), fileName: event.fileName, fileSize: event.fileSize, mode: state.mode, snapToleranceM: state.snapToleranceM};
    case 'declare':
      return {...state, crs: event.crs, layer: event.layer, inspection: null, report: null};
    case 'inspected':
      return {...state, step: 'inspect', inspection: event.inspection, layer: event.inspection.layer, mapping: defaultMapping(event.inspection), busy: null, error: null, report: null};
    case 'map':
      return {...state, mapping: {...state.mapping, [event.field]: event.column}, report: null};
    case 'options':
      return {...state, mode: event.mode, snapToleranceM: event.snapToleranceM, report: null};
    case 'progress':
      return {...state, busy: event.progress, error: null};
    case 'reported':
      return {...state, step: 'dryRun', report: event.report, busy: null, error: null};
    case 'committed':
      return {...state, step: 'done', result: event.report, busy: null, error: event.report.succeeded ? null : I.cannotCommit};
    case 'failed':
      return {...state, busy: null, error: event.message};
    case 'goto':
      // Forward only one step at a time and only when nothing blocks; back to any earlier step.
      if (stepIndex(event.step) < stepIndex(state.step)) return {...state, step: event.step, error: null};
      if (stepIndex(event.step) === stepIndex(state.step) + 1 && !blocker(state)) return {...state, step: event.step, error: null};
      return {...state, error: blocker(state)};
    case 'restart':
      return initialState(state.target);
  }
}
