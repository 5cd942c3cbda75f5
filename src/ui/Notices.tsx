import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../state/analysis';
import { openLocalFiles } from '../state/loadSource';
import { useLink } from '../state/url/linkStore';
import { PendingUrl } from './PendingUrl';
import { shorten } from './shorten';
import { useQuantParams } from '../state/derived';
import { constantText, loadErrorText } from './notices/noticeText';

/** What the user must know: a failed load, shards an index names that were not opened, left-out NaN/Inf, a constant tensor, ignored link parts, a file the link names. */
export function Notices() {
  const { t } = useTranslation();
  const summary = useAnalysis((a) => a.summary);
  const error = useAnalysis((a) => a.error);
  const fellBack = useAnalysis((a) => a.fellBack);
  const viewClamped = useAnalysis((a) => a.viewClamped);
  const workerRestart = useAnalysis((a) => a.workerRestart);
  const missing = useAnalysis((a) => a.listing?.missing);
  const ignored = useLink((l) => l.ignored);
  const pendingFile = useLink((l) => l.pendingFile);
  const pendingUrl = useLink((l) => l.pendingUrl);
  const params = useQuantParams();
  const picker = useRef<HTMLInputElement>(null);
  /** Notices closed by the user, by id and text: the same notice with new content shows again. */
  const [dismissed, setDismissed] = useState<readonly string[]>([]);
  const notices: { id: string; text: string; kind: 'info' | 'error' }[] = [];
  if (error) notices.push({ id: 'error', text: loadErrorText(t, error, fellBack), kind: 'error' });
  if (workerRestart) notices.push({ id: 'restarted', text: t('robust.restarted', { why: workerRestart }), kind: 'info' });
  if (viewClamped) notices.push({ id: 'clamped', text: t('robust.clamped'), kind: 'info' });
  if (missing && missing.length > 0)
    notices.push({ id: 'missing', text: t('overview.missing', { files: missing.join(', ') }), kind: 'info' });
  if (ignored.length > 0) {
    const keys = ignored.map((i) => `${i.key} (${t(`notice.reasons.${i.reason}`)})`).join(', ');
    notices.push({ id: 'link', text: t('notice.linkIgnored', { keys }), kind: 'info' });
  }
  if (summary) {
    const { nan, posInf, negInf } = summary.stats;
    if (nan + posInf + negInf > 0)
      notices.push({ id: 'nonfinite', text: t('notice.nonFinite', { nan, inf: posInf + negInf }), kind: 'info' });
    const constant = constantText(t, summary.stats, params);
    if (constant) notices.push({ id: 'constant', text: constant, kind: 'info' });
  }
  const shown = notices.filter((n) => !dismissed.includes(`${n.id}:${n.text}`));
  if (shown.length === 0 && !pendingFile && !pendingUrl) return null;
  return (
    <ul className="notices" data-testid="notices">
      {shown.map((n) => (
        <li key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-testid={`notice.${n.id}`}>
          <span>{n.text}</span>
          <button
            type="button"
            className="notice-dismiss"
            data-testid={`notice.${n.id}.dismiss`}
            aria-label={t('lecture.dismiss')}
            title={t('lecture.dismiss')}
            onClick={() => setDismissed((d) => [...d, `${n.id}:${n.text}`])}
          >
            ×
          </button>
        </li>
      ))}
      <PendingUrl />
      {pendingFile && (
        <li className="notice notice-info" role="status" data-testid="notice.pending-file">
          <span title={pendingFile.files.join(', ')}>
            {t('notice.pendingFile', { files: shorten(pendingFile.files.join(', ')), tensor: shorten(pendingFile.tensor) || '—' })}
          </span>{' '}
          <button type="button" onClick={() => picker.current?.click()}>
            {t('notice.openPending', { files: shorten(pendingFile.files.join(', '), 40) })}
          </button>
          <input
            ref={picker}
            type="file"
            multiple
            hidden
            data-testid="notice.pending-file.input"
            onChange={(e) => void openLocalFiles(Array.from(e.target.files ?? []))}
          />
        </li>
      )}
    </ul>
  );
}
