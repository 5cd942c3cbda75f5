/** Text files as sources: delimited numbers, a JSON array of numbers, or a JSON object of named arrays. */
import { readRange } from './blobRead';
import { parseDelimited } from './delimited';
import { TensorFileError } from './errors';
import { describeJsonError } from './jsonError';
import { firstDuplicate, topLevelKeys } from './jsonKeys';
import { JsonNumbers, parseJsonNumbers } from './jsonNumbers';
import { scanJson } from './jsonScan';
import { nestedToTensor } from './nested';
import type { LoadedTensor, TensorSource } from './types';

/** Largest text file read, bytes (a JS string cannot be much longer). */
export const MAX_TEXT_BYTES = 256 << 20;

/** The file's text (UTF-8, BOM removed); refuses files over MAX_TEXT_BYTES. */
export async function readText(file: Blob, format: string): Promise<string> {
  if (file.size > MAX_TEXT_BYTES) {
    throw new TensorFileError(format, `text file of ${file.size} bytes is too large (limit ${MAX_TEXT_BYTES}); save it as .npy`);
  }
  const text = new TextDecoder('utf-8').decode(await readRange(file, 0, file.size, format));
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A source over tensors already in memory; read() hands out copies. */
export function memorySource(format: string, tensors: LoadedTensor[], metadata?: Record<string, string>): TensorSource {
  return {
    format,
    tensors: tensors.map(({ name, dtype, shape }) => ({ name, dtype, shape })),
    async read(name) {
      const t = tensors.find((x) => x.name === name);
      if (t === undefined) throw new TensorFileError(format, `no tensor named '${name}'`, { tensor: name });
      return { ...t, shape: [...t.shape], data: t.data.slice() };
    },
    ...(metadata === undefined ? {} : { metadata }),
  };
}

/** Delimited numbers (CSV/TSV/whitespace) as one tensor named `name`. */
export function delimitedSource(text: string, name: string): TensorSource {
  const t = parseDelimited(text);
  const metadata: Record<string, string> = { layout: t.layout };
  if (t.note !== undefined) metadata.note = t.note;
  return memorySource('text', [{ name, dtype: 'float64', shape: t.shape, data: t.data }], metadata);
}

/** A parsed JSON value holding numbers: an array (one tensor `name`) or an object of arrays (one tensor each). */
export function jsonDataSource(value: unknown, name: string): TensorSource {
  if (value instanceof JsonNumbers) return memorySource('json', [{ name, dtype: 'float64', shape: value.shape, data: value.data }]);
  if (typeof value !== 'object' || value === null) throw new TensorFileError('json', 'JSON holds no array of numbers');
  const tensors: LoadedTensor[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (!Array.isArray(v)) continue;
    const { shape, data } = nestedToTensor(v, `JSON key '${key}'`, 'json');
    tensors.push({ name: key, dtype: 'float64', shape, data });
  }
  if (tensors.length === 0) {
    throw new TensorFileError('json', 'JSON object has no arrays of numbers (and no tfjs weightsManifest)');
  }
  return memorySource('json', tensors);
}

/** Bounds on JSON read with JSON.parse (objects: model.json, objects of arrays); arrays of numbers have their own parser. */
const JSON_BOUNDS = {
  maxDepth: 256,
  maxArray: 1 << 22,
  maxValues: 1 << 22,
  what: 'the JSON',
  advice: 'an object is read whole, so save large tensors as a top-level JSON array of numbers, .npy or CSV',
};

/**
 * Parses JSON text: a leading '[' not followed by '{' uses the numeric parser (accepts NaN/Infinity; gives
 * JsonNumbers), else JSON.parse after a scan that refuses deep nesting and huge sizes.
 */
export function parseJsonText(text: string): unknown {
  const t = text.trimStart();
  if (t.startsWith('[') && !/^\[\s*\{/.test(t)) return parseJsonNumbers(text);
  scanJson(text, 'json', JSON_BOUNDS);
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (err) {
    throw new TensorFileError('json', `not valid JSON ${describeJsonError(err)}`);
  }
  const dup = typeof value === 'object' && value !== null ? firstDuplicate(topLevelKeys(text)) : undefined;
  if (dup !== undefined) throw new TensorFileError('json', `the JSON object has the key '${dup}' twice`);
  return value;
}
