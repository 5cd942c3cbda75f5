import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../state/analysis';
import { openLocalFiles } from '../state/loadSource';
import { useLink } from '../state/url/linkStore';

/** What the user must know: a failed load, left-out NaN/Inf, a constant tensor, ignored link parts, a file the link names. */
export function Notices() {
  const { t } = useTranslation();
  const summary = useAnalysis((a) => a.summary);
  const error = useAnalysis((a) => a.error);
  const fellBack = useAnalysis((a) => a.fellBack);
  const ignored = useLink((l) => l.ignored);
  const pendingFile = useLink((l) => l.pendingFile);
  const picker = useRef<HTMLInputElement>(null);
  const notices: { id: string; text: string; kind: 'info' | 'error' }[] = [];
  if (error)
    notices.push({ id: 'error', text: t(fellBack ? 'robust.loadFailedDefault' : 'notice.loadFailed', { message: error }), kind: 'error' });
  if (ignored.length > 0) {
    const keys = ignored.map((i) => `${i.key} (${t(`notice.reasons.${i.reason}`)})`).join(', ');
    notices.push({ id: 'link', text: t('notice.linkIgnored', { keys }), kind: 'info' });
  }
  if (summary) {
    const { nan, posInf, negInf, finite, min, max } = summary.stats;
    if (nan + posInf + negInf > 0)
      notices.push({ id: 'nonfinite', text: t('notice.nonFinite', { nan, inf: posInf + negInf }), kind: 'info' });
    if (finite > 0 && min === max) notices.push({ id: 'constant', text: t('notice.constant', { value: min }), kind: 'info' });
  }
  if (notices.length === 0 && !pendingFile) return null;
  return (
    <ul className="notices" data-testid="notices">
      {notices.map((n) => (
        <li key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-testid={`notice.${n.id}`}>
          {n.text}
        </li>
      ))}
      {pendingFile && (
        <li className="notice notice-info" role="status" data-testid="notice.pending-file">
          {t('notice.pendingFile', { files: pendingFile.files.join(', '), tensor: pendingFile.tensor || '—' })}{' '}
          <button type="button" onClick={() => picker.current?.click()}>
            {t('notice.openPending', { files: pendingFile.files.join(', ') })}
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
