import { describe, expect, it } from 'vitest';
import { referenceLabelPlace, segmentHitsBox } from './referenceLabel';

const box = { left: 10, right: 20, top: 10, bottom: 20 };
const line = { lineY: 100, left: 0, right: 400, width: 80, font: 13 };

describe('segmentHitsBox', () => {
  it('sees a segment through, into or past a box', () => {
    expect(segmentHitsBox([0, 15], [30, 15], box)).toBe(true); // straight through
    expect(segmentHitsBox([0, 0], [30, 30], box)).toBe(true); // diagonally through
    expect(segmentHitsBox([12, 12], [13, 13], box)).toBe(true); // inside
    expect(segmentHitsBox([0, 0], [30, 5], box)).toBe(false); // above
    expect(segmentHitsBox([0, 30], [9, 0], box)).toBe(false); // beside
  });
});

describe('referenceLabelPlace', () => {
  it('keeps the label off curves that start on the line and rise (QAT from the PTQ accuracy): at the end, above', () => {
    const rising: [number, number][][] = [
      [
        [10, 100],
        [200, 60],
        [390, 40],
      ],
    ];
    expect(referenceLabelPlace(rising, line)).toEqual({ x: 396, y: 96, anchor: 'end' });
  });

  it('goes below the line when a curve ends just above it, and to the start when both ends are taken', () => {
    const endsNear: [number, number][][] = [
      [
        [10, 100],
        [200, 60],
        [390, 92],
      ],
    ];
    expect(referenceLabelPlace(endsNear, line)).toEqual({ x: 396, y: 115, anchor: 'end' });
    const bothEnds: [number, number][][] = [
      [
        [10, 40],
        [390, 92],
      ],
      [
        [10, 40],
        [390, 108],
      ],
    ];
    expect(referenceLabelPlace(bothEnds, line)).toEqual({ x: 4, y: 115, anchor: 'start' });
  });

  it('without curves, the first place', () => {
    expect(referenceLabelPlace([], line)).toEqual({ x: 396, y: 96, anchor: 'end' });
  });
});
