import { calibrateRecorded, recordInputs, type RecordedInputs } from './ptq';
import type { ActivationQuant, Calibration, Digits, MlpWeights } from './types';

/** Calibrations for one model and calibration subset: layer inputs recorded once per GELU variant, each (method, mode, bits) once. */
export interface CalibrationCache {
  get(a: ActivationQuant, gelu10: boolean): Promise<Calibration>;
}

/** A cache over (model, calib); build one per table or sweep. */
export function calibrationCache(model: MlpWeights, calib: Digits): CalibrationCache {
  const inputs = new Map<boolean, Promise<RecordedInputs>>();
  const ranges = new Map<string, Calibration>();
  return {
    async get(a, gelu10) {
      const key = `${a.method}|${a.mode}|${a.bits}|${gelu10}`;
      const hit = ranges.get(key);
      if (hit) return hit;
      let rec = inputs.get(gelu10);
      if (!rec) inputs.set(gelu10, (rec = recordInputs(model, calib, gelu10)));
      const c = calibrateRecorded(model, await rec, [a.method], a)[0];
      ranges.set(key, c);
      return c;
    },
  };
}
