import {el} from '../../ui/el';
import type {FieldContext} from './fieldContext';
import {CATEGORIES_QUERY, receiptText, REPORT_MUTATION, type ReportReceipt, reportInput} from './fieldQueries';

interface Category { kind: string; code: string; name: string; groupName: string }

/**
 * 在此上报: a problem found where the cadre stands — category, what is wrong — opened as a case at
 * the phone's position (reportComplaint, source 巡查). The township's categories load on first open.
 */
export function reportSection(ctx: FieldContext, township: () => string | null): HTMLElement {
  const box = el('section', 'field-card field-report');
  box.dataset.field = 'report';
  const category = el('select', 'field-input');
  category.setAttribute('aria-label', '问题类别');
  const description = el('textarea', 'field-input');
  description.rows = 3;
  description.placeholder = '问题描述，例如：路灯不亮、垃圾满溢';
  description.setAttribute('aria-label', '问题描述');
  const result = el('p', 'field-muted');
  result.setAttribute('role', 'status');
  const send = el('button', 'field-button field-primary', '在我的位置上报');
  send.type = 'button';
  let loaded = false;
  box.addEventListener('focusin', async () => {
    const code = township();
    if (loaded || !code) return;
    loaded = true;
    const data = await ctx.app.graphql<{complaintCategories: Category[]}>(CATEGORIES_QUERY, {township: code});
    category.replaceChildren(new Option('请选择问题类别', ''),
      ...data.complaintCategories.map((c) => new Option(`${c.name}（${c.groupName}）`, `${c.kind}:${c.code}`)));
  });
  send.addEventListener('click', () => report(ctx, {category, description, result, send}));
  box.append(el('h2', undefined, '在此上报'), category, description, send, result);
  return box;
}

interface ReportParts { category: HTMLSelectElement; description: HTMLTextAreaElement; result: HTMLElement; send: HTMLButtonElement }

async function report(ctx: FieldContext, p: ReportParts): Promise<void> {
  const [kind, code] = p.category.value.split(':');
  if (!code) { p.result.textContent = '请先选择问题类别。'; return; }
  if (!p.description.value.trim()) { p.result.textContent = '请写明问题是什么。'; return; }
  p.send.disabled = true;
  try {
    p.result.textContent = '正在定位 …';
    const here = ctx.here ?? await ctx.locate();
    const data = await ctx.app.graphql<{reportComplaint: Partial<ReportReceipt> & {errors: {message: string}[]}}>(
      REPORT_MUTATION, {input: reportInput(here, {kind, code}, p.description.value)});
    const {complaint, folded, errors} = data.reportComplaint;
    if (errors.length || !complaint) {
      p.result.textContent = errors.map((e) => e.message).join('；') || '上报失败，请重试。';
      return;
    }
    p.result.textContent = receiptText({complaint, folded});
    p.result.dataset.folded = String(Boolean(folded));
    p.description.value = '';
    ctx.refreshCases();
  } catch (e) {
    p.result.textContent = `上报失败：${(e as Error).message}`;
  } finally {
    p.send.disabled = false;
  }
}
