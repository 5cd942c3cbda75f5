import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useScene } from '../../state/scene';
import { useAnalysis } from '../../state/analysis';
import { quantWorker } from '../../worker/client';
import { SMOOTH_SHAPE } from '../../shared/labs';
import { formatDb, formatSig } from '../format';
import { useWidth } from '../useSize';
import { useWorkerResult } from './useWorkerResult';
import { MiniHistogram } from './MiniHistogram';
import { ChannelBars } from './ChannelBars';

/** SmoothQuant: move the outliers' scale from the activations into the weights, and watch the int8 errors. */
export function SmoothLab() {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 1000);
  const alpha = useScene((s) => s.smoothAlpha);
  const seed = useScene((s) => s.lab.seed);
  const own = useScene((s) => s.smoothOwn);
  const listing = useAnalysis((a) => a.listing);
  const listingKey = useAnalysis((a) => a.listingKey);
  const matrices = (listing?.tensors ?? []).filter((x) => x.shape.length === 2);
  const key = `${alpha}:${seed}:${JSON.stringify(own)}:${own ? listingKey : ''}`;
  const { result, error, current } = useWorkerResult(key, () => quantWorker.latest('smoothLab', key, 'smoothLab', alpha, seed, own));
  const pick = (role: 'x' | 'w', name: string) => {
    const next = { x: own?.x ?? matrices[0]?.name ?? '', w: own?.w ?? matrices[1]?.name ?? matrices[0]?.name ?? '', [role]: name };
    useScene.getState().setSmoothOwn(next);
  };
  const half = width >= 760 ? Math.floor((width - 24) / 2) : width;
  const rows = result
    ? ([
        ['X', result.before.x, result.after.x],
        ['W', result.before.w, result.after.w],
        ['Y = X·W', result.before.product, result.after.product],
      ] as const)
    : [];
  return (
    <section className="panel" ref={box} data-testid="smooth.panel" data-current={current}>
      <h2>{t('smooth.heading')}</h2>
      <p className="hint">{t('smooth.intro', { ...SMOOTH_SHAPE })}</p>
      <div className="lab-controls">
        <label>
          {t('smooth.source')}
          <select
            data-testid="smooth.source"
            value={own ? 'own' : 'seeded'}
            onChange={(e) =>
              e.target.value === 'own' ? pick('x', own?.x ?? matrices[0]?.name ?? '') : useScene.getState().setSmoothOwn(null)
            }
          >
            <option value="seeded">{t('smooth.seeded')}</option>
            <option value="own" disabled={matrices.length === 0}>
              {t('smooth.own')}
            </option>
          </select>
        </label>
        {own &&
          (['x', 'w'] as const).map((role) => (
            <label key={role}>
              {role === 'x' ? 'X' : 'W'}
              <select data-testid={`smooth.own.${role}`} value={own[role]} onChange={(e) => pick(role, e.target.value)}>
                {matrices.map((m) => (
                  <option key={m.name} value={m.name}>{`${m.name} [${m.shape.join('×')}]`}</option>
                ))}
              </select>
            </label>
          ))}
      </div>
      {matrices.length === 0 && <p className="hint">{t('smooth.ownHint')}</p>}
      {error && (
        <p className="notice notice-error" role="alert" data-testid="smooth.error">
          {error}
        </p>
      )}
      <label className="inline-field">
        α = <output data-testid="smooth.alpha.value">{alpha.toFixed(2)}</output>
        <input
          type="range"
          data-testid="smooth.alpha"
          min={0}
          max={1}
          step={0.05}
          value={alpha}
          onChange={(e) => useScene.getState().setSmoothAlpha(Number(e.target.value))}
        />
        <span className="hint">{t('smooth.formula')}</span>
      </label>
      {result && (
        <>
          <div className="lab-charts">
            <div>
              <h3>{t('smooth.xBefore')}</h3>
              <ChannelBars
                values={result.xAbsMax}
                outliers={result.outlierChannels}
                width={half}
                testId="smooth.x-before"
                label={t('smooth.xBefore')}
              />
              <h3>{t('smooth.xAfter')}</h3>
              <ChannelBars
                values={result.xSmoothAbsMax}
                outliers={result.outlierChannels}
                width={half}
                testId="smooth.x-after"
                label={t('smooth.xAfter')}
              />
            </div>
            <div>
              <h3>{t('smooth.wBefore')}</h3>
              <ChannelBars
                values={result.wAbsMax}
                outliers={result.outlierChannels}
                width={half}
                testId="smooth.w-before"
                label={t('smooth.wBefore')}
              />
              <h3>{t('smooth.wAfter')}</h3>
              <ChannelBars
                values={result.wSmoothAbsMax}
                outliers={result.outlierChannels}
                width={half}
                testId="smooth.w-after"
                label={t('smooth.wAfter')}
              />
            </div>
          </div>
          <div className="lab-charts smooth-histograms">
            {(['x', 'xSmooth', 'w', 'wSmooth'] as const).map((k) => (
              <div key={k}>
                <h3>{t(`smooth.hist.${k}`)}</h3>
                <MiniHistogram
                  h={result.histograms[k]}
                  width={half}
                  height={120}
                  testId={`smooth.hist.${k}`}
                  label={t(`smooth.hist.${k}`)}
                />
              </div>
            ))}
          </div>
          <table className="calib-table" data-testid="smooth.table">
            <thead>
              <tr>
                <th />
                <th>{t('smooth.mseBefore')}</th>
                <th>{t('smooth.mseAfter')}</th>
                <th>{t('smooth.sqnrBefore')}</th>
                <th>{t('smooth.sqnrAfter')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([name, before, after]) => (
                <tr key={name} data-testid={`smooth.row.${name === 'Y = X·W' ? 'product' : name}`} data-after-mse={after.mse}>
                  <td>{name}</td>
                  <td className="num">{formatSig(before.mse)}</td>
                  <td className="num">{formatSig(after.mse)}</td>
                  <td className="num">{formatDb(before.sqnrDb)}</td>
                  <td className="num">{formatDb(after.sqnrDb)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
