import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../state/analysis';

/** What the user must know about the data on screen: left-out NaN/Inf, a constant tensor, a failed load. */
export function Notices() {
  const { t } = useTranslation();
  const summary = useAnalysis((a) => a.summary);
  const error = useAnalysis((a) => a.error);
  const notices: { id: string; text: string; kind: 'info' | 'error' }[] = [];
  if (error) notices.push({ id: 'error', text: t('notice.loadFailed', { message: error }), kind: 'error' });
  if (summary) {
    const { nan, posInf, negInf, finite, min, max } = summary.stats;
    if (nan + posInf + negInf > 0) notices.push({ id: 'nonfinite', text: t('notice.nonFinite', { nan, inf: posInf + negInf }), kind: 'info' });
    if (finite > 0 && min === max) notices.push({ id: 'constant', text: t('notice.constant', { value: min }), kind: 'info' });
  }
  if (notices.length === 0) return null;
  return (
    <ul className="notices" data-testid="notices">
      {notices.map((n) => (
        <li key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} data-testid={`notice.${n.id}`}>
          {n.text}
        </li>
      ))}
    </ul>
  );
}
