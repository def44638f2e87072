// Temporary directories ctx-audit makes for contexts that are not a directory (an archive's
// contents, a git URL's clone, a Dockerfile from stdin). Each is removed by its owner, and any
// still there when the process exits (a closed pipe ends it at once) is removed then: one exit
// handler for all of them, however many a multi-target run holds.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const live = new Set<string>();
let hooked = false;

function removeAll(): void {
  for (const dir of live) fs.rmSync(dir, { recursive: true, force: true });
  live.clear();
}

/** A fresh directory under the system's temporary directory (symlinks resolved), and its removal. */
export function makeTempDir(prefix: string): { dir: string; cleanup(): void } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  live.add(dir);
  if (!hooked) {
    hooked = true;
    process.once('exit', removeAll);
  }
  return {
    dir,
    cleanup: () => {
      live.delete(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
