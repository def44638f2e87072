// Differential test of URL contexts against the docker CLI (legacy builder, stub daemon): git URLs
// (git:// from `git daemon`, and smart http:// from `git http-backend` behind a small Node server)
// and http:// URLs of a tarball or a Dockerfile, all served on 127.0.0.1 only. Docker clones a git
// URL (shallow, at the ref, :subdir, submodules) and sends the checkout, .git included; ctx-audit
// must clone it the same way and report the same upload bytes and figure, name the URL (no
// credentials), the ref and the commit, and leave no temporary directory behind.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { captureUpload, findDocker, runProcess } from '../helpers/docker-oracle.js';
import { freePort, git, GIT_ENV, startHttp } from '../helpers/git-http.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cliBin = join(repoRoot, 'bin', 'ctx-audit.js');
findDocker();

// ctx-audit's temporary directories go to a directory of this run's, so leftovers are counted there alone.
const env = (home: string) => ({ PATH: '/usr/local/bin:/usr/bin:/bin', HOME: home, TMPDIR: join(home, '..', 'tmp'), NO_COLOR: '1', CTX_AUDIT_PARALLEL: 'never' });
const figureOf = (stdout: string) => /Sending build context to Docker daemon\s+(\S+)/.exec(stdout)?.[1];
const leftovers = (prefix: string, dir = tmpdir()) => new Set(readdirSync(dir).filter((n) => n.startsWith(prefix)));

describe('URL contexts against the docker CLI (127.0.0.1 only)', () => {
  let base: string;
  let home: string;
  let daemon: ChildProcess;
  let http: { server: Server; port: number };
  let gitPort: number;
  let commit: string;
  const files = new Map<string, Buffer>();
  const dockerTemps = leftovers('docker-build-git');

  before(async () => {
    base = realpathSync(mkdtempSync(join(tmpdir(), 'ctx-audit-urlctx-')));
    home = join(base, 'home');
    mkdirSync(home);
    mkdirSync(join(base, 'tmp'));
    // A submodule, and a repository with a tag, a branch, a subdirectory and an ignore file.
    const sub = join(base, 'sub.git');
    mkdirSync(sub);
    git(sub, 'init', '-q');
    writeFileSync(join(sub, 'lib.txt'), 'library\n'.repeat(300));
    git(sub, 'add', '-A');
    git(sub, 'commit', '-qm', 'lib');
    gitPort = await freePort();
    daemon = spawn('git', ['daemon', `--base-path=${base}`, '--export-all', '--listen=127.0.0.1', `--port=${gitPort}`, '--reuseaddr', base], { env: GIT_ENV, stdio: 'ignore' });
    // Wait until the daemon answers.
    for (let i = 0; i < 50; i++) {
      if (spawnSync('git', ['ls-remote', `git://127.0.0.1:${gitPort}/sub.git`], { env: GIT_ENV }).status === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const repo = join(base, 'repo.git');
    mkdirSync(join(repo, 'app', 'src'), { recursive: true });
    git(repo, 'init', '-q');
    writeFileSync(join(repo, 'Dockerfile'), 'FROM scratch\nCOPY README.md /\nCOPY missing.txt /\n');
    writeFileSync(join(repo, 'README.md'), '# repo\n'.repeat(50));
    writeFileSync(join(repo, 'app', 'Dockerfile'), 'FROM scratch\nCOPY src /src\n');
    writeFileSync(join(repo, 'app', 'src', 'main.js'), 'console.log(1)\n'.repeat(100));
    writeFileSync(join(repo, 'app', '.dockerignore'), '*.log\n');
    writeFileSync(join(repo, 'app', 'debug.log'), 'noise\n'.repeat(1000));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'one');
    git(repo, 'tag', 'v1');
    git(repo, 'checkout', '-qb', 'feature');
    git(repo, 'submodule', 'add', '-q', `git://127.0.0.1:${gitPort}/sub.git`, 'vendor/sub');
    git(repo, 'commit', '-qm', 'with a submodule');
    git(repo, 'checkout', '-q', 'main');
    commit = git(repo, 'rev-parse', 'v1');
    const ctx = join(base, 'tarball');
    mkdirSync(ctx);
    writeFileSync(join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY a.txt /\n');
    writeFileSync(join(ctx, 'a.txt'), 'a\n'.repeat(4000));
    const t = spawnSync('tar', ['-cf', '-', '-C', ctx, '.'], { maxBuffer: 1 << 26 });
    files.set('ctx.tar.gz', gzipSync(t.stdout));
    files.set('Dockerfile', Buffer.from('FROM scratch\nCOPY nothing /\n'));
    http = await startHttp(base, files);
  });

  after(async () => {
    daemon?.kill();
    await new Promise<void>((r) => (http ? http.server.close(() => r()) : r()));
    rmSync(base, { recursive: true, force: true });
    // Docker leaves its clone behind when the context is a subdirectory: remove what this run made.
    for (const n of leftovers('docker-build-git')) if (!dockerTemps.has(n)) rmSync(join(tmpdir(), n), { recursive: true, force: true });
  });

  const compare = async (url: string, extra: string[] = []) => {
    const docker = await captureUpload({ context: url, cwd: home, extraArgs: extra });
    assert.equal(docker.exitCode, 0, `docker ${url}: ${docker.stderr}`);
    const r = await runProcess(process.execPath, [cliBin, url, '--builder', 'legacy', '--format', 'json', '--fail-on', 'never', ...extra], { cwd: home, env: env(home), timeoutMs: 120_000 });
    assert.equal(r.exitCode, 0, `ctx-audit ${url}: ${r.stderr}`);
    const doc = JSON.parse(r.stdout);
    assert.ok(!r.stdout.includes('ctx-audit-git-'), `${url}: the temporary clone is never named`);
    assert.equal(doc.context.tarBytes, (docker.tar as Buffer).length, `${url}: upload bytes`);
    assert.equal(doc.context.dockerFigure, figureOf(docker.stdout), `${url}: figure`);
    return doc;
  };

  for (const [label, make, expectRef, dockerfile] of [
    ['git:// at a tag', () => `git://127.0.0.1:${gitPort}/repo.git#v1`, 'v1', 'Dockerfile'],
    ['git:// at a branch', () => `git://127.0.0.1:${gitPort}/repo.git#main`, 'main', 'Dockerfile'],
    ['git:// branch with a submodule, :subdir', () => `git://127.0.0.1:${gitPort}/repo.git#feature:app`, 'feature', 'Dockerfile'],
    ['smart http:// at a branch', () => `http://127.0.0.1:${http.port}/repo.git#main`, 'main', 'Dockerfile'],
    ['smart http:// at a tag, :subdir', () => `http://127.0.0.1:${http.port}/repo.git#v1:app`, 'v1', 'Dockerfile'],
  ] as const) {
    it(label, { timeout: 180_000 }, async () => {
      const url = make();
      const doc = await compare(url);
      assert.equal(doc.context.root, url);
      assert.equal(doc.context.dockerfile, dockerfile);
      const notice = doc.context.notices[0].message as string;
      assert.match(notice, new RegExp(`at ${expectRef} \\(commit [0-9a-f]{40}\\)`));
      if (expectRef === 'v1') assert.ok(notice.includes(commit), notice);
    });
  }

  it('-f - with a git URL: the stdin Dockerfile appended to the clone as docker appends it', { timeout: 180_000 }, async () => {
    const url = `git://127.0.0.1:${gitPort}/repo.git#main`;
    const stdin = Buffer.from('FROM scratch\nCOPY app /app\n');
    const docker = await captureUpload({ context: url, dockerfile: '-', cwd: home, stdin });
    assert.equal(docker.exitCode, 0, docker.stderr);
    const r = await runProcess(process.execPath, [cliBin, '-f', '-', url, '--builder', 'legacy', '--format', 'json', '--fail-on', 'never'], { cwd: home, env: env(home), stdin, timeoutMs: 120_000 });
    assert.equal(r.exitCode, 0, r.stderr);
    const ctx = JSON.parse(r.stdout).context;
    // Without a .dockerignore in the repository, docker appends its two entries in either order.
    assert.ok([ctx.tarBytes, ...ctx.tarBytesAlternatives].includes((docker.tar as Buffer).length), `docker ${(docker.tar as Buffer).length}, ours ${ctx.tarBytes} ${ctx.tarBytesAlternatives}`);
    assert.equal(ctx.endMarker, false);
  });

  it('--compress with a git URL: docker gzips its own clone, so the figure is near its and says it is not exact', { timeout: 180_000 }, async () => {
    const url = `git://127.0.0.1:${gitPort}/repo.git#main`;
    const docker = await captureUpload({ context: url, cwd: home, extraArgs: ['--compress'] });
    assert.equal(docker.exitCode, 0, docker.stderr);
    const r = await runProcess(process.execPath, [cliBin, url, '--builder', 'legacy', '--format', 'json', '--fail-on', 'never', '--compress'], { cwd: home, env: env(home), timeoutMs: 120_000 });
    assert.equal(r.exitCode, 0, r.stderr);
    const z = JSON.parse(r.stdout).context.compressed;
    assert.equal(z.exact, false);
    assert.match(z.unreproducible, /clone/);
    // Two of docker's own runs differ by a few bytes here (timestamps and the index's stat data).
    const sent = (docker.tar as Buffer).length;
    assert.ok(Math.abs(z.bytes - sent) <= sent * 0.005, `docker ${sent}, ours ${z.bytes}`);
  });

  // BuildKit clones a git URL on the daemon (measured on BuildKit v0.13 against 127.0.0.1): the commit's
  // files with submodules, no .git, and no .dockerignore, not even a :subdir's own. The legacy CLI's
  // clone above applies it and sends .git.
  it('under BuildKit (the default builder): the commit, no .git, no ignore file; KEEP_GIT_DIR keeps .git', { timeout: 180_000 }, async () => {
    const ls = async (url: string, extra: string[] = []) => {
      const r = await runProcess(process.execPath, [cliBin, 'ls', url, ...extra], { cwd: home, env: env(home), timeoutMs: 120_000 });
      assert.equal(r.exitCode, 0, r.stderr);
      return r.stdout.split('\n').filter((l) => l !== '');
    };
    assert.deepEqual(await ls(`http://127.0.0.1:${http.port}/repo.git#v1:app`), ['.dockerignore', 'Dockerfile', 'debug.log', 'src/', 'src/main.js']);
    assert.deepEqual(await ls(`http://127.0.0.1:${http.port}/repo.git#v1:app`, ['--builder', 'legacy']), ['.dockerignore', 'Dockerfile', 'src/', 'src/main.js']);
    const feature = await ls(`git://127.0.0.1:${gitPort}/repo.git#feature`);
    assert.ok(feature.includes('vendor/sub/lib.txt') && !feature.some((p) => p === '.git' || p.startsWith('.git/')), feature.join(' '));
    const kept = await ls(`git://127.0.0.1:${gitPort}/repo.git#feature`, ['--build-arg', 'BUILDKIT_CONTEXT_KEEP_GIT_DIR=1']);
    assert.ok(kept.includes('.git/HEAD'), kept.join(' '));
    const r = await runProcess(process.execPath, [cliBin, `git://127.0.0.1:${gitPort}/repo.git#v1`, '--format', 'json', '--fail-on', 'never'], { cwd: home, env: env(home), timeoutMs: 120_000 });
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.context.buildkit, null);
    // Its figures and lists are the commit's: no .git among the largest files, the files the commit holds.
    assert.deepEqual([doc.context.gitContext.files, doc.context.gitContext.source.startsWith(`git://127.0.0.1:${gitPort}/repo.git#v1, commit `)], [6, true]);
    assert.ok(!doc.context.largestFiles.some((f: { path: string }) => f.path.startsWith('.git/')), JSON.stringify(doc.context.largestFiles));
    const table = await runProcess(process.execPath, [cliBin, `git://127.0.0.1:${gitPort}/repo.git#v1`, '--fail-on', 'never'], { cwd: home, env: { ...env(home), COLUMNS: '100' }, timeoutMs: 120_000 });
    assert.match(table.stdout.replace(/\s+/g, ' '), /Git context: 6 files, [\d.]+ kB \(cloned on the builder\)/);
    assert.match(table.stdout, /BuildKit: Git context/);
    assert.ok(doc.context.notices.some((n: { message: string }) => /^BuildKit builds a Git context: the commit \(git:\/\/127\.0\.0\.1:\d+\/repo\.git#v1, commit [0-9a-f]{12}\)/.test(n.message)), JSON.stringify(doc.context.notices));
    // missing.txt is not in the commit: the build fails, whatever a step before it does.
    assert.match(doc.findings.find((f: { ruleId: string }) => f.ruleId === 'CTX101')?.message ?? '', /matches nothing in the commit BuildKit clones/);
  });

  it('submodules are cloned (their files are in the upload)', { timeout: 180_000 }, async () => {
    const url = `git://127.0.0.1:${gitPort}/repo.git#feature`;
    const r = await runProcess(process.execPath, [cliBin, 'ls', url, '--builder', 'legacy'], { cwd: home, env: env(home), timeoutMs: 120_000 });
    assert.equal(r.exitCode, 0, r.stderr);
    assert.match(r.stdout, /^vendor\/sub\/lib\.txt$/m);
    assert.match(r.stdout, /^\.git\/HEAD$/m);
    await compare(url);
  });

  it('http:// tarball and Dockerfile URLs: downloaded, audited, the same bytes and figure', { timeout: 120_000 }, async () => {
    const doc = await compare(`http://127.0.0.1:${http.port}/files/ctx.tar.gz`);
    assert.equal(doc.context.files, 2);
    assert.equal(doc.context.tarBytes, files.get('ctx.tar.gz')?.length);
    const df = await compare(`http://127.0.0.1:${http.port}/files/Dockerfile`);
    assert.ok(df.findings.some((f: { ruleId: string }) => f.ruleId === 'CTX101'), 'COPY from a Dockerfile-only context finds nothing');
  });

  it('Compose: URL contexts are skipped unless --allow-url-contexts; then each is fetched, a bad one is its target\'s error', { timeout: 180_000 }, async () => {
    const url = `git://127.0.0.1:${gitPort}/repo.git#v1:app`;
    const tarball = `http://127.0.0.1:${http.port}/files/ctx.tar.gz`;
    const project = join(base, 'project');
    mkdirSync(join(project, 'local'), { recursive: true });
    writeFileSync(join(project, 'local', 'Dockerfile'), 'FROM scratch\n');
    writeFileSync(
      join(project, 'compose.yaml'),
      `services:\n  remote:\n    build: "${url}"\n  tarball:\n    build: "${tarball}"\n  broken:\n    build: "git://127.0.0.1:${gitPort}/repo.git#no-such-ref"\n  local:\n    build: local\n`,
    );
    const run = (extra: string[]) => runProcess(process.execPath, [cliBin, '--compose', '--builder', 'legacy', '--format', 'json', '--fail-on', 'never', ...extra], { cwd: project, env: env(home), timeoutMs: 120_000 });
    const skipped = await run([]);
    assert.equal(skipped.exitCode, 0, skipped.stderr);
    type Target = { name: string; context: { tarBytes: number; root: string } | null; error: string | null; skipped: string | null };
    const byName = (doc: { targets: Target[] }) => new Map(doc.targets.map((t) => [t.name, t]));
    const before = byName(JSON.parse(skipped.stdout));
    assert.match(String(before.get('remote')?.skipped), /--allow-url-contexts/);
    const fetched = await run(['--allow-url-contexts']);
    assert.equal(fetched.exitCode, 2, 'a target that could not be fetched makes the run "could not run"');
    assert.match(fetched.stderr, /target broken: .*error fetching no-such-ref/);
    const after = byName(JSON.parse(fetched.stdout));
    const docker = await captureUpload({ context: url, cwd: home });
    assert.equal(after.get('remote')?.context?.tarBytes, (docker.tar as Buffer).length);
    assert.equal(after.get('remote')?.context?.root, url);
    assert.equal(after.get('tarball')?.context?.tarBytes, files.get('ctx.tar.gz')?.length);
    assert.ok(after.get('local')?.context, 'the local target is still audited');
    assert.deepEqual([...leftovers('ctx-audit-', join(base, 'tmp'))], []);
  });

  it('a missing ref, a missing subdir, a 404 and credentials: one line, exit 2, no secret printed', { timeout: 120_000 }, async () => {
    const token = `tok${Math.random().toString(16).slice(2)}`;
    for (const [url, want] of [
      [`git://127.0.0.1:${gitPort}/repo.git#no-such-ref`, /error fetching no-such-ref/],
      [`git://127.0.0.1:${gitPort}/repo.git#v1:nope`, /no directory "nope"/],
      [`http://127.0.0.1:${http.port}/files/missing.tar.gz`, /status 404/],
      [`http://user:${token}@127.0.0.1:${http.port}/nothing.git#main`, /unable to prepare context: http:\/\/\*\*\*@127\.0\.0\.1/],
      [`git://127.0.0.1:${gitPort}/repo.git#--upload-pack=touch`, /invalid refspec/],
    ] as const) {
      const r = await runProcess(process.execPath, [cliBin, url], { cwd: home, env: env(home), timeoutMs: 120_000 });
      assert.equal(r.exitCode, 2, `${url}: ${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, want);
      assert.ok(!(r.stdout + r.stderr).includes(token));
    }
    // A URL with credentials that clones: git writes them into .git/config, which docker sends; the
    // report says so without printing them, in every format.
    const withCreds = `http://user:${token}@127.0.0.1:${http.port}/repo.git#main`;
    for (const format of ['json', 'table', 'sarif', 'github', 'markdown']) {
      const r = await runProcess(process.execPath, [cliBin, withCreds, '--format', format, '--fail-on', 'never'], { cwd: home, env: env(home), timeoutMs: 120_000 });
      assert.equal(r.exitCode, 0, `${format}: ${r.stderr}`);
      assert.ok(!(r.stdout + r.stderr).includes(token), `${format} printed the token`);
      if (format === 'json') assert.match(JSON.parse(r.stdout).context.notices[0].message, /credentials are in the clone's \.git\/config/);
    }
    // Every clone of ours was removed, failed or not.
    assert.deepEqual([...leftovers('ctx-audit-', join(base, 'tmp'))], []);
  });
});
