// Build step (vite.config.ts): a Brotli (.br) and a gzip (.gz) copy beside every script and style
// sheet, compressed once at the highest level, so Zones.Server sends the copy the browser accepts
// (Http/StaticSite.cs) instead of compressing the same bytes on every request. Plain JS: the
// client's tsconfig has no Node types; precompress.d.mts types it for vite.config.ts.
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const COMPRESSIBLE = /\.(js|css|svg|json)$/;

export function precompress() {
  return {
    name: 'zones-precompress',
    apply: 'build',
    // From the files as written: earlier hooks still see placeholders that Vite fills in last.
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(fileName)) continue;
        const path = join(options.dir, fileName);
        const bytes = readFileSync(path);
        if (bytes.length < 1024) continue;
        writeFileSync(`${path}.br`, brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length}}));
        writeFileSync(`${path}.gz`, gzipSync(bytes, {level: 9}));
      }
    },
  };
}
