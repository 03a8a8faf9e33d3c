/**
 * How the details panel writes phones, times, durations and rates, in Chinese.
 * Times: the server sends RFC 3339 in +08:00 (Beijing time); they are shown as sent, so the
 * panel reads the same on a PC set to another time zone.
 */

/** 138 1234 5678 for mobiles, 0572-6012345 and others as written; "—" when there is none. */
export function formatPhone(phone: string | null | undefined): string {
  const raw = phone?.trim();
  if (!raw) return '—';
  const digits = raw.replace(/[\s-]/g, '');
  return /^1\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}` : raw;
}

/** The tel: link of a phone (digits and + only). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

/** 2026-11-20 09:00 from "2026-11-20T09:00:00+08:00"; "—" for none. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = RFC3339.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

/** The date part only: 2026-11-20. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? iso;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** 2 天 3 小时, 5 小时 20 分钟, 12 分钟, 不到 1 分钟: the two largest units, rounded down. */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < MINUTE) return '不到 1 分钟';
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  const minutes = Math.floor((abs % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days} 天 ${hours} 小时` : `${days} 天`;
  if (hours > 0) return minutes > 0 ? `${hours} 小时 ${minutes} 分钟` : `${hours} 小时`;
  return `${minutes} 分钟`;
}

/**
 * How a deadline stands now, for an open case. Whether the case is late is the server's verdict
 * (`Complaint.overdue`, zones.complaint_is_overdue), never worked out here from the deadline: a case
 * fed back before its 处置时限 is on time while it waits for 核查 (issue #13). Without a verdict
 * (`overdue` undefined: a stage clock) a passed time is only "已过", never the red 已超期.
 */
export function deadlineStatus(deadline: string | null | undefined, now: Date, open: boolean, overdue?: boolean): {text: string; overdue: boolean} | null {
  if (!deadline) return null;
  const left = Date.parse(deadline) - now.getTime();
  if (Number.isNaN(left) || !open) return null;
  if (overdue) return {text: `已超期 ${formatDuration(left)}`, overdue: true};
  if (left >= 0) return {text: `剩余 ${formatDuration(left)}`, overdue: false};
  return {text: overdue === false ? '已按期处置' : `已过 ${formatDuration(left)}`, overdue: false};
}

/** 93.5% from the API's percentage 93.5; "—" when the figure has no denominator (null). */
export function formatRate(percent: number | null | undefined): string {
  if (percent === null || percent === undefined || Number.isNaN(percent)) return '—';
  return `${Number(percent.toFixed(1))}%`;
}

/** 3.79 平方公里 from 1 km² up, 5230 平方米 below. */
export function formatArea(m2: number): string {
  return m2 >= 1_000_000 ? `${(m2 / 1_000_000).toFixed(2)} 平方公里` : `${Math.round(m2)} 平方米`;
}
