import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { qparams } from '../../core/math';
import {
  countTicks,
  displayBins,
  histogramPath,
  labelStart,
  landingPath,
  landings,
  landingStyle,
  levelsInDomain,
  maxCountIn,
  placeLabels,
  zoomDomain,
} from './geometry';

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

const h = { lo: 0, hi: 4, counts: Float64Array.of(3, 0, 10, 1), below: 0, above: 0 };

describe('histogram geometry: bars, levels, zoom and ticks', () => {
  it('outlines the bars as one step path, empty bins on the axis', () => {
    const x = scaleLinear().domain([0, 4]).range([0, 40]);
    expect(histogramPath(h, x, (c) => 90 - c, 100)).toBe('M0.00,100.00V87.00H10.00V100.00H20.00V80.00H30.00V89.00H40.00V100.00Z');
  });

  it('lists the levels inside the domain, or none when there are more than the plot can show apart', () => {
    const p = qparams({ min: -1, max: 1 }, { bits: 3, mode: 'symmetric', signed: true, narrowRange: false });
    const levels = levelsInDomain(p, { min: -0.3, max: 0.6 }, 10);
    expect(levels).toEqual([-1, 0, 1, 2].map((q) => q * p.scale));
    expect(levelsInDomain(p, { min: -5, max: 5 }, 8)).toHaveLength(8); // clamped to the codes qmin … qmax
    expect(levelsInDomain(p, { min: -5, max: 5 }, 7)).toBeNull();
  });

  it('finds the tallest bar overlapping the domain (at least 1)', () => {
    expect(maxCountIn(h, { min: 0, max: 4 })).toBe(10);
    expect(maxCountIn(h, { min: 0, max: 0.5 })).toBe(3);
    expect(maxCountIn(h, { min: 3.2, max: 3.9 })).toBe(1);
    expect(maxCountIn({ ...h, counts: new Float64Array(4) }, { min: 0, max: 4 })).toBe(1);
  });

  it('zooms about the pointer, keeping the point under it in place and the domain inside the bounds', () => {
    const bounds = { min: -10, max: 10 };
    expect(zoomDomain({ min: -4, max: 4 }, 0.5, 2, bounds)).toEqual({ min: -1, max: 3 });
    expect(zoomDomain({ min: -8, max: 8 }, 2, 4, bounds)).toEqual({ min: -10, max: 10 }); // never wider than the bounds
    expect(zoomDomain({ min: 4, max: 10 }, 1.5, 4, bounds)).toEqual({ min: 1, max: 10 }); // pushed back inside on the right
    expect(zoomDomain({ min: -10, max: -4 }, 1.5, -4, bounds)).toEqual({ min: -10, max: -1 }); // and on the left
  });

  it('ticks the counts at powers of ten on a log axis, about four round steps on a linear one', () => {
    expect(countTicks(12345, true)).toEqual([1, 10, 100, 1000, 10000]);
    expect(countTicks(1000, false)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(countTicks(37, false)).toEqual([0, 10, 20, 30]);
    expect(countTicks(3, false)).toEqual([0, 1, 2, 3]);
  });

  it('draws one bar per 2 px, no more than a tenth of the values, and at least 32', () => {
    expect(displayBins(800, 1e6)).toBe(400);
    expect(displayBins(800, 1000)).toBe(100);
    expect(displayBins(800, 50)).toBe(32);
  });
});
