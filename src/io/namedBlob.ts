/** A selected file as a name plus a Blob, and finding a companion file (shard, external data) among the selection. */

/** A named blob, as File is; tests may pass plain objects. */
export interface NamedBlob {
  name: string;
  blob: Blob;
}

/** The file called `name` among `files`: an exact match, else a case-insensitive one, else undefined. */
export function findNamed<T extends NamedBlob>(files: readonly T[], name: string): T | undefined {
  return files.find((x) => x.name === name) ?? files.find((x) => x.name.toLowerCase() === name.toLowerCase());
}
