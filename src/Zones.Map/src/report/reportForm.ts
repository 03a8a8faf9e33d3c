import {locatePhone} from '../map/phonePosition';
import {el} from '../ui/el';
import {fetchCategories, ReportError, sendReport, type CategoryList, type Receipt, type ReportDraft} from './api';
import {categoryIcon} from './categoryIcons';
import {createFieldErrors} from './fieldErrors';
import {createLocationPicker, type LonLat} from './locationPicker';
import {createPhotoPicker} from './photoPicker';
import {renderReceipt} from './receipt';

type Located = NonNullable<ReportDraft['location']>;

function section(title: string, ...children: Node[]): HTMLElement {
  const box = el('section', 'rp-section');
  box.append(el('h2', undefined, title), ...children);
  return box;
}

function input(type: string, label: string, placeholder: string): HTMLInputElement {
  const field = el('input', 'rp-input');
  field.type = type;
  field.placeholder = placeholder;
  field.setAttribute('aria-label', label);
  return field;
}

/**
 * The report form: where (the phone's position or a tap on the map), what (a picture from the short list),
 * a few words, up to three photos, and an optional name and phone; then the receipt.
 */
export async function renderReportForm(root: HTMLElement): Promise<void> {
  const errors = createFieldErrors();
  const mapBox = el('div', 'rp-map');
  mapBox.setAttribute('aria-label', '地图：点一下问题所在的位置');
  const where = el('p', 'rp-where', '正在定位 …');
  where.setAttribute('role', 'status');
  const locate = el('button', 'rp-button', '使用我的位置');
  locate.type = 'button';
  const grid = el('div', 'rp-categories');
  grid.setAttribute('role', 'radiogroup');
  grid.setAttribute('aria-label', '问题类型');
  const description = el('textarea', 'rp-input');
  description.rows = 3;
  description.maxLength = 1000;
  description.placeholder = '例如：垃圾桶满了，两天没人清理';
  description.setAttribute('aria-label', '问题说明');
  const photos = createPhotoPicker();
  const name = input('text', '姓名（选填）', '姓名（选填）');
  const phone = input('tel', '手机号（选填）', '手机号（选填，用于查询进度）');
  const send = el('button', 'rp-button rp-primary', '提交');
  send.type = 'submit';
  const form = el('form', 'rp-form');
  form.noValidate = true;
  form.append(
    section('1. 问题在哪里', mapBox, where, locate, errors.slot('location')),
    section('2. 是什么问题', grid, errors.slot('category')),
    section('3. 说一说', description, errors.slot('description')),
    section('4. 拍照', photos.element, errors.slot('photos')),
    section('5. 联系方式（选填）', name, errors.slot('name'), phone, errors.slot('phone'),
      el('p', 'rp-muted', '姓名和电话只有工作人员能看到；留下手机号，才能凭案卷号和手机号后四位查询进度。')),
    send, errors.slot('form'));
  root.replaceChildren(form);

  let location: Located | null = null;
  let category = '';
  const picker = await createLocationPicker(mapBox);

  const choose = (code: string) => {
    category = code;
    for (const b of grid.querySelectorAll<HTMLButtonElement>('button')) b.setAttribute('aria-checked', String(b.dataset.code === code));
  };
  const showCategories = (list: CategoryList) => {
    grid.replaceChildren(...list.categories.map((c) => {
      const b = el('button', 'rp-category');
      b.type = 'button';
      b.dataset.code = c.serviceCode;
      b.setAttribute('role', 'radio');
      b.setAttribute('aria-checked', String(c.serviceCode === category));
      b.setAttribute('aria-label', c.label);
      b.innerHTML = categoryIcon(c.icon);
      b.append(el('span', 'rp-category-label', c.label), el('span', 'rp-category-limit', c.promise));
      b.addEventListener('click', () => choose(c.serviceCode));
      return b;
    }));
  };
  // Each place may have its own categories and time limits: the list follows the point.
  const place = async (at: Located) => {
    location = at;
    const list = await fetchCategories(at);
    if (list.at) picker.show(list.at);
    where.textContent = list.zone ? `位置：${list.township ?? ''} ${list.zone}（可点地图调整）` : '这里不在本系统的服务范围内，请在地图上重新点选。';
    showCategories(list);
  };
  const useGps = async () => {
    where.textContent = '正在定位 …';
    try {
      await place(await locatePhone(picker.phonePositionCrs));
    } catch (e) {
      where.textContent = (e as Error).message;
    }
  };
  picker.onTap((at: LonLat) => { place({...at, crs: 'WGS84'}).catch(() => undefined); });
  locate.addEventListener('click', () => { useGps().catch(() => undefined); });
  showCategories(await fetchCategories(null));
  useGps().catch(() => undefined);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    errors.clear();
    send.disabled = true;
    send.textContent = '正在提交 …';
    const draft: ReportDraft = {category, description: description.value, location, name: name.value, phone: phone.value, photos: photos.photos()};
    try {
      const receipt: Receipt = await sendReport(draft, (share) => photos.progress(share));
      renderReceipt(root, receipt, phone.value);
    } catch (error) {
      const refusal = error instanceof ReportError ? error : new ReportError(0, [{field: 'form', message: String(error)}]);
      if (refusal.exifLocation) await place({...refusal.exifLocation, crs: 'WGS84'});
      errors.show(refusal.fields);
    } finally {
      photos.progress(null);
      send.disabled = false;
      send.textContent = '提交';
    }
  });
}
