import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAnalysis } from '../../state/analysis';
import { useClipRange, useErrorView, useExactCodeCounts, useQuantParams } from '../../state/derived';
import { useScene } from '../../state/scene';
import { methodLabel } from '../calibration/methodLabel';
import { useCalibrationRows } from '../calibration/useCalibrationRows';
import { useModelLab } from '../../state/modelLab';
import { useModelResults } from '../../state/modelResults';
import { sweepKey } from '../../state/modelConfig';
import { lessonNumbers, type LessonNumber, type NumberSources } from './numbers';

/** The Model tab's figures for its current inputs: FP32, all layers quantized, the most sensitive kept in float. */
function useModelFigures(): NumberSources['model'] {
  const inputs = useModelLab();
  const { info, sensitivity, partial } = useModelResults(
    useShallow((r) => ({ info: r.info, sensitivity: r.sensitivity, partial: r.partial })),
  );
  const key = info ? sweepKey(info, inputs) : null;
  const rows = partial?.key === key ? partial.value : null;
  return useMemo(
    () => ({
      fp32: info?.fp32 ?? null,
      ptq: rows?.find((r) => r.k === 0)?.accuracy ?? null,
      partial: rows?.find((r) => r.k === 1)?.accuracy ?? null,
      sensitiveLayer: sensitivity?.key === key ? (sensitivity.value.order[0] ?? null) : null,
    }),
    [info, rows, sensitivity, key],
  );
}

/** The figures lesson texts cite, read from the scene on screen (the same values the panels show). */
export function useLessonNumbers(): Partial<Record<LessonNumber, string>> {
  const { t } = useTranslation();
  const spec = useScene((s) => s.spec);
  const range = useClipRange();
  const params = useQuantParams();
  const error = useErrorView();
  const stats = useAnalysis((a) => a.summary?.stats ?? null);
  const codeCounts = useExactCodeCounts();
  const { rows, current } = useCalibrationRows();
  const best = current && rows.length ? rows.reduce((a, b) => (b.stats.mse < a.stats.mse ? b : a)) : null;
  const bestCalib = best ? methodLabel(t, best.method) : null;
  const model = useModelFigures();
  return useMemo(
    () => lessonNumbers({ spec, range, params, error: error?.stats ?? null, stats, codeCounts, bestCalib, model }),
    [spec, range, params, error, stats, codeCounts, bestCalib, model],
  );
}
