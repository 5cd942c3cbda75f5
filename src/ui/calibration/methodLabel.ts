import type { TFunction } from 'i18next';
import type { CalibMethod } from '../../core/math';

/** A method's name for people, in the current language ("percentile 99.99 %", "entropy (KL)"). */
export function methodLabel(t: TFunction, m: CalibMethod): string {
  return m.kind === 'percentile' ? t('calib.percentile', { p: m.percentile }) : t(`calib.names.${m.kind}`);
}

/** Short marker label drawn on the histogram ("max", "p99.99", "KL", "MSE", "HO"). */
export function methodShortLabel(m: CalibMethod): string {
  const short: Record<Exclude<CalibMethod['kind'], 'percentile'>, string> = {
    max: 'max',
    entropy: 'KL',
    mse: 'MSE',
    'histogram-observer': 'HO',
  };
  return m.kind === 'percentile' ? `p${m.percentile}` : short[m.kind];
}
