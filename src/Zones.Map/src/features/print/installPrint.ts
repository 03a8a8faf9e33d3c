import Control from 'ol/control/Control';
import type {App} from '../../app/app';
import {on} from '../../app/app';
import type {PrintView} from './printView';
import './print.css';

/**
 * 打印示意图: the 责任片区示意图 of a zone, from a button shown while a zone is selected
 * or straight from a link `/?print=<zoneId>`. The print view's code is a chunk of its own,
 * fetched when a zone is selected (before the button can be clicked) or the link asks for it.
 */
export async function installPrint(app: App): Promise<void> {
  let view: Promise<PrintView> | null = null;
  const printView = () => (view ??= import('./printView').then(({createPrintView}) => createPrintView(app, app.element('print-root'))));

  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = '打印示意图';
  const holder = document.createElement('div');
  holder.className = 'ol-unselectable ol-control print-open';
  holder.hidden = true;
  holder.append(button);
  app.map.addControl(new Control({element: holder}));

  let zoneId: string | null = null;
  on(app, 'select', (selection) => {
    zoneId = selection.kind === 'zone' ? selection.id : null;
    holder.hidden = zoneId === null;
    if (zoneId !== null) void printView();
  });
  button.addEventListener('click', () => {
    const id = zoneId;
    if (id !== null) void printView().then((v) => v.open(id));
  });

  const linked = new URL(location.href).searchParams.get('print');
  // Resolves when the linked print is ready: the main map behind it waits for that (main.ts).
  if (linked) await printView().then((v) => v.open(linked));
}
