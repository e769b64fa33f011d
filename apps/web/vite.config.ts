import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server serves the built app under /app and the API under /api/v1.
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      // @vinhdanh/shared is pure declarations (enums, zod schemas); without this hint its unused schemas,
      // and zod with them, would land in the entry chunk.
      treeshake: { moduleSideEffects: (id: string) => !/packages[\\/]shared[\\/]/.test(id) && undefined },
      output: {
        // A long-lived React chunk: a release of the app does not invalidate it. Ant Design stays split
        // per route by the bundler, so the login page does not load the Table or DatePicker code.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ }],
        },
      },
    },
  },
});
