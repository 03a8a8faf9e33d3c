import {el} from '../ui/el';
import type {Receipt} from './api';
import {deadlineWords, receiptLines, statusHref} from './receiptText';

/** The answer after a report: the case number to keep, when it will be handled, and the way to the status page. */
export function renderReceipt(root: HTMLElement, receipt: Receipt, phone: string): void {
  const lines = receiptLines(receipt);
  const box = el('section', 'rp-receipt');
  box.setAttribute('role', 'status');
  const number = el('p', 'rp-case-number', receipt.caseNumber);
  number.dataset.caseNumber = receipt.caseNumber;
  const deadline = deadlineWords(receipt.deadline);
  box.append(
    el('h2', undefined, lines.headline),
    el('p', 'rp-muted', '案卷号（请截图或记下）'),
    number,
    el('p', 'rp-promise', lines.promise + (deadline ? `（最迟 ${deadline}）` : '')),
  );
  if (lines.folded) box.append(el('p', 'rp-folded', lines.folded));
  if (receipt.photos) box.append(el('p', 'rp-muted', `已上传 ${receipt.photos} 张照片。`));
  const status = el('a', 'rp-button rp-primary', '查询处理进度');
  status.href = statusHref(receipt.caseNumber);
  box.append(el('p', 'rp-muted', phone.trim()
    ? '凭案卷号和手机号后四位可随时查询进度。' : '您没有留下手机号，无法在线查询进度；如需了解进展，请拨打 12345 热线并报案卷号。'));
  if (phone.trim()) box.append(status);
  const again = el('a', 'rp-button', '再报一个问题');
  again.href = '/report';
  box.append(again);
  root.replaceChildren(box);
}
