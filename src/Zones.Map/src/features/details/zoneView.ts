import type {Selection} from '../../app/app';
import {ASSET_KIND_LABELS, ZONE_LEVEL_LABELS} from '../../i18n/enumLabels';
import {countAlias} from './detailsQueries';
import {assignmentItem, el, facts, section} from './dom';
import {formatArea, formatRate} from './format';
import {enumLabel, INDICATOR_LABELS} from './labels';
import type {ZoneDetails} from './loadDetails';
import {zoneHistorySection} from './zoneHistory';

/** Asset counts of a zone as [label, count], kinds with none left out. */
export function assetCounts(counts: Record<string, {totalCount: number} | undefined>): [string, number][] {
  return Object.entries(ASSET_KIND_LABELS)
    .map(([kind, label]) => [label, counts[countAlias(kind)]?.totalCount ?? 0] as [string, number])
    .filter(([, n]) => n > 0);
}

/** A zone: who answers for it (包联 and 属地兜底) with phones, its children, counts and indicators. */
export function zoneView({zone, counts, indicators}: ZoneDetails, select: (s: Selection) => void, canAssign = false): HTMLElement[] {
  const parts: HTMLElement[] = [
    el('h2', {className: 'details-title', textContent: zone.name}),
    facts([
      ['层级', enumLabel(ZONE_LEVEL_LABELS, zone.level)],
      ['代码', zone.code],
      ['面积', formatArea(zone.areaM2)],
      ['上级', zone.parent ? link(zone.parent.name, {kind: 'zone', id: zone.parent.id}, select) : null],
    ]),
  ];
  const owners = el('ul', {className: 'details-owners'}, ...(zone.owners as any[]).map((a) => assignmentItem(a))); // eslint-disable-line @typescript-eslint/no-explicit-any
  if (!zone.owners.length) owners.append(el('li', {className: 'details-warning', textContent: '本片区当前没有包联责任人。'}));
  parts.push(section('包联责任人', 'owners', owners));

  const fallback = zone.responsibleOwner;
  const own = fallback && String(fallback.targetId) === String(zone.id) && fallback.targetKind === 'ZONE';
  parts.push(section('属地兜底', 'responsible', fallback
    ? el('ul', {className: 'details-owners'}, assignmentItem(fallback, own ? '本片区的责任主体' : `由上级「${fallback.targetName}」兜底（本片区无责任主体）`))
    : noOwner(canAssign)));

  if (zone.children.length) {
    parts.push(section(`下级（${zone.children.length}）`, 'children', el('ul', {className: 'details-links'},
      ...(zone.children as {id: string; name: string; level: string}[]).map((c) => el('li', {}, link(c.name, {kind: 'zone', id: c.id}, select))))));
  }
  const assets = assetCounts(counts);
  parts.push(section('统计', 'counts', facts([
    ...assets.map(([label, n]) => [label, `${n} 处`] as [string, string]),
    ['未结案卷', `${counts.openComplaints?.totalCount ?? 0} 件`],
    ['其中超期', overdueText(counts.overdueComplaints?.totalCount ?? 0)],
  ])));
  if (indicators) {
    parts.push(section('考核指标', 'indicators', facts(Object.entries(INDICATOR_LABELS)
      .filter(([key]) => key in indicators)
      .map(([key, {label, rate}]) => [label, rate ? formatRate(indicators[key]) : String(indicators[key] ?? '—')]))));
  }
  parts.push(zoneHistorySection(String(zone.id)));
  return parts;
}

/** No 责任主体 up the tree: a planner gets the button that assigns one (manageParts.ts wires it), others whom to ask. */
function noOwner(canAssign: boolean): HTMLElement {
  if (!canAssign) return el('p', {className: 'details-warning', textContent: '本片区及其上级都没有责任主体，请联系规划员或管理员指定。'});
  const button = el('button', {type: 'button', className: 'details-primary', textContent: '指定责任人'});
  button.dataset.owner = 'assign-gap';
  return el('div', {className: 'details-warning'}, '本片区及其上级都没有责任主体。 ', button);
}

function overdueText(n: number): Node {
  return el('span', {className: n > 0 ? 'details-overdue' : '', textContent: `${n} 件`});
}

/** A name that opens its own details. */
export function link(text: string, target: Selection, select: (s: Selection) => void): HTMLElement {
  const a = el('button', {type: 'button', className: 'details-link', textContent: text});
  a.addEventListener('click', () => select(target));
  return a;
}
