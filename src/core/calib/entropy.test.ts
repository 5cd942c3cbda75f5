/** The prefix-sum KL search against a literal transcription of the peer's loop (pytorch-quantization `_compute_amax_entropy`). */
import { describe, expect, it } from 'vitest';
import type { AbsHistogram } from './absHistogram';
import { entropyAmax } from './entropy';

/** The peer's loop as written: digitize, spread each group over its non-empty bins, scipy-style KL; NaN → +inf. */
function naiveStop(counts: Float64Array, bits: number, unsigned: boolean): { stop: number; kl: Float64Array } {
  const bins = Float64Array.from(counts);
  bins[0] = bins[1];
  const n = bins.length;
  const nb = 2 ** (bits - 1 + (unsigned ? 1 : 0));
  const kl = new Float64Array(n + 1).fill(NaN);
  let best = Infinity;
  let stop = n;
  for (let i = 128; i <= n; i++) {
    const group = (j: number) => Math.floor((j * nb) / i);
    const sums = new Float64Array(nb);
    const nz = new Float64Array(nb);
    for (let j = 0; j < i; j++) {
      if (bins[j] > 0) {
        sums[group(j)] += bins[j];
        nz[group(j)]++;
      }
    }
    const q = new Float64Array(i);
    for (let j = 0; j < i; j++) if (bins[j] > 0) q[j] = sums[group(j)] / nz[group(j)];
    const p = bins.slice(0, i);
    for (let j = i; j < n; j++) p[i - 1] += bins[j];
    const ps = p.reduce((a, b) => a + b, 0);
    const qs = q.reduce((a, b) => a + b, 0);
    let d = 0;
    for (let j = 0; j < i; j++) {
      if (p[j] === 0) continue;
      d += q[j] > 0 ? (p[j] / ps) * Math.log(p[j] / ps / (q[j] / qs)) : Infinity;
    }
    if (Number.isNaN(d) || qs === 0) d = Infinity;
    kl[i] = d;
    if (d <= best) [best, stop] = [d, i];
  }
  return { stop, kl };
}

/** Seeded integer histograms: smooth, sparse (many empty bins), and with far outliers. */
function histograms(): { name: string; counts: Float64Array }[] {
  let s = 12345;
  const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out: { name: string; counts: Float64Array }[] = [];
  for (const [name, scale, sparse] of [
    ['smooth', 300, 0],
    ['sparse', 6, 0.6],
    ['outliers', 900, 0],
  ] as const) {
    for (let rep = 0; rep < 3; rep++) {
      const c = new Float64Array(512 + 256 * rep);
      for (let j = 0; j < c.length; j++) {
        const bulk = Math.exp(-j / (40 + 30 * rep));
        c[j] = rand() < sparse ? 0 : Math.floor(scale * bulk * (0.5 + rand()));
      }
      if (name === 'outliers') {
        c[c.length - 1] = 2;
        c[c.length - 40] = 1;
      } else c[c.length - 1] = Math.max(c[c.length - 1], 1); // the maximum lands in the last bin
      out.push({ name: `${name} #${rep} (${c.length} bins)`, counts: c });
    }
  }
  return out;
}

describe('entropyAmax equals the peer loop', () => {
  const cases = histograms().flatMap((h) =>
    [
      [8, false],
      [8, true],
      [4, false],
      [2, true],
      [12, false],
    ].map(([bits, u]) => [`${h.name}, ${bits} bits${u ? ' unsigned' : ''}`, h.counts, bits as number, u as boolean] as const),
  );
  it.each(cases)('%s', (_, counts, bits, unsigned) => {
    const h: AbsHistogram = { counts, amax: counts.length, finite: 0, zeros: 0 }; // amax = bins: edges are bin indices
    const ours = entropyAmax(h, unsigned, bits);
    const { stop, kl } = naiveStop(counts, bits, unsigned);
    // Same stop, or (float near-tie) a stop whose divergence equals the minimum to 1e−12.
    if (ours !== stop) expect(Math.abs(kl[ours] - kl[stop])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(kl[stop])));
    else expect(ours).toBe(stop);
  });
});
