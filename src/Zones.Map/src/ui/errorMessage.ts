import {MESSAGES} from '../i18n/messages';
import {LoadError} from '../ogc/loadError';

export interface ErrorText {
  /** One sentence for the clerk: what happened and what to do. */
  message: string;
  /** For the administrator: URL, status, exception. Shown in small print. */
  detail: string;
}

/**
 * Turn any loading failure into plain Chinese. `subject` is the Chinese name of what
 * was being loaded (e.g. "道路"), used in messages such as "服务器上没有找到“道路”数据".
 */
export function describeError(error: unknown, subject: string): ErrorText {
  const detail = error instanceof Error ? error.message : String(error);
  const errors = MESSAGES.errors;
  if (!(error instanceof LoadError)) return {message: errors.unexpected, detail};
  switch (error.kind) {
    case 'network':
      return {message: errors.network, detail};
    case 'timeout':
      return {message: errors.timeout, detail};
    case 'http':
      return {message: httpMessage(error.status ?? 0, subject), detail};
    case 'format':
      return {message: errors.format(subject), detail};
    case 'paging':
      return {message: errors.paging(subject), detail};
    case 'config':
      return {message: errors.config, detail};
  }
}

function httpMessage(status: number, subject: string): string {
  const errors = MESSAGES.errors;
  if (status === 404) return errors.notFound(subject);
  // 502/503/504: a proxy or the server itself says it cannot work right now
  // (typically PostgreSQL not started yet) — a retry later may help.
  if (status === 502 || status === 503 || status === 504) return errors.unavailable;
  return errors.server(subject);
}
