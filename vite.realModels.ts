import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { MODELS_PATH, REAL_MODELS } from './src/samples/realModels';

/** Folder of @vladmandic/human's model files inside node_modules. */
function modelsDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@vladmandic/human/package.json')), 'models');
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
