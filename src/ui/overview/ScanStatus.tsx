import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useOverview } from '../../state/overview';

interface Props {
  onRescan(): void;
  onCancel(): void;
}

/** The scan's progress bar, tensors and bytes done, elapsed time and Cancel; then a summary with "Scan again". */
export function ScanStatus({ onRescan, onCancel }: Props) {
  const { t } = useTranslation();
  const { status, rows, listing, bytesDone, bytesTotal, elapsedMs, error } = useOverview(
    useShallow((o) => ({
      status: o.status,
      rows: o.rows.length,
      listing: o.listing,
      bytesDone: o.bytesDone,
      bytesTotal: o.bytesTotal,
      elapsedMs: o.elapsedMs,
      error: o.error,
    })),
  );
  const total = listing?.tensors.length ?? 0;
  const seconds = (elapsedMs / 1000).toFixed(1);
  const mb = (bytesDone / 1e6).toFixed(bytesDone < 1e7 ? 1 : 0);
  const rate = elapsedMs > 0 ? (bytesDone / elapsedMs) * 1e-3 : 0; // MB/s
  const mbps = rate < 10 ? rate.toFixed(1) : rate.toFixed(0);
  return (
    <div className="overview-status" data-testid="overview.status" data-status={status}>
      {status === 'running' && (
        <>
          <progress max={bytesTotal || undefined} value={bytesTotal ? bytesDone : undefined} />
          <span role="status">{t('overview.progress', { done: rows, total, mb, seconds })}</span>
          <button type="button" data-testid="overview.cancel" onClick={onCancel}>
            {t('overview.cancel')}
          </button>
        </>
      )}
      {status === 'done' && (
        <span role="status" data-testid="overview.done">
          {t('overview.doneSummary', { total, seconds, mbps })}
        </span>
      )}
      {status === 'cancelled' && <span role="status">{t('overview.cancelled', { done: rows, total })}</span>}
      {status === 'failed' && (
        <span role="alert" className="notice-error">
          {t('overview.failed', { message: error ?? '' })}
        </span>
      )}
      {status !== 'running' && status !== 'idle' && (
        <button type="button" data-testid="overview.rescan" onClick={onRescan}>
          {t('overview.rescan')}
        </button>
      )}
    </div>
  );
}
