import {fromLonLat} from 'ol/proj';
import {type App, on} from '../../app/app';
import {locatePhone, phonePositionWgs84} from '../../map/phonePosition';
import {el} from '../../ui/el';
import {casesSection} from './casesSection';
import type {FieldContext} from './fieldContext';
import {placeSection} from './placeSection';
import {reportSection} from './reportSection';
import './field.css';

/**
 * The cadre's field view (issue #13 §5): on a phone (below 700 px, ui/phone.css) it comes first —
 * where am I and who answers here, my cases with their deadlines and steps, report a problem here.
 * On a desktop it stays hidden (field.css). Built by JS before the map in <main>, so index.html
 * needs no slot.
 */
export async function installField(app: App): Promise<void> {
  const view = el('div', 'field-view');
  view.id = 'field';
  view.setAttribute('aria-label', '外业');
  let township: string | null = app.session?.township ?? null;
  const ctx: FieldContext = {
    app,
    here: null,
    async locate() {
      const here = await locatePhone(app.config.phonePositionCrs);
      ctx.here = here;
      app.map.getView().animate({center: fromLonLat(phonePositionWgs84(here)), zoom: Math.max(app.map.getView().getZoom() ?? 16, 17), duration: 300});
      return here;
    },
    refreshCases: () => void cases.load(),
  };
  const cases = casesSection(ctx);
  view.append(placeSection(ctx, (code) => { township = code; }), cases.box, reportSection(ctx, () => township));
  const layout = document.querySelector('main.layout') ?? document.body;
  layout.prepend(view);
  on(app, 'session-changed', (s) => { township = s?.township ?? township; void cases.load(); });
  await cases.load();
}
