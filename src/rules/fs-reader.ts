// The filesystem side of ContextReader: bounded reads and listings under the context root.
import * as fs from 'node:fs';
import { fsPath, toByteString } from '../context/bytes.js';
import type { TreeSource } from '../context/walk.js';
import type { ContextReader } from './rule.js';

/**
 * `tree`, when given, answers listings from the walk's recording instead of the disk. Reads never
 * follow a symlink (O_NOFOLLOW: a file swapped for a link after the walk is not read through) and
 * never block (O_NONBLOCK: a file swapped for a FIFO).
 */
export function fsContextReader(rootText: string, tree?: TreeSource): ContextReader {
  const root = toByteString(rootText);
  // One buffer for every read (tens of thousands of files per audit): a returned prefix is only valid
  // until the next readPrefix call.
  let scratch = Buffer.allocUnsafe(8192);
  return {
    readPrefix(path, maxBytes) {
      let fd: number | undefined;
      try {
        // No fstat: a directory fails the read (EISDIR), a FIFO or terminal answers at once
        // (O_NONBLOCK), a link is not followed, and no read goes past maxBytes.
        fd = fs.openSync(fsPath(root + '/' + path), fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOFOLLOW);
        if (scratch.length < maxBytes) scratch = Buffer.allocUnsafe(maxBytes);
        const n = fs.readSync(fd, scratch, 0, maxBytes, 0);
        return scratch.subarray(0, n);
      } catch {
        return null;
      } finally {
        if (fd !== undefined) fs.closeSync(fd);
      }
    },
    listFiles(dir, limit) {
      const out: string[] = [];
      const stack = [dir];
      while (stack.length > 0 && out.length < limit) {
        const d = stack.pop() as string;
        const abs = root + '/' + d;
        let names: string[];
        let statOf: (i: number) => { mode: number } | undefined;
        try {
          if (tree) {
            const listing = tree.list(abs);
            names = listing.names;
            statOf = (i) => listing.stat(i);
          } else {
            names = (fs.readdirSync(fsPath(abs), { encoding: 'latin1' }) as string[]).sort();
            statOf = (i) => fs.lstatSync(fsPath(abs + '/' + names[i]), { throwIfNoEntry: false });
          }
        } catch {
          continue;
        }
        for (let i = 0; i < names.length; i++) {
          let st: { mode: number } | undefined;
          try {
            st = statOf(i);
          } catch {
            continue;
          }
          if (!st) continue;
          const fmt = st.mode & 0o170000;
          const rel = d + '/' + names[i];
          if (fmt === 0o040000) stack.push(rel);
          else if (fmt === 0o100000 && out.length < limit) out.push(rel);
        }
      }
      return out;
    },
  };
}
