import {defineConfig} from 'vitest/config';
import {precompress} from './precompress.mjs';

// The ASP.NET server (scripts/run.sh) listens here; `npm run dev` proxies the API to it
// so the client can be developed with hot reload against real data.
const server = 'http://127.0.0.1:5080';

export default defineConfig({
  plugins: [precompress()],
  build: {
    // Served by Zones.Server as static files; the folder is git-ignored and rebuilt.
    outDir: '../Zones.Server/wwwroot',
    emptyOutDir: true,
    sourcemap: true,
    // Two pages, two bundles: the planner map (index.html) and the residents' report page
    // (report.html, src/report), which must load fast on a phone and carries no planner code.
    rollupOptions: {
      input: {main: 'index.html', report: 'report.html'},
    },
  },
  server: {
    proxy: {
      '/ogc': server,
      '/graphql': server,
      '/health': server,
      '/map-config.json': server,
      '/tiles': server,
      '/auth': server,
      '/export': server,
      '/import': server,
      '/api': server,
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
