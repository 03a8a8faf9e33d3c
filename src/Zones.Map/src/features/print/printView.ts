import type Map from 'ol/Map';
import type {App} from '../../app/app';
import {copyShownBaseMap, findBaseLayer} from '../../map/baseLayer';
import {pageRule, paperMillimetres, parsePaper} from './paper';
import {createPrintMap} from './printMap';
import {loadPrintData} from './printQuery';
import {renderSheet} from './printSheet';

export interface PrintView {
  open(zoneId: string): Promise<void>;
  close(): void;
}

const TOOLBAR = `
  <div class="print-toolbar" role="toolbar" aria-label="打印示意图">
    <strong>责任片区示意图</strong>
    <label>纸张 <select data-paper aria-label="纸张">
      <option value="A4-portrait">A4 纵向</option><option value="A4-landscape">A4 横向</option>
      <option value="A3-portrait">A3 纵向</option><option value="A3-landscape">A3 横向</option>
    </select></label>
    <button type="button" data-action="print">打印</button>
    <button type="button" data-action="close">关闭</button>
    <span class="print-hint">打印对话框中把“目标打印机”选为“另存为 PDF”即可得到 PDF 文件。</span>
  </div>
  <p class="print-message" role="status"></p>`;

/** The print view in #print-root: a toolbar (screen only) above the sheet, over the whole app. */
export function createPrintView(app: App, root: HTMLElement): PrintView {
  const pageStyle = document.head.appendChild(document.createElement('style'));
  pageStyle.id = 'print-page-size';
  const appTitle = document.title;
  let map: Map | null = null;

  const close = () => {
    map?.setTarget(undefined);
    map = null;
    root.replaceChildren();
    root.hidden = true;
    delete root.dataset.state;
    pageStyle.textContent = '';
    document.title = appTitle;
    const url = new URL(location.href);
    if (url.searchParams.has('print')) {
      url.searchParams.delete('print');
      history.replaceState(history.state, '', url);
    }
  };

  const open = async (zoneId: string) => {
    close();
    root.hidden = false;
    root.dataset.state = 'loading';
    root.innerHTML = TOOLBAR;
    const message = root.querySelector<HTMLElement>('.print-message')!;
    const paperSelect = root.querySelector<HTMLSelectElement>('[data-paper]')!;
    root.querySelector('[data-action="close"]')!.addEventListener('click', close);
    root.querySelector('[data-action="print"]')!.addEventListener('click', () => window.print());
    message.textContent = '正在准备示意图 …';
    try {
      const data = await loadPrintData(app.graphql, zoneId);
      if (!data) {
        message.textContent = `没有找到编号为 ${zoneId} 的片区（可能已撤销或链接有误），请在地图上重新选择片区后再打印。`;
        root.dataset.state = 'error';
        return;
      }
      const {sheet, mapTarget} = renderSheet(data, todayInChinese(), appTitle);
      message.textContent = '';
      root.append(sheet);
      document.title = `${data.zone.name}责任片区示意图`;
      const applyPaper = () => {
        const paper = parsePaper(paperSelect.value);
        const [w, h] = paperMillimetres(paper);
        // A hair under the page height: rounding must never push the footer onto a second page.
        sheet.style.width = `${w}mm`;
        sheet.style.height = `${h - 0.5}mm`;
        sheet.dataset.orientation = paper.orientation;
        pageStyle.textContent = pageRule(paper);
      };
      applyPaper();
      const printMap = createPrintMap(mapTarget, data, copyShownBaseMap(findBaseLayer(app.map.getLayers().getArray())));
      map = printMap.map;
      paperSelect.addEventListener('change', () => {
        applyPaper();
        printMap.map.updateSize();
        printMap.refit();
      });
      await printMap.rendered;
      root.dataset.state = 'ready';
    } catch (error) {
      message.textContent = `示意图准备失败：${error instanceof Error ? error.message : String(error)} 请稍后重试。`;
      root.dataset.state = 'error';
    }
  };
  return {open, close};
}

/** 2026年11月20日, the way dates are written on printed forms (Beijing time). */
export function todayInChinese(now = new Date()): string {
  return new Intl.DateTimeFormat('zh-CN', {timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric'}).format(now);
}
