/** Validates a tfjs weightsManifest and lays out each weight's byte range within its group's concatenated shards. */
import { TensorFileError } from './errors';
import { checkShape, numElements } from './shape';

/** How a tfjs weight is stored: plain float32/int32/bool, or quantized to uint8/uint16 (q·scale + min) or float16. */
export interface TfjsQuantization {
  dtype: 'uint8' | 'uint16' | 'float16';
  scale: number;
  min: number;
}

/** One weight; offset/byteLength are bytes within its group's shards concatenated in path order. */
export interface TfjsWeight {
  name: string;
  shape: number[];
  dtype: 'float32' | 'int32' | 'bool';
  quantization: TfjsQuantization | undefined;
  group: number;
  offset: number;
  byteLength: number;
}

/** The manifest's shard paths per group and its weights in file order. */
export interface TfjsPlan {
  groups: string[][];
  weights: TfjsWeight[];
}

const DTYPE_SIZE = { float32: 4, int32: 4, bool: 1 } as const;
const QUANT_SIZE = { uint8: 1, uint16: 2, float16: 2 } as const;

function fail(message: string, tensor?: string): never {
  throw new TensorFileError('tfjs', message, { tensor });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The weightsManifest of a model.json object, or a bare manifest array (weights_manifest.json). */
export function manifestOf(json: unknown): unknown[] | undefined {
  if (isObject(json) && Array.isArray(json.weightsManifest)) return json.weightsManifest;
  if (Array.isArray(json) && json.length > 0 && json.every((g) => isObject(g) && Array.isArray(g.paths))) return json;
  return undefined;
}

function parseQuantization(q: unknown, dtype: TfjsWeight['dtype'], where: string, name: string): TfjsQuantization {
  if (!isObject(q)) fail(`${where}: 'quantization' is not an object`, name);
  const qd = q.dtype;
  if (qd === 'float16') {
    if (dtype !== 'float32') fail(`${where}: float16 quantization only applies to float32 weights, not ${dtype}`, name);
    return { dtype: qd, scale: 1, min: 0 };
  }
  if (qd !== 'uint8' && qd !== 'uint16') {
    fail(
      `${where}: ${qd === undefined ? 'quantization has no dtype' : `unknown quantization dtype ${JSON.stringify(qd)}`} (uint8, uint16, float16 are known)`,
      name,
    );
  }
  if (dtype === 'bool') fail(`${where}: a bool weight cannot be quantized`, name);
  const { scale, min } = q;
  if (typeof scale !== 'number' || typeof min !== 'number' || !Number.isFinite(scale) || !Number.isFinite(min)) {
    fail(`${where}: ${qd} quantization needs finite numbers 'scale' and 'min'`, name);
  }
  return { dtype: qd, scale, min };
}

function parseWeight(w: unknown, group: number, offset: number, where: string): TfjsWeight {
  if (!isObject(w) || typeof w.name !== 'string') fail(`${where}: a weight entry has no string 'name'`);
  const name = w.name;
  const at = `${where}, weight '${name}'`;
  const dtype = w.dtype;
  if (dtype === 'string' || dtype === 'complex64') fail(`${at}: ${dtype} weights are not supported`, name);
  if (dtype === undefined) fail(`${at}: 'dtype' is missing (float32, int32, bool are known)`, name);
  if (dtype !== 'float32' && dtype !== 'int32' && dtype !== 'bool') {
    fail(`${at}: unsupported dtype ${JSON.stringify(dtype)} (float32, int32, bool are known)`, name);
  }
  if (!Array.isArray(w.shape)) fail(`${at}: 'shape' is missing or not a list`, name);
  const shape = checkShape(w.shape, 'tfjs', at);
  const quantization = w.quantization === undefined ? undefined : parseQuantization(w.quantization, dtype, at, name);
  const size = quantization === undefined ? DTYPE_SIZE[dtype] : QUANT_SIZE[quantization.dtype];
  return { name, shape, dtype, quantization, group, offset, byteLength: numElements(shape) * size };
}

/** Checks a manifest (groups of {paths, weights}) and computes every weight's byte range. */
export function planTfjs(manifest: unknown[]): TfjsPlan {
  const groups: string[][] = [];
  const weights: TfjsWeight[] = [];
  const names = new Set<string>();
  manifest.forEach((g, gi) => {
    const where = `weightsManifest group ${gi + 1}`;
    if (!isObject(g)) fail(`${where} is not an object`);
    const { paths, weights: ws } = g;
    if (!Array.isArray(paths) || !paths.every((p) => typeof p === 'string' && p !== '')) {
      fail(`${where}: 'paths' must be a list of shard file names`);
    }
    if (!Array.isArray(ws)) fail(`${where}: 'weights' must be a list`);
    if (paths.length === 0 && ws.length > 0) fail(`${where}: has weights but no shard paths`);
    groups.push(paths as string[]);
    let offset = 0;
    for (const w of ws) {
      const weight = parseWeight(w, gi, offset, where);
      if (names.has(weight.name)) fail(`weight name '${weight.name}' appears twice in the manifest`, weight.name);
      names.add(weight.name);
      weights.push(weight);
      offset += weight.byteLength;
    }
  });
  return { groups, weights };
}
