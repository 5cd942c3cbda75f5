/**
 * Downloads the files of a URL source together with the files a fetched model.json or shard index names beside it
 * (its weight shards, resolved relative to its address as tfjs does), reporting the bytes of every download as one.
 */
import { companionPaths } from '../io/companions';
import { formatBytes } from '../io/budget';
import { DOWNLOAD_BUDGET, fetchFile, type DownloadProgress } from './fetchFile';

/** Most shard files one model.json or index may bring along. */
const MAX_COMPANIONS = 1024;

const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);

/**
 * Fetches `urls` (resolved against `base`, the app's address), then the shards each fetched JSON names: only from the
 * JSON's own server (the one the user agreed to), at most DOWNLOAD_BUDGET bytes in all. Throws an Error that says what
 * went wrong; `onProgress` gets the bytes so far and the expected total (0 while unknown) and may throw to stop.
 */
export async function fetchWithCompanions(urls: string[], base: string, onProgress: DownloadProgress = () => undefined): Promise<File[]> {
  const done: number[] = [];
  const totals: number[] = [];
  const fetchAll = (list: string[]) => {
    const first = done.length;
    done.push(...list.map(() => 0));
    totals.push(...list.map(() => 0));
    return Promise.all(
      list.map((u, k) =>
        fetchFile(u, base, (bytes, total) => {
          [done[first + k], totals[first + k]] = [bytes, total];
          const all = sum(done);
          if (all > DOWNLOAD_BUDGET) {
            throw new Error(`these files together are more than the ${formatBytes(DOWNLOAD_BUDGET)} a download may bring into this tab`);
          }
          onProgress(all, totals.every((t) => t > 0) ? sum(totals) : 0);
        }),
      ),
    );
  };
  const files = await fetchAll(urls);
  const wanted = new Set(urls.map((u) => new URL(u, base).href));
  const more: string[] = [];
  for (const [i, file] of files.entries()) {
    const at = new URL(urls[i], base);
    for (const path of await companionPaths(file, file.name)) {
      const url = new URL(path, at);
      if (url.origin !== at.origin) {
        throw new Error(`${file.name} names '${path}' on another server (${url.host}); only files beside it on ${at.host} are fetched`);
      }
      if (!wanted.has(url.href)) more.push(url.href);
      wanted.add(url.href);
    }
  }
  if (more.length > MAX_COMPANIONS) throw new Error(`the model names ${more.length} shard files; at most ${MAX_COMPANIONS} are fetched`);
  return [...files, ...(await fetchAll(more))];
}
