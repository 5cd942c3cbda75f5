/** Guesses a file's format from its first bytes, falling back to its extension. */

/** What a file looks like; 'binary' means nothing recognised. */
export type FileKind =
  'npy' | 'zip' | 'safetensors' | 'gguf' | 'pickle' | 'pytorch' | 'hdf5' | 'tflite' | 'onnx' | 'json' | 'text' | 'binary';

const EXTENSIONS: Record<string, FileKind> = {
  npy: 'npy',
  npz: 'zip',
  safetensors: 'safetensors',
  gguf: 'gguf',
  pt: 'pytorch',
  pth: 'pytorch',
  ckpt: 'pytorch',
  h5: 'hdf5',
  hdf5: 'hdf5',
  tflite: 'tflite',
  onnx: 'onnx',
  json: 'json',
  csv: 'text',
  tsv: 'text',
  txt: 'text',
};

/** Lower-case extension without the dot ('' if none). */
export function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function startsWith(b: Uint8Array, bytes: readonly number[], at = 0): boolean {
  return b.length >= at + bytes.length && bytes.every((x, i) => b[at + i] === x);
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

/** True when `b` has no NUL and no control bytes other than tab, LF, VT, FF, CR. */
function looksLikeText(b: Uint8Array): boolean {
  for (const x of b) if (x < 0x20 && !(x >= 0x09 && x <= 0x0d)) return false;
  return true;
}

/** Kind of a file from its first bytes `head` (up to a few KB) and its name. */
export function sniff(head: Uint8Array, name: string): FileKind {
  if (startsWith(head, [0x93, ...ascii('NUMPY')])) return 'npy';
  if (startsWith(head, ascii('PK\x03\x04')) || startsWith(head, ascii('PK\x05\x06'))) return 'zip';
  if (startsWith(head, ascii('GGUF'))) return 'gguf';
  if (startsWith(head, [0x89, ...ascii('HDF\r\n\x1a\n')])) return 'hdf5';
  if (startsWith(head, ascii('TFL3'), 4)) return 'tflite';
  // safetensors: u64 LE header length < 2^32, then the JSON header's '{'.
  if (head.length >= 10 && head[8] === 0x7b && head[4] === 0 && head[5] === 0 && head[6] === 0 && head[7] === 0) {
    return 'safetensors';
  }
  if (head.length >= 2 && head[0] === 0x80 && head[1] >= 2 && head[1] <= 5) return 'pickle';
  const ext = extension(name);
  const byName = Object.hasOwn(EXTENSIONS, ext) ? EXTENSIONS[ext] : undefined;
  if (byName !== undefined && byName !== 'json' && byName !== 'text') return byName;
  if (byName === undefined && !looksLikeText(head)) return 'binary'; // .csv/.json: let the parser say what is wrong
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0; // UTF-8 BOM
  while (i < head.length && (head[i] === 0x20 || (head[i] >= 0x09 && head[i] <= 0x0d))) i++;
  return head[i] === 0x7b || head[i] === 0x5b ? 'json' : 'text';
}
