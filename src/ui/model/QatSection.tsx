import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useModelLab, type LrSchedule, type SteKind } from '../../state/modelLab';
import { useModelResults } from '../../state/modelResults';
import { runQat } from '../../state/modelRuns';
import type { QatVariant } from '../../worker/modelApi';
import { useChartFont } from '../chartFont';
import { useWidth } from '../useSize';
import { formatAccuracy } from './chartParts';
import { ChoiceSelect, numberChoices } from './ChoiceSelect';
import { EpochAccuracyChart, LossChart } from './QatCharts';
import { errorText } from './errorText';
import { qatSeries } from './qatSeries';

const VARIANTS: QatVariant[] = ['recipe', 'untuned'];
const LR_FACTORS = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1];
const SCHEDULES: readonly LrSchedule[] = ['cosine', 'linear'];
const STES: readonly SteKind[] = ['clipped', 'identity'];
const SUBSETS = [256, 1000, 2000, 4000, 8000];

/** Section 4: QAT settings, the recipe and the untuned run side by side (live loss and per-epoch accuracy), Cancel above. */
export function QatSection() {
  const { t } = useTranslation();
  const box = useRef<HTMLElement>(null);
  const width = useWidth(box, 900);
  const font = useChartFont();
  const qat = useModelLab((s) => s.qat);
  const { setQat } = useModelLab.getState();
  const info = useModelResults((r) => r.info);
  const runs = useModelResults((r) => r.qat);
  const busy = useModelResults((r) => r.job !== null);
  if (!info) return null;
  const series = qatSeries(runs, (v) => t(`model.qat.variants.${v}`));
  const before = VARIANTS.map((v) => runs[v]?.summary?.before).find((b) => b !== undefined) ?? null;
  const column = width >= 900 ? Math.floor((width - 56) / 2) : width - 32;
  return (
    <section className="panel" ref={box} data-testid="model.qat">
      <h2>{t('model.qat.heading')}</h2>
      <p className="hint">{t('model.qat.hint')}</p>
      <div className="lab-controls">
        <label>
          {t('model.qat.epochs')}
          <input
            type="number"
            data-testid="model.qat.epochs"
            min={1}
            max={20}
            value={qat.epochs}
            onChange={(e) => setQat({ epochs: Math.max(1, Math.min(20, Math.round(Number(e.target.value) || 1))) })}
          />
        </label>
        <ChoiceSelect
          label={t('model.qat.lrFactor')}
          testId="model.qat.lr"
          value={qat.lrFactor}
          options={numberChoices(LR_FACTORS, qat.lrFactor)}
          onPick={(lrFactor) => setQat({ lrFactor })}
        />
        <ChoiceSelect
          label={t('model.qat.schedule')}
          testId="model.qat.schedule"
          value={qat.schedule}
          options={SCHEDULES.map((s) => ({ value: s, text: t(`model.qat.schedules.${s}`) }))}
          onPick={(schedule) => setQat({ schedule })}
        />
        <ChoiceSelect
          label={t('model.qat.ste')}
          testId="model.qat.ste"
          value={qat.ste}
          options={STES.map((s) => ({ value: s, text: t(`model.qat.stes.${s}`) }))}
          onPick={(ste) => setQat({ ste })}
        />
        <ChoiceSelect
          label={t('model.qat.subset')}
          testId="model.qat.subset"
          value={qat.subset}
          options={numberChoices(SUBSETS, qat.subset)}
          onPick={(subset) => setQat({ subset })}
        />
        {VARIANTS.map((v) => (
          <button key={v} type="button" data-testid={`model.qat.run.${v}`} disabled={busy} onClick={() => void runQat(v)}>
            {t(v === 'recipe' ? 'model.qat.runRecipe' : 'model.qat.runUntuned')}
          </button>
        ))}
      </div>
      <ul className="qat-results">
        {VARIANTS.map((v) => {
          const s = runs[v]?.summary;
          if (!s) return null;
          return (
            <li
              key={v}
              className={`series-${v}`}
              data-testid={`model.qat.result.${v}`}
              data-before={s.before}
              data-after={s.after}
              data-stopped={s.stopped ?? ''}
            >
              {t('model.qat.result', {
                variant: t(`model.qat.variants.${v}`),
                before: formatAccuracy(s.before),
                after: formatAccuracy(s.after),
              })}
              {s.stopped === 'cancelled' && ` (${t('model.qat.stoppedEarly', { epochs: s.accuracyPerEpoch.length })})`}
              {s.stopped === 'diverged' && (
                <span className="notice-error"> {t('model.qat.diverged', { message: s.message ? errorText(t, s.message) : '' })}</span>
              )}
            </li>
          );
        })}
      </ul>
      {series.length > 0 && (
        <div className="lab-charts">
          <div>
            <h3>{t('model.qat.loss')}</h3>
            <LossChart
              series={series}
              width={column}
              height={220}
              font={font}
              labels={{ axis: t('model.qat.lossAxis'), steps: t('model.qat.steps'), aria: t('model.qat.lossAria') }}
            />
          </div>
          <div>
            <h3>{t('model.qat.accuracy')}</h3>
            <EpochAccuracyChart
              series={series}
              epochs={Math.max(qat.epochs, ...series.map((s) => s.accuracy.length))}
              fp32={info.fp32}
              ptq={before}
              width={column}
              height={220}
              font={font}
              labels={{
                epoch: t('model.qat.epoch'),
                fp32: 'FP32',
                ptq: t('model.qat.ptqStart'),
                aria: t('model.qat.accuracyAria'),
              }}
            />
          </div>
        </div>
      )}
    </section>
  );
}
