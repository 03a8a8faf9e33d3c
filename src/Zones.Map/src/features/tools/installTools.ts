import {mapToolbar} from '../../map/mapToolbar';
import {type App, claimClicks} from '../../app/app';
import {h} from '../../ui/h';
import {createCoordinateReadout} from './coordinateReadout';
import {exportViewPng, type LegendItem} from './exportPng';
import {createExternalLayerForm} from './external/externalLayerForm';
import {installExternalLayers} from './external/externalLayers';
import {createMeasureTool, type MeasureKind} from './measureTool';
import './tools.css';

/**
 * The desktop-GIS tools (issue #13 §2): the coordinate readout (bottom left), 测距 / 测面 and
 * 导出图片 as map buttons (top left, under the zoom), and in the sidebar's 工具 section the last
 * measurement and the 外部图层 form. Layer order and opacity live in the 图层 panel.
 */
export async function installTools(app: App): Promise<void> {
  app.map.addControl(createCoordinateReadout(app.map));
  const result = h('p', {className: 'measure-result', role: 'status'});
  let release: (() => void) | null = null;
  const measure = createMeasureTool(app.map, (text, kind) => {
    result.textContent = `${kind === 'length' ? '距离' : '面积'}：${text}`;
  });
  const buttons = {
    length: toolButton('测距', '测量距离：依次单击，双击结束，Esc 取消'),
    area: toolButton('测面', '测量面积：依次单击，双击结束，Esc 取消'),
  };
  const toggle = (kind: MeasureKind) => {
    const same = measure.active() === kind;
    measure.stop();
    release?.();
    release = null;
    if (!same) {
      measure.start(kind);
      release = claimClicks(app, 'measure');
      result.textContent = kind === 'length' ? '单击地图开始测距，双击结束，Esc 取消。' : '单击地图开始测面，双击结束，Esc 取消。';
    }
    for (const [k, b] of Object.entries(buttons)) b.setAttribute('aria-pressed', String(measure.active() === k));
  };
  buttons.length.addEventListener('click', () => toggle('length'));
  buttons.area.addEventListener('click', () => toggle('area'));
  const exportButton = toolButton('导出', '把当前视图导出为 PNG 图片（含图例、比例尺、指北针）');
  exportButton.addEventListener('click', () => void exportView(app, exportButton));
  mapToolbar(app.map).append(h('div', {className: 'map-tools'}, buttons.length, buttons.area, exportButton));

  const external = installExternalLayers(app);
  app.element('tools').append(h('div', {className: 'tools-panel'},
    h('h2', {textContent: '工具'}), result,
    createExternalLayerForm(external, app.fetch, () => app.session !== null)));
}

function toolButton(text: string, title: string): HTMLButtonElement {
  return h('button', {type: 'button', textContent: text, title, ariaLabel: title});
}

async function exportView(app: App, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  try {
    const blob = await exportViewPng(app.map, app.config.title, legendItems());
    const link = h('a', {href: URL.createObjectURL(blob), download: `${app.config.title}-${new Date().toISOString().slice(0, 10)}.png`});
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    app.status.done('已导出当前视图为 PNG 图片。');
  } catch (error) {
    app.status.error('导出图片失败', error instanceof Error ? error.message : String(error));
  } finally {
    button.disabled = false;
  }
}

/** The legend's rows that are shown (sections of hidden layers are hidden by the legend itself). */
function legendItems(): LegendItem[] {
  const rows = [...document.querySelectorAll<HTMLLIElement>('#legend li')].filter((li) => !li.closest('[hidden]'));
  return rows.map((li) => ({swatch: li.querySelector('canvas'), label: li.textContent?.trim() ?? ''})).filter((r) => r.label !== '');
}
