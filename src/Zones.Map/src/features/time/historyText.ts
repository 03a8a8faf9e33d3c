import {ZONE_STATUS_LABELS} from '../../i18n/enumLabels';
import {formatDateTime} from '../details/format';

/** One ZoneChange of Zone.history (issue #13 §E). */
export interface ZoneChangeRow {
  at: string;
  kind: 'CREATED' | 'BOUNDARY' | 'RENAMED' | 'STATUS' | 'OWNER_ASSIGNED' | 'OWNER_ENDED' | 'PARENT';
  actor: string;
  actorName: string | null;
  version: number | null;
  before: string | null;
  after: string | null;
  boundaryBefore: {geojson: unknown} | null;
  boundaryAfter: {geojson: unknown} | null;
}

/** A history row in words: when, who (the person's name) and what changed. */
export interface ChangeText {
  when: string;
  who: string;
  what: string;
}

/** Writers that are not people: the loader, command-line tools, the database role itself. */
const SYSTEM_ACTORS = new Set(['system', 'demo-loader', 'zones', 'postgres']);

const KIND_LABELS: Record<ZoneChangeRow['kind'], string> = {
  CREATED: '新建',
  BOUNDARY: '调整边界',
  RENAMED: '更名',
  STATUS: '状态变更',
  OWNER_ASSIGNED: '包联',
  OWNER_ENDED: '包联结束',
  PARENT: '调整上级',
};

/** Who made a change: the person's name, else 系统 for loaders and tools, else the login. */
export function changeActor(c: Pick<ZoneChangeRow, 'actor' | 'actorName'>): string {
  if (c.actorName) return c.actorName;
  return SYSTEM_ACTORS.has(c.actor) ? '系统' : c.actor;
}

function status(value: string | null): string {
  const key = (value ?? '').toLowerCase() as keyof typeof ZONE_STATUS_LABELS;
  return ZONE_STATUS_LABELS[key] ?? value ?? '—';
}

/** What changed, with before → after where there is one. */
export function changeWhat(c: ZoneChangeRow): string {
  switch (c.kind) {
    case 'CREATED':
      return `新建「${c.after ?? ''}」`;
    case 'BOUNDARY':
      return '调整边界（点击在地图上对比前后）';
    case 'RENAMED':
      return `更名：${c.before ?? '—'} → ${c.after ?? '—'}`;
    case 'STATUS':
      return `状态：${status(c.before)} → ${status(c.after)}`;
    case 'OWNER_ASSIGNED':
      return c.before ? `包联交接：${c.before} → ${c.after ?? '—'}` : `包联：${c.after ?? '—'}`;
    case 'OWNER_ENDED':
      return `包联结束：${c.before ?? '—'}`;
    case 'PARENT':
      return `上级：${c.before ?? '—'} → ${c.after ?? '—'}`;
    default:
      return KIND_LABELS[c.kind as ZoneChangeRow['kind']] ?? String(c.kind);
  }
}

export function changeText(c: ZoneChangeRow): ChangeText {
  return {when: formatDateTime(c.at), who: changeActor(c), what: changeWhat(c)};
}

/** The kind's short label (the row's badge). */
export function changeKindLabel(kind: ZoneChangeRow['kind']): string {
  return KIND_LABELS[kind] ?? kind;
}
