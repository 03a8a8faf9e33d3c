import type {Selection} from '../../app/app';
import {COMPLAINT_STAGE_LABELS} from '../../i18n/enumLabels';
import {assignmentItem, el, facts, phoneLink, section} from './dom';
import {formatDate} from './format';
import {enumLabel} from './labels';
import type {Row, ShopDetails} from './loadDetails';
import {link} from './zoneView';

/** 10 米 / 9.8 米: the frontage length as the 门前三包 责任书 writes it. */
export function frontageText(shop: Row): string | null {
  if (typeof shop.frontageLengthM !== 'number') return null;
  const m = shop.frontageLengthM;
  return `${Math.abs(m - Math.round(m)) < 0.05 ? Math.round(m) : m.toFixed(1)} 米`;
}

/**
 * A shop (门店): name, address, 经营者 and phone; its 包联 cadre (its own, else who answers through
 * its zone: 属地兜底); its 门前三包 stretch (road and length); the complaints within that stretch.
 */
export function shopView({shop}: ShopDetails, select: (s: Selection) => void): HTMLElement[] {
  const stretch = shop.road
    ? el('span', {}, link(shop.road.name, {kind: 'road', id: shop.road.id}, select), ` 门前 ${frontageText(shop) ?? ''}`)
    : el('span', {className: 'details-warning', textContent: '50 米内无道路，门前三包路段未定'});
  const parts: HTMLElement[] = [
    el('h2', {className: 'details-title', textContent: shop.name}),
    facts([
      ['地址', shop.address],
      ['经营者', shop.keeperName],
      ['联系电话', shop.phone ? phoneLink(shop.phone) : null],
      ['门前三包', stretch],
      ['编码', shop.code],
    ]),
    ownersSection(shop),
    complaintsSection(shop.complaints as Row[], select),
  ];
  return parts;
}

function ownersSection(shop: Row): HTMLElement {
  const owners = (shop.owners ?? []) as Row[];
  if (owners.length) return section('包联干部', 'owners', el('ul', {className: 'details-owners'}, ...owners.map((a) => assignmentItem(a))));
  const fallback = shop.responsibleOwner as Row | null;
  return section('包联干部', 'owners', fallback
    ? el('ul', {className: 'details-owners'}, assignmentItem(fallback, `本店未指定包联干部，由所在片区“${fallback.targetName}”兜底`))
    : el('p', {className: 'details-warning', textContent: '本店未指定包联干部，所在片区也无责任人。'}));
}

function complaintsSection(complaints: Row[], select: (s: Selection) => void): HTMLElement {
  const list = complaints.length
    ? el('ul', {className: 'details-links'}, ...complaints.map((c) => el('li', {},
        link(c.caseNumber, {kind: 'complaint', id: c.id}, select),
        el('span', {className: c.overdue ? 'details-overdue' : 'details-muted', textContent: ` ${enumLabel(COMPLAINT_STAGE_LABELS, c.stage)} · ${formatDate(c.reportedAt)}`}))))
    : el('p', {className: 'details-muted', textContent: '门前三包范围内（路段及门店 15 米内）没有案卷。'});
  return section(`门前案卷${complaints.length ? `（${complaints.length}）` : ''}`, 'complaints', list);
}
