/** openFiles: detects each file's format from its content (and name), pairs tfjs model.json with its shards and ONNX models with their external data, merges. */
import { readRange } from './blobRead';
import { guarded, TensorFileError } from './errors';
import { mergeSources, type FileSource } from './merge';
import { openNpy } from './npySource';
import { openNpz } from './npz';
import { openOnnx } from './onnx';
import { openGguf } from './gguf/source';
import { refuseHdf5, refusePytorch, refuseTflite } from './refusals';
import { openSafetensors } from './safetensors';
import { indexShards, isShardIndex, missingShards } from './safetensorsIndex';
import { formatShape, numElements } from './shape';
import { extension, sniff, type FileKind } from './sniff';
import { delimitedSource, jsonDataSource, parseJsonText, readText } from './textSource';
import type { NamedBlob } from './namedBlob';
import { openTfjs } from './tfjs';
import { manifestOf } from './tfjsManifest';
import type { OpenProgress, TensorSource } from './types';

/** Bytes read from each file's start to detect its format. */
const SNIFF_BYTES = 4096;

interface Classified<K extends FileKind = FileKind> {
  nb: NamedBlob;
  kind: K;
  /** Parsed JSON, for kind 'json'. */
  json?: unknown;
  /** Why the JSON did not parse; raised only if the file turns out not to be a tfjs shard. */
  jsonError?: unknown;
}

/** The file name without its last extension, used as the tensor name of single-tensor files. */
function stem(name: string): string {
  const ext = extension(name);
  return ext === '' ? name : name.slice(0, -(ext.length + 1));
}

async function classify(nb: NamedBlob): Promise<Classified> {
  const head = await readRange(nb.blob, 0, Math.min(nb.blob.size, SNIFF_BYTES), 'unknown');
  const kind = sniff(head, nb.name);
  if (kind !== 'json') return { nb, kind };
  try {
    return { nb, kind, json: parseJsonText(await readText(nb.blob, 'json')) };
  } catch (err) {
    return { nb, kind, jsonError: err };
  }
}

/** Opens one file that is neither an ONNX model nor a companion (tfjs shard, ONNX external data) of another file. */
async function openOne(c: Classified<Exclude<FileKind, 'onnx'>>, onProgress: OpenProgress): Promise<TensorSource> {
  const { nb } = c;
  switch (c.kind) {
    case 'npy':
      return openNpy(nb.blob, stem(nb.name));
    case 'zip':
      return openNpz(nb.blob, onProgress);
    case 'safetensors':
      return openSafetensors(nb.blob);
    case 'pickle':
    case 'pytorch':
      return refusePytorch();
    case 'gguf':
      return openGguf(nb.blob);
    case 'hdf5':
      return refuseHdf5();
    case 'tflite':
      return refuseTflite();
    case 'json':
      if (c.jsonError !== undefined) throw c.jsonError;
      if (isShardIndex(c.json)) {
        const shards = indexShards(c.json).join(', ');
        throw new TensorFileError(
          'json',
          `this is the index of a sharded safetensors model: select the shard files it lists with it (${shards})`,
        );
      }
      return jsonDataSource(c.json, stem(nb.name));
    case 'text':
      return delimitedSource(await readText(nb.blob, 'text'), stem(nb.name));
    case 'binary': {
      const hint = extension(nb.name) === 'bin' ? ' If it is a tfjs weight shard, select its model.json too.' : '';
      throw new TensorFileError(
        'unknown',
        `unrecognised file format.${hint} Supported: .npy, .npz, .safetensors, .gguf, .onnx (+ external data), tfjs model.json + .bin shards, CSV/TSV/JSON numbers`,
      );
    }
  }
}

/** Routes read() and blockScales() errors through TensorFileError with the file name. */
function withFileErrors(file: string, s: TensorSource): TensorSource {
  const { blockScales } = s;
  return {
    ...s,
    read: (name) => guarded(s.format, file, () => s.read(name)),
    ...(blockScales === undefined ? {} : { blockScales: (name: string) => guarded(s.format, file, () => blockScales(name)) }),
  };
}

/**
 * Opens the selected files as one source; throws TensorFileError naming the file at fault. `onProgress` hears
 * about the long steps (sniffing many files, listing zip members, resolving shards) and may throw to stop.
 */
export function openFiles(files: File[], onProgress: OpenProgress = () => undefined): Promise<TensorSource> {
  return guarded('unknown', undefined, () => openAll(files, onProgress));
}

async function openAll(files: File[], onProgress: OpenProgress): Promise<TensorSource> {
  if (files.length === 0) throw new TensorFileError('unknown', 'no files selected');
  const named: NamedBlob[] = files.map((f) => ({ name: f.name, blob: f }));
  const classified: Classified[] = [];
  for (const nb of named) {
    classified.push(await guarded('unknown', nb.name, () => classify(nb)));
    await onProgress('files', classified.length, named.length);
  }
  const parts: FileSource[] = [];
  const shards = new Set<NamedBlob>();
  for (const c of classified) {
    if (c.kind !== 'json' || manifestOf(c.json) === undefined) continue;
    const { source, shards: used } = await guarded('tfjs', c.nb.name, () => openTfjs(c.json, named, onProgress));
    used.forEach((s) => shards.add(s));
    parts.push({ file: c.nb.name, source: withFileErrors(c.nb.name, source) });
  }
  for (const c of classified) {
    if (c.kind !== 'onnx') continue;
    const { source, dataFiles } = await guarded('onnx', c.nb.name, () => openOnnx(c.nb, named));
    dataFiles.forEach((f) => shards.add(f));
    parts.push({ file: c.nb.name, source: withFileErrors(c.nb.name, source) });
  }
  const rest = classified.filter(
    (c): c is Classified<Exclude<FileKind, 'onnx'>> =>
      c.kind !== 'onnx' && !shards.has(c.nb) && !(c.kind === 'json' && manifestOf(c.json) !== undefined),
  );
  const missing: string[] = [];
  for (const c of rest) {
    if (c.kind === 'json' && isShardIndex(c.json) && classified.length > 1) {
      // the shards carry the tensors; the index only tells which of them were not selected
      for (const f of await guarded('json', c.nb.name, async () => missingShards(c.json, named))) if (!missing.includes(f)) missing.push(f);
      continue;
    }
    const source = await guarded(c.kind, c.nb.name, () => openOne(c, onProgress));
    parts.push({ file: c.nb.name, source: withFileErrors(c.nb.name, source) });
  }
  if (parts.length === 0) {
    const listed = missing.length > 0 ? ` (${missing.join(', ')})` : '';
    throw new TensorFileError('json', `only index files were selected: select the files they list${listed}`);
  }
  const merged = mergeSources(parts);
  const opened = missing.length > 0 ? { ...merged, missing } : merged;
  return guarded(merged.format, files.length === 1 ? files[0].name : undefined, async () => refuseIfNothing(opened));
}

/** Throws when no listed tensor has any element. */
function refuseIfNothing(s: TensorSource): TensorSource {
  if (s.tensors.length === 0) throw new TensorFileError(s.format, 'contains no tensors');
  if (s.tensors.every((t) => numElements(t.shape) === 0)) {
    const t = s.tensors[0];
    const which = s.tensors.length === 1 ? `tensor '${t.name}' has shape ${formatShape(t.shape)}` : 'every tensor is empty';
    throw new TensorFileError(s.format, `${which}: 0 elements — nothing to quantize`);
  }
  return s;
}
