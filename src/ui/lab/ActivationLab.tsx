import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberField } from '../NumberField';
import { useShallow } from 'zustand/react/shallow';
import { useScene } from '../../state/scene';
import { BOUNDS } from '../../state/url/bounds';
import { useAnalysis } from '../../state/analysis';
import { LAB_ACTIVATIONS, NEGATIVE_WINDOW, type LabActivation } from '../../shared/labs';
import { quantWorker } from '../../worker/client';
import { useChartFont } from '../chartFont';
import { formatPercent, formatSig } from '../format';
import { levelsInDomain } from '../histogram/geometry';
import { useWidth } from '../useSize';
import { BertTable } from './BertTable';
import { CurveChart } from './CurveChart';
import { MiniHistogram } from './MiniHistogram';
import { useWorkerResult } from './useWorkerResult';

/** Pre-activations in the lab (as many as the default explorer sample keeps it quick). */
const LAB_SIZE = 1 << 18;

/** Activation functions under symmetric vs asymmetric quantization: the curve, the outputs, the negative levels. */
export function ActivationLab() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 1000);
  const font = useChartFont();
  const { lab, spec } = useScene(useShallow((s) => ({ lab: s.lab, spec: s.spec })));
  const { setLab } = useScene.getState();
  const generation = useAnalysis((a) => a.generation);
  const loadedName = useAnalysis((a) => a.summary?.name ?? '');
  const request = { ...lab, size: LAB_SIZE, spec: { ...spec, signed: true, narrowRange: false } };
  const key = `${JSON.stringify(request)}:${lab.input === 'loaded' ? generation : ''}`;
  const { result, error, current } = useWorkerResult(key, () => quantWorker.latest('activationLab', key, 'activationLab', request));
  const column = width >= 760 ? Math.floor((width - 24) / 2) : width;
  const max = result?.rows.find((r) => r.id === 'max');

  return (
    <section className="panel" ref={box} data-testid="lab.panel" data-current={current}>
      <h2>{t('lab.heading')}</h2>
      <p className="hint">{t('lab.intro')}</p>
      <div className="lab-controls">
        <label>
          {t('lab.function')}
          <select data-testid="lab.fn" value={lab.fn} onChange={(e) => setLab({ fn: e.target.value as LabActivation })}>
            {LAB_ACTIVATIONS.map((fn) => (
              <option key={fn} value={fn}>
                {t(`lab.fns.${fn}`)}
              </option>
            ))}
          </select>
        </label>
        {lab.fn === 'gelu-clamp' && (
          <label>
            c
            <NumberField
              testId="lab.clamp"
              rules={BOUNDS.clamp}
              step={0.5}
              value={lab.clamp}
              onCommit={(clamp) => clamp !== null && setLab({ clamp })}
            />
          </label>
        )}
        <label>
          {t('lab.input')}
          <select
            data-testid="lab.input"
            value={lab.input}
            onChange={(e) => setLab({ input: e.target.value === 'loaded' ? 'loaded' : 'gaussian' })}
          >
            <option value="gaussian">{t('lab.inputGaussian')}</option>
            <option value="loaded">{t('lab.inputLoaded', { name: loadedName })}</option>
          </select>
        </label>
        {lab.input === 'gaussian' && (
          <>
            <label>
              σ
              <NumberField
                testId="lab.sigma"
                rules={BOUNDS.sigma}
                step={0.5}
                value={lab.sigma}
                onCommit={(sigma) => sigma !== null && setLab({ sigma })}
              />
            </label>
            <label>
              {t('sample.seed')}
              <NumberField
                testId="lab.seed"
                rules={BOUNDS.lseed}
                step={1}
                value={lab.seed}
                onCommit={(seed) => seed !== null && setLab({ seed })}
              />
            </label>
          </>
        )}
        <span className="presets">
          {t('lab.presets')}:
          <button type="button" data-testid="lab.preset.gelu" onClick={() => setLab({ fn: 'gelu', sigma: 3 })}>
            {t('lab.presetWide')}
          </button>
          <button type="button" data-testid="lab.preset.gelu10" onClick={() => setLab({ fn: 'gelu10', sigma: 3 })}>
            {t('lab.presetNarrow')}
          </button>
        </span>
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <>
          <div className="lab-charts">
            <div>
              <h3>{t('lab.curve')}</h3>
              <CurveChart curve={result.curve} minimum={result.minimum} width={column} height={220} font={font} />
            </div>
            <div>
              <h3>{t('lab.outputs')}</h3>
              <MiniHistogram h={result.output} width={column} height={220} font={font} testId="lab.output" label={t('lab.outputs')} />
            </div>
          </div>
          {max && (
            <div className="lab-negative">
              <h3>
                {t('lab.negativeZoom')}{' '}
                <span className="badge badge-estimate" data-testid="lab.negative-levels">
                  {t('lab.negativeLevels', { count: max.negativeLevels })}
                </span>
              </h3>
              <MiniHistogram
                h={result.negatives}
                width={width - 8}
                height={170}
                font={font}
                testId="lab.negatives"
                label={t('lab.negativeZoom')}
                levels={levelsInDomain(max.params, NEGATIVE_WINDOW) ?? []}
              />
              <p className="hint">{t('lab.negativeHint', { step: formatSig(max.params.scale) })}</p>
            </div>
          )}
          <div className="table-scroll">
            <table className="calib-table lab-table" data-testid="lab.table">
              <thead>
                <tr>
                  <th>{t('calib.method')}</th>
                  <th>{t('calib.range')}</th>
                  <th>{t('calib.scale')}</th>
                  <th>{t('lab.negativeLevelsColumn')}</th>
                  <th>{t('lab.mseCore')}</th>
                  <th>{t('lab.mseAll')}</th>
                  <th>{t('error.clipped')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((r) => (
                  <tr key={r.id} data-testid={`lab.row.${r.id}`} data-negative-levels={r.negativeLevels}>
                    <td>{t(`lab.rows.${r.id}`)}</td>
                    <td className="num">
                      [{formatSig(r.range.min, 4)}, {formatSig(r.range.max, 4)}]
                    </td>
                    <td className="num">{formatSig(r.params.scale, 4)}</td>
                    <td className="num">{r.negativeLevels}</td>
                    <td className="num">{formatSig(r.mseCore)}</td>
                    <td className="num">{formatSig(r.mse)}</td>
                    <td className="num">{formatPercent(r.clipped)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <BertTable />
    </section>
  );
}
