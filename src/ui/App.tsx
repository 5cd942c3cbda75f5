import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useScene } from '../state/scene';
import { TopTabs, TABPANEL_ID, useSelectedTab } from './TopTabs';
import { LessonCard } from './lessons/LessonCard';
import { LessonList } from './lessons/LessonList';
import { Handout } from './lessons/Handout';
import { EmbedLink } from './lessons/EmbedLink';
import { useLessonKeys } from './lessons/useLessonKeys';
import './lessons/lessons.css';
import { ActivationLab } from './lab/ActivationLab';
import { SmoothLab } from './lab/SmoothLab';
import { GranularityPanel } from './granularity/GranularityPanel';
import { FormatsPanel } from './formats/FormatsPanel';
import { BlockFormatsPanel } from './blocks/BlockFormatsPanel';
import { useUrlSync } from '../state/url/useUrlSync';
import { useSliderGestures } from '../state/gesture';
import { ShareLink } from './ShareLink';
import { ExportPanel } from './export/ExportPanel';
import { useAnalysis } from '../state/analysis';
import { useWorkerSync } from '../state/useWorkerSync';
import { useCalibrationSync } from '../state/useCalibrationSync';
import { CalibrationTable } from './calibration/CalibrationTable';
import { LANGUAGES } from '../i18n';
import { Controls } from './controls/Controls';
import { ErrorPanel } from './ErrorPanel';
import { HistogramChart } from './histogram/HistogramChart';
import { MappingView } from './mapping/MappingView';
import { DeferRange } from './DeferRange';
import { Notices } from './Notices';
import { ProgressBar } from './ProgressBar';
import { useFileDrop } from './useFileDrop';
import { sideSections } from './layout/sideSections';
import { ClassView } from './classView/ClassView';

/** The model lab is its own chunk (with its Worker and tfjs): the explorer's first paint never waits for it. */
const ModelLab = lazy(() => import('./model/ModelLab'));
/** The overview tab's code (table, plot, Worker pool) loads only when the tab is first opened. */
const OverviewPanel = lazy(() => import('./overview/OverviewPanel'));

/** Keeps the Worker and the link in step with the scene. Renders nothing: the root never re-renders as the range moves. */
function Sync() {
  useWorkerSync();
  useCalibrationSync();
  useUrlSync();
  useSliderGestures();
  useLessonKeys();
  return null;
}

/** The explorer: controls on the left; histogram, error and mapping on the right. */
export function App() {
  const { t, i18n } = useTranslation();
  const { language, hidden, presenter, panel, embed, inLesson } = useScene(
    useShallow((s) => ({
      language: s.language,
      hidden: s.hidden,
      presenter: s.presenter,
      panel: s.panel,
      embed: s.embed,
      inLesson: s.lesson !== null && !s.embed,
    })),
  );
  const { setLanguage, setPresenter } = useScene.getState();
  const tab = useSelectedTab();
  useEffect(() => {
    if (i18n.resolvedLanguage !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  useEffect(() => {
    document.documentElement.classList.toggle('presenter', presenter); // rem-based sizes follow the root
  }, [presenter]);
  const shown = (panel: (typeof hidden)[number]) => !hidden.includes(panel);
  const dragging = useFileDrop();
  const backend = useAnalysis((a) => a.backend);
  return (
    <div
      className={`app${inLesson ? ' in-lesson' : ''}${embed ? ' embed' : ''}${panel === 'lessons' && !inLesson ? ' wide' : ''}${!inLesson && sideSections(panel, hidden).length === 0 ? ' no-side' : ''}`}
    >
      <Sync />
      {!embed && (
        <header className="app-header">
          <h1>{t('app.title')}</h1>
          <p className="tagline">{t('app.tagline')}</p>
          <TopTabs />
          <ShareLink />
          <ClassView />
          <button
            type="button"
            className="header-toggle"
            data-testid="presenter"
            aria-pressed={presenter}
            onClick={() => setPresenter(!presenter)}
          >
            {t('app.presenter')}
          </button>
          <div className="lang" role="group" aria-label={t('app.language')}>
            {LANGUAGES.map((lng) => (
              <button key={lng} type="button" data-testid={`lang.${lng}`} aria-pressed={language === lng} onClick={() => setLanguage(lng)}>
                {lng === 'en' ? 'English' : '한국어'}
              </button>
            ))}
          </div>
        </header>
      )}
      {inLesson ? (
        <div className="lesson-column">
          <LessonCard />
          {panel !== 'model' && <Controls />}
        </div>
      ) : (
        !embed && panel !== 'lessons' && panel !== 'model' && <Controls />
      )}
      <main
        className={panel === 'model' && !inLesson ? 'main main-wide' : 'main'}
        id={TABPANEL_ID}
        role="tabpanel"
        aria-labelledby={`tab-${tab}`}
      >
        <ProgressBar />
        <Notices />
        {panel === 'lessons' ? (
          <LessonList />
        ) : panel === 'overview' ? (
          <Suspense fallback={<p className="hint">{t('sample.loading')}</p>}>
            <OverviewPanel />
          </Suspense>
        ) : panel === 'model' ? (
          <Suspense fallback={<p className="hint">{t('sample.loading')}</p>}>
            <ModelLab />
          </Suspense>
        ) : panel === 'activations' ? (
          <>
            <ActivationLab />
            <SmoothLab />
          </>
        ) : (
          <>
            <section className="panel">
              <h2>{t('hist.title')}</h2>
              <HistogramChart />
            </section>
            {shown('error') && <ErrorPanel />}
            <DeferRange>{shown('calibration') && <CalibrationTable />}</DeferRange>
            {shown('granularity') && <GranularityPanel />}
            <DeferRange>
              {shown('formats') && <FormatsPanel />}
              {shown('blocks') && <BlockFormatsPanel />}
              {shown('mapping') && <MappingView />}
              {shown('export') && <ExportPanel />}
            </DeferRange>
          </>
        )}
      </main>
      {dragging && (
        <div className="drop-overlay" data-testid="drop.overlay">
          {t('source.dropHere')}
        </div>
      )}
      {!embed && (
        <footer className="app-footer">
          {t('app.privacy')} {backend && <span data-testid="app.backend">{t('app.backend', { backend })}</span>}
        </footer>
      )}
      {embed && <EmbedLink />}
      <Handout />
    </div>
  );
}
