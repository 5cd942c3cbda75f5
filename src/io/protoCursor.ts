/**
 * Bounds-checked protobuf wire reading on protobufjs' Reader. Only `protobufjs/minimal` is used: its Reader has
 * no reflection and never calls eval/new Function (reflection's Type.decode is code-generated), so it runs under a
 * strict CSP in a Worker. Message layouts are decoded by hand-written code, as `pbjs -t static` would emit.
 */
import protobuf from 'protobufjs/minimal';
import { TensorFileError } from './errors';

/** Protobuf wire types used by ONNX. */
export const WIRE = { varint: 0, fixed64: 1, len: 2, fixed32: 5 } as const;

const WIRE_NAMES = ['varint', 'fixed64', 'length-delimited', 'group start', 'group end', 'fixed32', '6', '7'];

/** A 64-bit varint as its two 32-bit halves (unsigned), exactly as stored. */
export interface Bits64 {
  lo: number;
  hi: number;
}

/** protobufjs' own error texts, re-said for a person in the file's terms (positions are file offsets). */
export function explainProtobufError(message: string, base: number): string {
  let m = /^index out of range: (\d+) \+ (\d+) > (\d+)/.exec(message);
  if (m) {
    const [at, want, len] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return `a value needs ${want} byte${want === 1 ? '' : 's'} at byte ${base + at}, but the data ends at byte ${base + len} (the file is cut short)`;
  }
  m = /^invalid wire type (\d+) at offset (\d+)/.exec(message);
  if (m) return `a field with invalid wire type ${m[1]} at byte ${base + Number(m[2])} (protobuf has 0–5): the bytes are corrupt`;
  if (message === 'invalid varint encoding') return 'a number (varint) longer than 10 bytes: the bytes are corrupt';
  if (message === 'maximum nesting depth exceeded') return 'groups nested too deep: the bytes are corrupt';
  return message;
}

/** A protobuf Reader over `bytes` plus what is being decoded, for error messages that say where the data is bad. */
export class ProtoCursor {
  readonly r: protobuf.Reader;
  /** What is being decoded, e.g. "graph.initializer #3 'conv.weight'". */
  where: string;

  /** `base` is the file offset of bytes[0], so messages give file offsets. */
  constructor(
    bytes: Uint8Array,
    readonly format: string,
    where: string,
    readonly base = 0,
  ) {
    this.r = new protobuf.Reader(bytes);
    this.where = where;
  }

  /** Current position within the bytes. */
  get pos(): number {
    return this.r.pos;
  }

  /** Throws the "truncated or corrupt protobuf" TensorFileError at the current position. */
  fail(detail: string): never {
    throw new TensorFileError(this.format, `truncated or corrupt protobuf in ${this.where} at byte ${this.base + this.r.pos}: ${detail}`);
  }

  /** Runs a protobufjs read, turning its RangeError/Error into a located TensorFileError. */
  private guard<T>(read: () => T): T {
    try {
      return read();
    } catch (err) {
      if (err instanceof TensorFileError) throw err;
      return this.fail(explainProtobufError(err instanceof Error ? err.message : String(err), this.base));
    }
  }

  /** Throws unless the reader is still within [.., end]. */
  private within(end: number, what: string): void {
    if (this.r.pos > end) this.fail(`${what} runs past the end of its message`);
  }

  /** Reads a field tag; returns its field number and wire type. */
  tag(end: number): { field: number; wire: number } {
    const tag = this.guard(() => this.r.uint32());
    this.within(end, 'a field tag');
    if (tag >>> 3 === 0) this.fail('field number 0');
    return { field: tag >>> 3, wire: tag & 7 };
  }

  /** Throws unless a known field has the expected wire type. */
  expect(wire: number, want: number, field: string): void {
    if (wire !== want) this.fail(`field ${field} has wire type ${WIRE_NAMES[wire]}, expected ${WIRE_NAMES[want]}`);
  }

  /** Reads the length prefix of a length-delimited field; returns the end of its payload (checked to be ≤ end). */
  payloadEnd(end: number): number {
    const len = this.guard(() => this.r.uint32());
    this.within(end, 'a length prefix');
    if (len > end - this.r.pos) this.fail(`a field of ${len} bytes runs past the end of its message (${end - this.r.pos} bytes left)`);
    return this.r.pos + len;
  }

  /** Reads a varint as an int32 (its low 32 bits, signed; any valid length up to 10 bytes). */
  int32(end: number): number {
    return this.varint64(end).lo | 0;
  }

  /** Reads a 64-bit varint exactly (protobufjs returns a lossy number when long.js is not bundled). */
  varint64(end: number): Bits64 {
    const { buf } = this.r;
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < 10; i++) {
      if (this.r.pos >= end) this.fail('a varint runs past the end of its message');
      const b = buf[this.r.pos++];
      if (i < 4) lo |= (b & 0x7f) << (7 * i);
      else if (i === 4) {
        lo |= (b & 0x0f) << 28;
        hi |= (b & 0x7f) >> 4;
      } else hi |= (b & 0x7f) << (7 * i - 32);
      if (b < 0x80) return { lo: lo >>> 0, hi: hi >>> 0 };
    }
    return this.fail('a varint longer than 10 bytes');
  }

  /** Reads a length-delimited UTF-8 string. */
  string(end: number): string {
    const stop = this.payloadEnd(end);
    const s = this.guard(() => protobuf.util.utf8.read(this.r.buf, this.r.pos, stop));
    this.r.pos = stop;
    return s;
  }

  /** Skips one field of wire type `wire`. */
  skip(wire: number, end: number): void {
    if (wire === WIRE.len) this.r.pos = this.payloadEnd(end);
    else this.guard(() => this.r.skipType(wire));
    this.within(end, 'a skipped field');
  }

  /** Throws unless the message ended exactly at `end`. */
  finish(end: number): void {
    if (this.r.pos !== end) this.fail(`the last field overruns the message end at byte ${this.base + end}`);
  }
}

/** The signed 64-bit value of `b` as a number (exact below 2^53 in magnitude). */
export function int64Value(b: Bits64): number {
  return (b.hi | 0) * 4294967296 + b.lo;
}
