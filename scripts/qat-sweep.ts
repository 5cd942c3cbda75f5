// npx tsx scripts/qat-sweep.ts: QAT with the article's recipe (clipped and identity STE) and at the original LR, on the
// shipped model, for several low-width configs; prints PTQ accuracy, each QAT result and the share of the drop recovered.
import { nodeBackend, shippedModel } from '../src/cli/nodeSetup';
import { nodeDigitsSplit } from '../src/cli/nodeSplit';
import { configKey, ptqConfig } from '../src/model/configs';
import { evaluateFloat } from '../src/model/mlp';
import { qatRecipe, runQat } from '../src/model/qat';

await nodeBackend();
const model = await shippedModel();
const { train, test } = nodeDigitsSplit();
const fp32 = await evaluateFloat(model, test);
const configs = [
  ptqConfig({ bits: 3, granularity: 'per-tensor' }, { bits: 3, method: 'max', mode: 'symmetric' }),
  ptqConfig({ bits: 3, granularity: 'per-channel' }, { bits: 3, method: 'max', mode: 'symmetric' }),
  ptqConfig({ bits: 4, granularity: 'per-channel' }, { bits: 4, method: 'max', mode: 'symmetric' }),
  ptqConfig(null, { bits: 3, method: 'max', mode: 'symmetric' }),
  ptqConfig({ bits: 3, granularity: 'per-tensor' }, null),
  ptqConfig({ bits: 2, granularity: 'per-channel' }, { bits: 4, method: 'mse', mode: 'affine' }),
];
const pct = (v: number): string => `${(100 * v).toFixed(2)} %`;
console.log(`FP32 ${pct(fp32)}; QAT 1 epoch over ${train.n} digits; recovered = (after − PTQ) / (FP32 − PTQ)`);
for (const cfg of configs) {
  const recipe = await runQat(model, train, test, qatRecipe(cfg));
  const identity = await runQat(model, train, test, { ...qatRecipe(cfg), ste: 'identity' });
  const untuned = await runQat(model, train, test, qatRecipe(cfg, 'untuned'));
  const share = (a: number): string => `${((100 * (a - recipe.before)) / (fp32 - recipe.before)).toFixed(0)} %`;
  console.log(
    `${configKey(cfg)}: PTQ ${pct(recipe.before)} | recipe ${pct(recipe.after)} (${share(recipe.after)}) | identity STE ${pct(identity.after)} (${share(identity.after)}) | untuned ${pct(untuned.after)} (${share(untuned.after)})`,
  );
}
