/** The overview Worker's logic, free of the Worker global so it runs in tests too: open once, then scan by index. */
import { openFiles, type TensorSource } from '../io';
import { scanTensor, tensorHeads } from '../overview';
import type { OverviewRequest, OverviewResponse } from './overviewProtocol';

/** Progress is reported once at least this many float32 bytes have been scanned (and at the end of each tensor). */
const REPORT_BYTES = 4 * 2 ** 20;

/** A handler posting its answers with `post`; requests must be handled one at a time, in order. */
export function overviewHandler(post: (m: OverviewResponse) => void): (req: OverviewRequest) => Promise<void> {
  let source: TensorSource | null = null;
  let unreported = 0;
  return async (req) => {
    if (req.kind === 'open') {
      try {
        source = await openFiles(req.files);
        post({ kind: 'opened', listing: { format: source.format, tensors: source.tensors, missing: source.missing ?? [] } });
      } catch (err) {
        post({ kind: 'failed', error: err instanceof Error ? err.message : String(err) });
      }
      return;
    }
    if (!source) return; // opening failed and was reported
    const row = await scanTensor(source, tensorHeads(source)[req.index], {
      onBytes(bytes) {
        unreported += bytes;
        if (unreported < REPORT_BYTES) return;
        post({ kind: 'progress', bytes: unreported });
        unreported = 0;
      },
    });
    if (unreported > 0) post({ kind: 'progress', bytes: unreported });
    unreported = 0;
    post({ kind: 'row', row });
  };
}
