/**
 * Error function and its complement in float64, < 1 ulp (double) on the whole line: the piecewise rational
 * approximations of Sun's fdlibm s_erf.c (FreeBSD msun), re-expressed here; coefficients from that file.
 * ====================================================
 * Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
 *
 * Developed at SunPro, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this
 * software is freely granted, provided that this notice
 * is preserved.
 * ====================================================
 * erfc is evaluated without cancellation in the right tail (exp(−x²)/x · exp(R/S)), so 0.5·x·erfc(−x/√2)
 * stays accurate to float32 rounding all the way down to GELU's underflow near x ≈ −14.
 */

/** fl32(0.84506291151): erf(1) rounded to 24 bits, the offset of the [0.84375, 1.25) piece. */
const ERX = 8.45062911510467529297e-1;
/** 2/√π − 1: erf(x) ≈ x + EFX·x for |x| < 2^−28. */
const EFX = 1.28379167095512586316e-1;

// Ascending coefficients. |x| < 0.84375: erf(x) = x + x·PP(x²)/QQ(x²).
const PP = [
  1.28379167095512558561e-1, -3.2504210724700149937e-1, -2.84817495755985104766e-2, -5.77027029648944159157e-3, -2.37630166566501626084e-5,
];
const QQ = [
  1, 3.97917223959155352819e-1, 6.50222499887672944485e-2, 5.08130628187576562776e-3, 1.32494738004321644526e-4, -3.9602282787753681232e-6,
];
// 0.84375 ≤ |x| < 1.25, s = |x| − 1: erf(|x|) = ERX + PA(s)/QA(s).
const PA = [
  -2.36211856075265944077e-3, 4.14856118683748331666e-1, -3.72207876035701323847e-1, 3.18346619901161753674e-1, -1.10894694282396677476e-1,
  3.54783043256182359371e-2, -2.166375594868790843e-3,
];
const QA = [
  1, 1.06420880400844228286e-1, 5.40397917702171048937e-1, 7.18286544141962662868e-2, 1.26171219808761642112e-1, 1.36370839120290507362e-2,
  1.1984499846799107417e-2,
];
// 1.25 ≤ |x| < 1/0.35, z = 1/x²: erfc(|x|) = exp(−x² − 0.5625 + RA(z)/SA(z)) / |x|.
const RA = [
  -9.86494403484714822705e-3, -6.93858572707181764372e-1, -1.05586262253232909814e1, -6.23753324503260060396e1, -1.62396669462573470355e2,
  -1.84605092906711035994e2, -8.12874355063065934246e1, -9.81432934416914548592,
];
const SA = [
  1, 1.96512716674392571292e1, 1.376577541435190426e2, 4.34565877475229228821e2, 6.45387271733267880336e2, 4.29008140027567833386e2,
  1.08635005541779435134e2, 6.57024977031928170135, -6.04244152148580987438e-2,
];
// 1/0.35 ≤ |x| < 28: same form with RB/SB.
const RB = [
  -9.86494292470009928597e-3, -7.99283237680523006574e-1, -1.77579549177547519889e1, -1.60636384855821916062e2, -6.37566443368389627722e2,
  -1.02509513161107724954e3, -4.83519191608651397019e2,
];
const SB = [
  1, 3.03380607434824582924e1, 3.25792512996573918826e2, 1.53672958608443695994e3, 3.19985821950859553908e3, 2.55305040643316442583e3,
  4.74528541206955367215e2, -2.24409524465858183362e1,
];

/** Polynomial with ascending coefficients c at t (Horner). */
function poly(c: readonly number[], t: number): number {
  let r = c[c.length - 1];
  for (let k = c.length - 2; k >= 0; k--) r = r * t + c[k];
  return r;
}

/** erf(a) − a·(1 + PP/QQ) correction term a·PP(a²)/QQ(a²), for |a| < 0.84375. */
function smallCorrection(a: number): number {
  const z = a * a;
  return (a * poly(PP, z)) / poly(QQ, z);
}

/** P/Q of the [0.84375, 1.25) piece at s = |x| − 1. */
function midRatio(s: number): number {
  return poly(PA, s) / poly(QA, s);
}

/** erfc(a) for 1.25 ≤ a < 28, no cancellation: exp(−a² − 0.5625 + R/S)/a, with −a² split exactly via a float32 head. */
function tail(a: number): number {
  const z = 1 / (a * a);
  const rs = a < 1 / 0.35 ? poly(RA, z) / poly(SA, z) : poly(RB, z) / poly(SB, z);
  const h = Math.fround(a); // 24-bit head: h·h is exact in float64
  return (Math.exp(-h * h - 0.5625) * Math.exp((h - a) * (h + a) + rs)) / a;
}

/** Error function erf(x) = 2/√π ∫₀ˣ e^(−t²) dt, float64; erf(±∞) = ±1, NaN stays NaN. */
export function erf(x: number): number {
  const a = Math.abs(x);
  if (!(a < Infinity)) return a === Infinity ? Math.sign(x) : NaN;
  if (a < 0.84375) return a < 2 ** -28 ? x + EFX * x : x + smallCorrection(x);
  let r: number;
  if (a < 1.25) r = ERX + midRatio(a - 1);
  else if (a >= 6) r = 1;
  else r = 1 - tail(a);
  return x < 0 ? -r : r;
}

/** Complementary error function erfc(x) = 1 − erf(x), float64, accurate in the right tail (no 1 − erf cancellation). */
export function erfc(x: number): number {
  if (x !== x) return NaN;
  const a = Math.abs(x);
  if (a < 0.84375) {
    if (a < 2 ** -56) return 1 - x;
    const c = smallCorrection(x);
    return x < 0.25 ? 1 - (x + c) : 0.5 - (c + (x - 0.5));
  }
  if (a < 1.25) {
    const r = midRatio(a - 1);
    return x > 0 ? 1 - ERX - r : 1 + (ERX + r);
  }
  if (x >= 28) return 0;
  if (x <= -6) return 2;
  const t = tail(a);
  return x > 0 ? t : 2 - t;
}
