import type {Receipt} from './api';

/** The receipt's lines, in the order the page shows them. */
export function receiptLines(r: Receipt): {headline: string; promise: string; folded: string | null} {
  return {
    headline: r.folded ? '您反映的问题已有人上报，已合并处理' : '上报成功，已受理',
    promise: r.promise ? `将在 ${r.promise}` : '将按时限处理',
    folded: r.folded ? `已有 ${r.reporterCount} 人反映，合并到案卷 ${r.caseNumber}。` : null,
  };
}

/** A deadline as a resident reads it: 12月9日 17:30 (Beijing time, whatever the phone's zone). */
export function deadlineWords(iso: string | null): string | null {
  if (!iso) return null;
  const parts = new Intl.DateTimeFormat('zh-CN', {timeZone: 'Asia/Shanghai', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false})
    .formatToParts(new Date(iso));
  const p = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
  return `${p('month')}月${p('day')}日 ${p('hour')}:${p('minute')}`;
}

/** The status page's address for a case, the number filled in. */
export function statusHref(caseNumber: string): string {
  return `/report/status?id=${encodeURIComponent(caseNumber)}`;
}
