import {ADMIN} from '../../../i18n/adminMessages';
import type {AdminContext} from '../shell/adminContext';
import {button, el, messageLine} from '../shell/adminDom';
import {read} from '../shell/mutate';
import {actions, fileStep} from './fileStep';
import type {ImportInspection, ImportReport, ImportTemplate} from './importTypes';
import {importUrl, inspectUrl} from './importUrls';
import {inspectStep} from './inspectStep';
import {mappingStep} from './mappingStep';
import {optionsStep} from './optionsStep';
import {unreadable} from './reportModel';
import {reportView} from './reportView';
import {upload} from './upload';
import {blocker, initialState, reduce, STEPS, type WizardEvent} from './wizardState';

const I = ADMIN.import;

/**
 * 导入向导: file → what was found → columns to fields with a preview → mode and snapping →
 * dry run with the per-row report → commit. Uploads show a progress bar (sent share, then
 * "服务器正在处理"). The state lives in wizardState.ts; this file only draws it and calls the server.
 */
export function importScreen(ctx: AdminContext): HTMLElement {
  const root = el('div', 'admin-screen admin-wizard');
  const steps = el('ol', 'admin-steps');
  const message = messageLine();
  const bar = el('div', 'admin-progress');
  const body = el('div');
  root.append(steps, bar, message.node, body);
  let state = initialState();
  let file: File | null = null;
  let templates: ImportTemplate[] = [];

  const dispatch = (event: WizardEvent) => {
    state = reduce(state, event);
    render();
  };

  async function inspect(): Promise<void> {
    const problem = blocker({...state, step: 'file'});
    if (problem || !file) return dispatch({type: 'failed', message: problem ?? I.chooseFile});
    const answer = await upload<ImportInspection>(inspectUrl(state, ctx.township), file, (progress) => dispatch({type: 'progress', progress}));
    if (!answer.ok) return dispatch({type: 'failed', message: answer.message});
    const cannot = unreadable(answer.value);
    dispatch(cannot ? {type: 'failed', message: cannot} : {type: 'inspected', inspection: answer.value});
  }

  async function run(dryRun: boolean): Promise<void> {
    if (!file) return dispatch({type: 'failed', message: I.chooseFile});
    const problem = dryRun ? blocker({...state, step: 'options'}) ?? blocker({...state, step: 'mapping'}) : blocker(state);
    if (problem) return dispatch({type: 'failed', message: problem});
    const answer = await upload<ImportReport>(importUrl(state, ctx.township, dryRun), file, (progress) => dispatch({type: 'progress', progress}));
    if (!answer.ok) return dispatch({type: 'failed', message: answer.message});
    dispatch({type: dryRun ? 'reported' : 'committed', report: answer.value});
  }

  function render(): void {
    steps.replaceChildren(...STEPS.map((s, i) => {
      const li = el('li', undefined, I.steps[i]);
      if (s === state.step) li.setAttribute('aria-current', 'step');
      return li;
    }));
    renderProgress();
    if (state.error) message.error(state.error);
    else if (state.step === 'done' && state.result) message.ok(I.committed(state.result.added, state.result.changed));
    else message.clear();
    if (state.busy) return; // the step stays as it is while the server works
    body.replaceChildren(stepView());
  }

  function renderProgress(): void {
    bar.replaceChildren();
    if (!state.busy) return;
    const progress = el('progress');
    if (state.busy.phase === 'upload') progress.value = state.busy.percent / 100;
    else progress.removeAttribute('value'); // indeterminate: the server reads, checks and writes
    bar.append(progress, el('span', undefined, state.busy.phase === 'upload' ? I.uploading(state.busy.percent) : I.working));
  }

  function stepView(): HTMLElement {
    const go = (step: (typeof STEPS)[number]) => () => dispatch({type: 'goto', step});
    switch (state.step) {
      case 'file':
        return fileStep(state, file, templates, {
          choose: (target, picked) => {
            file = picked;
            dispatch({type: 'choose', target, fileName: picked?.name ?? null, fileSize: picked?.size ?? 0});
          },
          declare: (crs) => dispatch({type: 'declare', crs, layer: state.layer}),
          inspect,
        });
      case 'inspect':
        return inspectStep(state.inspection!, {
          layer: (name) => {
            dispatch({type: 'declare', crs: state.crs, layer: name});
            void inspect();
          },
          back: go('file'), next: go('mapping'),
        });
      case 'mapping':
        return mappingStep(state.inspection!, state.mapping, {map: (field, column) => dispatch({type: 'map', field, column}), back: go('inspect'), next: go('options')});
      case 'options':
        return optionsStep(state, {options: (mode, snap) => dispatch({type: 'options', mode, snapToleranceM: snap}), back: go('mapping'), dryRun: () => run(true)});
      case 'dryRun': {
        const view = el('div', 'admin-step');
        const cannot = blocker(state);
        const commit = button(I.commit, () => run(false), 'primary');
        commit.disabled = cannot !== null;
        view.append(reportView(state.report!), ...(cannot ? [el('p', 'admin-hint', cannot)] : []), actions(button(I.back, go('options')), commit));
        return view;
      }
      case 'done': {
        const view = el('div', 'admin-step');
        view.append(reportView(state.result!), actions(button(I.restart, () => {
          file = null;
          dispatch({type: 'restart'});
        }, 'primary')));
        return view;
      }
    }
  }

  render();
  void read<{importTemplates: ImportTemplate[]}>(ctx.graphql, '{ importTemplates { target label url } }').then((answer) => {
    if (!answer.ok || state.step !== 'file') return;
    templates = answer.value.importTemplates;
    render();
  });
  return root;
}
