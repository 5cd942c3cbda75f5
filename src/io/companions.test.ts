import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { companionPaths } from './companions';

const io = 'tests/fixtures/io';
const blob = (text: string) => new Blob([text]);

describe('companionPaths', () => {
  it("lists a tfjs model.json's shard paths as written, group by group", async () => {
    const json = readFileSync(`${io}/tfjs_sharded/model.json`);
    expect(await companionPaths(new Blob([json]), 'model.json')).toEqual(['./g1-shard1of2.bin', 'g1-shard2of2.bin', 'g2-shard1of1.bin']);
  });
  it('lists the shard files of a safetensors index once each', async () => {
    const index = JSON.stringify({ weight_map: { a: 'm-1.safetensors', b: 'm-2.safetensors', c: 'm-1.safetensors' } });
    expect(await companionPaths(blob(index), 'model.safetensors.index.json')).toEqual(['m-1.safetensors', 'm-2.safetensors']);
  });
  it('names nothing for other JSON, broken JSON and files that are not JSON', async () => {
    expect(await companionPaths(blob('[1, 2, 3]'), 'numbers.json')).toEqual([]);
    expect(await companionPaths(blob('{"weightsManifest": ['), 'model.json')).toEqual([]);
    expect(await companionPaths(blob('{"weightsManifest": [{"paths": ["a.bin"]}]}'), 'model.bin')).toEqual([]);
  });
});
