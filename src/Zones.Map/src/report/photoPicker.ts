import {el} from '../ui/el';
import {PHOTO_ACCEPT} from '../ui/photoFiles';
import {photoPreview} from './photoPreview';

/** Most photos a report takes (the server's ReportOptions.MaxPhotos). */
export const MAX_PHOTOS = 3;

export interface PhotoPicker {
  element: HTMLElement;
  photos(): File[];
  /** Upload progress 0..1, or null to hide the bar. */
  progress(share: number | null): void;
  clear(): void;
}

/**
 * Up to three photos from the phone's camera (`capture="environment"`: the back camera opens directly; on a
 * desktop it is a file choice), each shown as a preview with a button to drop it, and an upload progress bar.
 * A HEIC the browser cannot draw shows as a tile with its name and size (the server converts it).
 */
export function createPhotoPicker(): PhotoPicker {
  const files: File[] = [];
  const previews = el('div', 'rp-previews');
  const input = el('input');
  input.type = 'file';
  input.accept = PHOTO_ACCEPT;
  input.setAttribute('capture', 'environment');
  input.multiple = true;
  input.className = 'rp-file';
  input.setAttribute('aria-label', '拍照或选择照片');
  const add = el('label', 'rp-button rp-photo-add');
  add.append(el('span', undefined, '拍照或选照片（最多 3 张）'), input);
  const bar = el('progress', 'rp-progress');
  bar.max = 1;
  bar.hidden = true;
  const element = el('div', 'rp-photos');
  element.append(previews, add, bar);

  const render = () => {
    previews.replaceChildren(...files.map((file, i) => {
      const item = el('figure', 'rp-preview');
      const drop = el('button', 'rp-preview-drop', '×');
      drop.type = 'button';
      drop.setAttribute('aria-label', `删除照片 ${i + 1}`);
      drop.addEventListener('click', () => { files.splice(i, 1); render(); });
      item.append(photoPreview(file, i), drop);
      return item;
    }));
    add.hidden = files.length >= MAX_PHOTOS;
  };
  input.addEventListener('change', () => {
    files.push(...Array.from(input.files ?? []).slice(0, MAX_PHOTOS - files.length));
    input.value = '';
    render();
  });
  return {
    element,
    photos: () => [...files],
    progress(share) {
      bar.hidden = share === null;
      if (share !== null) bar.value = share;
    },
    clear() { files.length = 0; render(); },
  };
}
