import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PartialRow, SensitivityRow } from '../../model/types';
import { WorkflowChart } from './WorkflowChart';
import { SensitivityChart } from './SensitivityChart';
import { PartialChart } from './PartialChart';
import { EpochAccuracyChart, LossChart, type QatSeries } from './QatCharts';
import { legendLayout } from './chartParts';
import { modelEn, modelKo } from '../../i18n/model';
import { CHART_FONT, textWidth } from '../chartFont';
import { outside, overlaps, textBoxes } from '../../../tests/helpers/svgText';

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
        font={13}
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
        font={13}
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
        font={13}
        labels={{ k: 'k =', fp32: 'FP32', aria: 'partial', pick: (r) => `keep ${r.float.join(',')}` }}
      />,
    );
    expect(out).toContain('class="point selected"');
    expect(out).toContain('+fc3');
    expect(out).toMatchSnapshot();
  });
  it('draw QAT loss per step and accuracy per epoch from the PTQ start', () => {
    const loss = svg(
      <LossChart series={series} width={400} height={200} font={13} labels={{ axis: 'loss', steps: 'step', aria: 'loss' }} />,
    );
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
        font={13}
        labels={{ epoch: 'epoch', fp32: 'FP32', ptq: 'PTQ', aria: 'accuracy' }}
      />,
    );
    expect(acc.match(/<circle /g)).toHaveLength(6); // PTQ start + 2 epochs, for each run
    expect(acc).toMatchSnapshot();
  });
});

/** The five charts with one language's words at `font` px, as the Model tab sizes them (sections ≤ 900 px, QAT halves ≈ 600 px). */
function modelCharts(words: typeof modelEn, font: number): { name: string; markup: string; width: number; height: number }[] {
  const { sensitivity: se, partial: pa, qat, workflow: wf } = words;
  const drops: SensitivityRow[] = [
    { layer: 'fc1', kind: 'only', bits: 3, accuracy: 0.9545 },
    { layer: 'fc1', kind: 'all-but', bits: 3, accuracy: 0.7645 },
    { layer: 'fc2', kind: 'only', bits: 3, accuracy: 0.8775 },
    { layer: 'fc2', kind: 'all-but', bits: 3, accuracy: 0.8825 },
    { layer: 'fc3', kind: 'only', bits: 3, accuracy: 0.9235 },
    { layer: 'fc3', kind: 'all-but', bits: 3, accuracy: 0.845 },
  ];
  const named = series.map((s) => ({ ...s, label: qat.variants[s.id], loss: s.loss.map((v) => v * 3) }));
  return [
    {
      name: 'workflow',
      width: 900,
      height: 260,
      markup: renderToStaticMarkup(
        <WorkflowChart
          stages={[
            { id: 'ptq', label: wf.stages.ptq, detail: wf.all, accuracy: 0.738, wait: 'notRun' },
            {
              id: 'sensitivity',
              label: wf.stages.sensitivity,
              detail: wf.keep.replace('{{layers}}', 'fc2'),
              accuracy: 0.8825,
              wait: 'notRun',
            },
            {
              id: 'partial',
              label: wf.stages.partial,
              detail: wf.keep.replace('{{layers}}', 'fc2, fc3'),
              accuracy: 0.9545,
              wait: 'notRun',
            },
            { id: 'qat', label: wf.stages.qat, detail: wf.all, accuracy: null, wait: 'notRun' },
          ]}
          fp32={0.9685}
          width={900}
          height={260}
          font={font}
          labels={{ fp32: 'FP32', notRun: wf.notRun, computing: wf.computing, queued: wf.queued, aria: wf.aria }}
        />,
      ),
    },
    {
      name: 'sensitivity',
      width: 900,
      height: 240,
      markup: renderToStaticMarkup(
        <SensitivityChart
          rows={drops}
          layers={['fc1', 'fc2', 'fc3']}
          fp32={0.9685}
          width={900}
          height={240}
          font={font}
          labels={{ only: se.only, allBut: se.allBut, axis: se.axis, aria: se.aria }}
        />,
      ),
    },
    {
      name: 'partial',
      width: 900,
      height: 240,
      markup: renderToStaticMarkup(
        <PartialChart
          rows={partial}
          fp32={0.9685}
          selected={0}
          width={900}
          height={240}
          font={font}
          labels={{ k: pa.k, fp32: 'FP32', aria: pa.aria, pick: (r) => r.float.join(',') }}
        />,
      ),
    },
    {
      name: 'loss',
      width: 600,
      height: 220,
      markup: renderToStaticMarkup(
        <LossChart
          series={named}
          width={600}
          height={220}
          font={font}
          labels={{ axis: qat.lossAxis, steps: qat.steps, aria: qat.lossAria }}
        />,
      ),
    },
    {
      name: 'accuracy',
      width: 600,
      height: 220,
      markup: renderToStaticMarkup(
        <EpochAccuracyChart
          series={named}
          epochs={2}
          fp32={0.9685}
          ptq={0.738}
          width={600}
          height={220}
          font={font}
          labels={{ epoch: qat.epoch, fp32: 'FP32', ptq: qat.ptqStart, aria: qat.accuracyAria }}
        />,
      ),
    },
  ];
}

describe('model lab charts in presenter mode', () => {
  for (const [lang, words] of [
    ['en', modelEn],
    ['ko', modelKo],
  ] as const)
    for (const font of [CHART_FONT.screen, CHART_FONT.presenter])
      it(`keep every label inside the SVG and clear of the others (${lang}, ${font} px): "100 %", stage names, axis titles, legends`, () => {
        for (const chart of modelCharts(words, font)) {
          const boxes = textBoxes(chart.markup, font);
          expect(boxes.length, chart.name).toBeGreaterThan(5);
          expect(outside(boxes, chart.width, chart.height), chart.name).toEqual([]);
          expect(overlaps(boxes), chart.name).toEqual([]);
        }
      });
  it('space legend entries by their labels’ widths (a long label no longer runs into the next swatch)', () => {
    const { x, width } = legendLayout(['only this layer', 'all but this layer'], 18);
    expect(x[0]).toBe(0);
    expect(x[1]).toBeCloseTo(18 + 4 + textWidth('only this layer', 18) + 18, 6);
    expect(width).toBeCloseTo(x[1] + 18 + 4 + textWidth('all but this layer', 18), 6);
  });
});
