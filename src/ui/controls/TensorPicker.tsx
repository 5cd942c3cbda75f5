import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shorten } from '../shorten';
import { useAnalysis } from '../../state/analysis';
import { useScene } from '../../state/scene';
import { formatCount } from '../format';
import { matchesFilter } from './tensorFilter';

/** Rows rendered at most; a longer list asks for a narrower filter. */
const MAX_ROWS = 200;

/** Every tensor of the open file set with dtype, shape and size; a filter box; the choice goes into the scene. */
export function TensorPicker() {
  const { t } = useTranslation();
  const listing = useAnalysis((a) => a.listing);
  const chosen = useScene((s) => (s.source.kind === 'sample' ? '' : s.source.tensor));
  const [filter, setFilter] = useState('');
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    // only when the choice changes: a list the user scrolled must not jump back on every render
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [chosen, listing]);
  const matches = useMemo(() => {
    const all = listing?.tensors ?? [];
    return all.filter((x) => matchesFilter(x, filter));
  }, [listing, filter]);
  if (!listing) return null;
  return (
    <div className="tensor-picker">
      <input
        type="search"
        data-testid="tensor.filter"
        placeholder={t('source.filter', { count: listing.tensors.length })}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        aria-label={t('source.filterLabel')}
      />
      <ul ref={list} role="listbox" aria-label={t('source.tensors')} data-testid="tensor.list">
        {matches.slice(0, MAX_ROWS).map((x) => (
          <li
            key={x.name}
            role="option"
            aria-selected={x.name === chosen}
            tabIndex={0}
            data-testid="tensor.option"
            data-name={x.name}
            onClick={() => useScene.getState().setTensor(x.name)}
            onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && useScene.getState().setTensor(x.name)}
          >
            <span className="tensor-name" title={x.name}>
              {shorten(x.name)}
            </span>
            <span className="tensor-meta">
              {x.dtype} [{x.shape.join('×')}] · {formatCount(x.shape.reduce((a, b) => a * b, 1))}
            </span>
          </li>
        ))}
      </ul>
      {matches.length > MAX_ROWS && <p className="hint">{t('source.more', { count: matches.length - MAX_ROWS })}</p>}
    </div>
  );
}
