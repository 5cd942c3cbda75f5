// npm run train: trains the shipped digits MLP deterministically (seeded; tfjs wasm backend in Node) and writes its weights.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nodeBackend } from '../src/cli/nodeSetup';
import { nodeDigitsSplit } from '../src/cli/nodeSplit';
import { modelEnglish } from '../src/model/errors';
import { mlpToSafetensors } from '../src/model/serialize';
import { DEFAULT_TRAIN, trainMlp } from '../src/model/train';
import { SHIPPED_WEIGHTS_URL } from '../src/model/weights/shipped';

const backend = await nodeBackend();
const { train, test } = nodeDigitsSplit();
console.log(`backend ${backend}; training ${JSON.stringify(DEFAULT_TRAIN)}`);
const t0 = performance.now();
const r = await trainMlp(train, test, DEFAULT_TRAIN, (e) =>
  console.log(
    `epoch ${e.epoch}/${e.epochs}: loss ${e.loss.toFixed(4)}, test accuracy ${(100 * e.accuracy).toFixed(2)} % (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
  ),
);
if (r.stopped) throw new Error(`training stopped: ${r.message ? modelEnglish(r.message) : r.stopped}`);
const path = fileURLToPath(SHIPPED_WEIGHTS_URL);
writeFileSync(path, mlpToSafetensors(r.weights));
console.log(`FP32 test accuracy ${(100 * r.accuracy).toFixed(2)} %; wrote ${path}`);
