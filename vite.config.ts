import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { realModels } from './vite.realModels.ts';
import { digits } from './vite.digits.ts';
import { contentSecurityPolicy } from './vite.csp.ts';

// One config for the app (vite) and the unit tests (vitest, Node, no DOM needed by the core).
export default defineConfig({
  plugins: [react(), realModels(), digits(), contentSecurityPolicy()],
  worker: { format: 'es' },
  // Pre-bundle the Worker's dependencies up front (the wasm backend's loader is CommonJS): the dev server then
  // never has to discover them mid-session and reload the page.
  optimizeDeps: {
    include: [
      '@tensorflow/tfjs-core',
      '@tensorflow/tfjs-core/dist/register_all_gradients', // the model Worker's training: pre-bundled with tfjs-core, one instance
      '@tensorflow/tfjs-backend-cpu',
      '@tensorflow/tfjs-backend-wasm',
      '@tensorflow/tfjs-backend-webgl',
      'fflate',
      'protobufjs/minimal',
    ],
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'threads',
  },
});
