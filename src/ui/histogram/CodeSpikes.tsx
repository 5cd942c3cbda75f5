import type { QuantParams, Range } from '../../core/math';

interface Props {
  counts: Float64Array;
  params: QuantParams;
  x: (v: number) => number;
  y: (count: number) => number;
  base: number;
  domain: Range;
}

/** Where the values land after quantization: one spike per code at its real value (x̂), as tall as its count. */
export function CodeSpikes({ counts, params, x, y, base, domain }: Props) {
  const parts: string[] = [];
  for (let k = 0; k < counts.length; k++) {
    if (counts[k] === 0) continue;
    const v = (params.qmin + k - params.zeroPoint) * params.scale;
    if (v < domain.min || v > domain.max) continue;
    parts.push(`M${x(v).toFixed(2)},${base}V${y(counts[k]).toFixed(2)}`);
  }
  return <path className="code-spikes" data-testid="hist.codes" d={parts.join('')} />;
}
