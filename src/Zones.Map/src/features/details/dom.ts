import type {Row} from './loadDetails';
import {formatPhone, telHref} from './format';
import {ASSIGNMENT_ROLE_LABELS} from './labels';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A titled block of the panel. */
export function section(title: string, name: string, ...children: (Node | string)[]): HTMLElement {
  const s = el('section', {className: 'details-section'}, el('h3', {textContent: title}), ...children);
  s.dataset.section = name;
  return s;
}

/** A two-column list of facts; rows with no value are left out. */
export function facts(rows: [string, Node | string | null | undefined][]): HTMLElement {
  const dl = el('dl', {className: 'details-facts'});
  for (const [label, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    dl.append(el('dt', {textContent: label}), el('dd', {}, value));
  }
  return dl;
}

/** A phone as a tel: link (clerks call from a softphone or a mobile), or "—". */
export function phoneLink(phone: string | null | undefined): Node {
  const shown = formatPhone(phone);
  return phone?.trim() ? el('a', {className: 'details-phone', href: telHref(phone), textContent: shown}) : document.createTextNode(shown);
}

/** One 包联 assignment: role, owner (with title or unit) and phone. */
export function assignmentItem(a: Row, note?: string): HTMLElement {
  const owner = a.owner ?? {};
  const who = [owner.title, owner.unit?.name].filter(Boolean).join('，');
  const li = el('li', {className: 'details-owner'},
    el('span', {className: 'details-owner-role', textContent: ASSIGNMENT_ROLE_LABELS[a.role] ?? a.role}),
    el('strong', {textContent: a.ownerName}),
    who ? el('span', {className: 'details-muted', textContent: `（${who}）`}) : '',
    ' ',
    phoneLink(a.ownerPhone ?? owner.phone ?? owner.unit?.phone),
  );
  if (a.isPrimary) li.append(el('span', {className: 'details-badge', textContent: '责任主体'}));
  if (note) li.append(el('div', {className: 'details-muted', textContent: note}));
  return li;
}

/** The name and phone of a Person or Unit (首问负责, 管护单位 …). */
export function ownerLine(owner: Row | null | undefined): Node | null {
  if (!owner) return null;
  return el('span', {}, `${owner.name} `, phoneLink(owner.phone ?? owner.unit?.phone));
}
