import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../state/analysis';
import { quantWorker } from '../worker/client';
import { progressText } from './progressText';

/** Progress of a long load (download, opening steps, large read): a bar, the bytes so far, the elapsed time, and Cancel. */
export function ProgressBar() {
  const { t } = useTranslation();
  const progress = useAnalysis((a) => a.progress);
  if (!progress) return null;
  const { done, total, elapsedMs } = progress;
  const seconds = elapsedMs / 1000;
  const { label, amount } = progressText(progress);
  return (
    <div className="progress" role="status" data-testid="progress">
      <progress max={total || undefined} value={total ? done : undefined} aria-label={t(label)} />
      <span>
        {t(label)}: {t(amount.key, amount.values)} · {t('progress.elapsed', { seconds: seconds.toFixed(1) })}
      </span>
      <button type="button" data-testid="progress.cancel" onClick={() => quantWorker.cancel()}>
        {t('progress.cancel')}
      </button>
    </div>
  );
}
