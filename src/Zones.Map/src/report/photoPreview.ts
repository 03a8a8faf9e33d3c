import {el} from '../ui/el';
import {fileSizeWords, isHeifFile} from '../ui/photoFiles';

/** The words of the tile shown instead of a photo the browser cannot draw. */
export function placeholderText(file: {name: string; type: string; size: number}): {title: string; detail: string} {
  return {
    title: isHeifFile(file) ? 'HEIC 照片，提交后由服务器转换' : '无法预览，提交后由服务器检查',
    detail: `${file.name} · ${fileSizeWords(file.size)}`,
  };
}

/**
 * Swaps the preview image for `placeholder()` when the browser cannot decode the photo — Chromium and
 * Firefox cannot draw HEIC (Safari can, so the image is tried first) — instead of a broken-image icon.
 */
export function fallBackOnError(img: Pick<HTMLImageElement, 'addEventListener' | 'replaceWith'>, placeholder: () => Node): void {
  img.addEventListener('error', () => img.replaceWith(placeholder()), {once: true});
}

/** The preview of one chosen photo: the picture, or a neutral tile with its name and size. */
export function photoPreview(file: File, index: number): HTMLElement {
  const img = el('img');
  const url = URL.createObjectURL(file);
  img.alt = `照片 ${index + 1}`;
  img.addEventListener('load', () => URL.revokeObjectURL(url), {once: true});
  fallBackOnError(img, () => {
    URL.revokeObjectURL(url);
    const {title, detail} = placeholderText(file);
    const tile = el('div', 'rp-preview-file');
    tile.setAttribute('role', 'img');
    tile.setAttribute('aria-label', `照片 ${index + 1}：${title}，${detail}`);
    tile.append(el('strong', undefined, title), el('span', 'rp-preview-name', file.name), el('span', undefined, fileSizeWords(file.size)));
    return tile;
  });
  img.src = url;
  return img;
}
