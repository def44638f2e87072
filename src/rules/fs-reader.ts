// The filesystem side of ContextReader: bounded reads and listings under the context root.
import * as fs from 'node:fs';
import { fsPath } from '../context/bytes.js';
import type { ContextReader } from './rule.js';

export function fsContextReader(root: string): ContextReader {
  return {
    readPrefix(path, maxBytes) {
      let fd: number | undefined;
      try {
        fd = fs.openSync(fsPath(root + '/' + path), fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
        const buf = Buffer.alloc(maxBytes);
        const n = fs.readSync(fd, buf, 0, maxBytes, 0);
        return buf.subarray(0, n);
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
        let names: string[];
        try {
          names = (fs.readdirSync(fsPath(root + '/' + d), { encoding: 'latin1' }) as string[]).sort();
        } catch {
          continue;
        }
        for (const name of names) {
          const rel = d + '/' + name;
          const st = fs.lstatSync(fsPath(root + '/' + rel), { throwIfNoEntry: false });
          if (!st) continue;
          if (st.isDirectory()) stack.push(rel);
          else if (st.isFile() && out.length < limit) out.push(rel);
        }
      }
      return out;
    },
  };
}
