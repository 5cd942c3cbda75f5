import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../state/analysis';
import { useErrorView, useQuantParams } from '../state/derived';
import { formatCount, formatDb, formatPercent, formatSig } from './format';

/** MSE, SQNR, max |error|, clipped count and share, levels used: exact at rest, estimated while moving. */
export function ErrorPanel() {
  const { t } = useTranslation();
  const view = useErrorView();
  const params = useQuantParams();
  const finite = useAnalysis((a) => a.summary?.stats.finite ?? 0);
  const streamed = useAnalysis((a) => a.summary?.streamed ?? false);
  if (!view) return null;
  const { stats, exact } = view;
  /** [test id, label, text shown, raw value (for tests and exports)] */
  const metrics: [string, string, string, number][] = [
    ['mse', t('error.mse'), formatSig(stats.mse), stats.mse],
    ['sqnr', t('error.sqnr'), formatDb(stats.sqnrDb), stats.sqnrDb],
    ['max-abs', t('error.maxAbs'), formatSig(stats.maxAbsError), stats.maxAbsError],
    ['clipped', t('error.clipped'), formatCount(stats.clipped), stats.clipped],
    ['levels', t('error.levels'), formatCount(stats.levelsUsed), stats.levelsUsed],
  ];
  return (
    <section className="panel error-panel" aria-live="polite" data-testid="error.panel" data-exact={exact}>
      <h2>
        {t('error.heading')}{' '}
        <span className={exact ? 'badge badge-exact' : 'badge badge-estimate'} data-testid="error.kind">
          {exact ? t('error.exact') : streamed ? t('error.streamed') : t('error.estimate')}
        </span>
      </h2>
      <dl className="metrics">
        {metrics.map(([id, label, text, value]) => (
          <div key={id} className="metric">
            <dt>{label}</dt>
            <dd data-testid={`error.${id}`} data-value={value}>
              {text}
              {id === 'levels' && (
                <span className="metric-of"> {t('error.of', { total: formatCount(params.qmax - params.qmin + 1) })}</span>
              )}
            </dd>
            {id === 'clipped' && <dd className="metric-sub">{formatPercent(finite ? stats.clipped / finite : 0)}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
