import type {StaffPhase} from './casePhotoRules';

/**
 * POSTs the files to `/api/complaints/{id}/photos?phase=…` as multipart field `photo` (one request:
 * the server stores all of them or none). XMLHttpRequest rather than fetch for the upload progress,
 * which a field worker on a slow mobile connection needs to see. Resolves when stored; rejects with
 * the server's description (zh-CN) otherwise.
 */
export function uploadPhotos(caseId: string, phase: StaffPhase, files: readonly File[], progress: (fraction: number) => void): Promise<void> {
  const form = new FormData();
  for (const f of files) form.append('photo', f, f.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/complaints/${encodeURIComponent(caseId)}/photos?phase=${phase.toLowerCase()}`);
    xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) progress(e.loaded / e.total); });
    xhr.addEventListener('load', () => {
      if (xhr.status === 201) { resolve(); return; }
      reject(new Error(describe(xhr.responseText) ?? `上传失败（HTTP ${xhr.status}）。`));
    });
    xhr.addEventListener('error', () => reject(new Error('连不上服务器，照片没有上传，请检查网络后重试。')));
    xhr.addEventListener('timeout', () => reject(new Error('上传超时，照片没有保存，请在网络较好处重试。')));
    xhr.timeout = 300_000;
    xhr.send(form);
  });
}

function describe(body: string): string | null {
  try {
    return (JSON.parse(body) as {description?: string}).description ?? null;
  } catch {
    return null;
  }
}
