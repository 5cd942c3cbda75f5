import { describe, expect, it } from 'vitest';
import { qparams, type QuantSpec } from '../../core/math';
import type { CalibrationRow } from '../../worker/api';
import { codeCounts, seededHistogram, svgSnapshot } from '../../../tests/helpers/ui';
import { HistogramView, type HistogramViewProps } from './HistogramView';

const spec: QuantSpec = { bits: 3, mode: 'affine', signed: true, narrowRange: false };
const text = { title: 'Histogram', xLabel: 'value', yLabel: 'count', lo: 'β', hi: 'α' };
const stats = { mse: 0, sqnrDb: 0, maxAbsError: 0, clipped: 0, levelsUsed: 0 };

function props(over: Partial<HistogramViewProps> = {}): HistogramViewProps {
  const { data, hist } = seededHistogram(64);
  const range = { min: -1, max: 1.2 };
  const markers: CalibrationRow[] = [
    { method: { kind: 'max' }, range: { min: hist.lo, max: hist.hi }, params: qparams(range, spec), stats },
    { method: { kind: 'entropy' }, range: { min: -0.8, max: 0.8 }, params: qparams(range, spec), stats },
  ];
  return {
    width: 600,
    plotHeight: 300,
    font: 13,
    hist,
    domain: { min: hist.lo * 1.05, max: hist.hi * 1.05 },
    bounds: { min: hist.lo * 1.05, max: hist.hi * 1.05 },
    range,
    params: qparams(range, spec),
    logCounts: true,
    codeCounts: codeCounts(data, range, spec),
    markers,
    widened: null,
    text,
    ...over,
  };
}

describe('HistogramView', () => {
  it('draws bars, 3-bit landings as spikes, levels, clipping, calibrator lines and both handles', () => {
    expect(svgSnapshot(<HistogramView {...props()} />)).toMatchSnapshot();
  });

  it('draws 8-bit landings as one outline so the bars stay readable', () => {
    const s = { ...spec, bits: 8 };
    const { data } = seededHistogram(64);
    const range = { min: -1, max: 1.2 };
    const html = svgSnapshot(
      <HistogramView {...props({ params: qparams(range, s), codeCounts: codeCounts(data, range, s), markers: null })} />,
    );
    expect(html).toContain('data-style="outline"');
    expect(html).not.toContain('data-style="spikes"');
  });

  it('marks β′ = 0 where an affine range above 0 really starts', () => {
    const range = { min: 0.3, max: 1.2 };
    const html = svgSnapshot(
      <HistogramView {...props({ range, params: qparams(range, spec), widened: { handle: 'min', label: 'β′ = 0' }, markers: null })} />,
    );
    expect(html).toContain('data-testid="hist.widened"');
    expect(html).toMatchSnapshot();
  });

  it('sets the chart text size it was given (18 px in presenter mode)', () => {
    expect(svgSnapshot(<HistogramView {...props({ font: 18 })} />)).toContain('font-size:18px');
  });
});
