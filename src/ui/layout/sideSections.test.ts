import { describe, expect, it } from 'vitest';
import { sideSections } from './sideSections';

describe('sideSections', () => {
  it('shows the three sections in the explorer', () => {
    expect(sideSections('explorer', [])).toEqual(['source', 'quant', 'view']);
  });
  it('leaves no side panel when a class link hides all three', () => {
    expect(sideSections('explorer', ['source', 'quant', 'view', 'error'])).toEqual([]);
  });
  it('keeps only the bit width in the labs, and nothing when quant is hidden there', () => {
    expect(sideSections('activations', [])).toEqual(['quant']);
    expect(sideSections('activations', ['quant'])).toEqual([]);
  });
  it('leaves the model lab without a side panel (it has its own settings)', () => {
    expect(sideSections('model', [])).toEqual([]);
  });
});
