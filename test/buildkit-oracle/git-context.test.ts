// A git URL context against a REAL BuildKit (engine.ts): the repository is served over smart HTTP
// (`git http-backend`) on 127.0.0.1, which the daemon's git reaches. BuildKit clones it on the builder,
// so the client sends nothing; what the build sees is exported with `FROM scratch`, `COPY . /` and
// `-o type=local`. ctx-audit's BuildKit view of the same URL (`ctx-audit ls URL`: the commit's paths)
// must be exactly that tree: committed files, a submodule fetched, no .git, no ignore file applied
// (neither the root's .dockerignore nor a :subdir's own); `.git` with BUILDKIT_CONTEXT_KEEP_GIT_DIR=1.
// And CTX101/CTX102 must say what the build does: a COPY of a file .dockerignore excludes succeeds.
//
//   CTX_AUDIT_BK_SKIP=1   skip, loudly (a machine without root or the engine)
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, lstatSync, realpathSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { runProcess } from '../helpers/docker-oracle.js';
import { git, startHttp } from '../helpers/git-http.js';
import { CLI, withEngine } from './suite.js';

/** Every path under `dir`, relative, a directory with a trailing `/`, sorted as ctx-audit ls sorts (walk order). */
function tree(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, rel)).sort()) {
    const p = rel === '' ? name : `${rel}/${name}`;
    const isDir = lstatSync(join(dir, p)).isDirectory();
    out.push(isDir ? `${p}/` : p);
    if (isDir) out.push(...tree(dir, p));
  }
  return out;
}

withEngine('git-context', 'a git URL context against a real BuildKit', (engine) => {
  let base: string;
  let http: { server: Server; port: number };
  const env = () => ({ PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: base, NO_COLOR: '1' });

  before(async () => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'ctx-audit-bk-git-')));
    const sub = join(base, 'sub.git');
    mkdirSync(sub);
    git(sub, 'init', '-q');
    writeFileSync(join(sub, 'lib.txt'), 'library\n');
    git(sub, 'add', '-A');
    git(sub, 'commit', '-qm', 'lib');
    const repo = join(base, 'repo.git');
    mkdirSync(join(repo, 'app', 'src'), { recursive: true });
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
    writeFileSync(join(repo, 'Dockerfile.one'), 'FROM scratch\nCOPY notes.txt /\n');
    writeFileSync(join(repo, '.dockerignore'), 'notes.txt\n*.log\n');
    writeFileSync(join(repo, '.gitignore'), 'ignored.txt\n');
    writeFileSync(join(repo, 'notes.txt'), 'notes\n');
    writeFileSync(join(repo, 'build.log'), 'log\n');
    writeFileSync(join(repo, 'run.sh'), '#!/bin/sh\n');
    chmodSync(join(repo, 'run.sh'), 0o755);
    writeFileSync(join(repo, 'app', 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
    writeFileSync(join(repo, 'app', '.dockerignore'), 'debug.log\n');
    writeFileSync(join(repo, 'app', 'debug.log'), 'noise\n');
    writeFileSync(join(repo, 'app', 'src', 'main.js'), 'console.log(1)\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'one');
    // A submodule with a relative URL, resolved against the URL the build clones.
    git(repo, 'submodule', 'add', '-q', '../sub.git', 'vendor/sub');
    git(repo, 'commit', '-qm', 'with a submodule');
    // What a working tree holds and no commit does.
    writeFileSync(join(repo, 'ignored.txt'), 'x');
    writeFileSync(join(repo, 'untracked.txt'), 'x');
    http = await startHttp(base, new Map());
  });

  after(async () => {
    await new Promise<void>((r) => (http ? http.server.close(() => r()) : r()));
    rmSync(base, { recursive: true, force: true });
  });

  const url = (frag: string) => `http://127.0.0.1:${http.port}/repo.git#${frag}`;

  /** What the build saw (exported) against what `ctx-audit ls URL ARGS` lists for BuildKit. */
  const compare = async (frag: string, args: string[] = []) => {
    const out = join(base, `out-${frag.replace(/\W/g, '_')}-${args.length}`);
    const o = await engine().build(url(frag), { args: [...args, '-o', `type=local,dest=${out}`], cwd: base });
    assert.equal(o.build.exitCode, 0, `buildx failed: ${o.build.stderr.slice(-1500)}`);
    assert.equal(o.context, null, 'the client sent no context');
    const ls = await runProcess(process.execPath, [CLI, 'ls', url(frag), ...args], { cwd: base, env: env() });
    assert.equal(ls.exitCode, 0, ls.stderr);
    return { built: tree(out), listed: ls.stdout.split('\n').filter((l) => l !== '') };
  };

  it('#main: the commit with its submodule; no .git, .dockerignore not applied, nothing untracked', { timeout: 180_000 }, async () => {
    const { built, listed } = await compare('main');
    assert.ok(built.includes('notes.txt') && built.includes('build.log') && built.includes('vendor/sub/lib.txt'), built.join(' '));
    assert.ok(!built.includes('.git/') && !built.includes('untracked.txt') && !built.includes('ignored.txt'), built.join(' '));
    // The submodule's directory holds a .git file pointing into BuildKit's cache, as a clone's does.
    assert.deepEqual(listed.filter((p) => p !== 'vendor/sub/.git'), built.filter((p) => p !== 'vendor/sub/.git'));
  });

  it('#main:app: the subdirectory, its own .dockerignore not applied either', { timeout: 180_000 }, async () => {
    const { built, listed } = await compare('main:app');
    assert.deepEqual(listed, ['.dockerignore', 'Dockerfile', 'debug.log', 'src/', 'src/main.js']);
    // BuildKit v0.13 also checks the repository's submodules out at their root paths inside the
    // subdirectory (vendor/sub/ here, which app/ does not hold): a bug fixed in v0.24.0 (cf599d45e,
    // "git: fix subdir filter on submodule dir"). ctx-audit models the fixed BuildKit.
    assert.deepEqual(built.filter((p) => !p.startsWith('vendor/')), listed);
    assert.deepEqual(built.filter((p) => p.startsWith('vendor/')), ['vendor/', 'vendor/sub/', 'vendor/sub/.git', 'vendor/sub/lib.txt']);
  });

  // enshrouded-server's `context: "{{defaultContext}}:/container"` (sweep 54/E-F2): a leading `/` is the clone's root.
  it('#main:/app: a subdirectory written with a leading slash is the same subdirectory', { timeout: 180_000 }, async () => {
    const { built, listed } = await compare('main:/app');
    assert.deepEqual(listed, ['.dockerignore', 'Dockerfile', 'debug.log', 'src/', 'src/main.js']);
    assert.deepEqual(built.filter((p) => !p.startsWith('vendor/')), listed);
  });

  it('BUILDKIT_CONTEXT_KEEP_GIT_DIR=1 keeps .git', { timeout: 180_000 }, async () => {
    const { built, listed } = await compare('main', ['--build-arg', 'BUILDKIT_CONTEXT_KEEP_GIT_DIR=1']);
    assert.ok(built.includes('.git/HEAD') && listed.includes('.git/HEAD'));
  });

  it('a COPY of a file .dockerignore excludes: BuildKit builds it, and ctx-audit reports no CTX101/CTX102 under BuildKit (the legacy CLI fails)', { timeout: 180_000 }, async () => {
    const o = await engine().build(url('main'), { args: ['-f', 'Dockerfile.one', '-o', `type=local,dest=${join(base, 'out-one')}`], cwd: base });
    assert.equal(o.build.exitCode, 0, `buildx failed: ${o.build.stderr.slice(-1500)}`);
    const audit = async (builder: string) => {
      const r = await runProcess(process.execPath, [CLI, url('main'), '-f', 'Dockerfile.one', '--builder', builder, '--format', 'json', '--fail-on', 'never', '--no-config'], { cwd: base, env: env() });
      assert.equal(r.exitCode, 0, r.stderr);
      return (JSON.parse(r.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId).filter((id) => id === 'CTX101' || id === 'CTX102');
    };
    assert.deepEqual(await audit('buildkit'), []);
    assert.deepEqual(await audit('legacy'), ['CTX102']);
  });
});
