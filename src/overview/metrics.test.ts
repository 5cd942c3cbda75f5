import { describe, expect, it } from 'vitest';
import { filterRows, layerOrder, sortRows } from './metrics';
import type { OverviewRow, TensorOverview } from './types';

function row(index: number, name: string, kurtosis: number, channel: number | null = null): TensorOverview {
  return {
    index,
    name,
    dtype: 'F32',
    shape: [4],
    params: 4,
    finite: 4,
    nan: 0,
    inf: 0,
    min: -1,
    max: 1,
    absmax: 1,
    mean: 0,
    std: 1,
    kurtosis,
    zeros: 0,
    outlierShare: 0,
    outlierShareAbs: 0,
    channelAxis: null,
    channels: null,
    channelSpread: null,
    fp16Overflow: 0,
    fp16Underflow: 0,
    int8TensorSqnrDb: 40,
    int8ChannelSqnrDb: channel,
    int4GroupSqnrDb: null,
    bestCalibrator: { method: 'max', amax: 1, mse: 0, sqnrDb: 40 },
    estimated: [],
  };
}
const broken: OverviewRow = { index: 3, name: 'layers.1.odd', dtype: 'C64', shape: [2], error: 'no' };
const rows: OverviewRow[] = [row(0, 'layers.10.w', 5, 30), row(1, 'layers.2.w', 1), row(2, 'embed', 9, 20), broken];

describe('overview table order and filter', () => {
  it('layer order compares numbers inside names as numbers', () => {
    expect(layerOrder(rows).map((r) => r.name)).toEqual(['embed', 'layers.1.odd', 'layers.2.w', 'layers.10.w']);
  });

  it('sorts by a metric either way, rows without it last', () => {
    expect(sortRows(rows, 'kurtosis', true).map((r) => r.index)).toEqual([2, 0, 1, 3]);
    expect(sortRows(rows, 'kurtosis', false).map((r) => r.index)).toEqual([1, 0, 2, 3]);
    expect(sortRows(rows, 'int8ch', false).map((r) => r.index)).toEqual([2, 0, 1, 3]);
  });

  it('filters by every word of the filter, ignoring case', () => {
    expect(filterRows(rows, 'LAYERS w').map((r) => r.index)).toEqual([0, 1]);
    expect(filterRows(rows, '  ')).toHaveLength(4);
  });
});
