// A progress line on stderr, only on a terminal and only once a scan has taken over a second:
// quick runs, pipes and CI logs never see it.
import type { Writable } from 'node:stream';

export interface Progress {
  onProgress?: (entriesSeen: number) => void;
  done(): void;
}

export function makeProgress(stderr: Writable & { isTTY?: boolean }, now: () => number = Date.now): Progress {
  if (!stderr.isTTY) return { done() {} };
  const started = now();
  let shown = false;
  return {
    onProgress(seen) {
      if (now() - started < 1000) return;
      shown = true;
      stderr.write(`\r\x1b[2Kctx-audit: scanning the context… ${seen.toLocaleString('en-US')} entries`);
    },
    done() {
      if (shown) stderr.write('\r\x1b[2K');
    },
  };
}
