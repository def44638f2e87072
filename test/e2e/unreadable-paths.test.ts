// Paths the user running ctx-audit cannot read (a root-owned data directory a Compose volume left in
// the project, a 0600 file of another user). The legacy CLI refuses the whole context on any of them,
// even one the ignore file excludes (R19-R20); BuildKit's client never checks, fails only on a
// directory its walk enters, and sends a file it cannot open empty (test/buildkit-oracle checks each
// against a real BuildKit run as uid 65534). Run as uid 65534 through setpriv when the tests run as root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTree, type BuiltTree } from '../helpers/trees.js';
import { findSetpriv, NOBODY_GID, NOBODY_UID } from '../helpers/docker-oracle.js';

const CLI = fileURLToPath(new URL('../../bin/ctx-audit.js', import.meta.url));

function run(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const asUser = process.getuid?.() === 0 ? [findSetpriv(), `--reuid=${NOBODY_UID}`, `--regid=${NOBODY_GID}`, '--clear-groups'] : [];
  const argv = [...asUser, process.execPath, CLI, ...args];
  const r = spawnSync(argv[0], argv.slice(1), { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, NO_COLOR: '1', COLUMNS: '100' }, timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function tree(dockerfile: string, files: string[], locked: string[], dockerignore?: string): BuiltTree {
  const t = buildTree({ files: ['Dockerfile', ...files], fileContents: { Dockerfile: dockerfile }, ...(dockerignore !== undefined ? { dockerignore } : {}) });
  for (const p of locked) chmodSync(join(t.ctx, p), 0);
  return t;
}

test('an unreadable directory the ignore file excludes: the BuildKit audit goes on, the legacy refusal is shown', () => {
  // The legacy CLI fails here (`docker build` with DOCKER_BUILDKIT=0, observed): its filepath.Walk
  // lists a directory before the ignore check prunes it. BuildKit builds (the oracle case).
  const t = tree('FROM scratch\nCOPY . /\n', ['sub/a', 'data/pg/x'], ['data'], 'data\n');
  try {
    const json = run(['.', '--format', 'json', '--fail-on', 'never'], t.ctx);
    assert.equal(json.code, 0, json.stderr);
    const r = JSON.parse(json.stdout);
    assert.equal(r.context.legacyRefusedBy, `error checking context: can't stat '${t.ctx}/data'`);
    assert.equal(r.context.buildkit.transfer.requestedFiles, 3); // .dockerignore, Dockerfile, sub/a
    const human = run(['.', '--fail-on', 'never'], t.ctx);
    assert.equal(human.code, 0, human.stderr);
    assert.match(human.stdout, /legacy: refuses the context/);
    assert.match(human.stdout.replace(/\s+/g, ' '), /docker build \(legacy\) fails: error checking context: can't stat '[^']*\/data'/);
    assert.doesNotMatch(human.stdout, /Sending build context/);
    const md = run(['.', '--format', 'markdown', '--fail-on', 'never'], t.ctx);
    assert.match(md.stdout, /\| legacy \(`DOCKER_BUILDKIT=0`\) \| 3 \| nothing: it refuses the context \| error checking context: can't stat/);
    // The legacy builder's own audit still ends as its build does: one line, exit 2.
    const legacy = run(['.', '--builder', 'legacy'], t.ctx);
    assert.equal(legacy.code, 2);
    assert.equal(legacy.stderr, `ctx-audit: error checking context: can't stat '${t.ctx}/data'\n`);
    assert.equal(legacy.stdout, '');
  } finally {
    t.cleanup();
  }
});

test('a requested file this user cannot open: BuildKit sends it empty, and a notice says so', () => {
  const t = tree('FROM scratch\nCOPY config.json /etc/app/\n', ['config.json'], ['config.json']);
  try {
    const json = run(['.', '--format', 'json', '--fail-on', 'never'], t.ctx);
    assert.equal(json.code, 0, json.stderr);
    const r = JSON.parse(json.stdout);
    assert.equal(r.context.legacyRefusedBy, `error checking context: no permission to read from '${t.ctx}/config.json'`);
    assert.equal(r.context.buildkit.transfer.requestedFiles, 1);
    assert.equal(r.context.buildkit.transfer.requestedBytes, 0);
    assert.deepEqual(
      r.context.notices.filter((n: { path: string }) => n.path === 'config.json').map((n: { message: string }) => n.message),
      ['cannot be read by this user: BuildKit sends it empty (the build goes on with an empty file)'],
    );
  } finally {
    t.cleanup();
  }
});

test('a directory BuildKit enters and cannot list: one line in its words, exit 2 (the path as the context was given)', () => {
  const t = tree('FROM scratch\nCOPY . /\n', ['sub/a', 'sub/in/locked/x'], ['sub/in/locked']);
  try {
    for (const [ctxArg, cwd, shown] of [['.', t.ctx, 'sub/in/locked'], [t.ctx, t.ctx, `${t.ctx}/sub/in/locked`], ['./sub/..', t.ctx, 'sub/in/locked']] as const) {
      for (const args of [[ctxArg], ['ls', ctxArg], [ctxArg, '--format', 'json']]) {
        const r = run(args, cwd);
        assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
        assert.equal(r.stdout, '');
        assert.equal(r.stderr, `ctx-audit: error from sender: open ${shown}: permission denied\n`, args.join(' '));
      }
    }
  } finally {
    t.cleanup();
  }
});

test('--all with a directory this user cannot list (the review of 94b8ad9)', () => {
  // --all's file discovery died on it (`app/locked: EACCES`, exit 2) before any build was audited.
  const t = tree('FROM alpine\nCOPY src /src\n', ['src/a', 'locked/y'], ['locked']);
  try {
    const all = run(['--all', '--format', 'json', '--fail-on', 'never'], t.ctx);
    assert.equal(all.code, 0, all.stderr);
    const r = JSON.parse(all.stdout);
    assert.equal(r.targets.length, 1);
    // (The HTML page's card for this case is checked in Chromium: test/e2e/html-report.test.ts.)
  } finally {
    t.cleanup();
  }
});

test('a secret-named file this user cannot open: BuildKit sends it empty, so CTX201 is info and says so (the review of 94b8ad9)', () => {
  const t = buildTree({ files: ['Dockerfile', '.env', 'app.js'], fileContents: { Dockerfile: 'FROM node:22\nCOPY . /app\n', '.env': `DB_PASSWORD=${'k'.repeat(6)}Q9zX2vLp\n` } });
  try {
    chmodSync(join(t.ctx, '.env'), 0o600);
    const json = run(['.', '--format', 'json', '--fail-on', 'error'], t.ctx);
    assert.equal(json.code, 0, json.stderr);
    const f = JSON.parse(json.stdout).findings.filter((x: { ruleId: string }) => x.ruleId === 'CTX201');
    assert.deepEqual(f.map((x: { severity: string; data: { evidence: string } }) => [x.severity, x.data.evidence]), [['info', 'sent-empty']]);
    assert.match(f[0].message, /this user cannot read it: BuildKit sends it empty/);
    // The legacy builder refuses the context; its audit says so, as its build does.
    assert.equal(run(['.', '--builder', 'legacy'], t.ctx).code, 2);
  } finally {
    t.cleanup();
  }
});
