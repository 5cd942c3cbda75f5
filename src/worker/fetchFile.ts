/**
 * Downloads one file for the readers: only http(s); hosts on the visitor's own machine or network only when the app
 * itself is served from one; at most DOWNLOAD_BUDGET bytes, checked against Content-Length and the bytes received.
 */
import { formatBytes } from '../io/budget';
import { isPrivateHost } from './privateHost';

/** Most bytes one download may bring (after decompression, which the browser does before the body is read). */
export const DOWNLOAD_BUDGET = 512 * 2 ** 20;

/** The URL's last path segment, used as the file name (readers detect formats from content and names). */
function fileName(url: URL): string {
  const last = url.pathname.split('/').filter(Boolean).pop();
  try {
    return last ? decodeURIComponent(last) : 'download';
  } catch {
    return last ?? 'download';
  }
}

/** Receives decoded bytes downloaded so far and the expected total (0 when unknown); throws to stop. */
export type DownloadProgress = (done: number, total: number) => void;

function tooLarge(url: URL, bytes: string, budget: number): Error {
  return new Error(
    `${fileName(url)} from ${url.host} is ${bytes}, more than the ${formatBytes(budget)} a download may bring into this tab: ` +
      'download it and open it with "Open files…" (local files are read in chunks)',
  );
}

/** Fetches `href` (resolved against `base`, the app's own address) as a File, reporting progress; throws an Error that says what went wrong. */
export async function fetchFile(
  href: string,
  base: string,
  onProgress: DownloadProgress = () => undefined,
  budget = DOWNLOAD_BUDGET,
): Promise<File> {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    throw new Error(`"${href}" is not a valid URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`only http and https links can be loaded, not ${url.protocol}`);
  const app = new URL(base);
  if (url.origin !== app.origin && isPrivateHost(url.hostname) && !isPrivateHost(app.hostname)) {
    throw new Error(
      `${url.host} is an address on your own computer or local network; a link may not make this page reach it. ` +
        'Download the file yourself and open it with "Open files…"',
    );
  }
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
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
  const declared = Number(response.headers.get('content-length')) || 0;
  if (declared > budget) {
    await response.body?.cancel();
    throw tooLarge(url, formatBytes(declared), budget);
  }
  const chunks: Uint8Array[] = [];
  let done = 0;
  const reader = response.body?.getReader();
  if (!reader) throw new Error(`${url.host} sent no readable body for ${fileName(url)}`);
  for (;;) {
    const { value, done: finished } = await reader.read();
    if (finished) break;
    done += value.byteLength;
    try {
      if (done > budget) throw tooLarge(url, `more than ${formatBytes(budget)}`, budget);
      // Content-Length counts compressed bytes when the server compresses: past it, the total is unknown.
      onProgress(done, done > declared ? 0 : declared);
    } catch (err) {
      await reader.cancel();
      throw err;
    }
    chunks.push(value);
  }
  return new File(chunks as BlobPart[], fileName(url));
}
