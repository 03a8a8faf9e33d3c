import type {GraphQLClient} from '../../../api/graphql';
import {describePayloadErrors, type PayloadError} from '../../../api/payloadErrors';
import {assignmentItem, el, section} from '../dom';
import {createAssignForm} from './assignForm';
import {ASSIGN_OWNER, ASSIGNMENT_HISTORY, END_ASSIGNMENT, OWNER_CANDIDATES, type AssignForm, type Target, assignVariables, endVariables} from './ownershipApi';
import {type AssignmentRow, type Candidate, handoverNote, historyLine, splitAssignments, toCandidates} from './ownershipState';

const KIND_NAMES = {ZONE: '片区', ROAD: '路段', ASSET: '部件', SHOP: '门店'} as const;

type Payload = {errors: PayloadError[]};

export interface OwnerSectionOptions {
  graphql: GraphQLClient;
  target: Target;
  /** An assignment was made or ended (with the sentence saying so): the panel is read again, gaps are counted again. */
  changed(message: string): void;
  /** Open the 指定责任人 form at once (a zone just drawn). */
  openForm?: boolean;
}

/**
 * The 包联责任人 section for a planner or admin: the current owners with 结束 (and 交接 on
 * the primary), 指定责任人, and the history (who, role, from–to). It reads the history
 * itself; after a change the whole panel is read again (the 属地兜底 may change too).
 */
export function createOwnerSection(o: OwnerSectionOptions): HTMLElement & {openAssign(): void} {
  const subject = `${KIND_NAMES[o.target.kind]}“${o.target.name}”`;
  const body = el('div', {className: 'owner-body'}, el('p', {className: 'details-muted', textContent: '正在读取包联记录 …'}));
  const slot = el('div', {className: 'owner-form-slot'});
  const messages = el('div', {className: 'owner-messages', role: 'status'});
  const assign = el('button', {type: 'button', className: 'details-primary', textContent: '指定责任人'});
  assign.dataset.owner = 'assign';
  const node = section('包联责任人', 'owners', body, el('div', {className: 'details-actions'}, assign), messages, slot) as HTMLElement & {openAssign(): void};
  let current: AssignmentRow[] = [];
  let candidates: Promise<Candidate[]> | null = null;

  const say = (lines: string[], kind: 'ok' | 'error') => {
    messages.dataset.kind = kind;
    messages.replaceChildren(...lines.map((t) => el('p', {className: kind === 'error' ? 'details-error' : 'details-ok', textContent: t})));
  };

  async function load(): Promise<void> {
    try {
      const rows = (await o.graphql<{assignments: AssignmentRow[]}>(ASSIGNMENT_HISTORY, {kind: o.target.kind, id: o.target.id})).assignments;
      const split = splitAssignments(rows);
      current = split.current;
      body.replaceChildren(currentList(split.current), ...upcoming(split.upcoming), history(split.past));
      node.dataset.owners = String(split.current.length);
    } catch (error) {
      body.replaceChildren(el('p', {className: 'details-error', textContent: `读取包联记录失败：${(error as Error).message}`}));
    }
  }

  function currentList(rows: AssignmentRow[]): HTMLElement {
    if (!rows.length) return el('p', {className: 'details-warning', textContent: `本${KIND_NAMES[o.target.kind]}当前没有包联责任人。`});
    return el('ul', {className: 'details-owners'}, ...rows.map((a) => {
      const li = assignmentItem(a, historyLine(a));
      li.dataset.assignment = a.id;
      const buttons = el('span', {className: 'owner-row-actions'});
      if (a.isPrimary) buttons.append(action('交接', 'handover', () => void openForm(true)));
      buttons.append(action('结束', 'end', () => void end(a)));
      li.append(buttons);
      return li;
    }));
  }

  const upcoming = (rows: AssignmentRow[]) => rows.length
    ? [el('p', {className: 'details-muted', textContent: `待生效：${rows.map(historyLine).join('；')}`})] : [];

  function history(rows: AssignmentRow[]): HTMLElement {
    const list = el('ol', {className: 'details-history'}, ...rows.map((a) => el('li', {textContent: historyLine(a)})));
    const d = el('details', {className: 'owner-history'}, el('summary', {textContent: `历史记录（${rows.length}）`}), rows.length ? list : el('p', {className: 'details-muted', textContent: '没有已结束的包联。'}));
    return d;
  }

  async function openForm(handover: boolean): Promise<void> {
    slot.replaceChildren(el('p', {className: 'details-muted', textContent: '正在读取本镇人员和单位 …'}));
    candidates ??= o.graphql<Parameters<typeof toCandidates>[0]>(OWNER_CANDIDATES, {township: o.target.townshipCode}).then(toCandidates);
    let list: Candidate[];
    try {
      list = await candidates;
    } catch (error) {
      candidates = null;
      return void slot.replaceChildren(el('p', {className: 'details-error', textContent: `读取人员和单位失败：${(error as Error).message}`}));
    }
    slot.replaceChildren(createAssignForm({
      kind: o.target.kind, candidates: list, handover, primary: !current.some((a) => a.isPrimary),
      note: (isPrimary, owner) => handoverNote(current, isPrimary, owner),
      submit: (form) => submit(form, handover),
      cancel: () => slot.replaceChildren(),
    }));
    slot.querySelector<HTMLInputElement>('input[name="owner-search"]')?.focus();
  }

  async function submit(form: AssignForm, handover: boolean): Promise<string[]> {
    try {
      const data = await o.graphql<{assignOwner: Payload & {ended: {ownerName: string} | null}}>(ASSIGN_OWNER, assignVariables(o.target, form));
      const {errors, ended} = data.assignOwner;
      if (errors.length) return describePayloadErrors(errors, subject).messages;
      slot.replaceChildren();
      const done = ended ? `已交接：“${ended.ownerName}”对${subject}的责任主体已结束。` : handover ? `已交接${subject}。` : `已为${subject}指定责任人。`;
      o.changed(done);
      return [];
    } catch (error) {
      return [(error as Error).message];
    }
  }

  async function end(a: AssignmentRow): Promise<void> {
    if (!confirm(`确定结束“${a.ownerName}”对${subject}的包联吗？结束后记录保留在历史中。`)) return;
    try {
      const data = await o.graphql<{endAssignment: Payload}>(END_ASSIGNMENT, endVariables(a.id));
      const problems = describePayloadErrors(data.endAssignment.errors, subject).messages;
      if (problems.length) return say(problems, 'error');
      o.changed(`已结束“${a.ownerName}”对${subject}的包联。`);
    } catch (error) {
      say([(error as Error).message], 'error');
    }
  }

  assign.addEventListener('click', () => void openForm(false));
  node.openAssign = () => void openForm(false);
  void load().then(() => o.openForm && node.openAssign());
  return node;
}

function action(text: string, name: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', {type: 'button', className: 'owner-action', textContent: text});
  b.dataset.owner = name;
  b.addEventListener('click', onClick);
  return b;
}
