import {el} from '../dom';
import {ASSIGNMENT_ROLE_LABELS} from '../labels';
import {type AssignForm, type TargetKind, today} from './ownershipApi';
import {type Candidate, candidateLabel, defaultRole, filterCandidates} from './ownershipState';

export interface AssignFormOptions {
  kind: TargetKind;
  candidates: Candidate[];
  /** 交接: the new owner is the primary and the old one ends. */
  handover: boolean;
  /** 主责 preselected: a target without a primary gets one; with one, a new owner assists unless handed over. */
  primary: boolean;
  /** The handover sentence for the chosen owner's name (null: nothing to say). */
  note(isPrimary: boolean, owner: string | null): string | null;
  /** Sends the form; resolves with the error sentences to show (empty: done). */
  submit(form: AssignForm): Promise<string[]>;
  cancel(): void;
}

const field = (label: string, input: HTMLElement) => el('label', {className: 'owner-field'}, el('span', {textContent: label}), input);

/**
 * The 指定责任人 / 交接 form: a searchable list of the township's people and units, the role,
 * 主责 or 协助, and the start date. Errors stay in the form so the planner can fix and resend.
 */
export function createAssignForm(o: AssignFormOptions): HTMLFormElement {
  const search = el('input', {type: 'search', name: 'owner-search', placeholder: '输入姓名、单位或编号筛选'});
  const list = el('select', {name: 'owner', size: 6, required: true});
  const role = el('select', {name: 'role'}, ...Object.entries(ASSIGNMENT_ROLE_LABELS).map(([v, t]) => el('option', {value: v, textContent: t})));
  const primary = el('select', {name: 'primary'}, el('option', {value: 'true', textContent: '主责（责任主体）'}), el('option', {value: 'false', textContent: '协助'}));
  primary.value = String(o.handover || o.primary);
  primary.disabled = o.handover;
  const from = el('input', {type: 'date', name: 'validFrom', value: today(), required: true});
  const note = el('input', {name: 'note', placeholder: '备注（可不填）'});
  const hint = el('p', {className: 'details-muted owner-hint'});
  const errors = el('div', {className: 'details-error owner-errors', role: 'alert'});
  const submit = el('button', {type: 'submit', className: 'details-primary', textContent: o.handover ? '确定交接' : '确定指定'});
  const cancel = el('button', {type: 'button', textContent: '取消'});

  const chosen = (): Candidate | undefined => o.candidates.find((c) => `${c.kind}:${c.id}` === list.value);
  const fill = () => {
    const shown = filterCandidates(o.candidates, search.value);
    const keep = list.value;
    list.replaceChildren(...shown.map((c) => el('option', {value: `${c.kind}:${c.id}`, textContent: candidateLabel(c)})));
    if (shown.some((c) => `${c.kind}:${c.id}` === keep)) list.value = keep;
    else if (shown.length === 1) list.value = `${shown[0].kind}:${shown[0].id}`;
    update();
  };
  const update = () => {
    const c = chosen();
    if (c) role.value = defaultRole(o.kind, c.kind);
    hint.textContent = o.note(primary.value === 'true', c?.name ?? null) ?? '';
  };
  search.addEventListener('input', fill);
  list.addEventListener('change', update);
  primary.addEventListener('change', update);
  cancel.addEventListener('click', () => o.cancel());

  const form = el('form', {className: 'owner-form'},
    el('h4', {textContent: o.handover ? '交接责任主体' : '指定责任人'}),
    field('责任人', el('div', {className: 'owner-picker'}, search, list)),
    field('角色', role), field('主责/协助', primary), field('起始日期', from), field('备注', note),
    hint, errors, el('div', {className: 'details-actions'}, submit, cancel));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const c = chosen();
    if (!c) return void errors.replaceChildren(el('p', {textContent: '请先在列表中选择一位责任人或一个单位。'}));
    submit.disabled = true;
    errors.replaceChildren(el('p', {className: 'details-muted', textContent: '正在保存 …'}));
    const problems = await o.submit({owner: {kind: c.kind, id: c.id}, role: role.value, isPrimary: primary.value === 'true',
      validFrom: from.value, note: note.value});
    submit.disabled = false;
    errors.replaceChildren(...problems.map((t) => el('p', {textContent: t})));
  });
  fill();
  return form;
}
