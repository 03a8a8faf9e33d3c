import { defineConfig } from 'vite';

// The build lands next to the map client in the server's wwwroot, under /graphiql/.
export default defineConfig({
  base: '/graphiql/',
  build: {
    outDir: '../Zones.Server/wwwroot/graphiql',
    emptyOutDir: true,
    chunkSizeWarningLimit: 6000,
  },
  worker: { format: 'es' },
});
