import { useTranslation } from 'react-i18next';
import { useModelResults } from '../../state/modelResults';

/**
 * What a section says while its figures are not those of the current settings: being computed (the sections run in
 * order: PTQ table, sensitivity, partial quantization), or stopped before they were.
 */
export function PendingNote({ current }: { current: boolean }) {
  const { t } = useTranslation();
  const running = useModelResults((r) => r.job !== null);
  if (current) return null;
  return (
    <p className="hint model-pending" role="status" data-testid="model.pending">
      {t(running ? 'model.computing' : 'model.notComputed')}
    </p>
  );
}
