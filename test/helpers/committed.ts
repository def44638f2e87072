// A context that is a git repository where some files are committed and others are not, audited
// with `COPY . /app` (the secret rules' tests: whether git tracks a file is part of the evidence).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runAudit } from '../../src/audit.js';
import type { Finding } from '../../src/findings/finding.js';
import { buildTree } from './trees.js';

export function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'core.hooksPath=/dev/null', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Every finding (legacy builder) for a repository where `tracked` are committed and `untracked` are not. */
export function auditCommitted(tracked: Record<string, string>, untracked: Record<string, string> = {}): Finding[] {
  const tree = buildTree({ files: ['Dockerfile'], dockerignore: '', fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n' } });
  try {
    const write = (files: Record<string, string>) => {
      for (const [p, c] of Object.entries(files)) {
        mkdirSync(dirname(join(tree.ctx, p)), { recursive: true });
        writeFileSync(join(tree.ctx, p), c);
      }
    };
    write(tracked);
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '-f', '--', 'Dockerfile', ...Object.keys(tracked)); // -f: a test may commit a file its .gitignore names
    write(untracked);
    return runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings;
  } finally {
    tree.cleanup();
  }
}
