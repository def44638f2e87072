// scripts/test-setup.sh, the first step of `npm test`, run from a copy of the repository's scripts
// with a PATH of stand-ins, so nothing is installed: it must name exactly the Debian packages that
// are missing (and stop) when it cannot install them, run `npm ci` when node_modules is missing,
// and run scripts/setup-buildkit.sh when everything else is there.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, tempDir, removeTempDirs } from './helpers.js';

after(removeTempDirs);

/** A repository copy holding only the set-up script, a stand-in setup-buildkit.sh and a bin dir of stand-ins. */
function sandbox(opts: { tools: string[]; nodeModules: boolean }) {
  const repo = tempDir('test-setup');
  const log = path.join(repo, 'calls.log');
  fs.mkdirSync(path.join(repo, 'scripts'));
  fs.copyFileSync(path.join(ROOT, 'scripts/test-setup.sh'), path.join(repo, 'scripts/test-setup.sh'));
  fs.writeFileSync(path.join(repo, 'scripts/setup-buildkit.sh'), `echo setup-buildkit >> '${log}'\necho /engine/dir\n`);
  if (opts.nodeModules) fs.mkdirSync(path.join(repo, 'node_modules'));
  const bin = path.join(repo, 'bin');
  fs.mkdirSync(bin);
  // The shell utilities the script itself uses, from the real system.
  for (const t of ['dirname', 'id', 'bash']) {
    const real = spawnSync('sh', ['-c', `command -v ${t}`], { encoding: 'utf8' }).stdout.trim();
    assert.ok(real, `${t} not found`);
    fs.symlinkSync(real, path.join(bin, t));
  }
  for (const t of opts.tools) {
    fs.writeFileSync(path.join(bin, t), `#!/bin/sh\necho "${t} $*" >> '${log}'\n`);
    fs.chmodSync(path.join(bin, t), 0o755);
  }
  const run = () => spawnSync('/bin/sh', [path.join(repo, 'scripts/test-setup.sh')], { encoding: 'utf8', env: { PATH: bin, HOME: repo } });
  const calls = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n') : []);
  return { run, calls };
}

test('test-setup: missing tools and no apt-get -> exit 1 with the one apt-get line naming exactly the missing packages; nothing else runs', () => {
  // docker and setpriv are there; pre-commit is not (Chromium is checked at /usr/bin/chromium).
  const box = sandbox({ tools: ['docker', 'setpriv'], nodeModules: true });
  const r = box.run();
  assert.equal(r.status, 1, r.stderr);
  assert.ok(fs.existsSync('/usr/bin/chromium'), 'this test expects /usr/bin/chromium on the machine (the suite needs it anyway)');
  assert.match(r.stderr, /^test-setup: on Debian, run: sudo apt-get install -y pre-commit$/m, r.stderr);
  assert.match(r.stderr, /npm run test:quick/);
  assert.deepEqual(box.calls(), []);
});

test('test-setup: everything present -> exit 0, runs setup-buildkit.sh and no npm ci', () => {
  const box = sandbox({ tools: ['docker', 'setpriv', 'pre-commit', 'npm'], nodeModules: true });
  const r = box.run();
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(box.calls(), ['setup-buildkit']);
  assert.equal(r.stdout, '', 'the engine directory setup-buildkit.sh prints must not reach npm test\'s output');
});

test('test-setup: no node_modules -> npm ci first', () => {
  const box = sandbox({ tools: ['docker', 'setpriv', 'pre-commit', 'npm'], nodeModules: false });
  const r = box.run();
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(box.calls(), ['npm ci --no-audit --no-fund', 'setup-buildkit']);
});
