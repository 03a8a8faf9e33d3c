// Build step (vite.config.ts): a Brotli (.br) and a gzip (.gz) copy beside every script and style
// sheet, compressed once at the highest level, so Zones.Server sends the copy the browser accepts
// (Http/StaticSite.cs) instead of compressing the same bytes on every request. Plain JS: the
// client's tsconfig has no Node types; precompress.d.mts types it for vite.config.ts.
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const COMPRESSIBLE = /\.(js|css|svg|json)$/;

export function precompress() {
  return {
    name: 'zones-precompress',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!COMPRESSIBLE.test(file.fileName)) continue;
        const bytes = Buffer.from(file.type === 'chunk' ? file.code : file.source);
        if (bytes.length < 1024) continue;
        const br = brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length}});
        this.emitFile({type: 'asset', fileName: `${file.fileName}.br`, source: br});
        this.emitFile({type: 'asset', fileName: `${file.fileName}.gz`, source: gzipSync(bytes, {level: 9})});
      }
    },
  };
}
