import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = fileURLToPath(new URL('./src', import.meta.url));
const libs = fileURLToPath(new URL('../../libs', import.meta.url));

export default defineConfig(({ mode }) => {
  // Read from the process too, so `API_PROXY_TARGET=… npm run dev:web` works without a .env file.
  const env = { ...loadEnv(mode, root, ''), ...process.env };
  const apiTarget = env.API_PROXY_TARGET || 'http://localhost:3000';

  return {
    root,
    plugins: [react()],
    resolve: {
      // `@shortlist/<lib>` is the source of libs/<lib> (pure TypeScript, bundled with the app).
      alias: [
        { find: /^@shortlist\/([^/]+)(.*)$/, replacement: `${libs}/$1/src$2` },
        { find: /^@\//, replacement: `${src}/` },
      ],
    },
    server: {
      port: 5173,
      strictPort: true,
      proxy: {
        '/api': { target: apiTarget, changeOrigin: true },
      },
    },
    preview: {
      port: 4173,
      proxy: {
        '/api': { target: apiTarget, changeOrigin: true },
      },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      rollupOptions: {
        output: {
          // Libraries every page loads in full get their own long-cached files, so a deploy that
          // only changes app code leaves them valid. Mantine stays out: grouping it would pull
          // components that only lazy routes use into the initial load.
          manualChunks: (id) => {
            if (!id.includes('node_modules')) return undefined;
            if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
            if (/node_modules\/(react-router|react-router-dom)\//.test(id)) return 'router';
            if (/node_modules\/@tanstack\/(query-core|react-query)\//.test(id)) return 'query';
            return undefined;
          },
        },
      },
    },
  };
});
