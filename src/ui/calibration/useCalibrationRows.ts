import { useShallow } from 'zustand/react/shallow';
import { useAnalysis } from '../../state/analysis';
import { calibrationKey, useMethods } from '../../state/useCalibrationSync';
import { useScene } from '../../state/scene';
import type { CalibrationRow } from '../../worker/api';

/** The calibrators' rows and whether they belong to the tensor and spec on screen (false while recomputing). */
export function useCalibrationRows(): { rows: CalibrationRow[]; current: boolean } {
  const { calibrations, generation } = useAnalysis(useShallow((a) => ({ calibrations: a.calibrations, generation: a.generation })));
  const spec = useScene((s) => s.spec);
  const methods = useMethods();
  if (!calibrations) return { rows: [], current: false };
  return { rows: calibrations.rows, current: calibrations.key === calibrationKey(generation, spec, methods) };
}
