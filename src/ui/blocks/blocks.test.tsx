import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BlockFormatBars } from './BlockFormatBars';
import { ScaleStripView } from './ScaleStripView';

const labels = { sqnr: 'SQNR', bpw: 'bits / weight', mse: 'MSE' };

describe('block-format views', () => {
  it('draws one SQNR bar per scheme with its bits per weight and MSE', () => {
    const svg = renderToStaticMarkup(
      <BlockFormatBars
        width={640}
        labels={labels}
        rows={[
          { id: 'int8-channel', label: 'INT8 per channel', kind: 'int', bitsPerWeight: 8.125, mse: 1.25e-5, sqnrDb: 40.2 },
          { id: 'Q4_K', label: 'Q4_K', kind: 'block', bitsPerWeight: 4.5, mse: 0.0021, sqnrDb: 20.1 },
          { id: 'Q8_0', label: 'Q8_0', kind: 'block', bitsPerWeight: 8.5, mse: 0, sqnrDb: Infinity },
        ]}
      />,
    );
    expect(svg).toMatchSnapshot();
    expect(svg).toContain('40.2 dB');
    expect(svg).toContain('∞ dB');
  });

  it('draws the values and the stored steps as two log-scaled heat-strips, zeros in grey', () => {
    const svg = renderToStaticMarkup(
      <ScaleStripView
        width={300}
        valueAbsMax={Float32Array.of(0.1, 1, 10, 0)}
        stepMax={Float32Array.of(0.01, 0.1, 1, 0)}
        labels={{ values: 'max |x|', steps: 'step d·sc' }}
      />,
    );
    expect(svg).toMatchSnapshot();
    expect(svg.match(/fill="#888"/g)).toHaveLength(2);
  });
});
