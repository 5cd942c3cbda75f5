import { beforeAll, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { initI18n } from '../../i18n';
import type { PtqConfig } from '../../model/types';
import { PtqTable } from './PtqTable';
import { tableRows } from './tableRows';

const cfg = (w: number | null, a: number | null, method = 'max', gelu10 = false): PtqConfig => ({
  weights: w === null ? null : { bits: w, granularity: 'per-tensor' },
  activations: a === null ? null : { bits: a, method, mode: 'symmetric' },
  float: [],
  gelu10,
});

describe('the PTQ table view', () => {
  beforeAll(() => void initI18n('en'));
  it('lists FP32, PTQ and QAT rows with accuracy, drop, the best row marked, and layer buttons only where activations are quantized', () => {
    const rows = tableRows(
      0.9685,
      [
        { config: cfg(3, null), accuracy: 0.952 },
        { config: cfg(3, 3), accuracy: 0.738 },
        { config: cfg(3, 3, 'max', true), accuracy: 0.8465 },
      ],
      [{ config: cfg(3, 3), summary: { variant: 'recipe', before: 0.738, after: 0.9, loss: [], accuracyPerEpoch: [0.9], stopped: null } }],
      3,
      3,
    );
    const html = renderToStaticMarkup(<PtqTable rows={rows} fp32={0.9685} layers={['fc1', 'fc2']} onOpen={() => undefined} />);
    expect(html.match(/<tr class="best"/g)).toHaveLength(1);
    expect(html).toContain('data-testid="model.ptq.row.qat-recipe"');
    expect(html).toContain('W3 per tensor');
    expect(html).toContain('A3 max + GELU10, symmetric');
    expect(html).toContain('-23.05'); // 73.80 − 96.85 points
    expect(html.match(/model\.ptq\.open\./g)).toHaveLength(6); // 3 rows with activations × 2 layers
    expect(html).toMatchSnapshot();
  });
});
