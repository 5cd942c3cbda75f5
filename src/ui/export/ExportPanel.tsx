import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnalysis } from '../../state/analysis';
import { methodId } from '../../state/calibrators';
import { useClipRange, useErrorView, useQuantParams } from '../../state/derived';
import { useScene } from '../../state/scene';
import { encodeScene } from '../../state/url/codec';
import { methodLabel } from '../calibration/methodLabel';
import { useCalibrationRows } from '../calibration/useCalibrationRows';
import { csvMethodName, metricsCsv, pytorchSnippet, sceneJson, type MetricsRow } from './formats';
import { download, pngOf, standaloneSvg } from './svgImage';

/** Charts that can be saved, by the test id of their <svg>. */
const CHARTS = [
  { id: 'hist.svg', file: 'histogram' },
  { id: 'mapping.symmetric.staircase', file: 'mapping-symmetric' },
  { id: 'mapping.affine.staircase', file: 'mapping-asymmetric' },
] as const;

/** Saves what is on screen: charts as PNG/SVG, the table as CSV, the scene as JSON, and a PyTorch snippet. */
export function ExportPanel() {
  const { t } = useTranslation();
  const spec = useScene((s) => s.spec);
  const range = useClipRange();
  const params = useQuantParams();
  const own = useErrorView();
  const { rows: calibrations } = useCalibrationRows();
  const summary = useAnalysis((a) => a.summary);
  const [message, setMessage] = useState('');
  const snippet = pytorchSnippet(params, spec, range);

  const rows = (): MetricsRow[] => [
    ...(own ? [{ method: t('calib.own'), range, params, stats: own.stats, exact: own.exact }] : []),
    ...calibrations.map((r) => ({
      method: csvMethodName(methodId(r.method), methodLabel(t, r.method)),
      range: r.range,
      params: r.params,
      stats: r.stats,
      exact: true,
    })),
  ];
  const chart = (id: string): SVGSVGElement | null => document.querySelector<SVGSVGElement>(`svg[data-testid="${id}"]`);
  const saveChart = async (id: string, file: string, as: 'png' | 'svg') => {
    const svg = chart(id);
    if (!svg) return setMessage(t('export.hidden'));
    if (as === 'svg') download(`${file}.svg`, standaloneSvg(svg), 'image/svg+xml');
    else download(`${file}.png`, await pngOf(svg));
  };
  const copySnippet = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setMessage(t('share.copied'));
    } catch {
      setMessage(t('share.manual'));
    }
  };
  /** The scene and its link, read when asked for (encoding it on every render cost a frame's budget while dragging). */
  const saveScene = () => {
    const scene = useScene.getState();
    const link = `${window.location.origin}${window.location.pathname}?${encodeScene(scene)}`;
    download(
      'quantscope-scene.json',
      sceneJson(scene, range, link, summary && { name: summary.name, shape: summary.shape }, rows()),
      'application/json',
    );
  };

  return (
    <section className="panel export" data-testid="export.panel">
      <h2>{t('export.heading')}</h2>
      <div className="export-buttons">
        {CHARTS.map((c) => (
          <span key={c.id} className="export-group">
            {t(`export.charts.${c.file}`)}:
            <button type="button" data-testid={`export.${c.file}.png`} onClick={() => void saveChart(c.id, c.file, 'png')}>
              PNG
            </button>
            <button type="button" data-testid={`export.${c.file}.svg`} onClick={() => void saveChart(c.id, c.file, 'svg')}>
              SVG
            </button>
          </span>
        ))}
        <button type="button" data-testid="export.csv" onClick={() => download('quantscope-metrics.csv', metricsCsv(rows()), 'text/csv')}>
          {t('export.csv')}
        </button>
        <button type="button" data-testid="export.json" onClick={saveScene}>
          {t('export.json')}
        </button>
      </div>
      <h3>{t('export.pytorch')}</h3>
      <pre className="snippet" data-testid="export.snippet">
        {snippet}
      </pre>
      <button type="button" data-testid="export.copy-snippet" onClick={() => void copySnippet()}>
        {t('export.copySnippet')}
      </button>{' '}
      <span role="status">{message}</span>
    </section>
  );
}
