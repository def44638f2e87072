// Issue 16 item 5: memory and time stay bounded on a stranger's files. Each input past a limit is
// one line and exit 2; the timeouts here are hang guards only (the figures are in the README's
// Safety section, measured by hand). Inputs are generated at test time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { writeTree } from '../targets/helpers.js';
import { runCli } from '../reporters/cli-io.js';
import { MAX_IGNORE_FILE_BYTES, MAX_IGNORE_PATTERNS } from '../../src/context/discover.js';
import { MAX_BUILD_FILE_BYTES } from '../../src/context/read-regular.js';
import { aggregateRepeated, MAX_FINDINGS_PER_RULE } from '../../src/findings/collect.js';
import { interpolate, InterpolationError, MAX_INTERPOLATION_DEPTH } from '../../src/targets/interpolate.js';
import type { Finding } from '../../src/findings/finding.js';
import { runAudit } from '../../src/audit.js';

const HANG_GUARD = { timeout: 120_000 };

function oneLine(r: { code: number; stdout: string; stderr: string }, re: RegExp): void {
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
  assert.match(r.stderr, re);
  assert.doesNotMatch(r.stderr, /Maximum call stack|heap|internal error/);
}

test('a 40 MB ignore file: one line, exit 2, nothing printed per line (it was 81 s and 5 GB, then a V8 abort)', HANG_GUARD, async () => {
  const tree = writeTree({ 'Dockerfile': 'FROM alpine\nCOPY . /app\n', 'a.js': 'x' });
  try {
    fs.writeFileSync(join(tree.root, '.dockerignore'), Buffer.alloc(40 * 1024 * 1024, 'node_modules/x*\n'));
    oneLine(await runCli(['.', '--format', 'github'], tree.root), /\.dockerignore: 41,943,040 bytes is more than ctx-audit reads in an ignore file \(1,048,576\); not read/);
    // Just past the limit, and a Dockerfile-specific ignore file too.
    fs.writeFileSync(join(tree.root, '.dockerignore'), Buffer.alloc(MAX_IGNORE_FILE_BYTES + 1, 'a\n'));
    oneLine(await runCli(['.'], tree.root), /more than ctx-audit reads in an ignore file/);
    fs.rmSync(join(tree.root, '.dockerignore'));
    fs.writeFileSync(join(tree.root, 'Dockerfile.dockerignore'), Buffer.alloc(MAX_IGNORE_FILE_BYTES + 1, 'a\n'));
    oneLine(await runCli(['.'], tree.root), /Dockerfile\.dockerignore: .* more than ctx-audit reads in an ignore file/);
  } finally {
    tree.cleanup();
  }
});

test(`more than ${MAX_IGNORE_PATTERNS} patterns: one line, exit 2; at the limit the audit runs and lists at most ${MAX_FINDINGS_PER_RULE} of a rule`, HANG_GUARD, async () => {
  const tree = writeTree({ 'Dockerfile': 'FROM alpine\nCOPY . /app\n', 'a.js': 'x' });
  try {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `dead-${i}`).join('\n') + '\n';
    fs.writeFileSync(join(tree.root, '.dockerignore'), lines(MAX_IGNORE_PATTERNS + 1));
    oneLine(await runCli(['.'], tree.root), /2,001 patterns is more than ctx-audit checks in an ignore file \(2,000\); not read/);
    fs.writeFileSync(join(tree.root, '.dockerignore'), lines(MAX_IGNORE_PATTERNS));
    const r = await runCli(['.', '--format', 'json', '--fail-on', 'never', '--no-config'], tree.root);
    assert.equal(r.code, 0, r.stderr);
    const ctx302 = JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'CTX302');
    assert.equal(ctx302.length, MAX_FINDINGS_PER_RULE + 1);
    const last = ctx302[ctx302.length - 1];
    assert.deepEqual(last.data, { aggregated: MAX_IGNORE_PATTERNS - MAX_FINDINGS_PER_RULE });
    assert.match(last.message, /^1,900 more CTX302 findings like the ones above are not listed \(at most 100 per rule\)$/);
  } finally {
    tree.cleanup();
  }
});

test('aggregateRepeated: the folded finding keeps the highest severity left out, after that rule\'s listed ones', () => {
  const f = (ruleId: string, severity: Finding['severity'], path: string): Finding => ({ ruleId, name: ruleId.toLowerCase(), severity, message: path, path, data: {} });
  const sorted = [f('CTX001', 'error', 'a'), f('CTX001', 'error', 'b'), f('CTX001', 'warning', 'c'), f('CTX002', 'warning', 'x'), f('CTX001', 'info', 'd')];
  const out = aggregateRepeated(sorted, 2);
  assert.deepEqual(out.map((x) => [x.ruleId, x.severity, x.path ?? `+${(x.data as { aggregated: number }).aggregated}`]), [
    ['CTX001', 'error', 'a'],
    ['CTX001', 'error', 'b'],
    ['CTX001', 'warning', '+2'],
    ['CTX002', 'warning', 'x'],
  ]);
  assert.equal(aggregateRepeated(sorted, 5), sorted);
});

test('Compose interpolation nested 5,000 deep: one line, exit 2 (it was "Maximum call stack size exceeded")', HANG_GUARD, async () => {
  const deep = '${A:-'.repeat(5000) + 'x' + '}'.repeat(5000);
  const tree = writeTree({ 'Dockerfile': 'FROM alpine\n', 'compose.yaml': `services:\n  a:\n    build:\n      context: .\n      args: {X: "${deep}"}\n` });
  try {
    oneLine(await runCli(['--compose', '--no-config'], tree.root), new RegExp(`compose\\.yaml: interpolation nested deeper than ${MAX_INTERPOLATION_DEPTH} levels`));
  } finally {
    tree.cleanup();
  }
  const ok = '${A:-'.repeat(MAX_INTERPOLATION_DEPTH) + 'x' + '}'.repeat(MAX_INTERPOLATION_DEPTH);
  assert.equal(interpolate(ok, () => undefined), 'x');
  assert.throws(() => interpolate('${A:-' + ok + '}', () => undefined), InterpolationError);
});

test('YAML nested thousands deep, and Compose, Bake, .env and config files over 1 MiB: one line, exit 2', HANG_GUARD, async () => {
  const tree = writeTree({ 'Dockerfile': 'FROM alpine\n' });
  try {
    const w = (name: string, text: string | Buffer) => fs.writeFileSync(join(tree.root, name), text);
    w('compose.yaml', `services:\n  a:\n    build: .\n    x: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    oneLine(await runCli(['--compose', '--no-config'], tree.root), /compose\.yaml: not valid YAML \(line 4, column \d+\)/);
    const big = Buffer.alloc(MAX_BUILD_FILE_BYTES + 1, '#\n');
    w('compose.yaml', big);
    oneLine(await runCli(['--compose', '--no-config'], tree.root), /compose\.yaml: 1,048,577 bytes is more than ctx-audit reads in this file/);
    w('compose.yaml', 'services:\n  a:\n    build: .\n');
    w('.env', big);
    oneLine(await runCli(['--compose', '--no-config'], tree.root), /\.env: 1,048,577 bytes is more than ctx-audit reads/);
    fs.rmSync(join(tree.root, '.env'));
    w('bake.json', Buffer.alloc(MAX_BUILD_FILE_BYTES + 1, ' '));
    oneLine(await runCli(['--bake', 'bake.json', '--no-config'], tree.root), /bake\.json: 1,048,577 bytes is more than ctx-audit reads/);
    w('.ctx-audit.yaml', big);
    oneLine(await runCli(['.'], tree.root), /\.ctx-audit\.yaml: 1,048,577 bytes is more than ctx-audit reads/);
  } finally {
    tree.cleanup();
  }
});

test('the audit announces the rules phase with its patterns and entries (the CLI turns it into the progress line)', () => {
  const tree = writeTree({ 'Dockerfile': 'FROM alpine\nCOPY . /app\n', 'a.js': 'x', 'b/c.js': 'y', '.dockerignore': 'x\ny\n!z\n' });
  try {
    const calls: [number, number][] = [];
    runAudit({ context: tree.root, cwd: tree.root, builder: 'buildkit', onRules: (p, e) => calls.push([p, e]) });
    assert.deepEqual(calls, [[3, 5]]);
  } finally {
    tree.cleanup();
  }
});
