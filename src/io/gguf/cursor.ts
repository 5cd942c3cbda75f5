/** A bounds-checked little-endian reader over the first bytes of a GGUF file, for the header. */
import { TensorFileError } from '../errors';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Thrown when a read needs bytes past the window that the file does have; `end` is the file offset needed. */
export class NeedMore {
  constructor(readonly end: number) {}
}

/** Called with each u32/u64 field read: its description, file offset and size in bytes (for tools that map a file). */
export type FieldTrace = (what: string, at: number, bytes: 4 | 8) => void;

/** Reads from `bytes`, which hold file bytes [0, bytes.length) of a file of `fileSize` bytes; `pos` is a file offset. */
export class Cursor {
  pos = 0;
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    readonly fileSize: number,
    private readonly trace?: FieldTrace,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Bytes of the file after `pos`. */
  remaining(): number {
    return this.fileSize - this.pos;
  }

  /** Checks `n` bytes can be read at `pos` for `what`; throws a located error past the file end. */
  need(n: number, what: string): void {
    const end = this.pos + n;
    if (end > this.fileSize) {
      throw new TensorFileError('gguf', `${what} at byte ${this.pos} needs ${n} bytes, but the file ends at byte ${this.fileSize}`);
    }
    if (end > this.bytes.length) throw new NeedMore(end);
  }

  u8(what: string): number {
    this.need(1, what);
    return this.bytes[this.pos++];
  }

  i8(what: string): number {
    this.need(1, what);
    return this.view.getInt8(this.pos++);
  }

  u16(what: string): number {
    this.need(2, what);
    const v = this.view.getUint16(this.pos, true);
    this.pos += 2;
    return v;
  }

  i16(what: string): number {
    this.need(2, what);
    const v = this.view.getInt16(this.pos, true);
    this.pos += 2;
    return v;
  }

  u32(what: string): number {
    this.need(4, what);
    this.trace?.(what, this.pos, 4);
    const v = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return v;
  }

  i32(what: string): number {
    this.need(4, what);
    const v = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return v;
  }

  f32(what: string): number {
    this.need(4, what);
    const v = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }

  f64(what: string): number {
    this.need(8, what);
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  u64(what: string): bigint {
    this.need(8, what);
    this.trace?.(what, this.pos, 8);
    const v = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    return v;
  }

  i64(what: string): bigint {
    this.need(8, what);
    const v = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return v;
  }

  /**
   * A u64 count of items of at least `minItemBytes` bytes each, checked against the bytes left in the file
   * (so a lying count fails here, before anything is allocated).
   */
  count(what: string, minItemBytes: number): number {
    const at = this.pos;
    const n = this.u64(what);
    const fit = Math.floor(this.remaining() / Math.max(1, minItemBytes));
    if (n > BigInt(fit)) {
      throw new TensorFileError(
        'gguf',
        `${what} at byte ${at} is ${n}, but the ${this.remaining()} bytes left in the file hold at most ${fit}`,
      );
    }
    return Number(n);
  }

  /** Skips `n` bytes (checked). */
  skip(n: number, what: string): void {
    this.need(n, what);
    this.pos += n;
  }

  /** A gguf_string: u64 byte length, then that many UTF-8 bytes. */
  string(what: string): string {
    const len = this.count(`${what}: string length`, 1);
    this.need(len, what);
    const raw = this.bytes.subarray(this.pos, this.pos + len);
    let s: string;
    try {
      s = UTF8.decode(raw);
    } catch {
      throw new TensorFileError('gguf', `${what} at byte ${this.pos} is not valid UTF-8`);
    }
    this.pos += len;
    return s;
  }

  /** Skips a gguf_string without decoding it. */
  skipString(what: string): void {
    const len = this.count(`${what}: string length`, 1);
    this.skip(len, what);
  }
}
