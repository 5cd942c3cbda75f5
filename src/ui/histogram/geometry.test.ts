import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { qparams } from '../../core/math';
import { labelStart, landingPath, landings, landingStyle, placeLabels } from './geometry';

const p3 = qparams({ min: -1, max: 1 }, { bits: 3, mode: 'symmetric', signed: true, narrowRange: false });
const p8 = qparams({ min: -1, max: 1 }, { bits: 8, mode: 'symmetric', signed: true, narrowRange: false });
const x = scaleLinear().domain([-1.2, 1.2]).range([0, 600]);

describe('landings', () => {
  it('lists the codes that received values, at their real values, inside the domain only', () => {
    const counts = new Float64Array(8);
    counts[0] = 5; // code −4 → −1.143, outside [−1, 1]
    counts[4] = 7; // code 0 → 0
    counts[5] = 2; // code 1 → 0.286
    expect(landings(counts, p3, { min: -1, max: 1 })).toEqual([
      { value: 0, count: 7 },
      { value: p3.scale, count: 2 },
    ]);
  });
});

describe('landingStyle', () => {
  it('draws 3-bit landings as spikes and 8-bit ones as an outline on a 600 px chart', () => {
    expect(landingStyle(p3, x, 6)).toBe('spikes');
    expect(landingStyle(p8, x, 6)).toBe('outline');
  });
});

describe('landingPath', () => {
  it('joins adjacent codes and starts a new piece after an empty code', () => {
    const marks = [
      { value: 0, count: 1 },
      { value: p8.scale, count: 2 },
      { value: 3 * p8.scale, count: 3 },
    ];
    const d = landingPath(marks, p8, 'outline', x, (c) => 100 - c, 100);
    expect(d.match(/[ML]/g)).toEqual(['M', 'L', 'M']);
  });
  it('draws one spike from the axis per code', () => {
    const d = landingPath([{ value: 0, count: 10 }], p3, 'spikes', x, (c) => 100 - c, 100);
    expect(d).toBe('M300.00,100.00V90.00');
  });
});

describe('placeLabels', () => {
  it('never lets two labels of one lane overlap, and keeps every placed label inside the plot', () => {
    const spots = [100, 104, 108, 112, 300, 590].map((px) => ({ px, width: 60 }));
    const lanes = placeLabels(spots, 3, 20, 600, 4);
    expect(lanes.slice(0, 4)).toEqual([0, 1, 2, -1]); // the fourth crowded label is left out, not overlapped
    for (let a = 0; a < spots.length; a++)
      for (let b = a + 1; b < spots.length; b++) {
        if (lanes[a] < 0 || lanes[a] !== lanes[b]) continue;
        const [sa, sb] = [labelStart(spots[a].px, 60, 20, 600), labelStart(spots[b].px, 60, 20, 600)];
        expect(Math.abs(sa - sb)).toBeGreaterThanOrEqual(64);
      }
    expect(labelStart(590, 60, 20, 600)).toBe(540);
    expect(labelStart(5, 60, 20, 600)).toBe(20);
  });
});
