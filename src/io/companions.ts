/** The files a fetched JSON names beside itself: a tfjs model.json's weight shards, a safetensors index's shard files. */
import { planTfjs, manifestOf } from './tfjsManifest';
import { indexShards, isShardIndex } from './safetensorsIndex';
import { parseJsonText, readText } from './textSource';

/**
 * Paths (as written, relative to the JSON file) of the files `file` needs beside it, without repeats; empty for a file
 * that is not a tfjs model.json / weights manifest or a shard index, and for one that does not parse (opening it
 * reports why).
 */
export async function companionPaths(file: Blob, name: string): Promise<string[]> {
  if (!name.toLowerCase().endsWith('.json')) return [];
  try {
    const json = parseJsonText(await readText(file, 'json'));
    const manifest = manifestOf(json);
    if (manifest) return [...new Set(planTfjs(manifest).groups.flat())];
    return isShardIndex(json) ? indexShards(json) : [];
  } catch {
    return [];
  }
}
