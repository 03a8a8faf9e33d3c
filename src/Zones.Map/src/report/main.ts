import 'ol/ol.css';
import './report.css';
import {renderReportForm} from './reportForm';
import {renderStatusPage} from './statusPage';

/**
 * The resident page (issue #14 §1), its own bundle (report.html): /report takes a report, /report/status looks
 * one up. Nothing of the planner map is loaded here; a phone on a slow network gets the form quickly.
 */
const root = document.getElementById('report-root')!;
if (location.pathname.replace(/\/+$/, '').endsWith('/status')) {
  document.title = '查询处理进度';
  renderStatusPage(root, new URLSearchParams(location.search));
} else {
  renderReportForm(root).catch((e: Error) => {
    root.textContent = `页面加载失败：${e.message}。请刷新重试，或拨打 12345 热线反映。`;
  });
}
