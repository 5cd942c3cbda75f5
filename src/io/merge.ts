/** Combines the sources of several files into one (e.g. sharded safetensors, or many .npy files). */
import { TensorFileError } from './errors';
import type { TensorSource } from './types';

/** A source and the file it came from. */
export interface FileSource {
  file: string;
  source: TensorSource;
}

/** One source over all `parts`; names stay as they are unless two collide, then all become 'file:name'. */
export function mergeSources(parts: FileSource[]): TensorSource {
  if (parts.length === 1) return parts[0].source;
  const all = parts.flatMap((p) => p.source.tensors.map((t) => t.name));
  const prefix = new Set(all).size !== all.length;
  const route = new Map<string, { part: FileSource; name: string }>();
  const tensors = parts.flatMap((part) =>
    part.source.tensors.map((t) => {
      const name = prefix ? `${part.file}:${t.name}` : t.name;
      if (route.has(name)) throw new TensorFileError('multiple', `two selected files are both named '${part.file}'`);
      route.set(name, { part, name: t.name });
      return { ...t, name };
    }),
  );
  const find = (name: string) => {
    const r = route.get(name);
    if (r === undefined) throw new TensorFileError('multiple', `no tensor named '${name}'`, { tensor: name });
    return r;
  };
  const withMeta = parts.filter((p) => p.source.metadata !== undefined);
  const metadata: Record<string, string> = {};
  for (const p of withMeta) {
    for (const [k, v] of Object.entries(p.source.metadata ?? {})) metadata[withMeta.length > 1 ? `${p.file}: ${k}` : k] = v;
  }
  const formats = new Set(parts.map((p) => p.source.format));
  return {
    format: formats.size === 1 ? parts[0].source.format : 'multiple',
    tensors,
    async read(name) {
      const r = find(name);
      const t = await r.part.source.read(r.name);
      return { ...t, name };
    },
    async stream(name, onChunk, chunkBytes) {
      const r = find(name);
      const { stream } = r.part.source;
      if (stream) await stream(r.name, onChunk, chunkBytes);
      else {
        const t = await r.part.source.read(r.name); // a format without byte ranges: one chunk
        await onChunk(t.data, t.data.byteLength, t.data.byteLength);
      }
    },
    async blockScales(name) {
      const r = find(name);
      return r.part.source.blockScales?.(r.name);
    },
    ...(withMeta.length > 0 ? { metadata } : {}),
  };
}
