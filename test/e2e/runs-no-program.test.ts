// Issue 16 item 8: ctx-audit must not start a program on a stranger's repository. It runs no git on
// one (CTX203 reads the index itself, src/context/git-index.ts; only a git URL the user typed is cloned), so a
// repository whose .git/config names an fsmonitor, hooks, a credential helper or a filter driver,
// with a `git` on PATH that records being run, must come out of every command untouched. A URL's
// credentials are never printed. Markers and tokens are generated per run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeTree } from '../targets/helpers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/ctx-audit.js');

/**
 * The one exception: a git URL typed as CONTEXT is cloned with the user's git (issue 20 item 4), in
 * a module that runs nothing else, with hooks, fsmonitor, prompts and file:// off.
 */
const GIT_CLONE_MODULE = 'src/inputs/git-clone.ts';

test('no source file can start a program: nothing imports child_process but the git URL clone', () => {
  const offenders: string[] = [];
  const visit = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (/\.ts$/.test(e.name) && /child_process|process\.binding\(['"]spawn/.test(fs.readFileSync(p, 'utf8'))) offenders.push(path.relative(ROOT, p));
    }
  };
  visit(path.join(ROOT, 'src'));
  assert.deepEqual(offenders, [GIT_CLONE_MODULE], 'a source file can run programs: it must run git only at the top level, with hooks, fsmonitor and prompts off');
  // And that module runs git alone, with the protections on every call.
  const clone = fs.readFileSync(path.join(ROOT, GIT_CLONE_MODULE), 'utf8');
  assert.deepEqual([...clone.matchAll(/\bspawn\(\s*([^,]+),/g)].map((m) => m[1]), ["'git'"]);
  for (const guard of ['core.hooksPath=/dev/null', 'core.fsmonitor=false', 'protocol.file.allow=never', "GIT_TERMINAL_PROMPT = '0'", "'--', 'origin', repo.remote"]) assert.ok(clone.includes(guard), `git-clone.ts lost ${guard}`);
});

test('a repository whose git config would run programs, with a recording git on PATH: every command leaves no trace', () => {
  const marker = `ran-${randomBytes(6).toString('hex')}`;
  const tree = writeTree({
    'repo/app/Dockerfile': 'FROM alpine\nCOPY src /src\n',
    'repo/app/src/a.js': 'x',
    'repo/app/.env': 'X=1\n',
    'repo/.gitignore': 'app/.env\n',
    'repo/.gitattributes': '* filter=evil diff=evil\n',
    'repo/compose.yaml': 'services:\n  app:\n    build: app\n',
  });
  const repo = path.join(tree.root, 'repo');
  const log = path.join(tree.root, marker);
  const script = path.join(tree.root, 'evil.sh');
  fs.writeFileSync(script, `#!/bin/sh\necho "$0 $*" >> ${log}\n`, { mode: 0o755 });
  fs.mkdirSync(path.join(repo, '.git/hooks'), { recursive: true });
  fs.writeFileSync(
    path.join(repo, '.git/config'),
    `[core]\n\tfsmonitor = ${script}\n\thooksPath = .git/hooks\n\tpager = ${script}\n[credential]\n\thelper = !${script}\n[filter "evil"]\n\tclean = ${script}\n\tsmudge = ${script}\n[diff "evil"]\n\ttextconv = ${script}\n`,
  );
  fs.writeFileSync(path.join(repo, '.git/HEAD'), 'ref: refs/heads/main\n');
  for (const hook of ['pre-commit', 'post-checkout', 'fsmonitor-watchman']) fs.writeFileSync(path.join(repo, '.git/hooks', hook), `#!/bin/sh\n${script} hook\n`, { mode: 0o755 });
  const bin = path.join(tree.root, 'bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(path.join(bin, 'git'), `#!/bin/sh\n${script} git "$@"\n`, { mode: 0o755 });
  try {
    const env = { PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`, NO_COLOR: '1', GIT_DIR: path.join(repo, '.git') };
    const runs = [
      ['app', '--format', 'json', '--fail-on', 'never'],
      ['app', '--fail-on', 'never'],
      ['app', '--format', 'sarif', '--fail-on', 'never'],
      ['ls', 'app'],
      ['ls', 'app', '--builder', 'legacy'],
      ['why', 'src/a.js', '-C', 'app'],
      ['suggest', 'app'],
      ['--all', '.', '--format', 'json', '--fail-on', 'never'],
      ['--compose', '--format', 'json', '--fail-on', 'never'],
    ];
    for (const args of runs) {
      const r = spawnSync(process.execPath, [BIN, ...args], { cwd: repo, env, encoding: 'utf8', timeout: 60_000 });
      assert.equal(r.status, 0, `ctx-audit ${args.join(' ')}: ${r.stderr}`);
    }
    assert.equal(fs.existsSync(log), false, `a program ran:\n${fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : ''}`);
  } finally {
    tree.cleanup();
  }
});

test("a URL's credentials are never printed: a remote context, a Compose build URL, a named context", () => {
  const token = `tok${randomBytes(10).toString('hex')}`;
  const tree = writeTree({
    'repo/app/Dockerfile': 'FROM alpine\nCOPY --from=shared x /\n',
    'repo/compose.yaml': `services:\n  remote:\n    build: https://user:${token}@github.com/o/r.git#main\n  app:\n    build:\n      context: app\n      additional_contexts: {shared: "https://${token}@example.com/x.tar.gz"}\n`,
  });
  const repo = path.join(tree.root, 'repo');
  try {
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' };
    const runs = [
      [`https://user:${token}@github.com/o/r.git`],
      ['--compose', '--format', 'json'],
      ['--compose', '--format', 'github'],
      ['--compose'],
      ['app', '--build-context', `shared=https://x:${token}@example.com/y.git`, '--format', 'json'],
    ];
    for (const args of runs) {
      const r = spawnSync(process.execPath, [BIN, ...args, '--fail-on', 'never'], { cwd: repo, env, encoding: 'utf8', timeout: 60_000 });
      assert.ok(!(r.stdout + r.stderr).includes(token), `ctx-audit ${args.join(' ')} printed the token:\n${r.stdout}${r.stderr}`);
      // Annotations list findings only (a skipped remote target has none); every other output names the URL.
      if (!args.includes('github')) assert.match(r.stdout + r.stderr, /\*\*\*@/, `ctx-audit ${args.join(' ')}: the URL is still named`);
    }
  } finally {
    tree.cleanup();
  }
});
