/**
 * Where a link keeps the scene: in the fragment (`#v=1&…`), which the browser never sends to a server, so file names
 * and data-derived numbers stay on the machine. `src=` stays in the query: it names a public URL. Old `?v=1&…` links
 * are still read (the app then rewrites them to the fragment).
 */

/** The parameter text an address carries: the fragment's (with the query's `src` added), or, without one, the query's. */
export function linkText(search: string, hash: string): string {
  const fragment = hash.replace(/^#/, '');
  const query = search.replace(/^\?/, '');
  if (fragment === '') return query;
  const params = new URLSearchParams(fragment);
  const src = new URLSearchParams(query).get('src');
  if (src !== null && !params.has('src')) params.set('src', src);
  return params.toString();
}

/** The query (`?src=…` or '') and fragment (`#v=1&…`) for a scene's parameter text. */
export function linkParts(params: string): { search: string; hash: string } {
  const p = new URLSearchParams(params);
  const src = p.get('src');
  p.delete('src');
  return { search: src === null ? '' : `?${new URLSearchParams({ src }).toString()}`, hash: `#${p.toString()}` };
}
