import { describe, expect, it } from 'vitest';
import { formatTickCount } from './format';

describe('formatTickCount', () => {
  it('keeps counts below 10 000 whole and shortens larger ones to k and M', () => {
    expect([1, 10, 1000, 5000].map(formatTickCount)).toEqual(['1', '10', '1000', '5000']);
    expect([10_000, 100_000, 250_000, 1_000_000, 2_500_000].map(formatTickCount)).toEqual(['10k', '100k', '250k', '1M', '2.5M']);
  });
});
