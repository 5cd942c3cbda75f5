import { qparams, type Mode, type QuantParams, type QuantSpec, type Range } from '../../core/math';
import { symmetricHull } from '../../state/range';
import { articleNotation, type ArticleNotation } from './articleNotation';

/** One column of the mapping view: what `mode` quantizes the clipping range with. */
export interface ModeMapping {
  /** The range the mode uses: [β, α] itself, or ±max(|β|, |α|) when symmetric. */
  range: Range;
  params: QuantParams;
  notation: ArticleNotation;
}

/** The mapping of [β, α] = `range` under `spec` with its mode replaced by `mode`. */
export function modeMapping(range: Range, spec: QuantSpec, mode: Mode): ModeMapping {
  const modeRange = mode === 'symmetric' ? symmetricHull(range) : range;
  const modeSpec = { ...spec, mode };
  return { range: modeRange, params: qparams(modeRange, modeSpec), notation: articleNotation(range, modeSpec) };
}
