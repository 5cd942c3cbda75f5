/**
 * `npm run overview -- FILE… --json OUT`: every tensor's overview statistics as one JSON document (format in the
 * README; a contract). Files are opened as the app opens them (sharded safetensors with their index, tfjs
 * model.json with its shards …) and every tensor is read once, in chunks. Progress goes to stderr.
 */
import { openAsBlob } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { openFiles } from '../io';
import { hasStats, scanTensor, tensorHeads } from '../overview';
import { overviewDocument, toJson } from '../overview/report';

/** Parsed command line: input files and the output path ('-' for stdout). */
function parseArgs(argv: string[]): { files: string[]; out: string } {
  const files: string[] = [];
  let out = '-';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') out = argv[++i] ?? '';
    else files.push(argv[i]);
  }
  if (files.length === 0 || out === '') {
    throw new Error('usage: npm run overview -- FILE… [--json OUT.json]   (OUT "-" or absent: standard output)');
  }
  return { files, out };
}

async function main(): Promise<void> {
  const { files, out } = parseArgs(process.argv.slice(2));
  const opened = await Promise.all(files.map(async (f) => new File([await openAsBlob(f)], basename(f))));
  const source = await openFiles(opened);
  const t0 = performance.now();
  const rows = [];
  const heads = tensorHeads(source);
  for (const head of heads) {
    const row = await scanTensor(source, head);
    rows.push(row);
    const what = hasStats(row) ? `${row.params} values` : `error: ${row.error}`;
    process.stderr.write(`[${rows.length}/${heads.length}] ${head.name}: ${what}\n`);
  }
  const doc = overviewDocument({ files: opened.map((f) => f.name), format: source.format, missing: source.missing ?? [] }, rows);
  const text = `${toJson(doc)}\n`;
  if (out === '-') process.stdout.write(text);
  else await writeFile(out, text);
  process.stderr.write(`${rows.length} tensors in ${((performance.now() - t0) / 1000).toFixed(2)} s${out === '-' ? '' : ` → ${out}`}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
