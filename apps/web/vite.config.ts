import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => {
  // Read from the process too, so `API_PROXY_TARGET=… npm run dev:web` works without a .env file.
  const env = { ...loadEnv(mode, root, ''), ...process.env };
  const apiTarget = env.API_PROXY_TARGET || 'http://localhost:3000';

  return {
    root,
    plugins: [react()],
    resolve: {
      alias: {
        '@shortlist/contracts': fileURLToPath(new URL('../../libs/contracts/src', import.meta.url)),
        '@': fileURLToPath(new URL('./src', import.meta.url)),
      },
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
    },
  };
});
