// Torture contexts, built at test time: each runs through `ctx-audit` in every format, `ls`, `ls -0`
// and `tar`. For each, either ctx-audit agrees with the docker CLI oracle (where running docker is
// meaningful) or it stops with one clear line and exit 2; it never hangs, never prints an internal
// error, and leaves the tree byte-for-byte as it was (names, types, modes, sizes, times, contents).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { captureUpload, lastLine } from '../helpers/docker-oracle.js';
import { entryNames, listTarEntries } from '../helpers/tar-entries.js';
import {
  assertCleanFailure,
  assertFormatIntact,
  assertLsIntact,
  ctxAudit,
  formats,
  snapshotTree,
  splitNul,
  tempRoot,
  type Run,
} from './harness.js';

const b = (s: string): Buffer => Buffer.from(s, 'latin1'); // byte-string path -> fs path
const write = (p: string, content: string | Buffer = 'x\n', mode = 0o644): void => fs.writeFileSync(b(p), content, { mode });
const mkdir = (p: string, mode = 0o755): void => {
  fs.mkdirSync(b(p), { recursive: true, mode });
};
const mkfifo = (p: string): void => assert.equal(spawnSync('mkfifo', [p]).status, 0, 'mkfifo');
const DOCKERFILE = 'FROM scratch\nCOPY . /app\n';

interface Built {
  ctx: string;
  /** Extra arguments for every command (e.g. -f). */
  args?: string[];
  /** Raw name fragments that must never appear unescaped in a human format. */
  rawNames?: string[];
  /** Extra checks on the runs (keyed `audit:<format>`, `ls`, `ls0`, `tar`). */
  check?: (runs: Map<string, Run>) => void | Promise<void>;
  /** Runs after the after-snapshot: stop a listening socket or a background process. */
  release?: () => Promise<void>;
}

interface Case {
  build(root: string): Built | Promise<Built>;
  /** Run ctx-audit (and docker) as uid 65534. */
  nobody?: boolean;
  /** Compare `ls -0 --builder legacy` with the upload the docker CLI sends (or its refusal). */
  oracle?: boolean;
  /** Whether docker's refusal must be quoted in ctx-audit's error line. */
  sameError?: boolean;
  tar?: boolean;
  expect?: 'ok' | 'exit2';
  /** Skip the before/after comparison (the churn case changes the tree on purpose). */
  changesTree?: boolean;
}

async function torture(c: Case): Promise<void> {
  const tmp = tempRoot();
  const scratch = tempRoot('ctx-audit-hostile-out-');
  fs.chmodSync(scratch.root, 0o777);
  let release: (() => Promise<void>) | undefined;
  try {
    const built = await c.build(join(tmp.root, 'tree'));
    release = built.release;
    const args = built.args ?? [];
    const before = c.changesTree ? '' : snapshotTree(tmp.root);
    const run = async (a: string[], env?: Record<string, string>) => {
      // Run from the directory holding the tree, as a user runs it in their repository: ctx-audit
      // reads nothing outside the repository (the working directory here, there being no .git).
      const r = await ctxAudit(a, { cwd: tmp.root, home: scratch.root, nobody: c.nobody, env });
      assert.ok(!r.hung, `hung (killed): ctx-audit ${a.join(' ')}`); // fail fast: the next runs would hang too
      return r;
    };
    const runs = new Map<string, Run>();
    for (const f of await formats(scratch.root)) runs.set(`audit:${f}`, await run([built.ctx, '--format', f, '--fail-on', 'never', ...args]));
    runs.set('audit:json:legacy', await run([built.ctx, '--builder', 'legacy', '--format', 'json', '--fail-on', 'never', ...args]));
    // The same audit with the tree shared with the background worker from the first directory on
    // (src/parallel/): on every hostile tree it must report exactly what the single-threaded walk does.
    runs.set('audit:json:parallel', await run([built.ctx, '--format', 'json', '--fail-on', 'never', ...args], { CTX_AUDIT_PARALLEL: 'always' }));
    runs.set('ls', await run(['ls', built.ctx, ...args]));
    runs.set('ls0', await run(['ls', built.ctx, '--builder', 'legacy', '-0', ...args]));
    if (c.tar !== false) runs.set('tar', await run(['tar', built.ctx, '--builder', 'legacy', '-o', join(scratch.root, 'out.tar'), ...args]));

    for (const [key, r] of runs) {
      assert.ok(!r.hung, `${key}: hung (killed): ctx-audit ${r.args.join(' ')}`);
      if (key.startsWith('audit:')) assertFormatIntact(key.split(':')[1], r, built.rawNames ?? [], key);
      else if (key === 'ls') assertLsIntact(r, key);
      else if (r.exitCode !== 0) assertCleanFailure(r, key);
    }
    const auditCodes = new Set([...runs].filter(([k]) => k.startsWith('audit:') && k !== 'audit:json:legacy').map(([, r]) => r.exitCode));
    if (!c.changesTree) {
      const [single, shared] = [runs.get('audit:json') as Run, runs.get('audit:json:parallel') as Run];
      assert.equal(shared.stdout, single.stdout, 'the audit with the background worker reports something else');
      assert.equal(shared.stderr, single.stderr, 'the audit with the background worker fails differently');
    }
    if (!c.changesTree) assert.equal(auditCodes.size, 1, `formats disagree on the exit code: ${[...auditCodes]}`);
    if (c.expect === 'ok') for (const [k, r] of runs) assert.equal(r.exitCode, 0, `${k}: expected to run, got: ${r.stderr}`);
    if (c.expect === 'exit2') for (const [k, r] of runs) assertCleanFailure(r, k);

    if (c.oracle) {
      const fIdx = args.indexOf('-f');
      const docker = await captureUpload({ context: built.ctx, dockerfile: fIdx >= 0 ? args[fIdx + 1] : undefined, cwd: scratch.root, runAsNobody: c.nobody });
      const ls0 = runs.get('ls0') as Run;
      if (docker.exitCode !== 0 || docker.tar === null) {
        const want = lastLine(docker.stderr);
        assert.equal(ls0.exitCode, 2, `docker refused (${want}); ctx-audit ls exit ${ls0.exitCode}`);
        if (c.sameError) assert.ok(ls0.stderr.includes(want), `docker: ${want}\nctx-audit: ${ls0.stderr}`);
      } else {
        assert.equal(ls0.exitCode, 0, ls0.stderr);
        assert.deepEqual(splitNul(ls0.stdoutBytes), entryNames(await listTarEntries(docker.tar)), 'ls -0 vs the upload');
      }
    }
    await built.check?.(runs);
    // The after-snapshot comes before `release`: closing a listening socket removes its file.
    if (!c.changesTree) assert.equal(snapshotTree(tmp.root), before, 'the tree changed');
  } finally {
    // Always stop background work (a churner) before removing its tree, and never let a cleanup
    // failure hide the assertion that failed first.
    await release?.();
    try {
      tmp.cleanup();
      scratch.cleanup();
    } catch (e) {
      console.error(`cleanup: ${(e as Error).message}`);
    }
  }
}

const json = (runs: Map<string, Run>, key = 'audit:json') => JSON.parse((runs.get(key) as Run).stdout);

// ---------------------------------------------------------------------------------------------

test('unreadable file and directory, run unprivileged: docker’s refusal, word for word', async () => {
  await torture({
    nobody: true,
    oracle: true,
    sameError: true,
    expect: 'exit2',
    build(ctx) {
      mkdir(ctx + '/locked');
      write(ctx + '/Dockerfile', DOCKERFILE);
      write(ctx + '/locked/inner');
      write(ctx + '/secret', 'x\n', 0o000);
      fs.chmodSync(ctx + '/locked', 0o000);
      return { ctx };
    },
  });
});

test('a directory that can be entered but not listed (mode 0111), run unprivileged: docker’s refusal, word for word', async () => {
  // The walk changes into each directory to read it relatively (src/context/read-dir.ts): here the
  // change succeeds and only the listing fails, which must end exactly as docker's absolute read does.
  await torture({
    nobody: true,
    oracle: true,
    sameError: true,
    expect: 'exit2',
    build(ctx) {
      mkdir(ctx + '/a/enter-only');
      write(ctx + '/Dockerfile', DOCKERFILE);
      write(ctx + '/a/enter-only/inner');
      write(ctx + '/a/z');
      fs.chmodSync(ctx + '/a/enter-only', 0o111);
      return { ctx };
    },
  });
});

test('unreadable entries excluded by .dockerignore: the audit runs (file) as docker does', async () => {
  await torture({
    nobody: true,
    oracle: true,
    build(ctx) {
      mkdir(ctx);
      write(ctx + '/Dockerfile', DOCKERFILE);
      write(ctx + '/.dockerignore', 'secret\n');
      write(ctx + '/secret', 'x\n', 0o000);
      return { ctx };
    },
  });
});

test('symlink loops and links out of the context are archived as links, never followed; a secret behind one is never read', async () => {
  const akia = 'AKIA' + Array.from(randomBytes(16), (x) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[x % 32]).join('');
  await torture({
    oracle: true,
    build(ctx) {
      mkdir(ctx + '/d');
      const outside = join(ctx, '..', 'outside');
      mkdir(outside);
      write(outside + '/creds.txt', `aws_access_key_id = ${akia}\n`);
      write(ctx + '/Dockerfile', DOCKERFILE);
      fs.symlinkSync('loop-b', ctx + '/loop-a');
      fs.symlinkSync('loop-a', ctx + '/loop-b');
      fs.symlinkSync('self', ctx + '/self');
      fs.symlinkSync('..', ctx + '/d/up');
      fs.symlinkSync('../outside/creds.txt', ctx + '/creds.txt');
      fs.symlinkSync(outside, ctx + '/outside-dir');
      fs.symlinkSync('/etc/passwd', ctx + '/passwd');
      fs.symlinkSync('/dev/zero', ctx + '/zero');
      return {
        ctx,
        check(runs) {
          for (const [k, r] of runs) if (k.startsWith('audit:') || k.startsWith('ls')) assert.ok(!r.stdout.includes(akia), `${k}: the secret value leaked`);
          const doc = json(runs);
          assert.deepEqual(doc.findings.filter((f: { ruleId: string }) => f.ruleId === 'CTX202'), [], 'CTX202 read through a symlink');
          assert.equal(doc.context.symlinks, 8);
        },
      };
    },
  });
});

test('FIFOs: in the tree (header only), as .dockerignore, as the Dockerfile, as Dockerfile.dockerignore, .gitignore and config: nothing blocks', async () => {
  await torture({
    build(ctx) {
      mkdir(ctx + '/.git');
      write(ctx + '/Dockerfile', DOCKERFILE);
      mkfifo(ctx + '/pipe');
      mkfifo(ctx + '/.gitignore');
      mkfifo(ctx + '/.ctx-audit.yaml');
      mkfifo(ctx + '/Dockerfile.dockerignore');
      return { ctx };
    },
  });
  await torture({
    expect: 'exit2',
    build(ctx) {
      mkdir(ctx);
      write(ctx + '/Dockerfile', DOCKERFILE);
      mkfifo(ctx + '/.dockerignore');
      return { ctx };
    },
  });
  await torture({
    build(ctx) {
      mkdir(ctx);
      mkfifo(ctx + '/Dockerfile');
      return { ctx };
    },
  });
});

test('a socket is skipped as docker skips it (R31)', async () => {
  let server: Server | null = null;
  await torture({
    oracle: true,
    async build(ctx) {
      mkdir(ctx);
      write(ctx + '/Dockerfile', DOCKERFILE);
      const s = createServer();
      server = s;
      await new Promise<void>((resolve) => s.listen(join(ctx, 'sock'), resolve));
      return { ctx, release: async () => void (await new Promise<void>((resolve) => s.close(() => resolve()))) };
    },
  });
  assert.ok(server);
});

test('special files reached through symlinks (.gitignore and config -> /dev/zero) are never read', async () => {
  await torture({
    build(ctx) {
      mkdir(ctx + '/.git');
      write(ctx + '/Dockerfile', DOCKERFILE);
      fs.symlinkSync('/dev/zero', ctx + '/.gitignore');
      fs.symlinkSync('/dev/zero', ctx + '/.ctx-audit.json');
      fs.symlinkSync('/dev/zero', ctx + '/Dockerfile.dockerignore');
      return { ctx };
    },
  });
});

test('a 10 GB sparse file is counted from its size, not read', async () => {
  const size = 10 * 1024 ** 3;
  await torture({
    tar: false, // writing it would stream 10 GB of zeros
    build(ctx) {
      mkdir(ctx);
      write(ctx + '/Dockerfile', DOCKERFILE);
      fs.closeSync(fs.openSync(ctx + '/big.bin', 'w'));
      fs.truncateSync(ctx + '/big.bin', size);
      return {
        ctx,
        check(runs) {
          const doc = json(runs, 'audit:json:legacy');
          assert.equal(doc.context.contentBytes, size + DOCKERFILE.length);
        },
      };
    },
  });
});

test('1,000-deep nesting and a path near PATH_MAX agree with docker', async () => {
  await torture({
    oracle: true,
    build(ctx) {
      mkdir(ctx + '/' + Array(1000).fill('d').join('/'));
      write(ctx + '/' + Array(1000).fill('d').join('/') + '/leaf');
      write(ctx + '/Dockerfile', DOCKERFILE);
      return { ctx };
    },
  });
  await torture({
    oracle: true,
    build(ctx) {
      // Absolute path of the deepest file: 4,095 bytes (PATH_MAX 4,096 counts the NUL).
      mkdir(ctx);
      write(ctx + '/Dockerfile', DOCKERFILE);
      let p = ctx;
      while (4095 - p.length > 256) {
        p += '/' + 'n'.repeat(200);
        mkdir(p);
      }
      write(p + '/' + 'f'.repeat(4095 - p.length - 1));
      return { ctx };
    },
  });
});

test('a tree deeper than PATH_MAX: docker’s refusal (lstat …: file name too long), word for word', async () => {
  await torture({
    oracle: true,
    sameError: true,
    expect: 'exit2',
    build(ctx) {
      mkdir(ctx);
      write(ctx + '/Dockerfile', DOCKERFILE);
      // Built with relative chdir's: no absolute path that long can be created directly.
      const script = `process.chdir(process.argv[1]); for (let i = 0; i < 20; i++) { fs.mkdirSync('p'.repeat(250)); process.chdir('p'.repeat(250)); } fs.writeFileSync('leaf', 'x');`;
      const r = spawnSync(process.execPath, ['-e', script, ctx]);
      assert.equal(r.status, 0, String(r.stderr));
      return { ctx };
    },
  });
});

const HOSTILE_NAMES = ['new\nline', 'tab\there', 'esc\x1b[31mred\x1b[0m', 'pct%0A%25', 'x::error title=pwned::owned', 'bad\xff\xfeutf8', 'cr\rx', '-rf', 'back\\slash', '<img src=x onerror=alert(1)>', '`tick`|pipe', 'bell\x07', 'del\x7f'];

test('names with newlines, tabs, ANSI escapes, %, ::, invalid UTF-8 break no format', async () => {
  await torture({
    oracle: true,
    build(ctx) {
      mkdir(ctx + '/d');
      write(ctx + '/Dockerfile', DOCKERFILE);
      for (const n of HOSTILE_NAMES) {
        write(ctx + '/' + n + '.pem', '-----BEGIN RSA PRIVATE KEY-----\nfake\n');
        mkdir(ctx + '/d/' + n);
        write(ctx + '/d/' + n + '/' + n);
      }
      return {
        ctx,
        rawNames: ['new\nline', 'tab\there', '\x1b[31m', 'cr\rx', 'bell\x07', '<img src'],
        check(runs) {
          const doc = json(runs);
          assert.ok(doc.findings.some((f: { path?: string }) => f.path === 'new\nline.pem'), 'json keeps the real name');
        },
      };
    },
  });
});

test('100,000 files in one directory', async () => {
  const n = 100_000;
  await torture({
    oracle: true,
    build(ctx) {
      mkdir(ctx + '/many');
      write(ctx + '/Dockerfile', DOCKERFILE);
      for (let i = 0; i < n; i++) fs.writeFileSync(`${ctx}/many/f${i}`, '');
      return {
        ctx,
        check(runs) {
          assert.equal(json(runs, 'audit:json:legacy').context.files, n + 1);
        },
      };
    },
  });
});

test('files that change or vanish during the walk: a result or one clear line, never a crash', async () => {
  const churner = `
    const fs = require('fs');
    const dir = process.argv[1];
    const end = Date.now() + 120000;
    let i = 0;
    for (;;) {
      if (Date.now() > end) break;
      const k = i++ % 50;
      const p = dir + '/c' + k;
      try {
        const st = fs.lstatSync(p, { throwIfNoEntry: false });
        if (!st) fs.writeFileSync(p, 'x'.repeat(i % 5000));
        else if (st.isFile() && k % 3 === 0) { fs.unlinkSync(p); fs.mkdirSync(p); fs.writeFileSync(p + '/in', 'y'); }
        else if (st.isFile() && k % 3 === 1) { fs.unlinkSync(p); fs.symlinkSync('/etc/passwd', p); }
        else if (st.isFile()) fs.truncateSync(p, i % 7);
        else fs.rmSync(p, { recursive: true, force: true });
        if (k === 0) fs.renameSync(dir, dir + '.moved') , fs.renameSync(dir + '.moved', dir);
      } catch {}
    }`;
  await torture({
    changesTree: true,
    build(ctx) {
      mkdir(ctx + '/churn');
      write(ctx + '/Dockerfile', DOCKERFILE);
      for (let i = 0; i < 200; i++) write(`${ctx}/stable${i}`, 'z'.repeat(i));
      const bg = spawnChurner(churner, ctx + '/churn');
      return {
        ctx,
        release: async () => {
          const exited = new Promise((resolve) => bg.once('exit', resolve));
          bg.kill('SIGKILL');
          await exited;
        },
        check(runs) {
          for (const [k, r] of runs) assert.doesNotMatch(r.stderr, /internal error/, k);
          const names = fs.readdirSync(ctx);
          assert.ok(!names.some((x) => x.includes('ctx-audit')), 'ctx-audit wrote into the context');
        },
      };
    },
  });
});

test('a context that is a symlink is resolved as docker resolves it', async () => {
  await torture({
    oracle: true,
    build(root) {
      const real = root + '-real';
      mkdir(real);
      write(real + '/Dockerfile', DOCKERFILE);
      write(real + '/a');
      fs.symlinkSync(real, root);
      return { ctx: root };
    },
  });
});

test('a Dockerfile that is a directory, and a binary Dockerfile', async () => {
  await torture({
    oracle: true,
    build(ctx) {
      mkdir(ctx + '/Dockerfile');
      write(ctx + '/Dockerfile/x');
      return {
        ctx,
        check(runs) {
          // docker's CLI sends the context (the oracle above), and then both builders fail reading it.
          const f = json(runs).findings.filter((x: { ruleId: string }) => x.ruleId === 'CTX100');
          assert.deepEqual(f.map((x: { severity: string; message: string }) => [x.severity, x.message]), [['error', 'the Dockerfile is a directory: the build fails reading it']]);
        },
      };
    },
  });
  await torture({
    oracle: true,
    build(ctx) {
      mkdir(ctx);
      write(ctx + '/Dockerfile', Buffer.concat([Buffer.from('\x00\xff\xfe'), randomBytes(4096), Buffer.from('\nFROM \x00\n')]));
      write(ctx + '/a');
      return {
        ctx,
        check(runs) {
          const ids = json(runs).findings.map((f: { ruleId: string; line?: number }) => f.ruleId);
          assert.ok(ids.includes('CTX100'), 'an unparseable Dockerfile is a CTX100 finding');
        },
      };
    },
  });
});

function spawnChurner(code: string, dir: string) {
  return spawn(process.execPath, ['-e', code, dir], { stdio: 'ignore' });
}
