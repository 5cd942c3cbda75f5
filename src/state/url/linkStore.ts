import { create } from 'zustand';
import type { DecodedLink } from './codec';

/** What the opened link asked for that the app could not use right away. */
interface LinkState {
  /** Parameters ignored when the link was read, for the notice. */
  ignored: DecodedLink['ignored'];
  /** A local file the link names: the user is asked to open it, then the linked tensor is shown. */
  pendingFile: { files: string[]; tensor: string } | null;
  /** A web address the link would fetch (src=): nothing is fetched until the user agrees. */
  pendingUrl: { url: string; tensor: string } | null;
  /** Web addresses whose tensors were shown in this visit (typed, or agreed to): Back/Forward reopens them without asking. */
  shownUrls: string[];
}

export const useLink = create<LinkState>()(() => ({ ignored: [], pendingFile: null, pendingUrl: null, shownUrls: [] }));
