/** A selected file as a name plus a Blob, and finding a companion file (shard, external data) among the selection. */

/** A named blob, as File is; tests may pass plain objects. */
export interface NamedBlob {
  name: string;
  blob: Blob;
}

/** Index of the selection by name, so that looking up each of many shards stays O(1). */
const indexes = new WeakMap<readonly NamedBlob[], { exact: Map<string, NamedBlob>; folded: Map<string, NamedBlob> }>();

function indexOf(files: readonly NamedBlob[]): { exact: Map<string, NamedBlob>; folded: Map<string, NamedBlob> } {
  let index = indexes.get(files);
  if (index === undefined) {
    index = { exact: new Map(), folded: new Map() };
    for (const f of files) {
      if (!index.exact.has(f.name)) index.exact.set(f.name, f);
      const low = f.name.toLowerCase();
      if (!index.folded.has(low)) index.folded.set(low, f);
    }
    indexes.set(files, index);
  }
  return index;
}

/** The file called `name` among `files`: an exact match, else a case-insensitive one, else undefined. */
export function findNamed<T extends NamedBlob>(files: readonly T[], name: string): T | undefined {
  const { exact, folded } = indexOf(files);
  return (exact.get(name) ?? folded.get(name.toLowerCase())) as T | undefined;
}
