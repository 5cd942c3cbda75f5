/** Turns nested arrays of numbers (from JSON) into a shape and C-order float32 data, requiring rectangularity. */
import { TensorFileError } from './errors';
import { checkShape, numElements } from './shape';

/** Largest nesting depth accepted. */
export const MAX_NESTING = 64;

/** Shape and data of a rectangular nest of numbers; `where` names it in messages. */
export function nestedToTensor(v: unknown, where: string, format: string): { shape: number[]; data: Float32Array } {
  const dims: number[] = [];
  for (let x = v; Array.isArray(x); x = x[0]) {
    dims.push(x.length);
    if (dims.length > MAX_NESTING) throw new TensorFileError(format, `${where}: nested more than ${MAX_NESTING} deep`);
    if (x.length === 0) break;
  }
  const shape = checkShape(dims, format, where);
  const data = new Float32Array(numElements(shape));
  let k = 0;
  const walk = (x: unknown, depth: number, path: string): void => {
    if (depth === shape.length) {
      if (typeof x !== 'number') {
        const what = Array.isArray(x) ? 'a list' : (JSON.stringify(x) ?? String(x));
        throw new TensorFileError(format, `${where}: element ${path} is ${what}, expected a number (is the array not rectangular?)`);
      }
      data[k++] = x;
      return;
    }
    if (!Array.isArray(x) || x.length !== shape[depth]) {
      const len = Array.isArray(x) ? `has length ${x.length}` : 'is not a list';
      throw new TensorFileError(
        format,
        `${where}: not rectangular: ${path === '' ? 'the top level' : `element ${path}`} ${len}, expected a list of ${shape[depth]}`,
      );
    }
    for (let i = 0; i < x.length; i++) walk(x[i], depth + 1, `${path}[${i}]`);
  };
  walk(v, 0, '');
  return { shape, data };
}
