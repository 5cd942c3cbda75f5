/** Text exports of what is on screen: CSV of the metrics table, JSON of the scene with its results, a PyTorch snippet. */
import type { ErrorStats, QuantParams, QuantSpec, Range } from '../../core/math';
import type { SceneState } from '../../state/scene';

/** One exported row: a calibrator's choice or the user's range, with exact (or estimated) errors. */
export interface MetricsRow {
  method: string;
  range: Range;
  params: QuantParams;
  stats: ErrorStats;
  exact: boolean;
}

/** A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
function csvField(v: string | number | boolean): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The comparison table as CSV, one row per method; numbers in full precision, units as in the app. */
export function metricsCsv(rows: MetricsRow[]): string {
  const header = [
    'method',
    'beta',
    'alpha',
    'scale',
    'zero_point',
    'qmin',
    'qmax',
    'mse',
    'sqnr_db',
    'max_abs_error',
    'clipped',
    'levels_used',
    'exact',
  ];
  const lines = rows.map((r) =>
    [
      r.method,
      r.range.min,
      r.range.max,
      r.params.scale,
      r.params.zeroPoint,
      r.params.qmin,
      r.params.qmax,
      r.stats.mse,
      r.stats.sqnrDb,
      r.stats.maxAbsError,
      r.stats.clipped,
      r.stats.levelsUsed,
      r.exact,
    ]
      .map(csvField)
      .join(','),
  );
  return [header.join(','), ...lines].join('\n') + '\n';
}

/** A method's CSV name: its id with its readable name in brackets, unless the name already starts with the id ("max", not "max (max)"). */
export function csvMethodName(id: string, label: string): string {
  return label.toLowerCase().startsWith(id.toLowerCase()) ? label : `${id} (${label})`;
}

/**
 * The scene, the clipping range on screen [β, α] and the results as pretty JSON (Infinity, which JSON lacks,
 * becomes the string "Infinity"). `calibrator` names the calibrator in use, null for the user's own range.
 */
export function sceneJson(
  scene: SceneState,
  range: Range,
  link: string,
  tensor: { name: string; shape: number[] } | null,
  rows: MetricsRow[],
): string {
  const { source, spec, clip, symmetricLock } = scene;
  const calibrator = clip.kind === 'calibrator' ? clip.id : null;
  const body = { app: 'QuantScope', link, source, tensor, spec, range, calibrator, symmetricLock, results: rows };
  return JSON.stringify(body, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 2) + '\n';
}

/** A float32 value as Python source that reads back to the same float32 (9 significant digits). */
function py(v: number): string {
  return Number(v.toPrecision(9)).toString();
}

/** Ready-to-paste PyTorch that applies the same quantization to a tensor `x`. */
export function pytorchSnippet(p: QuantParams, spec: QuantSpec, range: Range): string {
  const mapping = spec.mode === 'symmetric' ? 'symmetric' : 'asymmetric (affine)';
  const lines = [
    'import torch',
    '',
    `# QuantScope: ${spec.bits}-bit ${spec.signed ? 'signed' : 'unsigned'} ${mapping}${spec.narrowRange ? ', narrow range' : ''}, clipping range [${py(range.min)}, ${py(range.max)}]`,
    `scale, zero_point = ${py(p.scale)}, ${p.zeroPoint}`,
    `quant_min, quant_max = ${p.qmin}, ${p.qmax}`,
    'x = torch.randn(1024)  # put your float32 tensor here',
    'x_fq = torch.fake_quantize_per_tensor_affine(x, scale, zero_point, quant_min, quant_max)',
  ];
  const dtype = p.qmin >= -128 && p.qmax <= 127 ? 'torch.qint8' : p.qmin >= 0 && p.qmax <= 255 ? 'torch.quint8' : null;
  if (dtype) {
    lines.push(`q = torch.quantize_per_tensor(x, scale, zero_point, ${dtype})  # stored codes: q.int_repr()`);
    if (p.qmin !== (dtype === 'torch.qint8' ? -128 : 0) || p.qmax !== (dtype === 'torch.qint8' ? 127 : 255)) {
      lines.push(`# note: ${dtype} stores the full 8-bit range; clamp the codes to [${p.qmin}, ${p.qmax}] to match the range above`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Per-channel ranges and levels as CSV: channel, min, max, levels used under the per-tensor and the per-channel range. */
export function channelRangesCsv(min: Float32Array, max: Float32Array, tensorLevels: Uint32Array, channelLevels: Uint32Array): string {
  const lines = ['channel,min,max,levels_per_tensor,levels_per_channel'];
  for (let c = 0; c < min.length; c++) lines.push(`${c},${min[c]},${max[c]},${tensorLevels[c]},${channelLevels[c]}`);
  return lines.join('\n') + '\n';
}
