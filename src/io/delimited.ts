/** CSV / TSV / semicolon / whitespace-separated numbers → [rows, cols] when rectangular (numpy.loadtxt-like), else 1-D. */
import { TensorFileError } from './errors';
import { MEMORY_BUDGET } from './budget';
import { FloatBuffer } from './floatBuffer';
import { parseNumberToken } from './textNumber';

/** Parsed numbers: shape [rows, cols]; [n] for a single row or column (as numpy.loadtxt); [total] for ragged rows (see `note`). */
export interface DelimitedTable {
  shape: number[];
  data: Float32Array;
  /** Format label: 'csv', 'tsv', 'ssv' (semicolons) or 'whitespace'. */
  layout: string;
  note: string | undefined;
}

function splitter(line: string): { layout: string; split: (l: string) => string[] } {
  for (const [d, layout] of [
    [',', 'csv'],
    ['\t', 'tsv'],
    [';', 'ssv'],
  ] as const) {
    if (line.includes(d)) return { layout, split: (l) => l.split(d).map((f) => f.trim()) };
  }
  return { layout: 'whitespace', split: (l) => l.split(/\s+/) };
}

/** Longest line accepted, characters (a row of about a million numbers). */
export const MAX_LINE = 1 << 24;

/** Calls `each(line, index)` for every line of `text` (\n, \r\n or \r endings) without splitting the whole text. */
function forEachLine(text: string, each: (line: string, index: number) => void): void {
  let start = 0;
  for (let li = 0; start <= text.length; li++) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    if (end - start > MAX_LINE) {
      throw new TensorFileError('text', `line ${li + 1} has more than ${MAX_LINE} characters: not a table of numbers`);
    }
    each(text.slice(start, end), li);
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

/** Parses delimited numbers; '#' starts a comment, blank lines are skipped, a first all-text row is a header. */
export function parseDelimited(text: string, budget = MEMORY_BUDGET): DelimitedTable {
  const values = new FloatBuffer('text', '', budget);
  const rows: number[] = [];
  let headerSeen = false;
  let mode: ReturnType<typeof splitter> | undefined;
  forEachLine(text, (raw, li) => {
    const hash = raw.indexOf('#');
    const line = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (line === '') return;
    mode ??= splitter(line);
    const fields = mode.split(line);
    const nums = fields.map(parseNumberToken);
    const allText = nums.every((v) => v === undefined) && fields.every((f) => f !== '');
    if (rows.length === 0 && !headerSeen && allText) {
      headerSeen = true; // column names
      return;
    }
    const bad = nums.findIndex((v) => v === undefined);
    if (bad >= 0) {
      const f = fields[bad];
      const what = f === '' ? 'is empty' : `${JSON.stringify(f.slice(0, 20))} is not a number`;
      throw new TensorFileError('text', `line ${li + 1}, field ${bad + 1} ${what}`);
    }
    for (const v of nums) values.push(v as number);
    rows.push(nums.length);
  });
  if (values.length === 0 || mode === undefined) throw new TensorFileError('text', 'no numbers found');
  const layout = (mode as ReturnType<typeof splitter>).layout;
  const data = values.values();
  const cols = rows[0];
  if (rows.every((n) => n === cols)) {
    const shape = rows.length === 1 ? [cols] : cols === 1 ? [rows.length] : [rows.length, cols];
    return { shape, data, layout, note: undefined };
  }
  const sample = rows.slice(0, 5).join(', ');
  return {
    shape: [data.length],
    data,
    layout,
    note: `rows have different lengths (${sample}${rows.length > 5 ? ', …' : ''}): read as one 1-D list of ${data.length} numbers`,
  };
}
