// End-to-end: spawn the built bin/ctx-audit.js with a minimal environment, as a user would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from 'tar-stream';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/ctx-audit.js');
/** Where the tests' temp trees live (realpath: on some systems the temp directory is a symlink). */
const TMP = fs.realpathSync(os.tmpdir());

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/**
 * The built CLI. It reads only inside the repository it runs in (the git top level above its working
 * directory, else that directory), so it runs from the temp directory that holds the test's trees;
 * tests of the sample contexts pass `cwd: ROOT`.
 */
function ctxAudit(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? TMP,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', ...opts.env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

function tempTree(files: Record<string, string>, dirs: string[] = []): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-e2e-'));
  for (const d of dirs) fs.mkdirSync(path.join(root, d), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** Hash of every path, type, mode, size and content under root: proves a command wrote nothing. */
function treeHash(root: string): string {
  const h = createHash('sha256');
  const walk = (dir: Buffer) => {
    const names = (fs.readdirSync(dir, { encoding: 'buffer' }) as Buffer[]).sort(Buffer.compare);
    for (const n of names) {
      const p = Buffer.concat([dir, Buffer.from('/'), n]);
      const st = fs.lstatSync(p);
      h.update(p).update(`${st.mode}:${st.size}:${st.mtimeMs}\n`);
      if (st.isDirectory()) walk(p);
      else if (st.isFile()) h.update(fs.readFileSync(p));
    }
  };
  walk(Buffer.from(root));
  return h.digest('hex');
}

async function tarEntries(buf: Buffer): Promise<string[]> {
  const names: string[] = [];
  const ex = extract();
  const done = new Promise<void>((resolve, reject) => {
    ex.on('entry', (header, stream, next) => {
      names.push(header.name + (header.type === 'directory' && !header.name.endsWith('/') ? '/' : ''));
      stream.on('end', next);
      stream.resume();
    });
    ex.on('finish', resolve);
    ex.on('error', reject);
  });
  ex.end(buf);
  await done;
  return names;
}

test('--help lists the commands, the exit codes and examples; --version prints the package version', () => {
  const help = ctxAudit(['--help']);
  assert.equal(help.code, 0);
  const text = help.stdout.toString();
  for (const word of ['ctx-audit ls', 'ctx-audit tar', '--fail-on', '--builder', 'Exit codes', 'Examples']) assert.ok(text.includes(word), word);
  const version = ctxAudit(['--version']);
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(version.stdout.toString().trim(), pkg.version);
});

test('audit of the node sample: JSON figures match hand arithmetic of the tar', () => {
  // --fail-on never: the sample's node_modules is copied into the image (COPY packages), so CTX003 is an error.
  const r = ctxAudit(['sample-contexts/node-app', '--format', 'json', '--fail-on', 'never'], { cwd: ROOT });
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout.toString());
  assert.equal(doc.schemaVersion, 1);
  // 10 files under 512 bytes (header + one data block each) + 8 directories (header only)
  // + the 1024-byte end marker; npm-debug.log is the only excluded entry.
  assert.equal(doc.context.files, 10);
  assert.equal(doc.context.directories, 8);
  assert.equal(doc.context.tarBytes, 10 * 1024 + 8 * 512 + 1024);
  assert.equal(doc.context.dockerFigure, '15.36kB');
  assert.equal(doc.context.excluded.entries, 1);
  // The sample's .dockerignore was written with gitignore habits (see its comment): `*.log` only
  // matches at the root (CTX303); `node_modules` too, but `COPY packages` needs what is below
  // packages/ui/node_modules, so `**/node_modules` is no advice (suggest's rule) and the line is a
  // protective one, like `dist/` and `coverage` that match nothing today (CTX302 leaves them alone).
  // logs/ is never copied.
  const found = (doc.findings as { ruleId: string; path?: string; line?: number }[]).map((f) => `${f.ruleId} ${f.path ?? ''}${f.line ? ':' + f.line : ''}`).sort();
  assert.deepEqual(found, ['CTX003 packages/ui/node_modules', 'CTX004 logs/', 'CTX303 :3']);
  // BuildKit, side by side: COPY package*.json, src and packages/ui only.
  assert.deepEqual(doc.context.buildkit.followPaths, ['package-lock.json', 'package.json', 'packages/ui', 'src']);
  assert.equal(doc.context.buildkit.requested.files, 7);
});

test('table output names the docker figure and honours NO_COLOR / FORCE_COLOR', () => {
  const plain = ctxAudit(['sample-contexts/go-service'], { cwd: ROOT });
  assert.equal(plain.code, 0);
  const text = plain.stdout.toString();
  assert.match(text, /Sending build context to Docker daemon {2}8\.704kB/);
  assert.match(text, /Largest files/);
  assert.match(text, /Heaviest directories/);
  assert.ok(!text.includes('\x1b['), 'NO_COLOR output has no escapes');
  const forced = ctxAudit(['sample-contexts/go-service'], { cwd: ROOT, env: { FORCE_COLOR: '1', NO_COLOR: '' } });
  assert.ok(forced.stdout.toString().includes('\x1b['), 'FORCE_COLOR output is coloured');
});

test('ls lists entries in tar order; names with newlines are escaped, -0 keeps them raw', () => {
  const root = tempTree({ Dockerfile: 'FROM scratch\n', 'a\nb.txt': 'x', 'sub/z': 'z', 'sub/a': 'a' }, ['empty']);
  try {
    const r = ctxAudit(['ls', root, '--builder', 'legacy']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.toString(), ['Dockerfile', 'a\\nb.txt', 'empty/', 'sub/', 'sub/a', 'sub/z', ''].join('\n'));
    const z = ctxAudit(['ls', '-0', root, '--builder', 'legacy']);
    assert.deepEqual(z.stdout.toString().split('\0'), ['Dockerfile', 'a\nb.txt', 'empty/', 'sub/', 'sub/a', 'sub/z', '']);
    const long = ctxAudit(['ls', '--long', root, '--builder', 'legacy']).stdout.toString().split('\n');
    assert.match(long[0], /^- 0644 +13 +1024 Dockerfile$/);
    assert.match(long[2], /^d \d{4} +0 +512 empty\/$/);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('ls defaults to BuildKit: only what the Dockerfile makes it request, with parent directories', () => {
  const root = tempTree({ Dockerfile: 'FROM scratch\nCOPY src/app.js /app/\n', 'src/app.js': 'x', 'src/other.js': 'y', 'docs/a.md': 'z' });
  try {
    const r = ctxAudit(['ls', root]);
    assert.equal(r.code, 0, r.stderr);
    // FollowPaths = [src/app.js]; fsutil sends the parents of every sent path (facts B5-B6).
    assert.equal(r.stdout.toString(), 'src/\nsrc/app.js\n');
    const tarRefused = ctxAudit(['tar', root, '-o', '-', '--builder', 'buildkit']);
    assert.equal(tarRefused.code, 2);
    assert.match(tarRefused.stderr, /BuildKit sends no tar/);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('tar -o FILE and tar -o - write the same well-formed tar whose entries equal ls', async () => {
  const root = tempTree({ Dockerfile: 'FROM scratch\n', '.dockerignore': '*.log\n', 'app.js': 'console.log(1)\n', 'debug.log': 'x' });
  const out = path.join(os.tmpdir(), `ctx-audit-e2e-${process.pid}.tar`);
  try {
    const before = treeHash(root);
    const r = ctxAudit(['tar', root, '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    const file = fs.readFileSync(out);
    const piped = ctxAudit(['tar', root, '-o', '-']);
    assert.equal(piped.code, 0, piped.stderr);
    assert.ok(file.equals(piped.stdout), 'file and stdout tars are identical');
    // 3 sent entries (debug.log is excluded), each one header + one data block, plus the end marker.
    assert.equal(file.length, 3 * 1024 + 1024);
    assert.deepEqual(await tarEntries(file), ['.dockerignore', 'Dockerfile', 'app.js']);
    assert.equal(treeHash(root), before, 'the context is byte-for-byte unchanged');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(out, { force: true });
  }
});

test('tar -o into a FIFO (like -o /dev/null) writes into it and leaves it a FIFO: never renamed over', async () => {
  const root = tempTree({ Dockerfile: 'FROM scratch\n', 'app.js': 'console.log(1)\n' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-e2e-fifo-'));
  const fifo = path.join(dir, 'out.pipe');
  try {
    spawnSync('mkfifo', [fifo]);
    assert.ok(fs.statSync(fifo).isFIFO());
    // The reader is its own process, so that if ctx-audit never opens the FIFO (it renamed a file
    // over it) the reader, stuck in open(), can be killed instead of hanging the test.
    const reader = spawn('cat', [fifo]);
    const chunks: Buffer[] = [];
    reader.stdout.on('data', (c: Buffer) => chunks.push(c));
    const readerDone = new Promise<number | null>((resolve) => reader.on('close', resolve));
    const child = spawn(process.execPath, [BIN, 'tar', root, '-o', fifo], { cwd: TMP, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stderr);
    const timer = setTimeout(() => reader.kill('SIGKILL'), 10_000);
    const readerCode = await readerDone;
    clearTimeout(timer);
    assert.equal(readerCode, 0, 'ctx-audit never wrote into the FIFO');
    assert.deepEqual(await tarEntries(Buffer.concat(chunks)), ['Dockerfile', 'app.js']);
    assert.ok(fs.statSync(fifo).isFIFO(), 'the FIFO was replaced by a regular file');
    assert.deepEqual(fs.readdirSync(dir), ['out.pipe'], 'no temporary file left beside it');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('error paths: one line on stderr naming the path or flag, exit 2, no stack trace', () => {
  const root = tempTree({ 'a.txt': 'a' });
  const bad = tempTree({ Dockerfile: 'FROM scratch\n', '.dockerignore': 'ok\n[z-a]\n' });
  try {
    const cases: [string[], RegExp][] = [
      [['does-not-exist'], /unable to prepare context: path "does-not-exist" not found/],
      [['--bogus'], /--bogus/],
      [['--format', 'yaml', root], /--format: expected one of/],
      [['--fail-on', 'sometimes', root], /--fail-on/],
      // Docker's words, then what to do (four sweeps: suggest . in repositories whose Dockerfiles are in subdirectories).
      [[root], new RegExp(`lstat ${root}/Dockerfile: no such file or directory \\(no Dockerfile in the context directory: name one with -f PATH; \`ctx-audit --all\` audits every build here\\)$`, 'm')],
      [['suggest', root], /no such file or directory \(no Dockerfile in the context directory: name one with -f PATH; `ctx-audit --all` audits every build here\)$/m],
      [[bad], /error checking context: syntax error in pattern/],
      [['tar', root], /-o\/--output FILE is required/],
      [['ls', root, '--long'], /ls --long describes tar entries: add --builder legacy/],
      [['ls', root, '-f', 'nope/Dockerfile'], /unable to evaluate symlinks in Dockerfile path: lstat .*\/nope: no such file or directory$/m],
    ];
    for (const [args, re] of cases) {
      const r = ctxAudit(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, re, args.join(' '));
      assert.ok(!/\n\s+at /.test(r.stderr), `no stack trace for ${args.join(' ')}`);
      assert.ok(r.stderr.split('\n').filter(Boolean).length <= 2, `short error for ${args.join(' ')}`);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(bad, { recursive: true, force: true });
  }
});

test('a FIFO in the context is listed header-only and never opened (no hang)', () => {
  const root = tempTree({ Dockerfile: 'FROM scratch\n' });
  try {
    const mk = spawnSync('mkfifo', [path.join(root, 'pipe')]);
    assert.equal(mk.status, 0, 'mkfifo available');
    const r = ctxAudit(['ls', '--long', root, '--builder', 'legacy']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout.toString(), /^p \d{4} +0 +512 pipe$/m);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a 10 GB sparse file is counted from its size, not read, and gets a PAX size record', () => {
  const root = tempTree({ Dockerfile: 'FROM scratch\n' });
  try {
    const fd = fs.openSync(path.join(root, 'big.bin'), 'w');
    fs.ftruncateSync(fd, 10 * 1024 ** 3);
    fs.closeSync(fd);
    const started = Date.now();
    const r = ctxAudit([root, '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(Date.now() - started < 30_000, 'finished without reading 10 GB');
    const doc = JSON.parse(r.stdout.toString());
    // Dockerfile: 512 + 512. big.bin >= 8 GiB needs PAX: 512 (x header) + 512 (records) + 512 + 10 GiB.
    assert.equal(doc.context.tarBytes, 1024 + 1536 + 10 * 1024 ** 3 + 1024);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('multi-stage sample: the broken COPY of the runtime stage fails the gate; --target test reaches the ignored test/', () => {
  const dflt = ctxAudit(['sample-contexts/multistage-broken', '--format', 'json'], { cwd: ROOT });
  assert.equal(dflt.code, 1, 'CTX101 is an error, and the default --fail-on is error');
  const doc = JSON.parse(dflt.stdout.toString());
  const errors = doc.findings.filter((f: { severity: string }) => f.severity === 'error');
  // Line 24 of the sample's Dockerfile: COPY config/production.json (the file is config/prod.json).
  assert.deepEqual(errors.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`), ['CTX101:24']);
  // The test stage is not needed by the default (last) target, so its ignored COPY test/ is silent.
  assert.ok(!doc.findings.some((f: { ruleId: string }) => f.ruleId === 'CTX102'));

  const test = ctxAudit(['sample-contexts/multistage-broken', '--format', 'json', '--target', 'test'], { cwd: ROOT });
  const tdoc = JSON.parse(test.stdout.toString());
  const ids = tdoc.findings.filter((f: { severity: string }) => f.severity === 'error').map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`);
  // Line 17: COPY test/ ./test/, excluded by .dockerignore line 3 (test/); the runtime stage is not built.
  assert.deepEqual(ids, ['CTX102:17']);
  assert.equal(tdoc.findings.find((f: { ruleId: string }) => f.ruleId === 'CTX102').data.ignoreLine, 3);

  const unknown = ctxAudit(['sample-contexts/multistage-broken', '--target', 'nope'], { cwd: ROOT });
  assert.equal(unknown.code, 2, 'docker refuses an unknown target before sending anything');
  assert.match(unknown.stderr, /--target: target stage "nope" could not be found \(stages: deps, build, test, runtime\)/);
});

test('every command accepts a -f value that starts with "-" (docker accepts -f -d/Dockerfile)', () => {
  const root = tempTree({ '-d/Dockerfile': 'FROM scratch\nCOPY a /a\n', a: 'a' });
  try {
    for (const args of [['ls', '-f', '-d/Dockerfile'], ['why', '-f', '-d/Dockerfile', 'a'], ['suggest', '-f', '-d/Dockerfile'], ['-f', '-d/Dockerfile', '--fail-on', 'never']]) {
      const r = ctxAudit(args, { cwd: root });
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the walk reads from within each directory, yet the background worker starts in the user’s working directory (a relative NODE_OPTIONS preload resolves there, never inside the context), and the cwd is the user’s again afterwards', () => {
  const ctx = tempTree({ 'Dockerfile': 'FROM scratch\nCOPY . /app\n', 'a/1.txt': 'x', 'b/2.txt': 'y', 'c/d/3.txt': 'z' });
  const user = fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-cwd-'));
  const log = path.join(user, 'preload.log');
  // A preload that records, per thread, the directory it was started in. On the main thread it
  // slows every lstat down (10 ms) so the walk goes on while the worker starts. Once a worker has
  // been created, the next lstat also waits (up to 20 s) until the worker's preload has logged: the
  // audit no longer waits for a worker with nothing left to do, so on a loaded machine the walk of
  // this small tree used to end, and the process exit, before the worker ever ran (a flaky miss
  // of the `worker` line). The context holds a preload of the same name in every directory: it
  // must never run (if it did, the user's preload would not log `worker` and the wait times out).
  const hook = [
    `const fs = require('fs'); const wt = require('worker_threads'); const { isMainThread } = wt; const log = ${JSON.stringify(log)};`,
    `fs.appendFileSync(log, (isMainThread ? 'main ' : 'worker ') + process.cwd() + '\\n');`,
    'if (isMainThread) {',
    '  let created = false; let waited = false;',
    '  const Base = wt.Worker;',
    '  wt.Worker = class extends Base { constructor(...args) { super(...args); created = true; } };',
    "  const workerLogged = () => { try { return fs.readFileSync(log, 'utf8').includes('worker '); } catch { return false; } };",
    '  const lstat = fs.lstatSync;',
    '  fs.lstatSync = function (...args) {',
    '    const end = Date.now() + 10; while (Date.now() < end);',
    '    if (created && !waited) { waited = true; const limit = Date.now() + 20000; while (!workerLogged() && Date.now() < limit); }',
    '    return lstat.apply(this, args);',
    '  };',
    "  require('module').syncBuiltinESMExports();",
    "  process.on('exit', () => fs.appendFileSync(log, 'exit ' + process.cwd() + '\\n'));",
    '}',
  ].join('\n');
  fs.writeFileSync(path.join(user, 'hook.cjs'), hook);
  for (const d of ['', 'a', 'b', 'c', 'c/d']) fs.writeFileSync(path.join(ctx, d, 'hook.cjs'), `require('fs').appendFileSync(${JSON.stringify(log)}, 'CONTEXT HOOK RAN\\n');`);
  try {
    const env = { NODE_OPTIONS: '--require ./hook.cjs' };
    // The context is not under the working directory on purpose: --allow-outside-repo says it is meant.
    const always = ctxAudit([ctx, '--format', 'json', '--fail-on', 'never', '--allow-outside-repo'], { cwd: user, env: { ...env, CTX_AUDIT_PARALLEL: 'always' } });
    const never = ctxAudit([ctx, '--format', 'json', '--fail-on', 'never', '--allow-outside-repo'], { cwd: user, env: { ...env, CTX_AUDIT_PARALLEL: 'never' } });
    assert.equal(always.code, 0, always.stderr);
    assert.equal(never.code, 0, never.stderr);
    assert.deepEqual(always.stdout, never.stdout);
    const lines = fs.readFileSync(log, 'utf8').trim().split('\n').sort();
    const real = fs.realpathSync(user);
    // Both runs' main threads and exits, and the worker: it came up during the (slowed) walk.
    assert.deepEqual(lines, [`exit ${real}`, `exit ${real}`, `main ${real}`, `main ${real}`, `worker ${real}`]);
  } finally {
    fs.rmSync(ctx, { recursive: true, force: true });
    fs.rmSync(user, { recursive: true, force: true });
  }
});

test('a worker thread that never starts (a NODE_OPTIONS preload refuses threads) is not waited for: same report, no 10 s stall', () => {
  const ctx = tempTree({ 'Dockerfile': 'FROM scratch\nCOPY . /app\n', 'a/1.txt': 'x', 'b/2.txt': 'y', 'c/d/3.txt': 'z', 'e/4.txt': 'w' });
  const user = fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-cwd-'));
  fs.writeFileSync(path.join(user, 'no-threads.cjs'), "if (!require('worker_threads').isMainThread) throw new Error('no worker threads here');\n");
  try {
    const env = { NODE_OPTIONS: `--require ${path.join(user, 'no-threads.cjs')}` };
    // The context is not under the working directory on purpose: --allow-outside-repo says it is meant.
    const timed = (mode: string) => {
      const started = Date.now();
      const r = ctxAudit([ctx, '--format', 'json', '--fail-on', 'never', '--allow-outside-repo'], { cwd: user, env: { ...env, CTX_AUDIT_PARALLEL: mode } });
      return { ...r, ms: Date.now() - started };
    };
    // The run without a worker measures how fast this machine is right now (a loaded CI machine
    // takes seconds to start Node); runs alternate so a load spike hits both.
    const never = timed('never');
    const always = timed('always');
    const never2 = timed('never');
    assert.equal(always.code, 0, always.stderr);
    assert.deepEqual(always.stdout, never.stdout);
    // Waiting for the dead worker costs its whole 10 s start timeout on top of the audit itself.
    const extra = always.ms - Math.max(never.ms, never2.ms);
    assert.ok(extra < 8000, `with the worker the audit took ${extra} ms longer (${always.ms} vs ${never.ms}/${never2.ms} ms): it waited for a worker that never started`);
  } finally {
    fs.rmSync(ctx, { recursive: true, force: true });
    fs.rmSync(user, { recursive: true, force: true });
  }
});

test('run from a directory that has been removed: one line and exit 2, never a stack trace', () => {
  const gone = fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-gone-'));
  const ctx = tempTree({ 'Dockerfile': 'FROM scratch\n' });
  try {
    // The shell enters the directory, removes it, then runs ctx-audit there with an absolute context.
    const r = spawnSync('/bin/sh', ['-c', 'cd "$1" && rmdir "$1" && exec "$2" "$3" "$4" --format json', 'sh', gone, process.execPath, BIN, ctx], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' },
      timeout: 60_000,
    });
    const stderr = r.stderr.toString('utf8');
    assert.equal(r.status, 2, stderr);
    assert.equal(stderr, 'ctx-audit: the current directory cannot be read (ENOENT): run ctx-audit from an existing directory\n');
    assert.equal(r.stdout.length, 0);
  } finally {
    fs.rmSync(gone, { recursive: true, force: true });
    fs.rmSync(ctx, { recursive: true, force: true });
  }
});

test('a report that cannot be written (a full disk: /dev/full) is one line and exit 2, not an "internal error"', () => {
  const ctx = tempTree({ 'Dockerfile': 'FROM scratch\nCOPY . /app\n', 'a.txt': 'x' });
  const full = fs.openSync('/dev/full', 'w');
  try {
    for (const args of [[ctx, '--fail-on', 'never'], [ctx, '--format', 'json', '--fail-on', 'never'], ['ls', ctx]]) {
      const r = spawnSync(process.execPath, [BIN, ...args], {
        cwd: TMP,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' },
        stdio: ['ignore', full, 'pipe'],
        timeout: 60_000,
      });
      const stderr = r.stderr.toString('utf8');
      assert.equal(r.status, 2, `${args.join(' ')}: ${stderr}`);
      assert.equal(stderr, 'ctx-audit: cannot write the output: ENOSPC: no space left on device, write\n', args.join(' '));
    }
    const o = ctxAudit([ctx, '--format', 'json', '--fail-on', 'never', '-o', '/dev/full']);
    assert.equal(o.code, 2, o.stderr);
    assert.equal(o.stderr, 'ctx-audit: cannot write the output: ENOSPC: no space left on device, write\n');
  } finally {
    fs.closeSync(full);
    fs.rmSync(ctx, { recursive: true, force: true });
  }
});

// The review of 4a0ee15b: a Dockerfile that is a dangling link is there, its target missing: Docker's
// words alone, no "no Dockerfile in the context directory" hint.
test('a dangling Dockerfile link gets Docker\'s error without the missing-Dockerfile hint', () => {
  const root = tempTree({ 'a.txt': 'a' });
  try {
    fs.symlinkSync('nowhere/Dockerfile', path.join(root, 'Dockerfile'));
    const r = ctxAudit([root]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /unable to evaluate symlinks in Dockerfile path/);
    assert.doesNotMatch(r.stderr, /no Dockerfile in the context directory/);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
