import { describe, expect, it } from 'vitest';
import { progressText } from './progressText';

describe('progressText', () => {
  it('shows bytes in MB for downloads and reads, with or without a known total', () => {
    expect(progressText({ phase: 'download', done: 3 * 2 ** 20, total: 12 * 2 ** 20 })).toEqual({
      label: 'progress.download',
      amount: { key: 'progress.ofTotal', values: { done: '3', total: '12' } },
    });
    expect(progressText({ phase: 'read', done: 2 ** 19, total: 0 }).amount).toEqual({ key: 'progress.soFar', values: { done: '0.5' } });
  });

  it('counts items for the opening steps', () => {
    expect(progressText({ phase: 'members', done: 40, total: 100 })).toEqual({
      label: 'robust.phase.members',
      amount: { key: 'robust.items', values: { done: '40', total: '100' } },
    });
  });
});
