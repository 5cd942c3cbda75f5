/** The one error type every reader throws, carrying the format and the file/tensor it concerns. */

/** Optional location details of a TensorFileError. */
export interface TensorFileErrorDetails {
  /** File name as the user selected it. */
  file?: string;
  /** Tensor (or archive member) name inside the file. */
  tensor?: string;
  /** True when this wraps an exception no check anticipated (a bug or an allocation failure). */
  unexpected?: boolean;
  cause?: unknown;
}

/** A file could not be read as tensors; `message` says what is wrong and where. */
export class TensorFileError extends Error {
  readonly format: string;
  readonly file: string | undefined;
  readonly tensor: string | undefined;
  readonly unexpected: boolean;

  constructor(format: string, message: string, details: TensorFileErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'TensorFileError';
    this.format = format;
    this.file = details.file;
    this.tensor = details.tensor;
    this.unexpected = details.unexpected ?? false;
  }

  /** The same error with the file name set and prefixed to the message (no-op if already set). */
  inFile(file: string): TensorFileError {
    if (this.file !== undefined) return this;
    return new TensorFileError(this.format, `${file}: ${this.message}`, {
      file,
      tensor: this.tensor,
      unexpected: this.unexpected,
      cause: this.cause,
    });
  }
}

/** An error named 'AbortError' (the caller stopped the work, e.g. a Cancel), which readers pass through untouched. */
export function isAbort(err: unknown): err is Error {
  return err instanceof Error && err.name === 'AbortError';
}

/** Turns anything thrown into a TensorFileError (out-of-memory and bugs become `unexpected` ones); aborts pass through. */
export function asTensorFileError(err: unknown, format: string, file?: string): Error {
  if (isAbort(err)) return err;
  if (err instanceof TensorFileError) return file === undefined ? err : err.inFile(file);
  const what = err instanceof RangeError ? 'ran out of memory or hit a size limit' : 'failed unexpectedly';
  const detail = err instanceof Error ? err.message : String(err);
  const where = file === undefined ? '' : `${file}: `;
  return new TensorFileError(format, `${where}reading the ${format} data ${what} (${detail})`, {
    file,
    unexpected: true,
    cause: err,
  });
}

/** Runs an async reader step so that whatever it throws surfaces as a TensorFileError. */
export async function guarded<T>(format: string, file: string | undefined, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw asTensorFileError(err, format, file);
  }
}

/** Runs a synchronous reader step so that whatever it throws surfaces as a TensorFileError. */
export function guardSync<T>(format: string, file: string | undefined, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw asTensorFileError(err, format, file);
  }
}

/** Message prefix for a location: 'where: ', or '' when there is none. */
export function at(where: string): string {
  return where === '' ? '' : `${where}: `;
}
