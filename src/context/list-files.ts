// Files under a directory of the context, read from disk: for what no walk recorded (the subtree
// of a pruned directory, which `why` totals and `suggest` spells out as exceptions).
import * as fs from 'node:fs';
import { fsPath, toByteString } from './bytes.js';

export interface ListedFile {
  /** Context-relative byte-string path. */
  path: string;
  /** A regular file, or anything else that is not a directory (a link, a FIFO, a device). */
  kind: 'file' | 'other';
  bytes: number;
}

/**
 * Every non-directory under `dir` (relative to `root`), depth first in byte order, at most `limit`.
 * Links are not followed; an unreadable directory is skipped.
 */
export function listFiles(rootText: string, dir: string, limit = Infinity): ListedFile[] {
  const root = toByteString(rootText);
  const out: ListedFile[] = [];
  const visit = (rel: string) => {
    let names: string[];
    try {
      names = (fs.readdirSync(fsPath(root + '/' + rel), { encoding: 'latin1' }) as string[]).sort();
    } catch {
      return;
    }
    for (const n of names) {
      if (out.length >= limit) return;
      const p = rel + '/' + n;
      const st = fs.lstatSync(fsPath(root + '/' + p), { throwIfNoEntry: false });
      if (st?.isDirectory()) visit(p);
      else if (st) out.push({ path: p, kind: st.isFile() ? 'file' : 'other', bytes: st.size });
    }
  };
  visit(dir);
  return out;
}
