/** CSV / TSV / semicolon / whitespace-separated numbers → [rows, cols] when rectangular (numpy.loadtxt-like), else 1-D. */
import { TensorFileError } from './errors';
import { MAX_ELEMENTS } from './shape';
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

/** Parses delimited numbers; '#' starts a comment, blank lines are skipped, a first all-text row is a header. */
export function parseDelimited(text: string): DelimitedTable {
  const values: number[] = [];
  const rows: number[] = [];
  let headerSeen = false;
  let mode: ReturnType<typeof splitter> | undefined;
  const lines = text.split(/\r\n|\n|\r/);
  for (let li = 0; li < lines.length; li++) {
    const hash = lines[li].indexOf('#');
    const line = (hash >= 0 ? lines[li].slice(0, hash) : lines[li]).trim();
    if (line === '') continue;
    mode ??= splitter(line);
    const fields = mode.split(line);
    const nums = fields.map(parseNumberToken);
    const allText = nums.every((v) => v === undefined) && fields.every((f) => f !== '');
    if (rows.length === 0 && !headerSeen && allText) {
      headerSeen = true; // column names
      continue;
    }
    const bad = nums.findIndex((v) => v === undefined);
    if (bad >= 0) {
      const f = fields[bad];
      const what = f === '' ? 'is empty' : `${JSON.stringify(f.slice(0, 20))} is not a number`;
      throw new TensorFileError('text', `line ${li + 1}, field ${bad + 1} ${what}`);
    }
    if (values.length + nums.length > MAX_ELEMENTS) throw new TensorFileError('text', 'more than 2^31 numbers');
    for (const v of nums) values.push(v as number);
    rows.push(nums.length);
  }
  if (values.length === 0 || mode === undefined) throw new TensorFileError('text', 'no numbers found');
  const data = Float32Array.from(values);
  const cols = rows[0];
  if (rows.every((n) => n === cols)) {
    const shape = rows.length === 1 ? [cols] : cols === 1 ? [rows.length] : [rows.length, cols];
    return { shape, data, layout: mode.layout, note: undefined };
  }
  const sample = rows.slice(0, 5).join(', ');
  return {
    shape: [values.length],
    data,
    layout: mode.layout,
    note: `rows have different lengths (${sample}${rows.length > 5 ? ', …' : ''}): read as one 1-D list of ${values.length} numbers`,
  };
}
