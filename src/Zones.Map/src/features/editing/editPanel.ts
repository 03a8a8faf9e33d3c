import type {NewZoneForm} from './zoneMutations';
import {h as el} from '../../ui/h';

export type EditMode = 'draw' | 'modify' | 'split' | 'merge';

export interface PanelHandlers {
  enter(): void;
  exit(): void;
  mode(mode: EditMode): void;
  startDraw(form: NewZoneForm): void;
  trace(on: boolean): void;
  undo(): void;
  redo(): void;
  save(): void;
  discard(): void;
  reload(): void;
  merge(): void;
}

/** The API's zone levels, top first, with the names planners use. */
export const LEVELS: [string, string][] = [
  ['COUNTY', '县'],
  ['TOWNSHIP', '乡镇'],
  ['AREA', '片区'],
  ['VILLAGE', '村/社区'],
  ['GROUP', '组/网格'],
];

const HINTS: Record<EditMode, string> = {
  draw: '填好上级、层级和名称后点“开始绘制”；单击加点，靠近相邻片区的边或顶点会自动吸附，点回起点或双击结束。',
  modify: '拖动顶点修改边界；两个片区共用的顶点会一起移动。Alt+单击删除顶点。改完点“保存”。',
  split: '先单击要分割的片区，再画一条穿过它的分割线（双击结束），随即提交。',
  merge: '依次单击要合并的同级片区（第一个保留名称和编号），再点“合并所选”。',
};

function button(text: string, action: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', {type: 'button', textContent: text});
  b.dataset.edit = action;
  b.addEventListener('click', onClick);
  return b;
}

/**
 * The 片区编辑 panel in #tools: the 编辑模式 switch, the tool buttons, the new-zone form
 * and the message box. Pure DOM: it calls the handlers and is told what to show.
 */
export function createEditPanel(root: HTMLElement, h: PanelHandlers) {
  const enter = button('进入编辑模式', 'enter', () => h.enter());
  const exit = button('退出编辑', 'exit', () => h.exit());
  const modes = (['draw', 'modify', 'split', 'merge'] as EditMode[]).map((m, i) =>
    button(['画新片区', '编辑节点', '分割', '合并'][i], m, () => h.mode(m)),
  );
  const undo = button('撤销', 'undo', () => h.undo());
  const redo = button('重做', 'redo', () => h.redo());
  const save = button('保存', 'save', () => h.save());
  const discard = button('放弃', 'discard', () => h.discard());
  const trace = el('input', {type: 'checkbox'});
  trace.dataset.edit = 'trace';
  trace.addEventListener('change', () => h.trace(trace.checked));

  const parent = el('select', {name: 'parentId'});
  const level = el('select', {name: 'level'}, ...LEVELS.map(([v, t]) => el('option', {value: v, textContent: t})));
  const name = el('input', {name: 'name', placeholder: '如：沈家村南片'});
  const code = el('input', {name: 'code', placeholder: '留空自动编号', inputMode: 'numeric'});
  const startDraw = button('开始绘制', 'start-draw', () => {
    if (!name.value.trim()) return showMessages(['请先填写新片区的名称。'], 'error', false);
    h.startDraw({parentId: parent.value, level: level.value, name: name.value, code: code.value});
  });
  parent.addEventListener('change', () => {
    const below = LEVELS.findIndex(([v]) => v === parent.selectedOptions[0]?.dataset.level) + 1;
    if (below > 0 && below < LEVELS.length) level.value = LEVELS[below][0];
  });
  const field = (label: string, input: HTMLElement) => el('label', {className: 'edit-field'}, label, input);
  const form = el('div', {className: 'edit-form', hidden: true},
    field('上级片区', parent), field('层级', level), field('名称', name), field('编号', code),
    el('label', {className: 'edit-check'}, trace, '沿相邻边界追踪'), startDraw);

  const merge = button('合并所选', 'merge-selected', () => h.merge());
  const mergeBox = el('div', {className: 'edit-merge', hidden: true}, el('span'), merge);
  const hint = el('p', {className: 'edit-hint'});
  const messages = el('div', {className: 'edit-messages', role: 'alert'});
  const tools = el('div', {className: 'edit-tools', hidden: true},
    el('div', {className: 'edit-row'}, ...modes),
    el('div', {className: 'edit-row'}, undo, redo, save, discard),
    messages, form, mergeBox, hint, exit);
  // Messages right under the buttons: the answer to 保存 must be seen without scrolling.
  const panel = el('div', {className: 'edit-panel'}, el('h2', {textContent: '片区编辑'}), enter, tools);
  root.append(panel);

  function showMessages(lines: string[], kind: 'error' | 'ok' | 'info', reload: boolean): void {
    messages.dataset.kind = kind;
    messages.replaceChildren(...lines.map((t) => el('p', {textContent: t})));
    if (reload) messages.append(button('重新加载', 'reload', () => h.reload()));
  }

  return {
    setEditing(on: boolean): void {
      enter.hidden = on;
      tools.hidden = !on;
      if (!on) showMessages([], 'info', false);
    },
    setMode(mode: EditMode | null): void {
      modes.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.edit === mode)));
      form.hidden = mode !== 'draw';
      mergeBox.hidden = mode !== 'merge';
      hint.textContent = mode ? HINTS[mode] : '选择一个工具开始编辑。';
    },
    setParents(options: {id: string; name: string; level: string}[], preferred?: string): void {
      const levelName = (v: string) => LEVELS.find(([l]) => l === v)?.[1] ?? v;
      parent.replaceChildren(...options.map((o) => {
        const option = el('option', {value: o.id, textContent: `${o.name}（${levelName(o.level)}）`});
        option.dataset.level = o.level;
        return option;
      }));
      if (preferred) parent.value = preferred;
      parent.dispatchEvent(new Event('change'));
    },
    setButtons(state: {canUndo: boolean; canRedo: boolean; dirty: boolean}): void {
      undo.disabled = !state.canUndo;
      redo.disabled = !state.canRedo;
      save.disabled = !state.dirty;
      discard.disabled = !state.dirty;
    },
    setMergeSelection(names: string[]): void {
      mergeBox.querySelector('span')!.textContent = names.length ? `已选：${names.join('、')}` : '尚未选择片区';
      merge.disabled = names.length < 2;
    },
    showMessages,
    /** Buttons under the messages (指定责任人 for each zone just drawn). */
    addMessageActions(actions: {text: string; action: string; run(): void}[]): void {
      messages.append(...actions.map((a) => button(a.text, a.action, a.run)));
    },
    destroy(): void {
      panel.remove();
    },
  };
}

export type EditPanel = ReturnType<typeof createEditPanel>;
