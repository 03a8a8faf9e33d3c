import type {Selection} from '../../app/app';
import {COMPLAINT_CATEGORY_LABELS} from '../../i18n/complaintCategories';
import {ASSET_KIND_LABELS, labelOf, ZONE_LEVEL_LABELS} from '../../i18n/enumLabels';

const KIND_WORDS: Record<Selection['kind'], string> = {zone: '片区', road: '道路', asset: '部件', complaint: '案卷', shop: '门店'};

const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

/**
 * One line of the chooser (several features under a click): what it is and its name, from the
 * properties the map already holds (tile or OGC names), e.g. "公厕 桑溪文化广场公厕",
 * "垃圾箱 3305220305000418", "案卷 E0107202611080003 垃圾箱满溢".
 */
export function hitLabel(kind: Selection['kind'], props: Record<string, unknown>): string {
  if (kind === 'asset') {
    const what = props.kind ? labelOf(ASSET_KIND_LABELS, props.kind) : KIND_WORDS.asset;
    return join(what, text(props.name) || text(props.identifier));
  }
  if (kind === 'complaint') {
    const code = text(props.category_code ?? props.categoryCode);
    const category = text(props.categoryName) || COMPLAINT_CATEGORY_LABELS[code] || '';
    return join(KIND_WORDS.complaint, text(props.case_number ?? props.caseNumber), category);
  }
  if (kind === 'zone') {
    const level = String(props.level ?? '').toLowerCase();
    return join(Object.hasOwn(ZONE_LEVEL_LABELS, level) ? ZONE_LEVEL_LABELS[level as keyof typeof ZONE_LEVEL_LABELS] : KIND_WORDS.zone, text(props.name));
  }
  return join(KIND_WORDS[kind], text(props.name) || text(props.code));
}

/** The kind word of a selection (片区, 道路, 部件, 案卷, 门店). */
export function kindWord(kind: Selection['kind']): string {
  return KIND_WORDS[kind];
}

const join = (...parts: string[]) => parts.filter(Boolean).join(' ');
