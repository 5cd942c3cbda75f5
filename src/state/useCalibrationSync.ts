import { useEffect, useMemo } from 'react';
import type { CalibMethod, QuantSpec } from '../core/math';
import { isSuperseded, quantWorker } from '../worker/client';
import { useAnalysis } from './analysis';
import { STANDARD_METHODS, methodId } from './calibrators';
import { errorMessage } from './loadSource';
import { useScene } from './scene';

/** Wait (ms) after the last change of tensor or spec before the calibrators run (they read every value). */
const CALIBRATION_DELAY_MS = 200;

/** The methods compared: the standard ones plus the user's own percentile, if any. */
export function useMethods(): CalibMethod[] {
  const custom = useScene((s) => s.customPercentile);
  return useMemo(() => methodsFor(custom), [custom]);
}

/** The standard methods, plus the percentile `custom` unless it is null or already one of them. */
export function methodsFor(custom: number | null): CalibMethod[] {
  return custom === null || STANDARD_METHODS.some((m) => methodId(m) === `p${custom}`)
    ? STANDARD_METHODS
    : [...STANDARD_METHODS, { kind: 'percentile', percentile: custom }];
}

/** Identity of a calibration run: tensor generation, spec and methods. */
export function calibrationKey(generation: number, spec: QuantSpec, methods: CalibMethod[]): string {
  return `${generation}:${JSON.stringify(spec)}:${methods.map(methodId).join(',')}`;
}

/** Runs every calibrator in the Worker when the tensor or the spec changes (a calibrator clip resolves to their ranges). */
export function useCalibrationSync(): void {
  const generation = useAnalysis((a) => a.generation);
  const spec = useScene((s) => s.spec);
  const methods = useMethods();
  useEffect(() => {
    if (generation === 0 || useAnalysis.getState().summary?.streamed) return; // calibrators need every value
    const key = calibrationKey(generation, spec, methods);
    if (useAnalysis.getState().calibrations?.key === key) return;
    const timer = setTimeout(() => {
      quantWorker
        .latest('calibrations', key, 'calibrations', spec, methods)
        .then((rows) => useAnalysis.getState().setCalibrations(generation, key, rows))
        .catch((err: unknown) => isSuperseded(err) || useAnalysis.getState().failed(errorMessage(err)));
    }, CALIBRATION_DELAY_MS);
    return () => clearTimeout(timer);
  }, [generation, spec, methods]);
}
