import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { svgSnapshot } from '../../../tests/helpers/ui';
import { BitLayoutTable } from './BitLayoutTable';
import { RangeBands } from './RangeBands';

beforeAll(() => void initI18n('en'));

describe('formats views', () => {
  it('range bands: the log2|x| histogram over a subnormal and a normal band per format', () => {
    const log2Abs = {
      lo: -40,
      hi: 20,
      counts: new Float64Array(60).map((_, i) => (i >= 30 && i <= 41 ? (i - 29) * 10 : 0)),
      below: 0,
      above: 0,
    };
    const svg = svgSnapshot(<RangeBands log2Abs={log2Abs} formats={['fp32', 'fp16', 'fp8-e4m3']} width={480} />);
    expect(svg).toMatchSnapshot();
    expect(svg.match(/class="band-normal"/g)).toHaveLength(3);
  });

  it('bit layout: sign, exponent and mantissa of 0.1 in every format, with what is stored and its neighbours', () => {
    const html = renderToStaticMarkup(<BitLayoutTable value={0.1} />); // exact stored values: not rounded
    expect(html).toMatchSnapshot();
    expect(html).toContain('data-testid="formats.bits.bf16" data-stored="0.10009765625"');
  });
});
