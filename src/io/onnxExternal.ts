/** ONNX external data: a tensor's external_data entries (location, offset, length) and the file they name. */
import { TensorFileError } from './errors';
import { findNamed, type NamedBlob } from './namedBlob';

/** Where an external tensor's bytes are: bytes [offset, offset + length) of the file at `location`. */
export interface ExternalRef {
  /** The 'location' path as the model writes it (relative to the model's folder). */
  location: string;
  /** Its last path component, matched against the names of the opened files. */
  file: string;
  offset: number;
  length: number;
}

function fail(message: string, tensor: string): never {
  throw new TensorFileError('onnx', message, { tensor });
}

function parseCount(value: string, key: string, label: string, tensor: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) fail(`${label}: external_data ${key} '${value}' is not a non-negative integer`, tensor);
  return n;
}

/** Parses external_data for a tensor needing `need` bytes (`what` describes its shape and type, for messages). */
export function parseExternal(pairs: readonly [string, string][], need: number, label: string, what: string, tensor: string): ExternalRef {
  const get = (key: string): string | undefined => pairs.findLast(([k]) => k === key)?.[1];
  const location = get('location');
  if (location === undefined || location === '') fail(`${label}: data_location is EXTERNAL but external_data has no 'location'`, tensor);
  const offsetText = get('offset');
  const lengthText = get('length');
  const offset = offsetText === undefined ? 0 : parseCount(offsetText, 'offset', label, tensor);
  const length = lengthText === undefined ? need : parseCount(lengthText, 'length', label, tensor);
  if (length !== need) fail(`${label}: ${what} needs ${need} bytes, but external_data length is ${length}`, tensor);
  return { location, file: location.split(/[\\/]/).pop() ?? location, offset, length };
}

/** The opened file holding `ref`, checked to be long enough; undefined when it was not opened. */
export function findExternal(ref: ExternalRef, files: readonly NamedBlob[], label: string, tensor: string): NamedBlob | undefined {
  const f = findNamed(files, ref.file);
  if (f !== undefined && ref.offset + ref.length > f.blob.size) {
    fail(
      `${label}: its external data, bytes ${ref.offset}–${ref.offset + ref.length} of '${f.name}', ` +
        `lie beyond the end of that file (${f.blob.size} bytes): wrong or truncated data file?`,
      tensor,
    );
  }
  return f;
}

/** The refusal for reading an external tensor whose data file was not opened; `missing` lists every such file of the model. */
export function missingExternal(ref: ExternalRef, model: string, missing: readonly string[], tensor: string): TensorFileError {
  const all = missing.map((m) => `'${m}'`).join(', ');
  const also = missing.length > 1 ? ` (this model's missing data files: ${all})` : '';
  return new TensorFileError(
    'onnx',
    `tensor '${tensor}' is stored outside the model, in the external data file '${ref.location}'${also}: ` +
      `open ${missing.length > 1 ? 'them' : 'it'} together with ${model} (select all the files at once)`,
    { tensor },
  );
}
