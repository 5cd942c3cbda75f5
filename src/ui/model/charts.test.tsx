import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PartialRow, SensitivityRow } from '../../model/types';
import { WorkflowChart } from './WorkflowChart';
import { SensitivityChart } from './SensitivityChart';
import { PartialChart } from './PartialChart';
import { EpochAccuracyChart, LossChart, type QatSeries } from './QatCharts';

const sensitivity: SensitivityRow[] = [
  { layer: 'fc1', kind: 'only', bits: 4, accuracy: 0.963 },
  { layer: 'fc1', kind: 'all-but', bits: 4, accuracy: 0.948 },
  { layer: 'fc2', kind: 'only', bits: 4, accuracy: 0.9575 },
  { layer: 'fc2', kind: 'all-but', bits: 4, accuracy: 0.9575 },
  { layer: 'fc3', kind: 'only', bits: 4, accuracy: 0.9605 },
  { layer: 'fc3', kind: 'all-but', bits: 4, accuracy: 0.954 },
];
const partial: PartialRow[] = [
  { k: 0, float: [], accuracy: 0.944 },
  { k: 1, float: ['fc2'], accuracy: 0.958 },
  { k: 2, float: ['fc2', 'fc3'], accuracy: 0.963 },
  { k: 3, float: ['fc2', 'fc3', 'fc1'], accuracy: 0.963 },
];
const series: QatSeries[] = [
  { id: 'recipe', label: 'recipe', loss: [0.4, 0.3, 0.25, 0.2], accuracy: [0.955, 0.96] },
  { id: 'untuned', label: 'untuned', loss: [0.4, 0.9, 0.5, 0.45], accuracy: [0.93, 0.945] },
];

/** SVG text with every number rounded to 3 decimals, so the snapshot does not hang on float noise. */
const svg = (el: React.ReactElement): string =>
  renderToStaticMarkup(el).replace(/-?\d+\.\d{4,}/g, (m) => String(Number(Number(m).toFixed(3))));

describe('model lab charts', () => {
  it('draw the workflow: a column per stage that ran, why the others have none, FP32 dashed', () => {
    const out = svg(
      <WorkflowChart
        stages={[
          { id: 'ptq', label: 'PTQ', detail: 'all layers', accuracy: 0.944, wait: 'notRun' },
          { id: 'sensitivity', label: 'sensitivity', detail: '', accuracy: null, wait: 'computing' },
          { id: 'partial', label: 'partial', detail: '', accuracy: null, wait: 'queued' },
          { id: 'qat', label: 'QAT', detail: 'all layers', accuracy: null, wait: 'notRun' },
        ]}
        fp32={0.963}
        width={600}
        height={260}
        labels={{ fp32: 'FP32', notRun: 'not run', computing: 'computing…', queued: 'waiting', aria: 'workflow' }}
      />,
    );
    expect(out.match(/<rect /g)).toHaveLength(1);
    expect(out).toContain('class="pending computing"');
    expect(out).toContain('>computing…<');
    expect(out).toContain('>waiting<');
    expect(out).toContain('>not run<');
    expect(out).toContain('94.40 %');
    expect(out).toMatchSnapshot();
  });
  it('draw sensitivity as drops in points, two bars per layer', () => {
    const out = svg(
      <SensitivityChart
        rows={sensitivity}
        layers={['fc1', 'fc2', 'fc3']}
        fp32={0.963}
        width={600}
        height={240}
        labels={{ only: 'only', allBut: 'all but', axis: 'drop (points)', aria: 'sensitivity' }}
      />,
    );
    expect(out).toContain('>1.50<'); // fc1 all-but: 96.3 − 94.8
    expect(out).toContain('>0.55<'); // fc2 only
    expect(out).toMatchSnapshot();
  });
  it('draw partial quantization with the chosen k highlighted and each point naming the layer it adds', () => {
    const out = svg(
      <PartialChart
        rows={partial}
        fp32={0.963}
        selected={1}
        width={600}
        height={240}
        labels={{ k: 'k =', fp32: 'FP32', aria: 'partial', pick: (r) => `keep ${r.float.join(',')}` }}
      />,
    );
    expect(out).toContain('class="point selected"');
    expect(out).toContain('+fc3');
    expect(out).toMatchSnapshot();
  });
  it('draw QAT loss per step and accuracy per epoch from the PTQ start', () => {
    const loss = svg(<LossChart series={series} width={400} height={200} labels={{ axis: 'loss', steps: 'step', aria: 'loss' }} />);
    expect(loss.match(/data-points="4"/g)).toHaveLength(2); // one path per run, 4 steps each
    expect(loss).toContain('>untuned<'); // the legend
    expect(loss).toMatch(/<text class="axis-label" transform="translate\(0,[\d.]+\) rotate\(-90\)"[^>]*>loss</); // upright, left
    expect(loss).toMatchSnapshot();
    const acc = svg(
      <EpochAccuracyChart
        series={series}
        epochs={2}
        fp32={0.963}
        ptq={0.944}
        width={400}
        height={200}
        labels={{ epoch: 'epoch', fp32: 'FP32', ptq: 'PTQ', aria: 'accuracy' }}
      />,
    );
    expect(acc.match(/<circle /g)).toHaveLength(6); // PTQ start + 2 epochs, for each run
    expect(acc).toMatchSnapshot();
  });
});
