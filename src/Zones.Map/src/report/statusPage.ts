import {el} from '../ui/el';
import {fetchStatus, ReportError, type StatusView} from './api';
import {createFieldErrors} from './fieldErrors';
import {deadlineWords} from './receiptText';

const STEPS = ['收到', '交办', '处理', '核查', '办结'];

/** The status page: case number (filled in from the receipt's link) and the last 4 phone digits → the stage in words. */
export function renderStatusPage(root: HTMLElement, params: URLSearchParams): void {
  const errors = createFieldErrors();
  const id = el('input', 'rp-input');
  id.setAttribute('aria-label', '案卷号');
  id.placeholder = '案卷号';
  id.value = params.get('id') ?? '';
  const phone4 = el('input', 'rp-input');
  phone4.setAttribute('aria-label', '手机号后四位');
  phone4.placeholder = '上报时所留手机号的后四位';
  phone4.inputMode = 'numeric';
  phone4.maxLength = 4;
  const ask = el('button', 'rp-button rp-primary', '查询');
  ask.type = 'submit';
  const result = el('div', 'rp-status-result');
  const form = el('form', 'rp-form rp-status-form');
  form.noValidate = true;
  form.append(el('h2', undefined, '查询处理进度'), id, errors.slot('id'), phone4, errors.slot('phone4'), ask, errors.slot('form'));
  const back = el('a', 'rp-link', '← 我要上报问题');
  back.href = '/report';
  root.replaceChildren(form, result, back);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    result.replaceChildren();
    ask.disabled = true;
    try {
      result.replaceChildren(statusView(await fetchStatus(id.value, phone4.value)));
    } catch (error) {
      errors.show(error instanceof ReportError ? error.fields : [{field: 'form', message: String(error)}]);
    } finally {
      ask.disabled = false;
    }
  });
}

function statusView(s: StatusView): HTMLElement {
  const box = el('section', 'rp-status');
  box.dataset.caseNumber = s.caseNumber;
  const stage = el('p', 'rp-stage', s.stage);
  const steps = el('ol', 'rp-steps');
  steps.append(...STEPS.map((name, i) => el('li', i < s.step ? 'rp-step rp-step-done' : 'rp-step', name)));
  box.append(el('h2', undefined, `案卷 ${s.caseNumber}`), el('p', 'rp-muted', s.category), stage);
  if (s.step > 0) box.append(steps);
  const deadline = deadlineWords(s.deadline);
  if (deadline && !s.closedAt) box.append(el('p', 'rp-muted', `处理时限：${deadline} 前`));
  if (s.reporterCount > 1) box.append(el('p', 'rp-folded', `已有 ${s.reporterCount} 人反映此问题。`));
  if (s.notes.length) {
    const notes = el('ol', 'rp-notes');
    notes.append(...s.notes.map((n) => {
      const item = el('li', 'rp-note');
      item.append(el('span', 'rp-muted', `${deadlineWords(n.at)} · ${n.stage}`), el('p', undefined, n.note));
      return item;
    }));
    box.append(el('h3', undefined, '处理情况'), notes);
  }
  if (s.afterPhotos.length) {
    const photos = el('div', 'rp-after');
    photos.append(...s.afterPhotos.map((p, i) => {
      const img = el('img');
      img.src = p.thumbnail;
      img.alt = `整改后照片 ${i + 1}`;
      if (!p.url) return img;
      const link = el('a');
      link.href = p.url;
      link.append(img);
      return link;
    }));
    box.append(el('h3', undefined, '整改后'), photos);
  }
  return box;
}
