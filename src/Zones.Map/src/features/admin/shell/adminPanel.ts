import type {App} from '../../../app/app';
import {ADMIN} from '../../../i18n/adminMessages';
import type {AdminContext, TownshipRow} from './adminContext';
import {townshipChoices} from './adminContext';
import {el, select} from './adminDom';
import {adminHash, parseAdminHash, type ScreenId, screenLabel, screensFor} from './adminRoutes';
import {read} from './mutate';

/** A screen: builds its element for the context and loads its own data. */
export type ScreenFactory = (ctx: AdminContext) => HTMLElement;

const TOWNSHIPS = `{ townships { code name countyCode countyName isPublic retiredAt createdAt } }`;

/**
 * The full-height 管理 panel over the map, driven by the location hash (#/admin/<screen>), so
 * the browser's back button and a bookmark work. Head: township picker and 返回地图; a
 * navigation of the screens the role may open; the current screen below.
 */
export function createAdminPanel(app: App, loadScreens: () => Promise<Record<ScreenId, ScreenFactory>>): {route(): void} {
  const root = el('div', 'admin');
  root.id = 'admin';
  root.hidden = true;
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', ADMIN.heading);
  document.body.append(root);

  let townships: TownshipRow[] | null = null;
  let screens: Record<ScreenId, ScreenFactory> | null = null;
  let township = '';
  let shown: ScreenId | null = null;

  async function loadTownships(): Promise<void> {
    const answer = await read<{townships: TownshipRow[]}>(app.graphql, TOWNSHIPS);
    townships = answer.ok ? answer.value.townships : [];
  }

  function close(): void {
    history.pushState(null, '', location.pathname + location.search);
    route();
  }

  function render(id: ScreenId): void {
    const session = app.session!;
    const choices = townshipChoices(townships, session);
    if (!choices.some((t) => t.code === township)) township = choices[0]?.code ?? '';
    const picker = select('township', choices.map((t) => [t.code, t.name] as const), township);
    picker.setAttribute('aria-label', ADMIN.township);
    picker.addEventListener('change', () => {
      township = picker.value;
      render(id);
    });
    const back = el('button', 'admin-button admin-close', ADMIN.close);
    back.type = 'button';
    back.addEventListener('click', close);
    const head = el('header', 'admin-head');
    head.append(el('h2', undefined, ADMIN.heading), picker, back);

    const nav = el('nav', 'admin-nav');
    nav.setAttribute('aria-label', ADMIN.heading);
    for (const s of screensFor(session)) {
      const link = el('a', undefined, screenLabel(s));
      link.href = adminHash(s);
      link.dataset.screen = s;
      if (s === id) link.setAttribute('aria-current', 'page');
      nav.append(link);
    }
    const ctx: AdminContext = {
      graphql: app.graphql, fetch: app.fetch, session, township, townships: choices,
      reloadTownships: async () => {
        await loadTownships();
        render(id);
      },
    };
    const body = el('main', 'admin-body');
    body.dataset.screen = id;
    body.append(el('h2', 'admin-title', screenLabel(id)), screens![id](ctx));
    root.replaceChildren(head, nav, body);
    shown = id;
  }

  function route(): void {
    const id = parseAdminHash(location.hash, screensFor(app.session));
    root.hidden = id === null;
    document.body.classList.toggle('admin-open', id !== null);
    if (id === null) {
      shown = null;
      return;
    }
    if (id === shown) return;
    if (townships === null || screens === null) {
      root.replaceChildren(el('p', 'admin-message', ADMIN.loading));
      void Promise.all([loadTownships(), loadScreens().then((s) => { screens = s; })]).then(() => render(id));
    } else render(id);
  }

  addEventListener('hashchange', route);
  return {
    route() {
      shown = null;
      townships = null;
      route();
    },
  };
}
