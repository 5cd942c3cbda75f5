/** Messages between the overview pool (page) and each overview Worker; separate from the quantization Worker's. */
import type { OverviewRow } from '../overview';
import type { TensorInfo } from '../io';

/** Page → Worker: open the file set (once), then scan listed tensors by their index, one at a time. */
export type OverviewRequest = { kind: 'open'; files: File[] } | { kind: 'scan'; index: number };

/** What an opened file set holds: its format, its tensors in listing order and shards its index named but were absent. */
export interface OverviewListing {
  format: string;
  tensors: TensorInfo[];
  missing: string[];
}

/** Worker → page: the listing, float32 bytes scanned since the last report, a finished row, or why opening failed. */
export type OverviewResponse =
  | { kind: 'opened'; listing: OverviewListing }
  | { kind: 'progress'; bytes: number }
  | { kind: 'row'; row: OverviewRow }
  | { kind: 'failed'; error: string };
