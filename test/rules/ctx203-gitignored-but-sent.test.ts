import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit } from '../../src/audit.js';
import { buildTree } from '../helpers/trees.js';

function gitFindings(files: string[], gitignores: Record<string, string>, dockerignore: string, context = '') {
  const tree = buildTree({ files, dockerignore: null });
  try {
    mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    for (const [p, c] of Object.entries(gitignores)) writeFileSync(join(tree.ctx, p), c);
    writeFileSync(join(tree.ctx, context, '.dockerignore'), dockerignore);
    const r = runAudit({ context: join(tree.ctx, context), cwd: tree.ctx, builder: 'legacy' });
    return r.findings.filter((f) => f.ruleId === 'CTX203');
  } finally {
    tree.cleanup();
  }
}

test('CTX203 reports files and outermost directories git ignores, with counts', () => {
  const f = gitFindings(['Dockerfile', 'src/a.js', 'dist/a.js', 'dist/b.js', 'debug.log', 'src/.gitignore'], { '.gitignore': 'dist/\n*.log\n', 'src/.gitignore': 'a.js\n' }, '.git\n');
  assert.deepEqual(
    f.map((x) => [x.path, x.data.isDir, x.data.files]),
    [
      ['debug.log', false, 1],
      ['dist', true, 2],
      ['src/a.js', false, 1],
    ],
  );
});

test('CTX203 applies .gitignore files above the context and honours negations', () => {
  const f = gitFindings(['app/Dockerfile', 'app/x.tmp', 'app/keep.tmp'], { '.gitignore': '*.tmp\n!keep.tmp\n' }, '', 'app');
  assert.deepEqual(f.map((x) => x.path), ['x.tmp']);
});

test('CTX203 is silent outside a git repository and when .dockerignore already excludes', () => {
  const tree = buildTree({ files: ['Dockerfile', 'x.tmp'], dockerignore: '' });
  try {
    writeFileSync(join(tree.ctx, '.gitignore'), '*.tmp\n');
    assert.deepEqual(runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((f) => f.ruleId === 'CTX203'), []);
  } finally {
    tree.cleanup();
  }
  assert.deepEqual(gitFindings(['Dockerfile', 'x.tmp'], { '.gitignore': '*.tmp\n' }, '*.tmp\n'), []);
});

// Issue 14 item 3: git is the truth. The index is written by real git (force-add = tracked although ignored).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseGitIndex, isTracked, hasTrackedBelow } from '../../src/context/git-index.js';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

for (const version of ['2', '3', '4']) {
  test(`git index v${version}: the reader lists exactly what git ls-files lists (long, nested, non-ASCII and intent-to-add names)`, () => {
    const names = ['a.txt', 'dir/sub/' + 'x'.repeat(200) + '.js', 'dir/sub/b.js', 'dir/sub/deep/er/c.js', 'dir/sub2/d.js', 'dir/süß.txt', 'z/ignored.bin', 'z/new.txt'];
    const tree = buildTree({ files: names, dockerignore: null });
    try {
      git(tree.ctx, 'init', '-q');
      writeFileSync(join(tree.ctx, '.gitignore'), 'z/\n');
      git(tree.ctx, 'add', '.');
      git(tree.ctx, 'add', '-f', 'z/ignored.bin');
      git(tree.ctx, 'add', '-N', '-f', 'z/new.txt'); // intent-to-add: extended flags (v3+)
      git(tree.ctx, 'update-index', '--index-version', version);
      const idx = parseGitIndex(readFileSync(join(tree.ctx, '.git', 'index')));
      assert.ok(idx);
      const expected = execFileSync('git', ['ls-files', '-z'], { cwd: tree.ctx }).toString('latin1').split('\0').filter(Boolean).sort();
      assert.deepEqual([...idx.files].sort(), expected);
      // Every directory above a tracked file, each once (the reader stops climbing at one it has).
      const above = new Set(expected.flatMap((n) => n.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
      assert.deepEqual([...idx.dirs].sort(), [...above].sort());
      assert.ok(isTracked(idx, 'z/ignored.bin') && !isTracked(idx, 'z/other'));
      assert.ok(hasTrackedBelow(idx, 'dir') && hasTrackedBelow(idx, 'dir/sub') && !hasTrackedBelow(idx, 'di'));
    } finally {
      tree.cleanup();
    }
  });
}

test('git index: a corrupt or unknown index gives null (CTX203 then keeps the .gitignore view)', () => {
  assert.equal(parseGitIndex(Buffer.from('DIRC\0\0\0\x09\0\0\0\0')), null);
  assert.equal(parseGitIndex(Buffer.from('not an index')), null);
  const truncated = Buffer.alloc(20);
  truncated.write('DIRC');
  truncated.writeUInt32BE(2, 4);
  truncated.writeUInt32BE(1, 8);
  assert.equal(parseGitIndex(truncated), null);
});

test('CTX203: a tracked (force-added) file is not "ignored by git"; an untracked one next to it still is, one by one', () => {
  const tree = buildTree({ files: ['Dockerfile', 'dist/app.js', 'dist/debug.map', 'build.log'], dockerignore: '' });
  try {
    git(tree.ctx, 'init', '-q');
    writeFileSync(join(tree.ctx, '.gitignore'), 'dist/\n*.log\n');
    git(tree.ctx, 'add', '.');
    git(tree.ctx, 'add', '-f', 'dist/app.js');
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX203');
    assert.deepEqual(f.map((x) => [x.path, x.data.isDir]), [['build.log', false], ['dist/debug.map', false]]);
  } finally {
    tree.cleanup();
  }
});

test('CTX203: a .git file (worktree, submodule) points at the git directory whose index counts', () => {
  const tree = buildTree({ files: ['app/Dockerfile', 'app/gen.txt'], dockerignore: null });
  try {
    mkdirSync(join(tree.ctx, 'gitdir'));
    git(join(tree.ctx, 'app'), 'init', '-q', '--separate-git-dir', join(tree.ctx, 'gitdir'));
    writeFileSync(join(tree.ctx, 'app', '.gitignore'), 'gen.txt\n');
    git(join(tree.ctx, 'app'), 'add', '-f', 'gen.txt');
    // The CLI's boundary (the top level above cwd: tree.ctx holds the git directory) lets it be read.
    const f = runAudit({ context: join(tree.ctx, 'app'), cwd: tree.ctx, builder: 'legacy', repository: repoBoundary(tree.ctx) }).findings.filter((x) => x.ruleId === 'CTX203');
    assert.deepEqual(f.map((x) => x.path), []);
  } finally {
    tree.cleanup();
  }
});

test('CTX203: built output that a COPY names, or that an exception re-includes, is intent', () => {
  const dockerfile = 'FROM nginx\nCOPY dist/ /usr/share/nginx/html/\n';
  const f = gitFindings(['Dockerfile', 'dist/index.html', 'out/app.jar', 'out/tmp.o', 'x.log'], { '.gitignore': 'dist/\nout/\n*.log\n', Dockerfile: dockerfile }, 'out/*\n!out/*.jar\n');
  // out/ itself is sent (an empty directory entry) but all it brings is the re-included jar.
  assert.deepEqual(f.map((x) => [x.path, x.data.isDir, x.data.files]), [['x.log', false, 1]]);
});

// Issue 16: a `.git` FILE comes from the scanned tree; where its `gitdir:` points must not make
// ctx-audit read outside the repository boundary.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { repoBoundary } from '../../src/context/boundary.js';

test('CTX203: a .git file whose gitdir points outside the repository is not followed (no index read, a notice says so); --allow-outside-repo follows it', () => {
  // Outside the repository: a real git directory whose index tracks x.tmp (force-added).
  const outside = mkdtempSync(join(tmpdir(), 'ctx-audit-outside-git-'));
  const tree = buildTree({ files: ['Dockerfile', 'x.tmp'], dockerignore: '' });
  try {
    writeFileSync(join(outside, 'x.tmp'), 'x.tmp\n');
    git(outside, 'init', '-q');
    git(outside, 'add', '-f', 'x.tmp');
    writeFileSync(join(tree.ctx, '.git'), `gitdir: ${join(outside, '.git')}\n`);
    writeFileSync(join(tree.ctx, '.gitignore'), '*.tmp\n');
    const run = (allowOutside: boolean) => runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy', repository: repoBoundary(tree.ctx, allowOutside) });
    const refused = run(false);
    // With no index, .gitignore alone decides: x.tmp is ignored by git and sent.
    assert.deepEqual(refused.findings.filter((x) => x.ruleId === 'CTX203').map((x) => x.path), ['x.tmp']);
    const notice = refused.context.notices.find((n) => n.path === '.git');
    assert.ok(notice && notice.message.includes('outside the repository') && notice.message.includes('--allow-outside-repo'), JSON.stringify(refused.context.notices));
    // Allowed explicitly: the outside index is read and says x.tmp is tracked.
    const allowed = run(true);
    assert.deepEqual(allowed.findings.filter((x) => x.ruleId === 'CTX203').map((x) => x.path), []);
    assert.equal(allowed.context.notices.some((n) => n.path === '.git'), false);
  } finally {
    tree.cleanup();
    rmSync(outside, { recursive: true, force: true });
  }
});

test('CTX203: a linked worktree (its git directory elsewhere points back at it) is read like a clone', () => {
  const main = mkdtempSync(join(tmpdir(), 'ctx-audit-main-git-'));
  const tree = buildTree({ files: [], dockerignore: null });
  const wt = join(tree.ctx, 'wt');
  try {
    writeFileSync(join(main, 'Dockerfile'), 'FROM scratch\n');
    writeFileSync(join(main, '.gitignore'), '*.tmp\n');
    writeFileSync(join(main, 'x.tmp'), 'x\n');
    git(main, 'init', '-q');
    git(main, 'add', '.');
    git(main, 'add', '-f', 'x.tmp');
    git(main, 'commit', '-q', '-m', 'c');
    git(main, 'worktree', 'add', '-q', wt);
    writeFileSync(join(wt, 'y.tmp'), 'y\n'); // untracked and ignored
    const r = runAudit({ context: wt, cwd: wt, builder: 'legacy', repository: repoBoundary(wt) });
    assert.deepEqual(r.findings.filter((x) => x.ruleId === 'CTX203').map((x) => x.path), ['y.tmp']);
    assert.equal(r.context.notices.some((n) => n.path === '.git'), false);
  } finally {
    tree.cleanup();
    rmSync(main, { recursive: true, force: true });
  }
});

// autobrr: ci.Dockerfile binds the context and runs `go build -pgo=cpu.pprof`; the workflow downloads
// the git-ignored profile first. "file ignored by git is sent" read as junk to exclude (a warning).
test('CTX203: a git-ignored path a RUN of a whole-context build names is info, saying the build reads it; other git-ignored files stay warnings', () => {
  const tree = buildTree({ files: ['Dockerfile', 'main.go', 'cpu.pprof', 'scratch.tmp', 'web/dist/index.html'], dockerignore: '.git\n', fileContents: { Dockerfile: 'FROM golang\nRUN --mount=target=. go build -pgo=cpu.pprof -o /app . && cp -r web/dist /srv\n' } });
  try {
    mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    writeFileSync(join(tree.ctx, '.gitignore'), 'cpu.pprof\nscratch.tmp\nweb/dist/\n');
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX203');
    assert.deepEqual(
      f.map((x) => [x.path, x.severity, x.data.namedByRun ?? null]),
      [
        ['scratch.tmp', 'warning', null],
        ['cpu.pprof', 'info', 2],
        ['web/dist', 'info', 2],
      ],
    );
    assert.match(f[1].message, /^file ignored by git is sent; the RUN at line 2 names it: a file the build reads, made by a step before it$/);
  } finally {
    tree.cleanup();
  }
});

// Bubka/2FAuth: `RUN mv .env.testing .env` is about the WORKDIR's .env; it named docker/.env, whose
// credential suggest then would not exclude (sweep 51/L-F2). By its name alone, a deeper file is named
// only by a RUN that names its directory too (`cd sub && ...`).
test('CTX203: a RUN naming a file by its name alone names a deeper file only when it names its directory too', () => {
  const tree = buildTree({ files: ['Dockerfile', '.env.testing', 'docker/.env', 'prof/cpu.pprof', 'app.txt'], dockerignore: '.git\n', fileContents: { Dockerfile: 'FROM alpine AS test\nCOPY . .\nRUN mv .env.testing .env\nRUN cd prof && go build -pgo=cpu.pprof\n' } });
  try {
    mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    writeFileSync(join(tree.ctx, '.gitignore'), '.env\ncpu.pprof\n');
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX203');
    assert.deepEqual(
      f.map((x) => [x.path, x.severity, x.data.namedByRun ?? null]),
      [
        ['docker/.env', 'warning', null],
        ['prof/cpu.pprof', 'info', 4],
      ],
    );
    // A RUN in a WORKDIR ending in its directory names it by its name too (the review of 7e6aa73f, RA-R1).
    writeFileSync(join(tree.ctx, 'Dockerfile'), 'FROM node:20\nWORKDIR /app\nCOPY . .\nWORKDIR /app/prof\nRUN node build.js --profile cpu.pprof\n');
    const w = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX203');
    assert.deepEqual(w.map((x) => [x.path, x.data.namedByRun ?? null]), [['docker/.env', null], ['prof/cpu.pprof', 5]]);
  } finally {
    tree.cleanup();
  }
});

// controlplaneio/kubesec: test/bin/bats, bats-assert and bats-support are submodules (gitlinks in the
// index) under a `bin/` line of .gitignore; CTX203 called them "directory ignored by git is sent".
test('CTX203: a submodule git tracks (a gitlink) is not ignored whatever .gitignore says; an untracked directory beside it is', () => {
  const tree = buildTree({ files: ['Dockerfile', '.gitignore', 'test/bin/other/tool'], fileContents: { '.gitignore': 'bin/\n' }, dockerignore: '.git\n' });
  try {
    mkdirSync(join(tree.ctx, 'test/bin/bats'), { recursive: true });
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '--', 'Dockerfile', '.gitignore');
    git(tree.ctx, 'update-index', '--add', '--cacheinfo', `160000,${'a'.repeat(40)},test/bin/bats`);
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX203');
    assert.deepEqual(f.map((x) => x.path), ['test/bin/other']);
  } finally {
    tree.cleanup();
  }
});

// SunbirdEd-portal: CI copies the app into src/app/app_dist (git-ignored) and builds that directory.
// Every entry of the context was "ignored by git", and suggest proposed excluding all of them.
test('CTX203: a context that is itself a git-ignored directory (a build output CI fills) reports nothing per file; a context that is not ignored keeps the rule', () => {
  const files = ['Dockerfile', 'app_dist/Dockerfile', 'app_dist/server.js', 'app_dist/routes/a.js'];
  assert.deepEqual(gitFindings(files, { '.gitignore': 'app_dist\n' }, '', 'app_dist'), []);
  assert.deepEqual(gitFindings(files, { '.gitignore': '/app_dist/\n' }, '', 'app_dist'), []);
  // A subdirectory context that is not ignored keeps the rule.
  const kept = gitFindings(['Dockerfile', 'web/Dockerfile', 'web/dist/a.js'], { '.gitignore': 'dist/\n' }, '', 'web');
  assert.deepEqual(kept.map((x) => x.path), ['dist']);
});
