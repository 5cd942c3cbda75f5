/** Strict parsing of one decimal number token (as numpy.savetxt / spreadsheets write them), incl. nan and ±inf. */

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^([+-]?)(nan|inf|infinity)$/i;

/** The value of `token`, or undefined if it is not a plain decimal number (hex, '', '1,5' are rejected). */
export function parseNumberToken(token: string): number | undefined {
  if (DECIMAL.test(token)) return Number(token);
  const m = SPECIAL.exec(token);
  if (m === null) return undefined;
  if (m[2].toLowerCase() === 'nan') return NaN;
  return m[1] === '-' ? -Infinity : Infinity;
}
