/** Downloads one file for the readers: only http(s) or same-origin URLs, with messages a user can act on. */

/** The URL's last path segment, used as the file name (readers detect formats from content and names). */
function fileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  return last ? decodeURIComponent(last) : 'download';
}

/** Receives bytes downloaded so far and the expected total (0 when the server does not say); throws to stop. */
export type DownloadProgress = (done: number, total: number) => void;

/** Fetches `href` (resolved against `base`) as a File, reporting progress; throws an Error that says what went wrong. */
export async function fetchFile(href: string, base: string, onProgress: DownloadProgress = () => undefined): Promise<File> {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    throw new Error(`"${href}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`only http and https links can be loaded, not ${url.protocol}`);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    throw new Error(
      `the server at ${url.host} could not be reached, or it does not allow other sites to read its files (CORS). ` +
        'Download the file and open it with "Open files…" instead',
    );
  }
  if (!response.ok) throw new Error(`${url.host} answered ${response.status} ${response.statusText} for ${fileName(url)}`);
  if (response.headers.get('content-type')?.startsWith('text/html')) {
    throw new Error(`${url.href} is a web page, not a tensor file: link to the file itself`);
  }
  const total = Number(response.headers.get('content-length')) || 0;
  const chunks: Uint8Array[] = [];
  let done = 0;
  const reader = response.body?.getReader();
  if (!reader) return new File([await response.blob()], fileName(url));
  for (;;) {
    const { value, done: finished } = await reader.read();
    if (finished) break;
    chunks.push(value);
    done += value.byteLength;
    try {
      onProgress(done, total);
    } catch (err) {
      await reader.cancel();
      throw err;
    }
  }
  return new File(chunks as BlobPart[], fileName(url));
}
