// --baseline / --max-growth. Expected figures are worked out by hand from Docker's tar layout
// (a 512-byte header per entry, content padded to 512) and from the trees written here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMaxGrowth } from '../../src/baseline/baseline.js';
import { buildTree } from '../helpers/trees.js';
import { runCli } from '../reporters/cli-io.js';

const bytes = (n: number) => 'x'.repeat(n);

/** A context, its baseline report written beside it (never inside), and a way to change it. */
async function withBaseline(fn: (t: { ctx: string; base: string; run: (...argv: string[]) => ReturnType<typeof runCli> }) => Promise<void>) {
  const tree = buildTree({ files: ['Dockerfile', 'a', 'b'], fileContents: { Dockerfile: 'FROM scratch\nCOPY a /a\n', a: bytes(10), b: bytes(20) }, dockerignore: '' });
  const base = join(tree.root, 'base.json');
  const run = (...argv: string[]) => runCli([tree.ctx, '--no-config', '--builder', 'legacy', ...argv], tree.ctx);
  try {
    const r = await run('--format', 'json', '--fail-on', 'never');
    assert.equal(r.code, 0, r.stderr);
    writeFileSync(base, r.stdout);
    await fn({ ctx: tree.ctx, base, run });
  } finally {
    tree.cleanup();
  }
}

test('the JSON report lists every sent regular file with its bytes (what a later comparison needs)', async () => {
  await withBaseline(async ({ base }) => {
    const doc = JSON.parse((await import('node:fs')).readFileSync(base, 'utf8'));
    assert.deepEqual(doc.sentFiles, [
      { path: '.dockerignore', bytes: 0 },
      { path: 'Dockerfile', bytes: 23 },
      { path: 'a', bytes: 10 },
      { path: 'b', bytes: 20 },
    ]);
  });
});

test('files added, removed and grown; tar and BuildKit deltas; findings new, unchanged and fixed by rule + path', async () => {
  await withBaseline(async ({ ctx, base, run }) => {
    writeFileSync(join(ctx, 'a'), bytes(30)); // grows 10 -> 30, still one 512-byte block
    rmSync(join(ctx, 'b')); // -1,024 tar bytes (header + one block)
    writeFileSync(join(ctx, 'c'), bytes(5)); // +1,024
    const r = await run('--baseline', base, '--format', 'json', '--fail-on', 'never');
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    const b = doc.baseline;
    assert.equal(b.file, base);
    assert.equal(b.legacyTarBytes.delta, 0);
    // BuildKit requests only what COPY a names: a's bytes.
    assert.deepEqual(b.buildkitRequestedBytes, { before: 10, after: 30, delta: 20 });
    assert.deepEqual(b.files.added, [{ path: 'c', bytes: 5 }]);
    assert.deepEqual(b.files.removed, [{ path: 'b', bytes: 20 }]);
    assert.deepEqual(b.files.grown, [{ path: 'a', before: 10, after: 30, delta: 20 }]);
    assert.deepEqual([b.files.addedCount, b.files.removedCount, b.files.grownCount, b.files.shrunkCount], [1, 1, 1, 0]);
    // b and c are sent but never copied (CTX004): b's finding is fixed, c's is new.
    const ctx004 = doc.findings.filter((f: { ruleId: string }) => f.ruleId === 'CTX004').map((f: { path: string; baselineState: string }) => [f.path, f.baselineState]);
    assert.deepEqual(ctx004, [['c', 'new']]);
    assert.deepEqual(b.findings.fixed, [{ ruleId: 'CTX004', path: 'b' }]);
    assert.equal(b.findings.new, 1);
    assert.ok(doc.findings.every((f: { baselineState?: string }) => f.baselineState === 'new' || f.baselineState === 'unchanged'));
  });
});

test('a finding whose message changed but whose rule and path did not is unchanged', async () => {
  await withBaseline(async ({ ctx, base, run }) => {
    writeFileSync(join(ctx, 'b'), bytes(40)); // CTX004's message carries the bytes: 20 B -> 40 B
    const doc = JSON.parse((await run('--baseline', base, '--format', 'json', '--fail-on', 'never')).stdout);
    const f = doc.findings.find((x: { ruleId: string; path: string }) => x.ruleId === 'CTX004' && x.path === 'b');
    assert.match(f.message, /40 B/);
    assert.equal(f.baselineState, 'unchanged');
  });
});

test('--max-growth in bytes and percent gates the upload: exit 1 whatever --fail-on says', async () => {
  await withBaseline(async ({ ctx, base, run }) => {
    writeFileSync(join(ctx, 'd'), bytes(2000)); // +512 header +2,048 (2,000 padded) = +2,560 tar bytes
    const over = await run('--baseline', base, '--max-growth', '2KB', '--fail-on', 'never');
    assert.equal(over.code, 1, over.stderr);
    assert.match(over.stdout, /--max-growth 2,000 B: EXCEEDED, legacy tar bytes grew \+2,560 B/);
    assert.equal((await run('--baseline', base, '--max-growth', '2560', '--fail-on', 'never')).code, 0, 'growth equal to the limit passes');
    assert.equal((await run('--baseline', base, '--max-growth', '3KB', '--fail-on', 'never')).code, 0);
    // The base upload is a few KB (4 small files plus the end marker), so +2,560 B is well over 10% and under 100%.
    assert.equal((await run('--baseline', base, '--max-growth', '10%', '--fail-on', 'never')).code, 1);
    assert.equal((await run('--baseline', base, '--max-growth', '100%', '--fail-on', 'never')).code, 0);
  });
});

test('with --builder buildkit the gate measures BuildKit requested bytes', async () => {
  await withBaseline(async ({ ctx, base, run }) => {
    writeFileSync(join(ctx, 'd'), bytes(5000)); // not copied: BuildKit does not request it
    const r = await runCli([ctx, '--no-config', '--builder', 'buildkit', '--baseline', base, '--max-growth', '0', '--fail-on', 'never', '--format', 'json'], ctx);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).baseline.growth.measure, 'buildkit-requested-bytes');
    assert.equal((await run('--baseline', base, '--max-growth', '0', '--fail-on', 'never')).code, 1, 'the legacy tar grew');
  });
});

test('table and markdown show the comparison; SARIF carries baselineState', async () => {
  await withBaseline(async ({ ctx, base, run }) => {
    const sarifBefore = JSON.parse((await run('--baseline', base, '--format', 'sarif', '--fail-on', 'never')).stdout);
    assert.deepEqual(new Set(sarifBefore.runs[0].results.map((r: { baselineState: string }) => r.baselineState)), new Set(['unchanged']));
    writeFileSync(join(ctx, 'c'), bytes(5));
    const table = await run('--baseline', base, '--fail-on', 'never');
    assert.match(table.stdout, /Compared with .*base\.json/);
    assert.match(table.stdout, /files: +1 added \(\+5 B\), 0 removed/);
    assert.match(table.stdout, /\n +added +c +\+5 B\n/);
    // b and c are now both unused: CTX004 reports them together on `.`, a new rule + path.
    assert.match(table.stdout, /CTX004 \. 2 files [^]*? \(new\)\n/);
    const md = await run('--baseline', base, '--format', 'markdown', '--fail-on', 'never');
    assert.match(md.stdout, /\| added \| `c` \| \+5 B \|/);
    assert.match(md.stdout, /\| legacy tar \| [\d,]+ B → [\d,]+ B \(\+1,024 B/);
    const sarif = JSON.parse((await run('--baseline', base, '--format', 'sarif', '--fail-on', 'never')).stdout);
    assert.deepEqual(sarif.runs[0].results.map((r: { ruleId: string; baselineState: string }) => [r.ruleId, r.baselineState]), [['CTX004', 'new']]);
  });
});

test('a report from before sentFiles compares totals and says files were not compared', async () => {
  await withBaseline(async ({ base, run }) => {
    const doc = JSON.parse((await import('node:fs')).readFileSync(base, 'utf8'));
    delete doc.sentFiles;
    writeFileSync(base, JSON.stringify(doc));
    const r = await run('--baseline', base, '--format', 'json', '--fail-on', 'never');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).baseline.files, null);
    assert.match((await run('--baseline', base, '--fail-on', 'never')).stdout, /files: +not compared/);
  });
});

test('usage and input errors exit 2 with one line naming the flag or file', async () => {
  await withBaseline(async ({ ctx, base, run }) => {
    const cases: [string[], RegExp][] = [
      [['--max-growth', '5%'], /--max-growth: needs --baseline/],
      [['--baseline', base, '--max-growth', 'lots'], /--max-growth: expected/],
      [['--baseline', join(ctx, '..', 'nope.json')], /nope\.json: cannot read the baseline \(ENOENT\)/],
    ];
    writeFileSync(join(ctx, '..', 'bad.json'), '{"schemaVersion": 2}');
    cases.push([['--baseline', join(ctx, '..', 'bad.json')], /bad\.json: not a ctx-audit JSON report/]);
    writeFileSync(join(ctx, '..', 'text.json'), 'hello');
    cases.push([['--baseline', join(ctx, '..', 'text.json')], /text\.json: the baseline is not JSON/]);
    for (const [argv, re] of cases) {
      const r = await run(...argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.stderr, re);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1);
    }
  });
});

test('parseMaxGrowth: bytes, sizes and percentages', () => {
  assert.deepEqual(parseMaxGrowth('1048576'), { bytes: 1048576 });
  assert.deepEqual(parseMaxGrowth('10MB'), { bytes: 10_000_000 });
  assert.deepEqual(parseMaxGrowth('1KiB'), { bytes: 1024 });
  assert.deepEqual(parseMaxGrowth('5%'), { percent: 5 });
  assert.deepEqual(parseMaxGrowth('0.5 %'), { percent: 0.5 });
  assert.throws(() => parseMaxGrowth('-5%'));
});
