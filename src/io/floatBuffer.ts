/** A growing float32 buffer for parsers that learn the value count as they go, capped by the memory budget. */
import { formatBytes, MEMORY_BUDGET } from './budget';
import { TensorFileError } from './errors';

/** Appends numbers (rounded to float32), doubling its storage; refuses to grow past `budget` bytes. */
export class FloatBuffer {
  private data: Float32Array;
  /** Values held so far. */
  length = 0;
  private readonly max: number;

  /** `format` and `where` name the data in the refusal. */
  constructor(
    private readonly format: string,
    private readonly where: string,
    private readonly budget = MEMORY_BUDGET,
  ) {
    this.max = Math.floor(budget / 4);
    this.data = new Float32Array(Math.min(1024, this.max));
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      if (this.length >= this.max) {
        throw new TensorFileError(
          this.format,
          `${this.where}holds more than ${this.max} numbers: needs more than ${formatBytes(this.budget)} in memory, ` +
            'the budget for one tensor in this app; save it as .npy or .safetensors',
        );
      }
      const grown = new Float32Array(Math.min(this.max, this.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }

  /** The values pushed, in a buffer of exactly their length. */
  values(): Float32Array {
    return this.data.slice(0, this.length);
  }
}
