import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useAnalysis } from '../../state/analysis';
import { useErrorView, useExactCodeCounts, useQuantParams } from '../../state/derived';
import { useScene } from '../../state/scene';
import { methodLabel } from '../calibration/methodLabel';
import { useCalibrationRows } from '../calibration/useCalibrationRows';
import { lessonNumbers, type LessonNumber } from './numbers';

/** The figures lesson texts cite, read from the scene on screen (the same values the panels show). */
export function useLessonNumbers(): Partial<Record<LessonNumber, string>> {
  const { t } = useTranslation();
  const { spec, range } = useScene(useShallow((s) => ({ spec: s.spec, range: s.range })));
  const params = useQuantParams();
  const error = useErrorView();
  const stats = useAnalysis((a) => a.summary?.stats ?? null);
  const codeCounts = useExactCodeCounts();
  const { rows, current } = useCalibrationRows();
  const best = current && rows.length ? rows.reduce((a, b) => (b.stats.mse < a.stats.mse ? b : a)) : null;
  const bestCalib = best ? methodLabel(t, best.method) : null;
  return useMemo(
    () => lessonNumbers({ spec, range, params, error: error?.stats ?? null, stats, codeCounts, bestCalib }),
    [spec, range, params, error, stats, codeCounts, bestCalib],
  );
}
