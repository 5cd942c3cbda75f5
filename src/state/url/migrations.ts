/**
 * Link migrations: MIGRATIONS[k] turns the parameters of a version-k link into those of version k + 1.
 * Version 1 is the first format, so the chain is empty; a future version adds its step here with a test
 * (e.g. a renamed key: `(p) => rename(p, 'old', 'new')`).
 */
export const MIGRATIONS: Record<number, (params: URLSearchParams) => URLSearchParams> = {};

/** Parameters of a version-`from` link brought up to `to` through every step; throws if a step is missing. */
export function migrate(params: URLSearchParams, from: number, to: number): URLSearchParams {
  let p = params;
  for (let v = from; v < to; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from link version ${v}`);
    p = step(p);
  }
  return p;
}
