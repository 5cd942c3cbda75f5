import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelResults } from '../../state/modelResults';
import { cancelModelJob } from '../../state/modelRuns';
import { errorText } from './errorText';

/** What the model Worker is doing (a bar, how far, how long) with Cancel; the last error or cancellation below. */
export function JobStatus() {
  const { t } = useTranslation();
  const { job, error, cancelled, info } = useModelResults();
  const [now, setNow] = useState(() => performance.now());
  const running = job !== null;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(performance.now()), 250); // kept across progress reports (they come every 100 ms)
    return () => clearInterval(timer);
  }, [running]);
  return (
    <>
      {!info && !error && <p className="hint">{t('model.loadingModel')}</p>}
      {job && (
        <div className="progress" role="status" data-testid="model.progress" data-phase={job.phase}>
          <progress max={job.total || undefined} value={job.total ? job.done : undefined} aria-label={t(`model.progress.${job.phase}`)} />
          <span>
            {t(`model.progress.${job.phase}`)}: {t('model.progressOf', { done: job.done, total: job.total })} ·{' '}
            {t('model.elapsed', { seconds: (Math.max(0, now - job.startedAt) / 1000).toFixed(1) })}
          </span>
          <button type="button" data-testid="model.cancel" onClick={cancelModelJob}>
            {t('model.cancel')}
          </button>
        </div>
      )}
      {error && (
        <p className="notice notice-error" role="alert" data-testid="model.error">
          {errorText(t, error)}
        </p>
      )}
      {cancelled && !job && (
        <p className="notice" data-testid="model.cancelled">
          {t('model.cancelled')}
        </p>
      )}
    </>
  );
}
