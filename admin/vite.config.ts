/**
 * Newsroom UI build: `vite build --config admin/vite.config.ts` → admin/dist, served by the
 * Chapar server at /newsroom/ (src/newsroom/ui.ts). Hashed file names under assets/ are cached
 * for a year; index.html is never cached.
 */
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/newsroom/',
  plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // The editor route (TipTap + ProseMirror) is its own chunk; keep warnings meaningful.
    chunkSizeWarningLimit: 600,
    // No inlined data: URLs for fonts: the CSP allows fonts only from 'self'.
    assetsInlineLimit: 0,
  },
  server: {
    // `npm run dev:admin`: the API runs on the Chapar server (npm start, port 3000).
    proxy: { '/api': 'http://127.0.0.1:3000', '/media': 'http://127.0.0.1:3000', '/fa': 'http://127.0.0.1:3000' },
  },
});
