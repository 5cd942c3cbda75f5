import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../state/analysis';
import { quantWorker } from '../worker/client';
import { formatSig } from './format';

/** Progress of a long load (download or large read): a bar, the bytes so far, the elapsed time, and Cancel. */
export function ProgressBar() {
  const { t } = useTranslation();
  const progress = useAnalysis((a) => a.progress);
  if (!progress) return null;
  const { phase, done, total, elapsedMs } = progress;
  const seconds = elapsedMs / 1000;
  const mb = (bytes: number) => formatSig(bytes / 2 ** 20);
  return (
    <div className="progress" role="status" data-testid="progress">
      <progress max={total || undefined} value={total ? done : undefined} aria-label={t(`progress.${phase}`)} />
      <span>
        {t(`progress.${phase}`)}:{' '}
        {total ? t('progress.ofTotal', { done: mb(done), total: mb(total) }) : t('progress.soFar', { done: mb(done) })} ·{' '}
        {t('progress.elapsed', { seconds: seconds.toFixed(1) })}
      </span>
      <button type="button" data-testid="progress.cancel" onClick={() => quantWorker.cancel()}>
        {t('progress.cancel')}
      </button>
    </div>
  );
}
