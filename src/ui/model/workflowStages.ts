import { configKey } from '../../model/configs';
import type { ModelLabInputs } from '../../state/modelLab';
import type { ModelResults } from '../../state/modelResults';
import { baseConfig, ptqKey, qatKey, sweepKey } from '../../state/modelConfig';
import type { ModelInfo, ModelProgress } from '../../worker/modelApi';
import type { StageWait, WorkflowStage } from './WorkflowChart';

interface Words {
  stage: (id: WorkflowStage['id']) => string;
  all: string;
  keep: (layers: string[]) => string;
}

/** The analysis's phases in the order they run, and the phases each stage's figure comes from (sensitivity's: k = 1 of the partial sweep). */
const CHAIN: readonly ModelProgress['phase'][] = ['ptq', 'sensitivity', 'partial'];
const SOURCES: Record<'ptq' | 'sensitivity' | 'partial', readonly ModelProgress['phase'][]> = {
  ptq: ['ptq'],
  sensitivity: ['sensitivity', 'partial'],
  partial: ['partial'],
};

/** What an analysis stage without a figure is doing while the Worker runs `phase` (null: idle). */
export function analysisWait(id: keyof typeof SOURCES, phase: ModelProgress['phase'] | null): StageWait {
  if (phase === null) return 'notRun';
  if (SOURCES[id].includes(phase)) return 'computing';
  const at = CHAIN.indexOf(phase);
  return at >= 0 && CHAIN.indexOf(SOURCES[id][0]) > at ? 'queued' : 'notRun';
}

/**
 * The workflow's stages from the current results (null where a stage has not run for the current inputs):
 * PTQ = the table's row for the base configuration; sensitivity = keeping the most sensitive layer in float (k = 1);
 * partial = the user's keep-in-float list, else the best k between 1 and all-but-one; QAT = the recipe's result.
 * `phase` is the Worker's running job (null when idle): stages it is computing say so instead of "not run".
 */
export function workflowStages(
  info: ModelInfo,
  inputs: ModelLabInputs,
  r: Pick<ModelResults, 'ptq' | 'partial' | 'keepFloat' | 'qat'>,
  phase: ModelProgress['phase'] | null,
  words: Words,
): WorkflowStage[] {
  const base = configKey(baseConfig(inputs));
  const ptq = r.ptq?.key === ptqKey(info, inputs) ? (r.ptq.value.find((row) => configKey(row.config) === base)?.accuracy ?? null) : null;
  const sk = sweepKey(info, inputs);
  const rows = r.partial?.key === sk ? r.partial.value : [];
  const first = rows.find((row) => row.k === 1) ?? null;
  let partial: { accuracy: number; float: string[] } | null = null;
  if (inputs.keepFloat.length) {
    if (r.keepFloat?.key === `${sk}|${inputs.keepFloat.join('+')}`) partial = { accuracy: r.keepFloat.value, float: inputs.keepFloat };
  } else {
    for (const row of rows) if (row.k >= 1 && row.k < info.layers.length && (!partial || row.accuracy > partial.accuracy)) partial = row;
  }
  const recipe = r.qat.recipe;
  const qat = recipe?.summary && recipe.key === qatKey(info, inputs) ? recipe.summary.after : null;
  const qatRunning = phase === 'qat' && recipe !== undefined && recipe.summary === null; // another variant may be training
  return [
    { id: 'ptq', label: words.stage('ptq'), detail: words.all, accuracy: ptq, wait: analysisWait('ptq', phase) },
    {
      id: 'sensitivity',
      label: words.stage('sensitivity'),
      detail: first ? words.keep(first.float) : '',
      accuracy: first?.accuracy ?? null,
      wait: analysisWait('sensitivity', phase),
    },
    {
      id: 'partial',
      label: words.stage('partial'),
      detail: partial ? words.keep(partial.float) : '',
      accuracy: partial?.accuracy ?? null,
      wait: analysisWait('partial', phase),
    },
    {
      id: 'qat',
      label: words.stage('qat'),
      detail: inputs.keepFloat.length ? words.keep(inputs.keepFloat) : words.all,
      accuracy: qat,
      wait: qatRunning ? 'computing' : 'notRun',
    },
  ];
}
