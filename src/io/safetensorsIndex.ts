/** Hugging Face's `model.safetensors.index.json`: which shard file holds each tensor of a sharded model. */
import { TensorFileError } from './errors';
import { findNamed, type NamedBlob } from './namedBlob';

/** True for JSON shaped like a shard index (an object with a `weight_map`). */
export function isShardIndex(json: unknown): boolean {
  return typeof json === 'object' && json !== null && 'weight_map' in json;
}

/** The shard file names an index lists, in first-mention order; throws unless weight_map maps names to file names. */
export function indexShards(json: unknown): string[] {
  const map = (json as { weight_map: unknown }).weight_map;
  if (typeof map !== 'object' || map === null || Array.isArray(map)) {
    throw new TensorFileError('json', "the index's 'weight_map' is not an object of tensor name → shard file");
  }
  const shards = new Set<string>();
  for (const [name, file] of Object.entries(map)) {
    if (typeof file !== 'string' || file === '') throw new TensorFileError('json', `the index maps tensor '${name}' to no file name`);
    shards.add(file);
  }
  return [...shards];
}

/** The shards an index lists that are not among `selected` (matched by name as tfjs shards are). */
export function missingShards(json: unknown, selected: readonly NamedBlob[]): string[] {
  return indexShards(json).filter((f) => findNamed(selected, f.split('/').pop() ?? f) === undefined);
}
