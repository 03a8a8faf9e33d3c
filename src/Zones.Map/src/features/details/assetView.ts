import type {Selection} from '../../app/app';
import {ASSET_KIND_LABELS, ASSET_STATUS_LABELS, ASSET_SUBTYPE_LABELS, COMPLAINT_STAGE_LABELS} from '../../i18n/enumLabels';
import {assignmentItem, el, facts, ownerLine, section} from './dom';
import {formatDate, formatDateTime, formatDuration} from './format';
import {enumLabel} from './labels';
import type {AssetDetails, Row} from './loadDetails';
import {link} from './zoneView';

/** An asset: kind and status (since when), maintainer with phone, and its complaints. */
export function assetView({asset, complaints}: AssetDetails, select: (s: Selection) => void, now = new Date()): HTMLElement[] {
  const kind = enumLabel(ASSET_KIND_LABELS, asset.kind);
  const status = el('span', {className: `details-status details-status-${String(asset.status).toLowerCase()}`, textContent: enumLabel(ASSET_STATUS_LABELS, asset.status)});
  const parts: HTMLElement[] = [
    el('h2', {className: 'details-title', textContent: asset.name ?? `${kind} ${asset.identifier}`}),
    facts([
      ['类型', asset.subtype ? `${kind}（${enumLabel(ASSET_SUBTYPE_LABELS, asset.subtype)}）` : kind],
      ['标识码', asset.identifier],
      ['状态', status],
      ['状态起始', `${formatDateTime(asset.statusSince)}（${formatDuration(now.getTime() - Date.parse(asset.statusSince))}）`],
      ['管护单位', ownerLine(asset.maintainer) ?? el('span', {className: 'details-warning', textContent: '无管护单位'})],
      ['产权单位', ownerLine(asset.ownerUnit)],
      ['所在道路', asset.road ? link(asset.road.name, {kind: 'road', id: asset.road.id}, select) : null],
      ['安装日期', asset.installDate ? formatDate(asset.installDate) : null],
    ]),
  ];
  if (asset.owners?.length) parts.push(section('包联责任人', 'owners', el('ul', {className: 'details-owners'}, ...asset.owners.map((a: Row) => assignmentItem(a)))));
  const list = complaints === null
    ? el('p', {className: 'details-muted', textContent: '案卷暂时读不出来，请稍后重试。'})
    : complaints.length
      ? el('ul', {className: 'details-links'}, ...complaints.map((c) => el('li', {},
          link(c.caseNumber, {kind: 'complaint', id: c.id}, select),
          el('span', {className: c.overdue ? 'details-overdue' : 'details-muted', textContent: ` ${enumLabel(COMPLAINT_STAGE_LABELS, c.stage)} · ${formatDate(c.reportedAt)}`}))))
      : el('p', {className: 'details-muted', textContent: '没有关于此部件的案卷。'});
  parts.push(section(`案卷${complaints?.length ? `（${complaints.length}）` : ''}`, 'complaints', list));
  return parts;
}
