// CTX004 unused-file: sent files no source references, aggregated per directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, lines, only } from './cross-check-harness.js';

test('CTX004 reports a forgotten directory once, with its file count and bytes', () => {
  // Each file holds its own path plus a newline: node_modules/x/i.js = 20 B, node_modules/y.js = 18 B.
  const r = check(
    { files: ['package.json', 'src/index.js', 'node_modules/x/i.js', 'node_modules/y.js', 'README.md', 'src/old.js'] },
    lines('FROM node', 'COPY package.json /app/', 'COPY src/index.js /app/src/'),
  );
  const f = only(r, 'CTX004');
  assert.deepEqual(
    f.map((x) => [x.path, x.severity, x.data.isDirectory, x.data.files, x.data.bytes]),
    [
      ['node_modules/', 'info', true, 2, 38],
      ['README.md', 'info', false, 1, 10],
      ['src/old.js', 'info', false, 1, 11],
    ],
  );
});

test('CTX004 is not emitted when a source covers the whole context, or for the build files', () => {
  const r = check({ files: ['a', 'b/c'] }, lines('FROM alpine', 'COPY . /app'));
  assert.deepEqual(only(r, 'CTX004'), []);
  const m = check({ files: ['a'], dockerignore: 'zzz\n' }, lines('FROM alpine', 'RUN --mount=type=bind,target=/ctx ls', 'COPY a /'));
  assert.deepEqual(only(m, 'CTX004'), []);
  const b = check({ files: ['a'], dockerignore: 'zzz\n' }, lines('FROM alpine', 'COPY a /'));
  assert.deepEqual(only(b, 'CTX004'), []);
});

// Issue 14 item 8: symlinks and hard links count the same way in every figure. A tree with one
// unused regular file (unused/c.txt, 13 B), a symlink to it and a second hard link of it.
import { runAudit } from '../../src/audit.js';
import { renderTable } from '../../src/reporters/table.js';
import { makeColors } from '../../src/reporters/color.js';
import { buildTree } from '../helpers/trees.js';

test('CTX004, the summary and the table count symlinks and hard links alike: regular files as files, links apart', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app/a.js', 'unused/c.txt'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY app /app\n' },
    symlinks: { 'unused/link': 'c.txt' },
    hardlinks: { 'unused/sub/hard': 'unused/c.txt' },
    dockerignore: null,
  });
  try {
    const legacy = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' });
    const u = legacy.findings.find((f) => f.ruleId === 'CTX004' && f.path === 'unused/');
    assert.ok(u, JSON.stringify(legacy.findings.map((f) => f.path)));
    // Legacy: the tar carries c.txt's bytes once; `hard` is a link entry like `link`.
    assert.deepEqual([u.data.files, u.data.links, u.data.bytes], [1, 2, 13]);
    assert.match(u.message, /\(1 file and 2 links, 13 B\)/);
    const dir = legacy.context.heaviestDirectories.find((d) => d.path === 'unused');
    assert.deepEqual([dir?.files, dir?.contentBytes], [1, 13]);
    assert.deepEqual([legacy.context.files, legacy.context.symlinks, legacy.context.hardlinks], [3, 1, 1]);

    const bk = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit' });
    // BuildKit's eligible view: every name of the hard-linked file may be requested, so `hard` is a
    // file there; the symlink is a link in both views.
    const ub = bk.findings.find((f) => f.ruleId === 'CTX004' && f.path === 'unused/');
    assert.deepEqual([ub?.data.files, ub?.data.links, ub?.data.bytes], [2, 1, 26]);
    const e = bk.context.buildkit!.eligible;
    assert.deepEqual([e.files - e.links, e.links], [4, 1]);
    // The table's files row counts regular files in every column; links have their own row.
    const table = renderTable(bk, { colors: makeColors(0), width: 100 });
    const row = (label: string) => table.split('\n').find((l) => l.startsWith(`│ ${label} `))?.split('│').map((c) => c.trim()).filter(Boolean);
    assert.deepEqual(row('files'), ['files', '3', '4', '1']);
    assert.deepEqual(row('links, special files'), ['links, special files', '2', '1', '0']);
  } finally {
    tree.cleanup();
  }
});
