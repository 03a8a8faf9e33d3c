// Photos for the report tests, made the way a phone makes them: a JPEG drawn by the browser's canvas,
// then an APP1 Exif block with a GPS position written in by hand right after SOI (CIPA DC-008 / Exif 2.32:
// TIFF header, IFD0 → GPS IFD with N/E degrees-minutes-seconds as RATIONALs), so a test can prove that
// what the server keeps carries no EXIF GPS.
import ts from 'typescript';
import {readFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

/** `count` JPEGs of `width`×`height` drawn in `page` (distinct colours), as Buffers. */
export async function canvasJpegs(page, count, width, height) {
  const urls = await page.evaluate(({count, width, height}) => Array.from({length: count}, (_, i) => {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const g = canvas.getContext('2d');
    const gradient = g.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, ['#b91c1c', '#15803d', '#1d4ed8'][i % 3]);
    gradient.addColorStop(1, '#f59e0b');
    g.fillStyle = gradient;
    g.fillRect(0, 0, width, height);
    g.fillStyle = '#fff';
    g.font = `${Math.round(height / 6)}px sans-serif`;
    g.fillText(`照片 ${i + 1}`, width / 10, height / 2);
    return canvas.toDataURL('image/jpeg', 0.9);
  }), {count, width, height});
  return urls.map((url) => Buffer.from(url.split(',')[1], 'base64'));
}

/** The JPEG with an Exif GPS block (big-endian TIFF) for WGS84 `lon`/`lat`, north-east. */
export function withExifGps(jpeg, lon, lat) {
  const tiff = [];
  const u16 = (v) => tiff.push((v >> 8) & 255, v & 255);
  const u32 = (v) => tiff.push((v >>> 24) & 255, (v >>> 16) & 255, (v >>> 8) & 255, v & 255);
  const entry = (tag, type, count, value) => { u16(tag); u16(type); u32(count); u32(value); };
  // Layout: header 8 | IFD0 (1 entry) 2+12+4 = 18 → 26 | GPS IFD (4 entries) 2+48+4 = 54 → 80 | lat 24 → 104 | lon 24 → 128
  tiff.push(0x4d, 0x4d); u16(42); u32(8);
  u16(1); entry(0x8825, 4, 1, 26); u32(0);
  u16(4); entry(1, 2, 2, 0x4e << 24); entry(2, 5, 3, 80); entry(3, 2, 2, 0x45 << 24); entry(4, 5, 3, 104); u32(0);
  for (const v of [lat, lon]) {
    const d = Math.floor(v);
    const m = Math.floor((v - d) * 60);
    const s = Math.round(((v - d) * 60 - m) * 60 * 10000);
    u32(d); u32(1); u32(m); u32(1); u32(s); u32(10000);
  }
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), Buffer.from(tiff)]);
  const header = Buffer.from([0xff, 0xe1, ((body.length + 2) >> 8) & 255, (body.length + 2) & 255]);
  return Buffer.concat([jpeg.subarray(0, 2), header, body, jpeg.subarray(2)]);
}

/** Whether a JPEG carries an APP1 Exif segment (any EXIF, GPS included), reading markers up to the image data. */
export function hasExif(jpeg) {
  let pos = 2;
  while (pos + 4 <= jpeg.length && jpeg[pos] === 0xff) {
    const marker = jpeg[pos + 1];
    if (marker === 0xda || marker === 0xd9) return false;
    if (marker === 0xe1 && jpeg.subarray(pos + 4, pos + 10).toString('latin1') === 'Exif\0\0') return true;
    pos += 2 + jpeg.readUInt16BE(pos + 2);
  }
  return false;
}

/**
 * The map client's own WGS84 → GCJ-02 formula (src/features/tools/gcj02.ts), transpiled on the fly: the test
 * computes the phone's GCJ-02 position with the client's code and the server converts it back with its own.
 */
export async function loadGcj02() {
  const file = resolve(dirname(fileURLToPath(import.meta.url)), '../src/features/tools/gcj02.ts');
  const js = ts.transpileModule(readFileSync(file, 'utf8'), {compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022}}).outputText;
  return import(`data:text/javascript,${encodeURIComponent(js)}`);
}
