// npm run lab -- --out DIR: the model lab's workflow on the shipped model, headless (Node, tfjs wasm backend).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeNpz } from '../io/write/writeNpy';
import { nodeDigitsSplit } from './nodeSplit';
import { PIXELS } from '../model/data/digitsFile';
import { calibrationSubset } from '../model/data/split';
import type { Digits } from '../model/types';
import { mlpToSafetensors } from '../model/serialize';
import { runLab, DEFAULT_LAB } from '../model/report';
import { nodeBackend, shippedModel } from './nodeSetup';

/** The value after `--name` in argv, or undefined. */
function arg(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** Digits as an .npz: x float32 [N, 784], y uint8 [N]. */
function digitsNpz(d: Digits): Uint8Array {
  return encodeNpz({ x: { data: d.x, shape: [d.n, PIXELS] }, y: { data: d.y, shape: [d.n] } });
}

const out = arg(process.argv, '--out');
if (!out) {
  console.error('usage: npm run lab -- --out DIR   (writes DIR/report.json, model.safetensors, test.npz, calib.npz)');
  process.exit(2);
}
const started = performance.now();
const backend = await nodeBackend();
const model = await shippedModel();
const data = nodeDigitsSplit();
console.log(`backend ${backend}; ${data.train.n} train / ${data.test.n} test digits`);
const report = await runLab(model, data, { ...DEFAULT_LAB, log: (l) => console.log(l) });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'report.json'), JSON.stringify(report, null, 1) + '\n');
writeFileSync(join(out, 'model.safetensors'), mlpToSafetensors(model));
writeFileSync(join(out, 'test.npz'), digitsNpz(data.test));
writeFileSync(join(out, 'calib.npz'), digitsNpz(calibrationSubset(data.train, DEFAULT_LAB.calibSize)));
console.log(`wrote ${out}/report.json, model.safetensors, test.npz, calib.npz in ${((performance.now() - started) / 1000).toFixed(1)} s`);
