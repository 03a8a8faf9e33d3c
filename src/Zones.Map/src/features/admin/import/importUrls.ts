import {AREA_TARGETS} from './importTypes';
import type {WizardState} from './wizardState';

/** The target as the HTTP paths spell it: the lower-case name (TransferTargets.Name on the server), e.g. zones, built_up_areas. */
export function targetPath(target: string): string {
  return target.toLowerCase();
}

/**
 * POST /import/inspect?fileName=…&target=…&township=…[&crs=…][&layer=…]; the township lets the
 * server tell the Gauss–Krüger zone of coordinates without a .prj.
 */
export function inspectUrl(state: Pick<WizardState, 'fileName' | 'target' | 'crs' | 'layer'>, township: string): string {
  const q = new URLSearchParams({fileName: state.fileName ?? '', target: state.target, township});
  if (state.crs.trim()) q.set('crs', state.crs.trim());
  if (state.layer) q.set('layer', state.layer);
  return `/import/inspect?${q}`;
}

/** `field:col,field:col` of the mapped fields (columns with a comma or colon cannot be named; the server's defaults apply). */
export function mappingParam(mapping: Record<string, string>): string {
  return Object.entries(mapping).filter(([, col]) => col && !/[,:]/.test(col)).map(([field, col]) => `${field}:${col}`).join(',');
}

/** POST /import/{target}?township=…&mode=…&dryRun=…&crs=…&layer=…&snapToleranceM=…&mapping=…. */
export function importUrl(state: WizardState, township: string, dryRun: boolean): string {
  const q = new URLSearchParams({township, mode: state.mode, dryRun: String(dryRun)});
  if (state.crs.trim()) q.set('crs', state.crs.trim());
  if (state.layer) q.set('layer', state.layer);
  if (AREA_TARGETS.includes(state.target) && state.snapToleranceM.trim()) q.set('snapToleranceM', String(Number(state.snapToleranceM)));
  const mapping = mappingParam(state.mapping);
  if (mapping) q.set('mapping', mapping);
  return `/import/${targetPath(state.target)}?${q}`;
}

export function templateUrl(target: string): string {
  return `/import/templates/${targetPath(target)}.xlsx`;
}
