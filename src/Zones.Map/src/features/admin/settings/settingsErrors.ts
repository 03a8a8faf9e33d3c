import {ADMIN} from '../../../i18n/adminMessages';
import {CHOICE_FIELDS} from './analysisChoices';
import {NUMBER_FIELDS} from './analysisFields';

// JSON name → what the form calls it, for the server's messages (which name the JSON key).
const LABELS: Record<string, string> = {
  ...Object.fromEntries(NUMBER_FIELDS.map((f) => [f.name, f.label])),
  ...Object.fromEntries(CHOICE_FIELDS.map((f) => [f.name, f.label])),
  binSpacingM: '垃圾箱最大间距',
  roadOwnerClasses: '需包联部门的道路等级',
  denseLightClasses: '按主街布灯的道路等级',
};

/**
 * A refusal of updateAnalysisSettings as the clerk reads it: each field's name on the form in
 * place of its JSON key, a rule's values by their Chinese names, and the fields to mark in red.
 * An older server that does not know a new setting says so as "update the server".
 */
export function settingsError(message: string): {text: string; fields: string[]} {
  const fields = [...new Set([...message.matchAll(/[“"](\w+)[”"]/g)].map((m) => m[1]!))].filter((k) => Object.hasOwn(LABELS, k));
  let text = message;
  for (const field of fields) {
    const label = LABELS[field]!;
    text = text.replace(new RegExp(`没有名为[“"]${field}[”"]的分析参数。?`, 'g'), ADMIN.settings.unknownToServer(label));
    text = text.replaceAll(`“${field}”`, `“${label}”`).replaceAll(`"${field}"`, `“${label}”`);
    for (const option of CHOICE_FIELDS.find((f) => f.name === field)?.options ?? []) {
      text = text.replace(new RegExp(`\\b${option.value}\\b`, 'g'), `“${option.label}”`);
    }
  }
  return {text, fields};
}
