import {ADMIN} from '../../../i18n/adminMessages';
import {chinesePart} from '../shell/adminErrors';
import type {Outcome} from '../shell/mutate';
import type {Progress} from './wizardState';

/**
 * What an HTTP answer of /import means for the clerk: the JSON body on 2xx; else the server's
 * {code, description} as its Chinese sentence; else the status in words. Never raw JSON.
 */
export function uploadOutcome<T>(status: number, text: string): Outcome<T> {
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON: described by the status below
  }
  if (status >= 200 && status < 300 && body && typeof body === 'object') return {ok: true, value: body as T};
  const description = (body as {description?: unknown} | null)?.description;
  if (typeof description === 'string' && description.trim()) return {ok: false, message: chinesePart(description)};
  // A refused import answers its report (403 with a FORBIDDEN problem for the whole file).
  const fileProblem = (body as {problems?: {row?: unknown; message?: unknown}[]} | null)?.problems?.find((p) => p.row === null && typeof p.message === 'string');
  if (fileProblem) return {ok: false, message: chinesePart(fileProblem.message as string)};
  if (status === 0) return {ok: false, message: ADMIN.import.uploadFailed};
  if (status === 401) return {ok: false, message: '登录已过期，请重新登录后再导入。'};
  if (status === 403) return {ok: false, message: '您没有导入此类数据的权限，请联系管理员。'};
  if (status === 404) return {ok: false, message: ADMIN.notSupported};
  if (status === 413) return {ok: false, message: ADMIN.import.tooLarge};
  return {ok: false, message: `服务器出错（HTTP ${status}），请稍后重试。`};
}

/**
 * POSTs the file as the raw body with XMLHttpRequest — fetch cannot report upload progress —
 * calling `onProgress` with the share sent, then with phase "work" while the server reads it.
 */
export function upload<T>(url: string, file: Blob, onProgress: (p: Progress) => void): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => onProgress({phase: 'upload', percent: e.lengthComputable ? Math.round((100 * e.loaded) / e.total) : 0});
    xhr.upload.onload = () => onProgress({phase: 'work', percent: 100});
    xhr.onload = () => resolve(uploadOutcome<T>(xhr.status, xhr.responseText));
    xhr.onerror = () => resolve(uploadOutcome<T>(0, ''));
    xhr.ontimeout = () => resolve({ok: false, message: '服务器处理超时，请稍后重试或把文件拆小。'});
    xhr.timeout = 15 * 60_000;
    onProgress({phase: 'upload', percent: 0});
    xhr.send(file);
  });
}
