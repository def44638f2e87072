// Writes a small file tree under a fresh temp dir (test-time fixtures; nothing is committed).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function writeTree(files: Record<string, string>, dirs: string[] = []): { root: string; cleanup(): void } {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-targets-')));
  for (const d of dirs) fs.mkdirSync(path.join(root, d), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return { root, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}
