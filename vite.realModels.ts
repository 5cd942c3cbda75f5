import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { MODELS_PATH, REAL_MODELS } from './src/samples/realModels.ts';

/** Folder of @vladmandic/human's model files (its package exports no file paths, so it is located directly). */
function modelsDir(): string {
  return fileURLToPath(new URL('./node_modules/@vladmandic/human/models', import.meta.url));
}

const FILES: string[] = REAL_MODELS.flatMap((m) => [...m.files]);

/** Serves the real models' files under /models/ in dev and copies them into the build (never into git). */
export function realModels(): Plugin {
  return {
    name: 'quantscope-real-models',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.split('?')[0].replace(`/${MODELS_PATH}`, '');
        if (!req.url?.startsWith(`/${MODELS_PATH}`) || !name || !FILES.includes(name)) return next();
        res.setHeader('Content-Type', name.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        res.end(readFileSync(join(modelsDir(), name)));
      });
    },
    generateBundle() {
      for (const name of FILES) {
        this.emitFile({ type: 'asset', fileName: `${MODELS_PATH}${name}`, source: readFileSync(join(modelsDir(), name)) });
      }
    },
  };
}
