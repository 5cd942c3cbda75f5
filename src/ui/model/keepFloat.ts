import type { PartialRow } from '../../model/types';
import type { ModelLabInputs } from '../../state/modelLab';
import { calibratorMethod } from '../../state/modelConfig';
import type { ModelInfo } from '../../worker/modelApi';

/** k of the partial row whose float list is exactly `keep` (as sets), or null when none is. */
export function selectedK(rows: readonly PartialRow[], keep: readonly string[]): number | null {
  const want = [...keep].sort().join('\n');
  return rows.find((r) => [...r.float].sort().join('\n') === want)?.k ?? null;
}

/** The keep-in-float list as a JSON document: the layers, and the quantization they are kept out of. */
export function keepFloatJson(inputs: ModelLabInputs, info: ModelInfo): string {
  const { method, gelu10 } = calibratorMethod(inputs.calibrator);
  const doc = {
    float: inputs.keepFloat,
    layers: info.layers.map((l) => l.name),
    weights: { bits: inputs.weightBits, granularity: inputs.granularity },
    activations: { bits: inputs.actBits, method, mode: 'symmetric', gelu10 },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
