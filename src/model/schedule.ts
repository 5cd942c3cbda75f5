/** Learning rate at step t of T (0-based) from peak lr: cosine 0.5·lr·(1 + cos(πt/T)), linear lr·(1 − t/T), or constant. */
export function learningRate(lr: number, t: number, total: number, schedule: 'cosine' | 'linear' | 'constant'): number {
  const f = total > 0 ? t / total : 0;
  if (schedule === 'cosine') return 0.5 * lr * (1 + Math.cos(Math.PI * f));
  if (schedule === 'linear') return lr * (1 - f);
  return lr;
}
