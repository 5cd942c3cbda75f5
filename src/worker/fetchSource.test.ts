import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchWithCompanions } from './fetchSource';

const APP = 'https://quantscope.example/';
const dir = 'tests/fixtures/io/tfjs_sharded';

/** A fetch that answers from `files` (by URL), 404 for anything else, recording what it was asked. */
function serve(files: Record<string, Uint8Array | string>) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: URL) => {
    asked.push(url.href);
    const body = files[url.href];
    if (body === undefined) return new Response(null, { status: 404, statusText: 'Not Found' });
    const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
    return new Response(new Blob([bytes as BlobPart]), { status: 200, headers: { 'content-length': String(bytes.byteLength) } });
  });
  return asked;
}

afterEach(() => void vi.unstubAllGlobals());

describe('fetchWithCompanions', () => {
  it("fetches a model.json's shards from beside it, each once, and reports all bytes as one download", async () => {
    const at = 'https://cdn.example/m/';
    const shards = ['g1-shard1of2.bin', 'g1-shard2of2.bin', 'g2-shard1of1.bin'];
    const asked = serve({
      [`${at}model.json`]: readFileSync(`${dir}/model.json`),
      ...Object.fromEntries(shards.map((s) => [`${at}${s}`, readFileSync(`${dir}/${s}`)])),
    });
    const progress: [number, number][] = [];
    const files = await fetchWithCompanions([`${at}model.json`], APP, (d, t) => progress.push([d, t]));
    expect(files.map((f) => f.name)).toEqual(['model.json', ...shards]);
    expect(asked).toEqual([`${at}model.json`, ...shards.map((s) => `${at}${s}`)]);
    const total = files.reduce((n, f) => n + f.size, 0);
    expect(progress.at(-1)).toEqual([total, total]);
  });

  it('fetches nothing more for a file that names no shards', async () => {
    const asked = serve({ 'https://cdn.example/w.npy': new Uint8Array(8) });
    expect((await fetchWithCompanions(['https://cdn.example/w.npy'], APP)).length).toBe(1);
    expect(asked.length).toBe(1);
  });

  it('refuses a shard on another server, and says which file is missing when the server has no shard', async () => {
    const json = (path: string) =>
      JSON.stringify({ weightsManifest: [{ paths: [path], weights: [{ name: 'w', shape: [1], dtype: 'float32' }] }] });
    serve({ 'https://cdn.example/a/model.json': json('https://evil.example/w.bin') });
    await expect(fetchWithCompanions(['https://cdn.example/a/model.json'], APP)).rejects.toThrow('on another server (evil.example)');
    serve({ 'https://cdn.example/a/model.json': json('w.bin') });
    await expect(fetchWithCompanions(['https://cdn.example/a/model.json'], APP)).rejects.toThrow('404 Not Found for w.bin');
  });
});
