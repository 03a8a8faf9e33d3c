import {el} from '../../ui/el';
import {PLACE_QUERY, type PlaceZone, placeOf} from './fieldQueries';
import type {FieldContext} from './fieldContext';

/**
 * 我在哪里: locate the phone, say which zone this is and who answers for it (属地兜底, with a
 * phone number to tap), and centre the map there. The position is kept for 在此上报.
 */
export function placeSection(ctx: FieldContext, onTownship: (code: string) => void): HTMLElement {
  const box = el('section', 'field-card field-place');
  box.dataset.field = 'place';
  const where = el('p', 'field-where', '点击“定位我的位置”，查看您所在的片区和责任人。');
  const locate = el('button', 'field-button field-primary', '定位我的位置');
  locate.type = 'button';
  locate.addEventListener('click', async () => {
    locate.disabled = true;
    where.textContent = '正在定位 …';
    try {
      const here = await ctx.locate();
      const answer = await ctx.app.graphql<{zonesAt: PlaceZone[]}>(PLACE_QUERY, {lon: here.lon, lat: here.lat, crs: here.crs});
      const place = placeOf(answer.zonesAt);
      if (place) onTownship(place.zone.townshipCode);
      showPlace(where, place);
    } catch (e) {
      where.textContent = (e as Error).message;
    } finally {
      locate.disabled = false;
    }
  });
  box.append(el('h2', undefined, '我在哪里'), where, locate);
  return box;
}

function showPlace(where: HTMLElement, place: ReturnType<typeof placeOf>): void {
  if (!place) {
    where.textContent = '这里不在任何片区内：请联系镇规划员核实片区边界。';
    return;
  }
  const zone = el('strong', 'field-zone', place.zone.name);
  const path = el('small', 'field-muted', place.path);
  const owner = place.owner;
  const who = el('div', 'field-owner');
  if (owner) {
    who.append('责任人：', el('strong', undefined, owner.ownerName));
    if (owner.targetName !== place.zone.name) who.append(el('small', 'field-muted', `（由「${owner.targetName}」兜底）`));
    if (owner.ownerPhone) {
      const call = el('a', 'field-button field-call', `拨打 ${owner.ownerPhone}`);
      call.href = `tel:${owner.ownerPhone.replace(/[^\d+]/g, '')}`;
      who.append(call);
    }
  } else {
    who.textContent = '本片区及上级片区都没有包联责任人。';
  }
  where.replaceChildren('您在 ', zone, el('br'), path, who);
}
