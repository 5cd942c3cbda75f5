import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useScene } from '../../state/scene';
import { Check } from './Check';

/** How the histogram is drawn: log counts, the quantized-values overlay, zoom reset. */
export function ViewControls() {
  const { t } = useTranslation();
  const { logCounts, showCodes, showCalibrators, markAll, zoom } = useScene(
    useShallow((s) => ({
      logCounts: s.logCounts,
      showCodes: s.showCodes,
      showCalibrators: s.showCalibrators,
      markAll: s.markAllCalibrators,
      zoom: s.zoom,
    })),
  );
  const { setLogCounts, setShowCodes, setShowCalibrators, setMarkAllCalibrators, setZoom } = useScene.getState();
  return (
    <fieldset>
      <legend>{t('view.heading')}</legend>
      <Check testId="view.log" checked={logCounts} onChange={setLogCounts}>
        {t('view.logCounts')}
      </Check>
      <Check testId="view.codes" checked={showCodes} onChange={setShowCodes}>
        {t('view.showCodes')}
      </Check>
      <Check testId="view.calibrators" checked={showCalibrators} onChange={setShowCalibrators}>
        {t('calib.show')}
      </Check>
      <Check testId="view.calibrators-all" checked={markAll} disabled={!showCalibrators} onChange={setMarkAllCalibrators}>
        {t('lecture.markAll')}
      </Check>
      <button type="button" data-testid="view.zoom-reset" disabled={!zoom} onClick={() => setZoom(null)}>
        {t('view.zoomReset')}
      </button>
    </fieldset>
  );
}
