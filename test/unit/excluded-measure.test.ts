// Issue 18, target 1: the audit, like Docker, does not walk what the ignore file prunes unless asked
// (`--measure-excluded`), and then it says the excluded totals were not measured instead of
// printing a partial sum as a total.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, test } from 'node:test';
import { PatternMatcher } from '../../src/context/patterns.js';
import { liveTree, walkContext, type TreeSource } from '../../src/context/walk.js';
import { runAudit } from '../../src/audit.js';
import { buildTree } from '../helpers/trees.js';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/ctx-audit.js');

// node_modules: 2 directories and 3 files inside (sizes below); .git: 1 file inside; one excluded file.
const tree = buildTree({
  files: ['Dockerfile', 'src/index.js', 'node_modules/a/index.js', 'node_modules/a/package.json', 'node_modules/b/x.js', '.git/HEAD', 'debug.log'],
  fileContents: {
    Dockerfile: 'FROM scratch\nCOPY . /app\n',
    'node_modules/a/index.js': 'a'.repeat(100),
    'node_modules/a/package.json': 'b'.repeat(20),
    'node_modules/b/x.js': 'c'.repeat(3),
    '.git/HEAD': 'ref: refs/heads/main\n',
    'debug.log': 'd'.repeat(7),
  },
  dockerignore: 'node_modules\n.git\n*.log\n',
});
after(() => tree.cleanup());

/** The live tree, remembering every directory listed. */
function spyTree(): { source: TreeSource; listed: string[] } {
  const listed: string[] = [];
  return { listed, source: { list: (abs) => (listed.push(path.relative(tree.ctx, abs)), liveTree.list(abs)) } };
}

test('walkContext without measureExcluded lists no directory below a prune, and marks the pruned ones', () => {
  const m = PatternMatcher.create(['node_modules', '.git', '*.log']);
  for (const measureExcluded of [false, true]) {
    const spy = spyTree();
    const r = walkContext({ root: tree.ctx, validationMatcher: m, tarMatcher: m, checkPermissions: true, measureExcluded, source: spy.source });
    const inside = spy.listed.filter((d) => d.startsWith('node_modules') || d.startsWith('.git'));
    assert.deepEqual(inside.sort(), measureExcluded ? ['.git', 'node_modules', 'node_modules/a', 'node_modules/b'] : []);
    const byPath = new Map(r.excluded.map((x) => [x.path, x]));
    assert.equal(byPath.get('debug.log')?.measured, true);
    assert.equal(byPath.get('node_modules')?.measured, measureExcluded);
    assert.equal(byPath.get('.git')?.measured, measureExcluded);
    // What is sent does not depend on it.
    assert.deepEqual(
      r.entries.map((e) => e.path),
      ['.dockerignore', 'Dockerfile', 'src', 'src/index.js'],
    );
  }
});

test('the audit reports null excluded totals and how many directories were not measured; measured, the totals add up', () => {
  const off = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy', parallel: 'never' });
  assert.deepEqual(off.context.excluded, { items: 3, entries: null, files: null, bytes: null, unmeasuredDirectories: 2 });
  const on = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy', parallel: 'never', measureExcluded: true });
  // node_modules: itself, a/, b/ and 3 files (123 bytes); .git: itself and HEAD (21 bytes); debug.log (7 bytes).
  assert.deepEqual(on.context.excluded, { items: 3, entries: 6 + 2 + 1, files: 3 + 1 + 1, bytes: 123 + 21 + 7, unmeasuredDirectories: 0 });
  // The upload is the same either way.
  assert.equal(off.context.tarBytes, on.context.tarBytes);
  assert.deepEqual(off.findings, on.findings);
});

test('CLI: the table says the excluded totals were not measured; --measure-excluded gives them', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [BIN, '.', '--fail-on', 'never', ...args], { cwd: tree.ctx, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const table = run();
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /excluded\s+│\s+not measured/);
  assert.match(table.stdout, /3 paths \(2 dirs not measured\)/);
  assert.match(table.stdout, /--measure-excluded/);
  const measured = run('--measure-excluded');
  assert.match(measured.stdout, /excluded\s+│\s+9 entries, 151 B/);
  assert.doesNotMatch(measured.stdout, /not measured/);
  const json = JSON.parse(run('--format', 'json').stdout);
  assert.equal(json.context.excluded.bytes, null);
  assert.equal(json.context.excluded.unmeasuredDirectories, 2);
});

test('formatCount groups digits exactly as toLocaleString("en-US") does (without loading ICU at start-up)', async () => {
  const { formatCount, formatBytes } = await import('../../src/units.js');
  const samples = [0, 1, 12, 999, 1000, 1001, 12345, 999999, 1000000, 32639095, -1, -1000, -1234567, Number.MAX_SAFE_INTEGER, -0, 1.5, 1234.5678, NaN, Infinity];
  for (let i = 0; i < 2000; i++) samples.push(Math.floor(Math.random() * 10 ** (1 + (i % 16))) * (i % 7 === 0 ? -1 : 1));
  for (const n of samples) assert.equal(formatCount(n), n.toLocaleString('en-US'), String(n));
  assert.equal(formatBytes(9728), '9,728 B');
});
