// A progress line on stderr, only on a terminal and only once a scan has taken over a second:
// quick runs, pipes and CI logs never see it.
import type { Writable } from 'node:stream';

export interface Progress {
  onProgress?: (entriesSeen: number) => void;
  /** The secret scan: the line names it and counts the files read. */
  onSecretScan?: (filesDone: number, filesTotal: number) => void;
  /** The rules' pattern-by-entry comparisons (the cost a large ignore file brings). */
  onRules?: (patterns: number, entries: number) => void;
  done(): void;
}

export function makeProgress(stderr: Writable & { isTTY?: boolean }, now: () => number = Date.now): Progress {
  if (!stderr.isTTY) return { done() {} };
  const started = now();
  let shown = false;
  const show = (text: string) => {
    if (now() - started < 1000) return;
    shown = true;
    stderr.write(`\r\x1b[2Kctx-audit: ${text}`);
  };
  return {
    onProgress(seen) {
      show(`scanning the context… ${seen.toLocaleString('en-US')} entries`);
    },
    onRules(patterns, entries) {
      show(`checking ${patterns.toLocaleString('en-US')} ignore patterns against ${entries.toLocaleString('en-US')} entries…`);
    },
    onSecretScan(done, total) {
      show(`reading file contents for secrets… ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files`);
    },
    done() {
      if (shown) stderr.write('\r\x1b[2K');
    },
  };
}
