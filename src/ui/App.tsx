import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../state/analysis';
import { useWorkerSync } from '../state/useWorkerSync';
import { useCalibrationSync } from '../state/useCalibrationSync';
import { CalibrationTable } from './calibration/CalibrationTable';
import { LANGUAGES } from '../i18n';
import { Controls } from './controls/Controls';
import { ErrorPanel } from './ErrorPanel';
import { HistogramChart } from './histogram/HistogramChart';
import { MappingView } from './mapping/MappingView';
import { Notices } from './Notices';
import { useFileDrop } from './useFileDrop';

/** The explorer: controls on the left; histogram, error and mapping on the right. */
export function App() {
  const { t, i18n } = useTranslation();
  useWorkerSync();
  useCalibrationSync();
  const dragging = useFileDrop();
  const backend = useAnalysis((a) => a.backend);
  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
        <div className="lang" role="group" aria-label={t('app.language')}>
          {LANGUAGES.map((lng) => (
            <button key={lng} type="button" data-testid={`lang.${lng}`} aria-pressed={i18n.resolvedLanguage === lng} onClick={() => void i18n.changeLanguage(lng)}>
              {lng === 'en' ? 'English' : '한국어'}
            </button>
          ))}
        </div>
      </header>
      <Controls />
      <main className="main">
        <Notices />
        <section className="panel">
          <h2>{t('hist.title')}</h2>
          <HistogramChart />
        </section>
        <ErrorPanel />
        <CalibrationTable />
        <MappingView />
      </main>
      {dragging && <div className="drop-overlay" data-testid="drop.overlay">{t('source.dropHere')}</div>}
      <footer className="app-footer">
        {t('app.privacy')} {backend && <span data-testid="app.backend">{t('app.backend', { backend })}</span>}
      </footer>
    </div>
  );
}
