import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchFile } from './fetchFile';

const APP = 'https://quantscope.example/';

/** A fetch that answers with `chunks` (and the given headers), recording what it was asked. */
function serve(chunks: Uint8Array[], headers: Record<string, string> = {}) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: URL) => {
    asked.push(url.href);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (const x of chunks) c.enqueue(x);
        c.close();
      },
    });
    return new Response(body, { status: 200, headers });
  });
  return asked;
}

afterEach(() => void vi.unstubAllGlobals());

describe('fetchFile', () => {
  it('refuses loopback, private and link-local hosts without contacting them', async () => {
    const asked = serve([new Uint8Array(4)]);
    for (const href of ['http://127.0.0.1:9200/w.npy', 'http://169.254.169.254/latest', 'http://[::1]/w.npy', 'http://router.local/x']) {
      await expect(fetchFile(href, APP)).rejects.toThrow('an address on your own computer or local network');
    }
    expect(asked).toEqual([]);
  });

  it('allows them when the app itself is served from such an address', async () => {
    serve([new Uint8Array(4)]);
    expect((await fetchFile('http://127.0.0.1:9200/w.npy', 'http://localhost:5173/')).size).toBe(4);
  });

  it('refuses a declared size over the budget before reading the body', async () => {
    serve([new Uint8Array(4)], { 'content-length': String(2 ** 40) });
    await expect(fetchFile('https://cdn.example/w.npy', APP, undefined, 1000)).rejects.toThrow(
      'w.npy from cdn.example is 1.0 TiB, more than the 1000 B a download may bring',
    );
  });

  it('stops an endless or understated body at the budget, counting decoded bytes', async () => {
    serve(
      Array.from({ length: 10 }, () => new Uint8Array(300)),
      { 'content-length': '249' },
    );
    const seen: [number, number][] = [];
    await expect(fetchFile('https://cdn.example/w.npy', APP, (d, t) => void seen.push([d, t]), 1000)).rejects.toThrow(
      'is more than 1000 B',
    );
    expect(seen).toEqual([
      [300, 0],
      [600, 0],
      [900, 0],
    ]);
  });

  it('reports progress against Content-Length while the body matches it', async () => {
    serve([new Uint8Array(100), new Uint8Array(50)], { 'content-length': '150' });
    const seen: [number, number][] = [];
    const f = await fetchFile('https://cdn.example/dir/w%20x.npy', APP, (d, t) => void seen.push([d, t]));
    expect(f.name).toBe('w x.npy');
    expect(seen).toEqual([
      [100, 150],
      [150, 150],
    ]);
  });
});
