import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import {
  MAX_TRAIN_EPOCHS,
  MODEL_CALIBRATORS,
  MODEL_MAX_BITS,
  MODEL_MIN_BITS,
  WEIGHT_GRANULARITIES,
  useModelLab,
  type ModelWeights,
} from '../../state/modelLab';
import { useModelResults } from '../../state/modelResults';
import { loadOwnWeights } from '../../state/modelRuns';
import { weightsStep } from '../../state/modelWeights';
import { formatCount } from '../format';
import { formatAccuracy } from './chartParts';
import { ChoiceSelect, numberChoices } from './ChoiceSelect';
import { errorText } from './errorText';

const BITS = Array.from({ length: MODEL_MAX_BITS - MODEL_MIN_BITS + 1 }, (_, i) => MODEL_MIN_BITS + i);
const CALIB_SIZES = [64, 128, 256, 512, 1024, 2048];

/** The lab's inputs: bit widths, calibrator, calibration digits, seed, and which model (shipped, trained here, or the user's). */
export function ModelSettings() {
  const { t } = useTranslation();
  const s = useModelLab(
    useShallow((m) => ({
      w: m.weightBits,
      a: m.actBits,
      calibrator: m.calibrator,
      granularity: m.granularity,
      calibSize: m.calibSize,
      seed: m.seed,
      weights: m.weights,
    })),
  );
  const { setModelLab } = useModelLab.getState();
  const info = useModelResults((r) => r.info);
  const busy = useModelResults((r) => r.job !== null);
  const loaded = useModelResults((r) => r.loaded);
  const using = useModelResults((r) => r.using);
  const [epochs, setEpochs] = useState(12);
  const fileInput = useRef<HTMLInputElement>(null);
  const layers = info?.layers.map((l) => `${l.inDim}→${l.outDim}`).join(' · ') ?? '';
  return (
    <div className="model-settings">
      <div className="lab-controls">
        <ChoiceSelect
          label={t('model.weightBits')}
          testId="model.wbits"
          value={s.w}
          options={numberChoices(BITS, s.w)}
          onPick={(weightBits) => setModelLab({ weightBits })}
        />
        <ChoiceSelect
          label={t('model.actBits')}
          testId="model.abits"
          value={s.a}
          options={numberChoices(BITS, s.a)}
          onPick={(actBits) => setModelLab({ actBits })}
        />
        <ChoiceSelect
          label={t('model.calibrator')}
          testId="model.calibrator"
          value={s.calibrator}
          options={MODEL_CALIBRATORS.map((c) => ({ value: c, text: t(`model.calibrators.${c}`) }))}
          onPick={(calibrator) => setModelLab({ calibrator })}
        />
        <ChoiceSelect
          label={t('model.weightGranularity')}
          testId="model.granularity"
          value={s.granularity}
          options={WEIGHT_GRANULARITIES.map((g) => ({ value: g, text: t(`model.granularity.${g}`) }))}
          onPick={(granularity) => setModelLab({ granularity })}
        />
        <ChoiceSelect
          label={t('model.calibSize')}
          testId="model.calibsize"
          value={s.calibSize}
          options={numberChoices(CALIB_SIZES, s.calibSize)}
          onPick={(calibSize) => setModelLab({ calibSize })}
        />
        <label>
          {t('model.seed')}
          <input
            type="number"
            data-testid="model.seed"
            min={0}
            step={1}
            value={s.seed}
            onChange={(e) =>
              Number.isInteger(Number(e.target.value)) && Number(e.target.value) >= 0 && setModelLab({ seed: Number(e.target.value) })
            }
          />
        </label>
      </div>
      <div className="lab-controls">
        <label>
          {t('model.model')}
          <select
            data-testid="model.weights"
            value={using?.kind ?? 'shipped'}
            disabled={busy}
            onChange={(e) => {
              const weights = loaded.find((w) => w.kind === e.target.value);
              if (weights) setModelLab({ weights });
            }}
          >
            {(['shipped', 'trained', 'own'] as const satisfies readonly ModelWeights['kind'][]).map((w) => (
              <option key={w} value={w} disabled={!loaded.some((l) => l.kind === w)}>
                {t(`model.weights.${w}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          data-testid="model.load-own"
          disabled={busy}
          onClick={() => fileInput.current?.click()}
          title={t('model.loadOwnHint')}
        >
          {t('model.loadOwn')}
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          hidden
          data-testid="model.own-input"
          accept=".safetensors,.npz,.json,.bin"
          onChange={(e) => {
            void loadOwnWeights([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
        <label>
          {t('model.trainEpochs')}
          <input
            type="number"
            data-testid="model.train-epochs"
            min={1}
            max={MAX_TRAIN_EPOCHS}
            value={epochs}
            onChange={(e) => setEpochs(Math.max(1, Math.min(MAX_TRAIN_EPOCHS, Number(e.target.value) || 1)))}
          />
        </label>
        <button
          type="button"
          data-testid="model.train"
          disabled={busy}
          onClick={() => setModelLab({ weights: { kind: 'trained', epochs, seed: s.seed } })}
          title={t('model.trainHint')}
        >
          {t('model.train')}
        </button>
      </div>
      {info && (
        <p className="hint" data-testid="model.info" data-fp32={info.fp32}>
          {info.name && `${info.name} · `}
          {t('model.modelInfo', { layers, accuracy: formatAccuracy(info.fp32), test: formatCount(info.testSize) })}
        </p>
      )}
      {s.weights.kind === 'own' && weightsStep(s.weights, using, loaded) === 'pending' && (
        <p className="notice" data-testid="model.own-pending">
          {t('model.ownPending', { files: s.weights.name })}{' '}
          <button type="button" disabled={busy} onClick={() => fileInput.current?.click()}>
            {t('notice.openPending', { files: s.weights.name })}
          </button>
        </p>
      )}
      {info?.message && (
        <p className="notice notice-error" role="alert" data-testid="model.train-stopped">
          {t('model.trainDiverged', { message: errorText(t, info.message) })}
        </p>
      )}
    </div>
  );
}
