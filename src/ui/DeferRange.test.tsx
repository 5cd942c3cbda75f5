import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { DeferredClipRange, useClipRange } from '../state/derived';
import { DeferRange } from './DeferRange';

/** Prints the clipping range its hooks see. */
function Probe() {
  const r = useClipRange();
  return (
    <span>
      {r.min},{r.max}
    </span>
  );
}

describe('DeferRange', () => {
  it('below a deferred range the hooks see it instead of the live one; at rest DeferRange passes the live range', () => {
    const live = renderToStaticMarkup(<Probe />);
    const trailing = renderToStaticMarkup(
      <DeferredClipRange.Provider value={{ min: 3, max: 4.5 }}>
        <Probe />
      </DeferredClipRange.Provider>,
    );
    expect(trailing).toBe('<span>3,4.5</span>');
    expect(live).not.toBe(trailing);
    expect(
      renderToStaticMarkup(
        <DeferRange>
          <Probe />
        </DeferRange>,
      ),
    ).toBe(live);
  });
});
