import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const fixtures = 'tests/fixtures/overview/sharded';

describe('npm run overview', () => {
  it('writes the JSON document for a sharded model: settings, every tensor in listing order, missing shards', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'overview-cli-')), 'out.json');
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/overview.ts',
        `${fixtures}/model.safetensors.index.json`,
        `${fixtures}/model-00002-of-00002.safetensors`,
        '--json',
        out,
      ],
      { stdio: 'pipe' },
    );
    const doc = JSON.parse(readFileSync(out, 'utf8')) as {
      quantscopeOverview: number;
      format: string;
      missing: string[];
      tensors: { index: number; name: string; int8ChannelSqnrDb: number | null; estimated: string[] }[];
    };
    expect([doc.quantscopeOverview, doc.format, doc.missing]).toEqual([1, 'safetensors', ['model-00001-of-00002.safetensors']]);
    expect(doc.tensors.map((t) => t.index)).toEqual([0, 1, 2]);
    expect(doc.tensors[0].name).toBe('model.layers.0.mlp.weight');
    expect(doc.tensors[0].int8ChannelSqnrDb).toBeGreaterThan(30);
    expect(doc.tensors[2].int8ChannelSqnrDb).toBeNull(); // a 1-D norm weight has no channels
    expect(doc.tensors[0].estimated).toEqual(['bestCalibrator']);
  }, 60_000);

  it('refuses to run without files, saying how to call it', () => {
    let message = '';
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/overview.ts'], { stdio: 'pipe' });
    } catch (err) {
      message = String((err as { stderr: Buffer }).stderr);
    }
    expect(message).toContain('usage: npm run overview -- FILE…');
  }, 60_000);
});
