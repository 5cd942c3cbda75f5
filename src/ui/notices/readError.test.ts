import { afterEach, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { en } from '../../i18n/en';
import { ko } from '../../i18n/ko';
import { openFiles } from '../../io';
import { fetchFile } from '../../worker/fetchFile';
import { fetchWithCompanions } from '../../worker/fetchSource';
import { fileOf, fixtureFile } from '../../../tests/helpers/io';
import { loadErrorText } from './noticeText';
import { readErrorOf, type ReadErrorKey } from './readError';

const i18n = i18next.createInstance();
await i18n.init({ resources: { en: { translation: en }, ko: { translation: ko } }, lng: 'en', interpolation: { escapeValue: false } });
const tKo = i18n.getFixedT('ko');
const tEn = i18n.getFixedT('en');
const APP = 'https://quantscope.example/';

/** The message the real code throws. */
const messageOf = (run: () => Promise<unknown>): Promise<string> =>
  run().then(
    () => 'no error',
    (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/\.$/, ''),
  );

/** A fetch that answers every request with `response()`. */
const answer = (response: () => Response | Promise<Response>) => vi.stubGlobal('fetch', async () => response());

afterEach(() => void vi.unstubAllGlobals());

/** [reason, how the real code comes to say it, details the Korean text must keep]. */
const CASES: [ReadErrorKey, () => Promise<string>, string[]][] = [
  ['badUrl', () => messageOf(() => fetchFile('http://[bad', APP)), ['http://[bad']],
  ['protocol', () => messageOf(() => fetchFile('ftp://cdn.example/w.npy', APP)), ['ftp:']],
  ['privateHost', () => messageOf(() => fetchFile('http://192.168.1.5/w.npy', APP)), ['192.168.1.5']],
  [
    'unreachable',
    () => {
      answer(() => Promise.reject(new TypeError('Failed to fetch')));
      return messageOf(() => fetchFile('https://cdn.example/w.npy', APP));
    },
    ['cdn.example', 'CORS'],
  ],
  [
    'status',
    () => {
      answer(() => new Response(null, { status: 404, statusText: 'Not Found' }));
      return messageOf(() => fetchFile('https://cdn.example/w.npy', APP));
    },
    ['cdn.example', '404', 'w.npy'],
  ],
  [
    'webPage',
    () => {
      answer(() => new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } }));
      return messageOf(() => fetchFile('https://cdn.example/w.npy', APP));
    },
    ['https://cdn.example/w.npy'],
  ],
  [
    'tooLarge',
    () => {
      answer(() => new Response('x', { status: 200, headers: { 'content-length': String(2 ** 40) } }));
      return messageOf(() => fetchFile('https://cdn.example/w.npy', APP));
    },
    ['w.npy', 'cdn.example'],
  ],
  [
    'otherServer',
    () => {
      const json = JSON.stringify({ weightsManifest: [{ paths: ['https://evil.example/w.bin'], weights: [] }] });
      answer(() => new Response(json, { status: 200 }));
      return messageOf(() => fetchWithCompanions(['https://cdn.example/model.json'], APP));
    },
    ['model.json', 'evil.example'],
  ],
  ['unknownFormat', () => messageOf(() => openFiles([fileOf(new Uint8Array(64).fill(7), 'blob.dat')])), ['blob.dat']],
  [
    'unknownShard',
    () => messageOf(() => openFiles([fileOf(new Uint8Array(64).fill(7), 'group1-shard1of1.bin')])),
    ['group1-shard1of1.bin'],
  ],
  ['missingShard', () => messageOf(() => openFiles([fixtureFile('tfjs/model.json')])), ['model.json', 'group1-shard1of1.bin']],
  [
    'damaged',
    async () =>
      messageOf(async () => openFiles([fileOf(new Uint8Array(await fixtureFile('f4.npy').arrayBuffer()).slice(0, 20), 'cut.npy')])),
    ['cut.npy', '128 bytes'],
  ],
  ['dtype', () => messageOf(() => openFiles([fixtureFile('complex.npy')])), ['complex.npy', "'<c8'"]],
  ['notNumber', () => messageOf(() => openFiles([fileOf(new TextEncoder().encode('a,b\nc,d\n'), 't.csv')])), ['t.csv', '"c"']],
  ['notKept', async () => 'open a.npy, b.npy again: files from this computer are not kept between visits', ['a.npy, b.npy']],
];

describe('load errors in the user’s language', () => {
  it.each(CASES)('%s: recognised in the real message and told in Korean with its details', async (key, make, details) => {
    const message = await make();
    expect(readErrorOf(message)?.key, message).toBe(key);
    const text = loadErrorText(tKo, message, false);
    expect(text).toMatch(/[가-힣]/);
    expect(text).not.toContain(message);
    for (const d of details) expect(text).toContain(d);
    for (const d of details) expect(loadErrorText(tEn, message, false)).toContain(d);
  });
  it('passes a message it does not know through unchanged', () => {
    expect(readErrorOf('x.npy: data is 48 bytes, but the header needs 64')).toBeNull();
    expect(loadErrorText(tKo, 'x.npy: data is 48 bytes', false)).toContain('x.npy: data is 48 bytes');
  });
});
