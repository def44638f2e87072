// Differential suite against a REAL BuildKit (dockerd 26.1.5 with BuildKit v0.13, docker-buildx
// 0.13.1, from Debian; scripts/setup-buildkit.sh caches them, engine.ts runs them). Per case it
// compares what BuildKit's session really carried with what ctx-audit predicts:
//   followPaths (the request header) with the JSON's buildkit.followPaths;
//   the entries sent, in stream order, with `ctx-audit ls -0 --builder buildkit`;
//   the files the daemon requested and their bytes with buildkit.transfer.requestedFiles/Bytes;
//   the packet bytes and the printed `transferring context: X` with buildkit.transfer.bytes/figure;
//   the same for the `.dockerignore` load (buildkit.dockerignoreTransfer).
//
//   CTX_AUDIT_BK_SEED=<uint32>   replay a run (the seed is printed)
//   CTX_AUDIT_BK_CASES=<n>       random cases (default 200: a few hundred per CI run, each with a new seed)
//   CTX_AUDIT_BK_CASE=<i>[,<j>]  only these random cases (with the seed); fixed cases are skipped
//   CTX_AUDIT_BK_FIXED=0         skip the fixed and rounding cases
//   CTX_AUDIT_BK_SKIP=1          skip the whole file, loudly (a machine without root or the engine)
//   CTX_AUDIT_BK_CLI=<path.js>   the ctx-audit CLI to check (default bin/ctx-audit.js)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { transferFigure, walkTransfer } from '../../src/buildkit/transfer.js';
import { runProcess } from '../helpers/docker-oracle.js';
import { buildTree, type BuiltTree } from '../helpers/trees.js';
import { fixedCases, randomCase, roundingCases, type BkCase } from './cases.js';
import { engineMissing, startEngine, type Engine, type Observation } from './engine.js';
import { lsName, type WireTransfer } from './wire.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = process.env.CTX_AUDIT_BK_CLI ?? join(repoRoot, 'bin', 'ctx-audit.js');

const SEED = process.env.CTX_AUDIT_BK_SEED ? Number(process.env.CTX_AUDIT_BK_SEED) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
const CASES = Number(process.env.CTX_AUDIT_BK_CASES ?? 200);
const ONLY = process.env.CTX_AUDIT_BK_CASE?.split(',').map(Number);
const FIXED = process.env.CTX_AUDIT_BK_FIXED !== '0' && ONLY === undefined;
const SKIP = process.env.CTX_AUDIT_BK_SKIP === '1';

if (SKIP) console.log('buildkit-oracle: SKIPPED by CTX_AUDIT_BK_SKIP=1');
else {
  const missing = engineMissing();
  if (missing) throw new Error(`buildkit-oracle: ${missing}`);
  const v = spawnSync(process.execPath, [cli, '--version'], { encoding: 'utf8' });
  if (v.status !== 0) throw new Error(`bin/ctx-audit.js does not run (npm run build first?): ${v.stderr}`);
  console.log(`buildkit-oracle: CTX_AUDIT_BK_SEED=${SEED} CTX_AUDIT_BK_CASES=${CASES}`);
}

interface CtxView {
  /** CTX100-CTX103 findings at error: ctx-audit saying the build will fail (unparseable Dockerfile, missing, ignored or escaping source). */
  failureErrors: number;
  followPaths: string[] | 'all';
  usesContext: boolean;
  transfer: { bytes: number; figure: string; entries: number; requestedFiles: number; requestedBytes: number } | null;
  dockerignoreTransfer: { bytes: number; figure: string } | null;
  ls: string[];
  /** The JSON's `context.legacyRefusedBy` (uid 65534 cases: the legacy CLI's refusal, BuildKit going on). */
  legacyRefusedBy: string | null;
}

async function ctxAudit(c: BkCase, ctx: string): Promise<CtxView | { refused: string }> {
  const args = [...(c.args ?? []), ...(c.ctxArgs ?? [])];
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: ctx, NO_COLOR: '1' };
  const runAsNobody = c.asNobody === true;
  const [json, ls] = await Promise.all([
    runProcess(process.execPath, [cli, ctx, '--format', 'json', '--fail-on', 'never', '--no-config', ...args], { cwd: ctx, env, runAsNobody }),
    runProcess(process.execPath, [cli, 'ls', '-0', '--builder', 'buildkit', ctx, ...args], { cwd: ctx, env, runAsNobody }),
  ]);
  if (c.build === 'refused') {
    // The build cannot run: ctx-audit says so as BuildKit does, on one line, and exits 2 (ls too).
    assert.equal(json.exitCode, 2, `ctx-audit exits ${json.exitCode} on a context BuildKit refuses: ${json.stderr}`);
    assert.equal(ls.exitCode, 2, `ctx-audit ls exits ${ls.exitCode} on a context BuildKit refuses: ${ls.stderr}`);
    assert.equal(ls.stderr, json.stderr, 'ls and the audit word the refusal alike');
    return { refused: json.stderr };
  }
  assert.equal(json.exitCode, 0, `ctx-audit --format json failed: ${json.stderr}`);
  assert.equal(ls.exitCode, 0, `ctx-audit ls failed: ${ls.stderr}`);
  const report = JSON.parse(json.stdout);
  const bk = report.context.buildkit;
  assert.ok(bk, 'no buildkit section in the JSON report');
  assert.equal(bk.error, null, `ctx-audit buildkit error: ${bk.error}`);
  return {
    // "The build will fail": a Dockerfile BuildKit cannot parse (CTX100), a missing, ignored or escaping source (CTX101-CTX103).
    failureErrors: report.findings.filter((f: { ruleId: string; severity: string }) => (f.ruleId === 'CTX101' || f.ruleId === 'CTX100' || f.ruleId === 'CTX102' || f.ruleId === 'CTX103') && f.severity === 'error').length,
    followPaths: bk.followPaths,
    usesContext: bk.usesContext,
    transfer: bk.transfer,
    dockerignoreTransfer: bk.dockerignoreTransfer,
    ls: ls.stdoutBytes.toString('latin1').split('\0').filter((s) => s !== ''),
    legacyRefusedBy: report.context.legacyRefusedBy,
  };
}

const text = (bytes: string) => Buffer.from(bytes, 'latin1').toString('utf8');

function describeCase(c: BkCase, o: Observation): string {
  // File contents as sizes, except short ones (the Dockerfile, the ignore file).
  const contents = Object.fromEntries(Object.entries(c.shape.fileContents ?? {}).map(([k, v]) => [k, v.length > 200 ? `<${v.length} bytes>` : v]));
  const lines = [`case: ${c.label}`, `args: ${JSON.stringify(c.args ?? [])}`, `shape: ${JSON.stringify({ ...c.shape, fileContents: contents })}`];
  if (o.build.exitCode !== 0) lines.push(`build exit ${o.build.exitCode}: ${o.build.stderr.split('\n').filter((l) => /ERROR|error/.test(l)).slice(0, 3).join(' | ')}`);
  for (const t of o.transfers) lines.push(`transfer ${t.dirName} followpaths=${JSON.stringify(t.followPaths)} excludes=${JSON.stringify(t.excludePatterns)} bytes=${t.packetBytes}`);
  return lines.join('\n');
}

/** What ctx-audit cannot see (xattrs): the exact bytes they add to BuildKit's count, from the wire alone. */
function xattrBytes(t: WireTransfer): number {
  const vl = (n: number) => (n < 128 ? 1 : n < 16384 ? 2 : n < 2097152 ? 3 : 4);
  let extra = 0;
  for (const e of t.entries) {
    if (e.stat.xattrFieldBytes === 0) continue;
    const n = e.stat.statBytes;
    const without = n - e.stat.xattrFieldBytes;
    extra += 1 + vl(n) + n - (1 + vl(without) + without);
  }
  return extra;
}

async function check(engine: Engine, c: BkCase): Promise<void> {
  let tree: BuiltTree | null = buildTree(c.shape);
  try {
    c.setup?.(tree.ctx);
    if (c.figureTarget !== undefined) padToFigure(tree.ctx, c.figureTarget);
    const [o, view] = await Promise.all([engine.build(tree.ctx, { args: c.args, runAsNobody: c.asNobody }), ctxAudit(c, tree.ctx)]);
    const info = () => describeCase(c, o);
    if ('refused' in view) {
      assert.notEqual(o.build.exitCode, 0, `BuildKit's build succeeded; ctx-audit says it is refused: ${view.refused}\n${info()}`);
      // BuildKit: `ERROR: failed to solve: error from sender: open locked: permission denied`.
      const said = o.build.stderr.split('\n').find((l) => l.startsWith('ERROR: failed to solve: '));
      assert.ok(said, `BuildKit failed without a "failed to solve" line\n${info()}`);
      assert.equal(view.refused, `ctx-audit: ${said.slice('ERROR: failed to solve: '.length)}\n`, `ctx-audit words the refusal as BuildKit does\n${info()}`);
      return;
    }
    const mine = view;
    for (const t of o.transfers) assert.equal(t.clientError, undefined, `the client sent ERR in the ${t.dirName} transfer\n${info()}`);
    if (c.legacyRefused !== undefined) {
      // The legacy CLI refuses what BuildKit sends: the audit goes on and says so.
      const legacy = await engine.legacyBuild(tree.ctx, { args: c.args, runAsNobody: true });
      assert.notEqual(legacy.exitCode, 0, `the legacy builder accepted the context\n${info()}`);
      const last = legacy.stderr.trim().split('\n').pop() ?? '';
      assert.equal(mine.legacyRefusedBy, last, `legacyRefusedBy is the legacy CLI's own line\n${info()}`);
      assert.ok(last.includes(c.legacyRefused), `the legacy CLI fails on ${c.legacyRefused}: ${last}`);
    } else assert.equal(mine.legacyRefusedBy, null, `legacyRefusedBy set on a context the legacy builder takes\n${info()}`);
    // The outcome: BuildKit's exit against ctx-audit's CTX100/CTX101/CTX102 errors ("the build will fail").
    if (c.build === 'ok') {
      assert.equal(o.build.exitCode, 0, `BuildKit's build failed; the case says it succeeds\n${info()}`);
      assert.equal(mine.failureErrors, 0, `ctx-audit reports a CTX100-CTX103 error on a build BuildKit completes\n${info()}`);
    } else if (c.build === 'fails') {
      assert.notEqual(o.build.exitCode, 0, `BuildKit's build succeeded; the case says it fails\n${info()}`);
      assert.ok(mine.failureErrors > 0, `ctx-audit reports no CTX100-CTX103 error on a build BuildKit fails\n${info()}`);
    }
    // .dockerignore load
    if (mine.dockerignoreTransfer === null) assert.equal(o.dockerignore, null, `BuildKit loaded .dockerignore; ctx-audit says it does not\n${info()}`);
    else {
      assert.ok(o.dockerignore, `BuildKit made no .dockerignore load; ctx-audit predicts one\n${info()}`);
      assert.equal(mine.dockerignoreTransfer.bytes, o.dockerignore.packetBytes, `.dockerignore transfer bytes\n${info()}`);
      assert.equal(mine.dockerignoreTransfer.figure, o.printed.dockerignore, `.dockerignore printed figure\n${info()}`);
    }
    // the build context
    if (!mine.usesContext || mine.transfer === null) {
      assert.equal(o.context, null, `BuildKit transferred the context; ctx-audit says no stage reads it\n${info()}`);
      return;
    }
    const t = o.context;
    assert.ok(t, `BuildKit made no build-context transfer; ctx-audit predicts one\n${info()}`);
    assert.deepEqual(mine.followPaths === 'all' ? [] : mine.followPaths, t.followPaths.map(text), `followPaths\n${info()}`);
    assert.deepEqual(mine.ls, t.entries.map((e) => lsName(e.stat)), `entries sent, in stream order\n${info()}`);
    const requested = t.entries.filter((e) => e.requested);
    assert.equal(mine.transfer.requestedFiles, requested.length, `requested files (${requested.map((e) => text(e.stat.path)).join(', ')})\n${info()}`);
    assert.equal(mine.transfer.requestedBytes, requested.reduce((n, e) => n + e.dataBytes, 0), `requested bytes\n${info()}`);
    assert.equal(mine.transfer.entries, t.entries.length, `entries\n${info()}`);
    const hidden = xattrBytes(t);
    if (c.xattrs) assert.ok(hidden > 0, `the xattr case carried no xattrs\n${info()}`);
    else assert.equal(hidden, 0, `unexpected xattrs on the wire\n${info()}`);
    assert.equal(mine.transfer.bytes, t.packetBytes - hidden, `transfer bytes (ctx-audit + ${hidden} xattr bytes it cannot read = BuildKit's)\n${info()}`);
    if (!c.xattrs) assert.equal(mine.transfer.figure, o.printed.context, `printed figure\n${info()}`);
    if (c.figureTarget !== undefined) assert.equal(t.packetBytes, c.figureTarget, `rounding case missed its target\n${info()}`);
  } finally {
    tree.cleanup();
    tree = null;
  }
}

/** Grows the `pad` file until the predicted figure is `target` (inputs only; BuildKit's print is the expectation). */
function padToFigure(ctx: string, target: number): void {
  let size = Math.max(0, target - 200);
  for (let i = 0; i < 8; i++) {
    writeFileSync(join(ctx, 'pad'), Buffer.alloc(size, 0x70));
    const w = walkTransfer({ root: ctx, includes: ['pad'], excludes: [] });
    const f = transferFigure(ctx, w.list).bytes;
    if (f === target) return;
    size += target - f;
    if (size < 0) throw new Error(`cannot reach figure ${target}`);
  }
  throw new Error(`padToFigure: no size gives ${target}`);
}

describe('BuildKit oracle (real dockerd + buildx)', { skip: SKIP }, () => {
  let engine: Engine;
  let t0 = 0;
  let built = 0;
  before(async () => {
    t0 = Date.now();
    engine = await startEngine();
    console.log(`buildkit-oracle: dockerd ${engine.version} up in ${engine.startSeconds.toFixed(1)} s`);
  });
  after(async () => {
    await engine?.stop();
    console.log(`buildkit-oracle: ${built} builds in ${((Date.now() - t0) / 1000).toFixed(1)} s; daemon stopped`);
  });
  const run = (c: BkCase, repro: string) => async () => {
    built++;
    try {
      await check(engine, c);
    } catch (e) {
      if (e instanceof Error) e.message += `\nreplay: ${repro}`;
      throw e;
    }
  };
  if (FIXED) {
    for (const c of fixedCases()) it(c.label, run(c, 'fixed case'));
    for (const c of roundingCases()) it(c.label, run(c, 'rounding case'));
  }
  const indexes = ONLY ?? Array.from({ length: CASES }, (_, i) => i);
  for (const i of indexes) it(`random #${i}`, run(randomCase(SEED, i), `CTX_AUDIT_BK_SEED=${SEED} CTX_AUDIT_BK_CASE=${i}`));
});
