import Control from 'ol/control/Control';
import {todayInBeijing} from './asOf';

export interface DateControl {
  control: Control;
  /** Show the chosen day (null = today) in the field and the banner. */
  show(day: string | null): void;
  /** A short note under the banner while the day loads or when it failed. */
  note(text: string): void;
}

function node<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const n = Object.assign(document.createElement(tag), props);
  n.append(...children);
  return n;
}

/**
 * The map's date control (日期: 今天 / a day): an OpenLayers control over the map, so it stays
 * with the map in every layout. Choosing a day calls `pick(day)`; 今天 and the banner's 回到今天
 * call `pick(null)`. While a day is shown the banner says so, because a planner who forgets the
 * date would take old owners for today's.
 */
export function createDateControl(pick: (day: string | null) => void): DateControl {
  const input = node('input', {type: 'date', className: 'time-date', max: todayInBeijing(), title: '查看某一天的片区和包联'});
  input.setAttribute('aria-label', '查看日期');
  const today = node('button', {type: 'button', className: 'time-today', textContent: '今天', title: '回到今天的状态'});
  const day = node('strong', {className: 'time-banner-day'});
  const back = node('button', {type: 'button', className: 'time-back', textContent: '回到今天'});
  const status = node('span', {className: 'time-note'});
  const banner = node('div', {className: 'time-banner', hidden: true}, '正在查看 ', day, ' 的状态 · ', back, status);
  banner.setAttribute('role', 'status');
  const root = node('div', {className: 'time-control ol-unselectable ol-control'},
    node('div', {className: 'time-row'}, node('span', {className: 'time-label', textContent: '日期'}), input, today), banner);

  input.addEventListener('change', () => {
    const value = input.value;
    pick(value && value < todayInBeijing() ? value : null);
  });
  today.addEventListener('click', () => pick(null));
  back.addEventListener('click', () => pick(null));

  return {
    control: new Control({element: root}),
    show(chosen) {
      input.value = chosen ?? '';
      input.max = todayInBeijing();
      today.disabled = chosen === null;
      today.classList.toggle('is-current', chosen === null);
      banner.hidden = chosen === null;
      day.textContent = chosen ?? '';
      status.textContent = '';
    },
    note(text) {
      status.textContent = text ? ` · ${text}` : '';
    },
  };
}
