/**
 * The server's typed errors turned into what the planner sees: one sentence in plain
 * Chinese per error (what, where, how to fix) and the places to mark on the map.
 */

import {chinesePart, type PayloadError} from '../../api/payloadErrors';

export {chinesePart};

type GeoJsonGeometry = {type: string; coordinates: unknown};
type ZoneRef = {id: string; name: string};

/** One error as selected by errorFields (zoneMutations.ts). */
export interface ZoneError extends PayloadError {
  location?: {geojson: GeoJsonGeometry} | null;
  parent?: ZoneRef | null;
  zone?: ZoneRef | null;
  outsideAreaM2?: number;
  outside?: {geojson: GeoJsonGeometry};
  overlaps?: {zone: ZoneRef | null; zoneName: string; other: ZoneRef; overlap: {geojson: GeoJsonGeometry}; areaM2: number}[];
  areaM2?: number;
  gap?: {geojson: GeoJsonGeometry};
  children?: ZoneRef[];
}

/** A place to mark: a point (self-intersection) or an area (overlap, gap, part outside), with its label. */
export interface Marker {
  kind: 'invalid' | 'overlap' | 'gap' | 'outside';
  geometry: GeoJsonGeometry;
  label: string;
}

export interface ErrorReport {
  messages: string[];
  markers: Marker[];
  /** A version conflict: offer 重新加载. */
  reload: boolean;
}

const REASONS: Record<string, string> = {
  'Self-intersection': '边界自相交',
  'Ring Self-intersection': '边界环自相交',
  'Hole lies outside shell': '内洞在外边界之外',
  'Nested holes': '内洞相互嵌套',
  'Interior is disconnected': '内部被分割成互不相连的几块',
  'Too few points': '顶点太少，围不成面',
  'Ring is not closed': '边界没有闭合',
  Empty: '没有画出边界',
};

/** 30,242 平方米: areas as a clerk reads them, to the square metre (at least 1). */
export function formatArea(m2: number): string {
  return `${Math.max(1, Math.round(m2)).toLocaleString('zh-CN')} 平方米`;
}

const names = (zones: ZoneRef[] = []) => zones.map((z) => `“${z.name}”`).join('、');

/** The sentence and markers for one error; `subject` names the zone(s) being saved. */
export function describeZoneError(error: ZoneError, subject: string): {message: string; markers: Marker[]} {
  switch (error.__typename) {
    case 'InvalidGeometryError': {
      const reason = REASONS[error.reason ?? ''] ?? chinesePart(error.message ?? '边界无效');
      const message = `${subject}的${reason}${error.location ? '（地图上红色圆点处）' : ''}。请拖动该处的顶点，使边界不再交叉，再保存。`;
      const markers: Marker[] = error.location ? [{kind: 'invalid', geometry: error.location.geojson, label: reason}] : [];
      return {message, markers};
    }
    case 'ZoneOverlapError': {
      const overlaps = error.overlaps ?? [];
      const parts = overlaps.map((o) => `“${o.zone?.name ?? o.zoneName}”与“${o.other.name}”重叠 ${formatArea(o.areaM2)}`);
      const message = `${parts.join('；')}（地图上红色区域）。请把边界沿相邻片区的边界画（开启吸附），使两者只共用边界、不重叠。`;
      return {message, markers: overlaps.map((o) => ({kind: 'overlap', geometry: o.overlap.geojson, label: `重叠 ${formatArea(o.areaM2)}`}))};
    }
    case 'OutOfParentBoundsError': {
      const area = formatArea(error.outsideAreaM2 ?? 0);
      const who = error.zone ? `下级片区“${error.zone.name}”` : subject;
      const message = `${who}超出上级片区“${error.parent?.name ?? ''}”的边界 ${area}（地图上橙色区域）。请把边界收回到上级片区以内。`;
      return {message, markers: error.outside ? [{kind: 'outside', geometry: error.outside.geojson, label: `超出 ${area}`}] : []};
    }
    case 'ZoneGapError': {
      const area = formatArea(error.areaM2 ?? 0);
      const message = `这次修改会在上级片区内留下 ${area} 不属于任何片区的空白（地图上蓝色区域）。请同时调整相邻片区，使它们仍然共用这条边界。`;
      return {message, markers: error.gap ? [{kind: 'gap', geometry: error.gap.geojson, label: `空白 ${area}`}] : []};
    }
    case 'VersionConflictError': {
      // The set-wide conflict of updateZoneBoundaries has no edit index; the server's message names the zone.
      const named = /“([^”]+)”/.exec(error.message ?? '');
      return {
        message: `${named ? `片区“${named[1]}”` : subject}在您编辑期间已被别人修改并保存（现在是第 ${error.currentVersion} 版），您的修改没有保存。请点“重新加载”取最新的边界，再重新修改。`,
        markers: [],
      };
    }
    case 'DuplicateError':
      return {message: `编号“${error.value ?? ''}”已被其他片区使用。请换一个编号，或留空由系统自动编号。`, markers: []};
    case 'ForbiddenError':
      return {message: '您的账号没有修改片区的权限，请用规划员或管理员账号登录。', markers: []};
    case 'ZoneHasChildrenError':
      return {message: `${subject}下面还有下级片区 ${names(error.children)}，不能删除。请先合并或删除这些下级片区。`, markers: []};
    case 'SplitCutsChildrenError':
      return {message: `分割线穿过了下级片区 ${names(error.children)}。请让分割线沿下级片区的边界走。`, markers: []};
    default:
      return {message: chinesePart(error.message ?? '保存失败，请稍后重试。'), markers: []};
  }
}

/** All errors of one answer: sentences, markers, and whether to offer a reload. */
export function describeZoneErrors(errors: ZoneError[], subjectOf: (error: ZoneError) => string): ErrorReport {
  const described = errors.map((e) => describeZoneError(e, subjectOf(e)));
  return {
    messages: described.map((d) => d.message),
    markers: described.flatMap((d) => d.markers),
    reload: errors.some((e) => e.__typename === 'VersionConflictError'),
  };
}

/**
 * Which zone an error of updateZoneBoundaries is about: its path is
 * ["input", "edits", "<index>", …] for one edit, shorter for the set.
 */
export function editIndexOf(error: ZoneError): number | null {
  const path = error.path ?? [];
  return path[1] === 'edits' && path[2] !== undefined && /^\d+$/.test(path[2]) ? Number(path[2]) : null;
}
