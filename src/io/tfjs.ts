/** tfjs model.json + .bin shards: matches shards by basename, reads a weight's bytes across shard boundaries. */
import { readRange } from './blobRead';
import { checkTensorBudget } from './budget';
import { TensorFileError } from './errors';
import { findNamed, type NamedBlob } from './namedBlob';
import { numElements, refuseEmpty } from './shape';
import { decodeTfjsWeight, tfjsDtypeLabel } from './tfjsDecode';
import { manifestOf, planTfjs, type TfjsWeight } from './tfjsManifest';
import type { OpenProgress, TensorSource } from './types';

/** Last path component of a manifest path ('./w/group1-shard1of2.bin' → 'group1-shard1of2.bin'), URL-decoded. */
export function basename(path: string): string {
  const last = path.split(/[\\/]/).pop() ?? path;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Reads bytes [start, start + length) of the concatenation of `shards`. */
async function readSpan(shards: NamedBlob[], start: number, length: number): Promise<Uint8Array> {
  const out = new Uint8Array(length);
  let base = 0;
  for (const s of shards) {
    const lo = Math.max(start, base);
    const hi = Math.min(start + length, base + s.blob.size);
    if (lo < hi) out.set(await readRange(s.blob, lo - base, hi - base, 'tfjs'), lo - start);
    base += s.blob.size;
  }
  return out;
}

const METADATA_KEYS = ['format', 'generatedBy', 'convertedBy'];

/** Opens a parsed model.json (or weights_manifest.json) with its shards found among `files` by basename. */
export async function openTfjs(
  json: unknown,
  files: NamedBlob[],
  onProgress: OpenProgress = () => undefined,
): Promise<{ source: TensorSource; shards: Set<NamedBlob> }> {
  const manifest = manifestOf(json);
  if (manifest === undefined) throw new TensorFileError('tfjs', "the JSON has no 'weightsManifest'");
  const plan = planTfjs(manifest);
  if (plan.weights.length === 0) throw new TensorFileError('tfjs', 'the weightsManifest lists no weights');
  const used = new Set<NamedBlob>();
  const totalPaths = plan.groups.reduce((n, g) => n + g.length, 0);
  const need = new Array<number>(plan.groups.length).fill(0);
  for (const w of plan.weights) need[w.group] += w.byteLength;
  let resolved = 0;
  const groups: NamedBlob[][] = [];
  for (const [gi, paths] of plan.groups.entries()) {
    const shards: NamedBlob[] = [];
    for (const p of paths) {
      if (++resolved % 1024 === 0) await onProgress('shards', resolved, totalPaths);
      const want = basename(p);
      const f = findNamed(files, want);
      if (f === undefined) {
        throw new TensorFileError(
          'tfjs',
          `weight shard '${want}' (group ${gi + 1}) is missing: select it together with the model.json and its other shard files`,
        );
      }
      used.add(f);
      shards.push(f);
    }
    const have = shards.reduce((s, f) => s + f.blob.size, 0);
    if (have < need[gi]) {
      const names = shards.length > 4 ? `${shards.length} shards` : `the shards ${shards.map((s) => `'${s.name}'`).join(' + ')}`;
      throw new TensorFileError(
        'tfjs',
        `group ${gi + 1}: its weights need ${need[gi]} bytes, but ${names} hold ${have} bytes (truncated or wrong shard?)`,
      );
    }
    groups.push(shards);
  }
  const byName = new Map<string, TfjsWeight>(plan.weights.map((w) => [w.name, w]));
  const metadata: Record<string, string> = {};
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    for (const k of METADATA_KEYS) {
      const v = (json as Record<string, unknown>)[k];
      if (typeof v === 'string') metadata[k] = v;
    }
  }
  const source: TensorSource = {
    format: 'tfjs',
    tensors: plan.weights.map((w) => ({ name: w.name, dtype: tfjsDtypeLabel(w), shape: w.shape })),
    async read(name) {
      const w = byName.get(name);
      if (w === undefined) throw new TensorFileError('tfjs', `no weight named '${name}'`, { tensor: name });
      refuseEmpty(w.shape, 'tfjs', `weight '${name}'`);
      checkTensorBudget(w.shape, w.byteLength, 'tfjs', `weight '${name}'`);
      const bytes = await readSpan(groups[w.group], w.offset, w.byteLength);
      const data = decodeTfjsWeight(bytes, w, numElements(w.shape));
      return { name, dtype: tfjsDtypeLabel(w), shape: w.shape, data };
    },
    ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
  };
  return { source, shards: used };
}
