/** Golden-section search of f on [a, b] (f unimodal there) with `evals` evaluations; returns the best point evaluated and f there. */
export function goldenSectionMin(f: (x: number) => number, a: number, b: number, evals: number): { x: number; y: number } {
  const r = (Math.sqrt(5) - 1) / 2;
  let c = b - r * (b - a);
  let d = a + r * (b - a);
  let fc = f(c);
  let fd = f(d);
  let best = fc <= fd ? { x: c, y: fc } : { x: d, y: fd };
  for (let left = evals - 2; left > 0; left--) {
    if (fc <= fd) {
      [b, d, fd] = [d, c, fc];
      c = b - r * (b - a);
      fc = f(c);
      if (fc < best.y) best = { x: c, y: fc };
    } else {
      [a, c, fc] = [c, d, fd];
      d = a + r * (b - a);
      fd = f(d);
      if (fd < best.y) best = { x: d, y: fd };
    }
  }
  return best;
}
