import {PHOTO_ACCEPT} from '../../ui/photoFiles';
import {byPhase, PHOTO_PHASE_LABELS, photoCaption, showsComparison, type StaffPhase, uploadPhases} from './casePhotoRules';
import {el, section} from './dom';
import {formatDateTime} from './format';
import type {Row} from './loadDetails';
import {uploadPhotos} from './photoUpload';
import './casePhotos.css';

/**
 * 照片 of a case in the details panel: thumbnails by phase (a click enlarges), 整改前 and 整改后
 * side by side from 核查 on, and — for whoever may take a step on the case, at 签收 / 处置 / 反馈 —
 * buttons that open the phone's camera (or the file picker) and upload with a progress bar.
 * Null when there is nothing to show or do. `done` reloads the panel after an upload.
 */
export function photosSection(c: Row, done: (notice: string) => void): HTMLElement | null {
  const groups = byPhase(c.photos);
  const phases = uploadPhases(c.stage, c.allowedActions);
  if (!c.photos?.length && !phases.length) return null;
  const body: HTMLElement[] = [];
  if (groups.REPORT.length) body.push(group('REPORT', groups.REPORT));
  if (showsComparison(c.stage)) {
    const compare = el('div', {className: 'photo-compare'}, group('BEFORE', groups.BEFORE), group('AFTER', groups.AFTER));
    compare.dataset.layout = 'compare';
    body.push(compare);
  } else {
    for (const phase of ['BEFORE', 'AFTER']) if (groups[phase].length) body.push(group(phase, groups[phase]));
  }
  if (phases.length) body.push(uploadControls(c, phases, done));
  return section(showsComparison(c.stage) ? '照片（整改前后对照）' : '照片', 'photos', ...body);
}

/** One phase: its label and a row of thumbnails (or 无 in the comparison). */
function group(phase: string, photos: Row[]): HTMLElement {
  const box = el('figure', {className: 'photo-group'});
  box.dataset.phase = phase;
  const strip = el('div', {className: 'photo-strip'}, ...photos.map(thumbnail));
  if (!photos.length) strip.append(el('span', {className: 'details-muted', textContent: '暂无照片'}));
  box.append(el('figcaption', {textContent: `${PHOTO_PHASE_LABELS[phase]}（${photos.length}）`}), strip);
  return box;
}

function thumbnail(p: Row): HTMLElement {
  const img = el('img', {src: p.thumbnailUrl, alt: photoCaption(p, formatDateTime), loading: 'lazy', decoding: 'async'});
  const button = el('button', {type: 'button', className: 'photo-thumb', title: '点击放大'}, img);
  button.dataset.photoId = String(p.id);
  button.addEventListener('click', () => enlarge(p));
  return button;
}

/** The photo over the whole window; a click, × or Esc closes it. */
function enlarge(p: Row): void {
  const close = el('button', {type: 'button', className: 'photo-viewer-close', textContent: '×', title: '关闭'});
  close.setAttribute('aria-label', '关闭照片');
  const viewer = el('div', {className: 'photo-viewer'},
    el('img', {src: p.url, alt: photoCaption(p, formatDateTime)}),
    el('p', {textContent: photoCaption(p, formatDateTime)}), close);
  viewer.setAttribute('role', 'dialog');
  const shut = () => { viewer.remove(); document.removeEventListener('keydown', onKey); };
  const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') shut(); };
  viewer.addEventListener('click', shut);
  document.addEventListener('keydown', onKey);
  document.body.append(viewer);
  close.focus();
}

/** 拍照 / 选择照片 per phase: `capture` opens the rear camera on a phone; several files go in one request. */
function uploadControls(c: Row, phases: StaffPhase[], done: (notice: string) => void): HTMLElement {
  const bar = el('progress', {max: 1, value: 0, hidden: true});
  const status = el('p', {className: 'details-muted photo-status'});
  status.setAttribute('role', 'status');
  const buttons = phases.map((phase) => {
    const input = el('input', {type: 'file', accept: PHOTO_ACCEPT, multiple: true, className: 'photo-input'});
    input.setAttribute('capture', 'environment');
    input.dataset.phase = phase;
    input.addEventListener('change', () => void send(phase, [...(input.files ?? [])], input));
    return el('label', {className: 'photo-add'}, `＋ 添加${PHOTO_PHASE_LABELS[phase]}照片`, input);
  });
  async function send(phase: StaffPhase, files: File[], input: HTMLInputElement): Promise<void> {
    if (!files.length) return;
    const label = PHOTO_PHASE_LABELS[phase];
    bar.hidden = false;
    bar.value = 0;
    status.className = 'details-muted photo-status';
    status.textContent = `正在上传 ${files.length} 张${label}照片 …`;
    try {
      await uploadPhotos(String(c.id), phase, files, (f) => {
        bar.value = f;
        status.textContent = f < 1 ? `正在上传 ${files.length} 张${label}照片 … ${Math.round(f * 100)}%` : '上传完成，正在处理照片 …';
      });
      done(`已添加 ${files.length} 张${label}照片。`);
    } catch (e) {
      bar.hidden = true;
      status.className = 'details-error photo-status';
      status.textContent = (e as Error).message;
    } finally {
      input.value = '';
    }
  }
  const box = el('div', {className: 'photo-upload'}, el('div', {className: 'details-actions'}, ...buttons), bar, status);
  box.dataset.upload = phases.join(' ');
  return box;
}
