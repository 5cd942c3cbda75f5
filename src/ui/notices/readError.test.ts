import { afterEach, describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { en } from '../../i18n/en';
import { ko } from '../../i18n/ko';
import { openFiles } from '../../io';
import { hasStats, scanSource } from '../../overview';
import { fetchFile } from '../../worker/fetchFile';
import { fetchWithCompanions } from '../../worker/fetchSource';
import { readFileSync } from 'node:fs';
import { MEMORY_BUDGET } from '../../io/budget';
import { asTensorFileError } from '../../io/errors';
import { fileOf, fixtureFile, makeSafetensors, VirtualBlob } from '../../../tests/helpers/io';
import { loadErrorText, readErrorText } from './noticeText';
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
  [
    'pytorch',
    () => messageOf(() => openFiles([fixtureFile('state.pt')])),
    ['state.pt', "safetensors.torch.save_file(model.state_dict(), 'model.safetensors')", "numpy.save('w.npy'"],
  ],
  [
    'hdf5',
    () => messageOf(() => openFiles([fileOf(new Uint8Array([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'w.h5')])),
    ['w.h5', 'tensorflowjs_converter --input_format keras model.h5 out/', 'out/model.json'],
  ],
  [
    'tflite',
    () => messageOf(() => openFiles([fileOf(new Uint8Array([0, 0, 0, 0, 0x54, 0x46, 0x4c, 0x33, 0, 0, 0, 0]), 'm.tflite')])),
    ['m.tflite'],
  ],
  [
    'shardIndex',
    () => messageOf(() => openFiles([overviewFixture('sharded/model.safetensors.index.json')])),
    ['model.safetensors.index.json', 'model-00001-of-00002.safetensors, model-00002-of-00002.safetensors'],
  ],
  [
    'onlyIndex',
    () =>
      messageOf(() =>
        openFiles([
          overviewFixture('sharded/model.safetensors.index.json'),
          fileOf(new TextEncoder().encode('{"weight_map": {}}'), 'b.index.json'),
        ]),
      ),
    [],
  ],
  ['noTensors', () => messageOf(() => openFiles([fixtureFile('tiny.gguf')])), ['tiny.gguf']],
  ['emptyTensor', () => messageOf(() => openFiles([fixtureFile('empty.npy')])), ['empty.npy', "'empty'", '(0, 3)']],
  [
    'externalData',
    () => messageOf(() => openFiles([fixtureFile('onnx/external.onnx')]).then((s) => s.read('conv.weight'))),
    ['external.onnx', "'conv.weight'", "'external.onnx.data'"],
  ],
  [
    'jsonNoNumbers',
    () => messageOf(() => openFiles([fileOf(new TextEncoder().encode('{"vocab_size": 5, "name": "x"}'), 'config.json')])),
    ['config.json', 'weightsManifest'],
  ],
  [
    'invalidJson',
    () => messageOf(() => openFiles([fileOf(new TextEncoder().encode('{"a": [1, 2'), 'x.json')])),
    ['x.json', 'character 11'],
  ],
  [
    'ggufType',
    () =>
      messageOf(() =>
        openFiles([new File([readFileSync(new URL('../../../tests/fixtures/gguf/types.gguf', import.meta.url))], 'types.gguf')]).then((s) =>
          s.read('blk.iq2_xxs.weight'),
        ),
      ),
    ['types.gguf', "'blk.iq2_xxs.weight'", 'IQ2_XXS', 'Q4_0'],
  ],
  [
    'overBudget',
    async () => {
      const n = MEMORY_BUDGET / 4 + 1024;
      const head = makeSafetensors({ w: { dtype: 'F32', shape: [n], data_offsets: [0, n * 4] } }, new Uint8Array(0));
      const file = Object.defineProperty(new VirtualBlob(head, head.length + n * 4), 'name', {
        value: 'big.safetensors',
      }) as unknown as File;
      return messageOf(() => openFiles([file]).then((s) => s.read('w')));
    },
    ['big.safetensors', "'w'", '(67109888,)', '256.0 MiB'],
  ],
  [
    'outOfMemory',
    async () => asTensorFileError(new RangeError('Array buffer allocation failed'), 'npy', 'big.npy').message,
    ['big.npy', 'npy', 'Array buffer allocation failed'],
  ],
];

/** A fixture of tests/fixtures/overview as a File named by its basename. */
function overviewFixture(rel: string): File {
  return new File([readFileSync(new URL(`../../../tests/fixtures/overview/${rel}`, import.meta.url))], rel.split('/').pop() ?? rel);
}

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
  it('tells an overview row’s reason (a tensor’s read error, without the file name) in Korean too', async () => {
    const gguf = new File([readFileSync(new URL('../../../tests/fixtures/gguf/types.gguf', import.meta.url))], 'types.gguf');
    const row = (await scanSource(await openFiles([gguf]))).find((r) => r.name === 'blk.iq2_xxs.weight');
    const message = row && !hasStats(row) ? row.error : '';
    expect(message).toMatch(/^tensor 'blk\.iq2_xxs\.weight' is IQ2_XXS/);
    expect(readErrorText(tKo, message)).toMatch(/^텐서 'blk\.iq2_xxs\.weight'는 IQ2_XXS 형식/);
    expect(readErrorText(tEn, message)).toMatch(/^tensor 'blk\.iq2_xxs\.weight' is stored as IQ2_XXS/);
    expect(readErrorText(tKo, `types.gguf: ${message}`)).toMatch(/^types\.gguf: 텐서 'blk\.iq2_xxs\.weight'는/);
    expect(readErrorText(tKo, 'x.npy: data is 48 bytes')).toBe('x.npy: data is 48 bytes');
  });
  it('passes a message it does not know through unchanged', () => {
    expect(readErrorOf('x.npy: data is 48 bytes, but the header needs 64')).toBeNull();
    expect(loadErrorText(tKo, 'x.npy: data is 48 bytes', false)).toContain('x.npy: data is 48 bytes');
  });
});
