import { useTranslation } from 'react-i18next';
import type { FloatCastStats } from '../../core/math';
import { formatCount, formatSig } from '../format';

interface Card {
  id: string;
  label: string;
  mse: number;
  maxAbs: number;
  maxRel: number | null;
  overflow: number | null;
  underflow: number | null;
  subnormal: number | null;
}

/** One card per format: the cast's error and what fell off either end of its range. */
export function FormatCards({ int8, casts, names }: { int8: Card; casts: FloatCastStats[]; names: string[] }) {
  const { t } = useTranslation();
  const cards: Card[] = [
    int8,
    ...casts.map((c, i) => ({
      id: names[i],
      label: t(`formats.names.${names[i]}`),
      mse: c.mse,
      maxAbs: c.maxAbsError,
      maxRel: c.maxRelError,
      overflow: c.overflow,
      underflow: c.underflowToZero,
      subnormal: c.subnormal,
    })),
  ];
  const figure = (v: number | null, format: (n: number) => string) => (v === null ? '—' : format(v));
  return (
    <div className="format-cards">
      {cards.map((c) => (
        <div key={c.id} className="format-card" data-testid={`formats.card.${c.id}`} data-overflow={c.overflow ?? ''}>
          <h3>{c.label}</h3>
          <dl>
            <dt>{t('error.mse')}</dt>
            <dd>{formatSig(c.mse)}</dd>
            <dt>{t('error.maxAbs')}</dt>
            <dd>{formatSig(c.maxAbs)}</dd>
            <dt>{t('formats.maxRel')}</dt>
            <dd>{figure(c.maxRel, formatSig)}</dd>
            <dt>{t('formats.overflow')}</dt>
            <dd className={c.overflow ? 'alert' : ''}>{figure(c.overflow, formatCount)}</dd>
            <dt>{t('formats.underflow')}</dt>
            <dd>{figure(c.underflow, formatCount)}</dd>
            <dt>{t('formats.subnormal')}</dt>
            <dd>{figure(c.subnormal, formatCount)}</dd>
          </dl>
        </div>
      ))}
    </div>
  );
}
