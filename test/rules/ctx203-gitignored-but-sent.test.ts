import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit } from '../../src/audit.js';
import { buildTree } from '../helpers/trees.js';

function gitFindings(files: string[], gitignores: Record<string, string>, dockerignore: string, context = '') {
  const tree = buildTree({ files, dockerignore: null });
  try {
    mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    for (const [p, c] of Object.entries(gitignores)) writeFileSync(join(tree.ctx, p), c);
    writeFileSync(join(tree.ctx, context, '.dockerignore'), dockerignore);
    const r = runAudit({ context: join(tree.ctx, context), cwd: tree.ctx, builder: 'legacy' });
    return r.findings.filter((f) => f.ruleId === 'CTX203');
  } finally {
    tree.cleanup();
  }
}

test('CTX203 reports files and outermost directories git ignores, with counts', () => {
  const f = gitFindings(['Dockerfile', 'src/a.js', 'dist/a.js', 'dist/b.js', 'debug.log', 'src/.gitignore'], { '.gitignore': 'dist/\n*.log\n', 'src/.gitignore': 'a.js\n' }, '.git\n');
  assert.deepEqual(
    f.map((x) => [x.path, x.data.isDir, x.data.files]),
    [
      ['debug.log', false, 1],
      ['dist', true, 2],
      ['src/a.js', false, 1],
    ],
  );
});

test('CTX203 applies .gitignore files above the context and honours negations', () => {
  const f = gitFindings(['app/Dockerfile', 'app/x.tmp', 'app/keep.tmp'], { '.gitignore': '*.tmp\n!keep.tmp\n' }, '', 'app');
  assert.deepEqual(f.map((x) => x.path), ['x.tmp']);
});

test('CTX203 is silent outside a git repository and when .dockerignore already excludes', () => {
  const tree = buildTree({ files: ['Dockerfile', 'x.tmp'], dockerignore: '' });
  try {
    writeFileSync(join(tree.ctx, '.gitignore'), '*.tmp\n');
    assert.deepEqual(runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((f) => f.ruleId === 'CTX203'), []);
  } finally {
    tree.cleanup();
  }
  assert.deepEqual(gitFindings(['Dockerfile', 'x.tmp'], { '.gitignore': '*.tmp\n' }, '*.tmp\n'), []);
});
