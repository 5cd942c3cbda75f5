/**
 * The model lab's engine (issue #15): digits, the MLP, PTQ evaluation with every calibrator, sensitivity, partial
 * quantization and QAT. Runs in Node and in a Worker (tfjs-core; call the core's initBackend() first). Training and
 * QAT need tfjs gradients registered once per entry point (see assertGradients). Everything returns plain data.
 */
export type * from './types';
export { DIGITS_PATH, PIXELS, decodeDigitsFile, encodeDigitsFile, convertMnistJson } from './data/digitsFile';
export { TRAIN_SIZE, SPLIT_SEED, CALIB_SIZE, splitDigits, calibrationSubset, headDigits, takeDigits, permutation } from './data/split';
export { DEFAULT_HIDDEN, MLP_LAYER_NAMES, initMlp } from './init';
export { SHIPPED_WEIGHTS_URL } from './weights/shipped';
export { loadMlpWeights, parseLayerList, CLASSES } from './load';
export { evaluateFloat, recordActivations, layerNames } from './mlp';
export { ACTIVATION_METHODS, calibMethod, weightParams, fakeQuantWeight, activationParams, activationSpec, weightSpec } from './quantizers';
export { calibrateActivations, evaluatePtq } from './ptq';
export { calibrationCache, type CalibrationCache } from './calibCache';
export { ptqTable, sensitivity, sensitivityOrder, partialSweep, configBits, throwIfAborted } from './lab';
export { defaultPtqConfigs, ptqConfig, configKey, uniqueConfigs } from './configs';
export { trainMlp, DEFAULT_TRAIN } from './train';
export { runQat, qatRecipe } from './qat';
export { learningRate } from './schedule';
export { assertGradients } from './gradients';
export { mlpToSafetensors, mlpFromBytes } from './serialize';
export type { StepHook } from './trainLoop';
export { runLab, reportPtqRow, labConfigs, DEFAULT_LAB, type LabReport, type LabOptions, type ReportPtqRow } from './report';
