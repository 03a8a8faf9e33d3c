/**
 * What the photo pickers offer: every image, HEIC/HEIF named explicitly (an iPhone then hands over its
 * HEIC as it is; the server decodes it with libheif and stores a JPEG like every other photo). Types
 * only, no file extensions: Chrome on Android opens the camera directly (`capture`) only when every
 * accepted type is an image type.
 */
export const PHOTO_ACCEPT = 'image/*,image/heic,image/heif';

/** A HEIC/HEIF photo by its type or, when the browser gives no type (Chromium on Linux), its name. */
export function isHeifFile(file: {name: string; type: string}): boolean {
  return /^image\/hei[cf](-sequence)?$/i.test(file.type) || /\.(heic|heif)$/i.test(file.name);
}

/** A file size in words a resident reads: 812 KB, 2.4 MB. */
export function fileSizeWords(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
