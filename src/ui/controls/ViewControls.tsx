import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useScene } from '../../state/scene';

/** How the histogram is drawn: log counts, the quantized-values overlay, zoom reset. */
export function ViewControls() {
  const { t } = useTranslation();
  const { logCounts, showCodes, showCalibrators, zoom } = useScene(
    useShallow((s) => ({ logCounts: s.logCounts, showCodes: s.showCodes, showCalibrators: s.showCalibrators, zoom: s.zoom })),
  );
  const { setLogCounts, setShowCodes, setShowCalibrators, setZoom } = useScene.getState();
  return (
    <fieldset>
      <legend>{t('view.heading')}</legend>
      <label className="check">
        <input type="checkbox" data-testid="view.log" checked={logCounts} onChange={(e) => setLogCounts(e.target.checked)} />
        {t('view.logCounts')}
      </label>
      <label className="check">
        <input type="checkbox" data-testid="view.codes" checked={showCodes} onChange={(e) => setShowCodes(e.target.checked)} />
        {t('view.showCodes')}
      </label>
      <label className="check">
        <input type="checkbox" data-testid="view.calibrators" checked={showCalibrators} onChange={(e) => setShowCalibrators(e.target.checked)} />
        {t('calib.show')}
      </label>
      <button type="button" data-testid="view.zoom-reset" disabled={!zoom} onClick={() => setZoom(null)}>{t('view.zoomReset')}</button>
    </fieldset>
  );
}
