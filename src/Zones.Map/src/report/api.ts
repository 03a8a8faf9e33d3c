/**
 * The report page's calls to /api/report (src/Zones.Server/Http/Report): the category short list at a point,
 * the report itself (multipart, with upload progress), and the status look-up. Errors come back as
 * {code, description, errors: [{field, message}]}: the page shows each message beside its field.
 */

/** A category the page offers: a resident's words, the official name, which picture, and the time limit. */
export interface ResidentCategory {
  serviceCode: string;
  label: string;
  name: string;
  icon: string;
  limit: string;
  promise: string;
}

export interface CategoryList {
  township: string | null;
  zone: string | null;
  /** The asked point in WGS84 (the server converts a GCJ-02 position), to place the marker; null without a point. */
  at: {lon: number; lat: number} | null;
  categories: ResidentCategory[];
}

/** The receipt of a stored report (ReportReceipt on the server). */
export interface Receipt {
  caseNumber: string;
  folded: boolean;
  reporterCount: number;
  promise: string | null;
  deadline: string | null;
  zone: string | null;
  photos: number;
  stage: string;
}

export interface StatusView {
  caseNumber: string;
  category: string;
  stage: string;
  step: number;
  reportedAt: string;
  deadline: string | null;
  closedAt: string | null;
  reporterCount: number;
  notes: {at: string; stage: string; note: string}[];
  /** 整改后: the thumbnail inline (a data: URL), the full photo's address when the public may load it. */
  afterPhotos: {url: string | null; thumbnail: string}[];
}

/** A refusal: the message for each field, and (a missing location) where a photo says it was taken. */
export class ReportError extends Error {
  constructor(
    readonly status: number,
    readonly fields: {field: string; message: string}[],
    readonly exifLocation: {lon: number; lat: number} | null = null,
  ) {
    super(fields.map((f) => f.message).join(' ') || `请求失败（HTTP ${status}），请稍后再试。`);
  }
}

/** The error of a non-2xx answer, whatever its body (a proxy's HTML page included). */
export function readError(status: number, body: string): ReportError {
  try {
    const parsed = JSON.parse(body) as {description?: string; errors?: {field: string; message: string}[]; exifLocation?: {lon: number; lat: number} | null};
    const fields = parsed.errors?.length ? parsed.errors : [{field: 'form', message: parsed.description ?? ''}];
    return new ReportError(status, fields.filter((f) => f.message), parsed.exifLocation ?? null);
  } catch {
    return new ReportError(status, [{field: 'form', message: status === 413
      ? '照片太大，无法上传，请删去一张或重新拍摄。' : `服务器暂时无法处理（HTTP ${status}），请稍后再试。`}]);
  }
}

export async function fetchCategories(at: {lon: number; lat: number; crs: string} | null): Promise<CategoryList> {
  const query = at ? `?lon=${at.lon}&lat=${at.lat}&crs=${at.crs}` : '';
  const response = await fetch(`/api/report/categories${query}`);
  if (!response.ok) throw readError(response.status, await response.text());
  return response.json() as Promise<CategoryList>;
}

/** What the form sends; the phone's position in its datum (map-config's phonePositionCrs), WGS84 for a tap on the map or a photo's EXIF. */
export interface ReportDraft {
  category: string;
  description: string;
  location: {lon: number; lat: number; crs: 'GCJ02' | 'WGS84'} | null;
  name: string;
  phone: string;
  photos: Blob[];
}

export function reportForm(draft: ReportDraft): FormData {
  const form = new FormData();
  form.set('category', draft.category);
  form.set('description', draft.description.trim());
  if (draft.location) {
    form.set('lon', String(draft.location.lon));
    form.set('lat', String(draft.location.lat));
    form.set('crs', draft.location.crs);
  }
  if (draft.name.trim()) form.set('name', draft.name.trim());
  if (draft.phone.trim()) form.set('phone', draft.phone.trim());
  draft.photos.forEach((photo, i) => form.append('photo', photo, `photo-${i + 1}.jpg`));
  return form;
}

/** POST the report; XMLHttpRequest rather than fetch because only it reports upload progress (0..1). */
export function sendReport(draft: ReportDraft, onProgress: (share: number) => void): Promise<Receipt> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/report');
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onload = () => xhr.status >= 200 && xhr.status < 300
      ? resolve(JSON.parse(xhr.responseText) as Receipt)
      : reject(readError(xhr.status, xhr.responseText));
    xhr.onerror = () => reject(new ReportError(0, [{field: 'form', message: '网络连接失败，请检查网络后重新提交。'}]));
    xhr.send(reportForm(draft));
  });
}

export async function fetchStatus(id: string, phone4: string): Promise<StatusView> {
  const response = await fetch(`/api/report/status?id=${encodeURIComponent(id.trim())}&phone4=${encodeURIComponent(phone4.trim())}`);
  if (!response.ok) throw readError(response.status, await response.text());
  return response.json() as Promise<StatusView>;
}
