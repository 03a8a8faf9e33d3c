import {describe, expect, it} from 'vitest';
import {fileSizeWords, isHeifFile, PHOTO_ACCEPT} from '../ui/photoFiles';
import {fallBackOnError, placeholderText} from './photoPreview';

const heic = {name: 'IMG_0042.HEIC', type: 'image/heic', size: 2_516_582};

/** An image element that only records its listeners and what replaced it. */
function fakeImage() {
  const listeners = new Map<string, () => void>();
  const image = {
    replacedBy: null as Node | null,
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    replaceWith: (node: Node) => { image.replacedBy = node; },
    fire: (type: string) => listeners.get(type)?.(),
  };
  return image;
}

describe('the photo preview', () => {
  it('shows a neutral tile with the name and size instead of a broken HEIC image', () => {
    const img = fakeImage();
    const tile = {} as Node;
    fallBackOnError(img as unknown as HTMLImageElement, () => tile);

    img.fire('error');

    expect(img.replacedBy).toBe(tile);
    expect(placeholderText(heic)).toEqual({title: 'HEIC 照片，提交后由服务器转换', detail: 'IMG_0042.HEIC · 2.4 MB'});
  });

  it('keeps the picture when the browser can draw it (Safari draws HEIC)', () => {
    const img = fakeImage();
    fallBackOnError(img as unknown as HTMLImageElement, () => ({}) as Node);

    img.fire('load');

    expect(img.replacedBy).toBeNull();
  });

  it('says the server checks a photo it cannot preview that is no HEIC', () => {
    expect(placeholderText({name: 'scan.tif', type: 'image/tiff', size: 800}).title).toBe('无法预览，提交后由服务器检查');
    expect(placeholderText({name: 'scan.tif', type: 'image/tiff', size: 800}).detail).toBe('scan.tif · 1 KB');
  });
});

describe('photo files', () => {
  it('recognises HEIC/HEIF by type, or by name when the browser gives no type', () => {
    expect(isHeifFile(heic)).toBe(true);
    expect(isHeifFile({name: 'a.heif', type: ''})).toBe(true);
    expect(isHeifFile({name: 'burst', type: 'image/heic-sequence'})).toBe(true);
    expect(isHeifFile({name: 'a.jpg', type: 'image/jpeg'})).toBe(false);
  });

  it('lets the pickers offer HEIC and HEIF beside every image, by type only (so a phone still opens its camera)', () => {
    expect(PHOTO_ACCEPT.split(',')).toEqual(['image/*', 'image/heic', 'image/heif']);
  });

  it('writes sizes in KB below a megabyte and MB above', () => {
    expect([fileSizeWords(300), fileSizeWords(812 * 1024), fileSizeWords(10 * 1024 * 1024)]).toEqual(['1 KB', '812 KB', '10.0 MB']);
  });
});
