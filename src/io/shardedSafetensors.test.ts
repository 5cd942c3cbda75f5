import { describe, expect, it } from 'vitest';
import { openFiles } from './index';
import { bytes, fileOf, fixtureFile, refusal } from '../../tests/helpers/io';

const dir = '../overview/sharded/';
const INDEX = `${dir}model.safetensors.index.json`;
const SHARD1 = `${dir}model-00001-of-00002.safetensors`;
const SHARD2 = `${dir}model-00002-of-00002.safetensors`;

describe('sharded safetensors (Hugging Face index + shards)', () => {
  it('open as one source with every tensor of every shard, and the same values as the single file', async () => {
    const src = await openFiles([fixtureFile(INDEX), fixtureFile(SHARD1), fixtureFile(SHARD2)]);
    const single = await openFiles([fixtureFile('../overview/model.safetensors')]);
    expect(src.format).toBe('safetensors');
    expect(src.missing).toBeUndefined();
    expect(src.tensors.map((t) => t.name).sort()).toEqual(single.tensors.map((t) => t.name).sort());
    for (const t of single.tensors) expect((await src.read(t.name)).data).toEqual((await single.read(t.name)).data);
  });

  it('a missing shard is named, and the tensors of the others still open', async () => {
    const src = await openFiles([fixtureFile(INDEX), fixtureFile(SHARD2)]);
    expect(src.missing).toEqual(['model-00001-of-00002.safetensors']);
    expect(src.tensors.map((t) => t.name)).toEqual(['model.layers.0.mlp.weight', 'model.layers.1.mlp.weight', 'model.norm.weight']);
    expect((await src.read('model.norm.weight')).data.length).toBe(128);
  });

  it('the index alone says which shards to select', async () => {
    const e = await refusal(() => openFiles([fixtureFile(INDEX)]));
    expect(e.message).toContain('model-00001-of-00002.safetensors, model-00002-of-00002.safetensors');
  });

  it('an index whose weight_map is not a map of file names is refused, naming the index', async () => {
    const bad = fileOf(bytes(JSON.stringify({ weight_map: { a: 3 } })), 'model.safetensors.index.json');
    const e = await refusal(() => openFiles([bad, fixtureFile(SHARD2)]));
    expect(e.message).toBe("model.safetensors.index.json: the index maps tensor 'a' to no file name");
  });
});
