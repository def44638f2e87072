import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findingsOf } from './ctx0-harness.js';
import { runAudit } from '../../src/audit.js';
import { buildTree } from '../helpers/trees.js';

test('CTX302 reports lines that decide nothing, with their line numbers', () => {
  const f = findingsOf('CTX302', { files: ['a.log', 'keep.md', 'src/x'], dockerignore: '# comment\n*.log\nnode_module/\n\n!nothing-here\n' });
  assert.deepEqual(
    f.map((x) => [x.line, x.data.pattern, x.data.exception]),
    [
      [3, 'node_module', false],
      [5, '!nothing-here', true],
    ],
  );
});

test('CTX302 counts a line that only re-includes as used', () => {
  assert.deepEqual(findingsOf('CTX302', { files: ['docs/a.md', 'docs/keep.md'], dockerignore: 'docs/*\n!docs/keep.md\n' }), []);
});

test('CTX302 leaves root-anchored lines to CTX303', () => {
  assert.deepEqual(findingsOf('CTX302', { files: ['pkg/node_modules/x.js'], dockerignore: 'node_modules\n' }), []);
});

// Issue 14 item 6: protective lines are not dead lines.
test('CTX302: lines that protect against dependencies, VCS, secrets, caches, logs, editor files and build output are not reported on a clean tree', () => {
  const lines = ['**/node_modules', '.git', '**/.env', '.env.*', '*.log', 'npm-debug.log*', '**/__pycache__', '*.pyc', '.idea', '.vscode', '*.swp', '.DS_Store', 'dist/', 'build', 'target/', '**/.next', 'coverage', '*.pem', '.npmrc', 'venv', 'vendor'];
  assert.deepEqual(findingsOf('CTX302', { files: ['src/app.py'], dockerignore: lines.join('\n') + '\n' }), []);
});

test('CTX302: a protective line shadowed by an earlier one, and a line that names nothing protective, are still reported', () => {
  const f = findingsOf('CTX302', { files: ['src/app.py'], dockerignore: '**/node_modules\nnode_modules\ndocs-old\n.env\n.env\n' });
  assert.deepEqual(f.map((x) => [x.line, x.data.pattern, x.data.shadowedBy]), [
    [2, 'node_modules', 1],
    [3, 'docs-old', undefined],
    [5, '.env', 4],
  ]);
  assert.match(f[0].message, /line 1 already excludes everything it could match/);
});

// rubygems.org: `/config/master.key` (Rails' key), `/public/assets`, `REVISION` and `/storage/*` match
// nothing in a clean checkout; CTX302 said "decides nothing" (delete the line) for lines that keep a
// developer's secret, build output and uploads out of `COPY . /app`.
test('CTX302: a line naming a secret\'s file or a path git ignores guards what a working tree makes: not reported', () => {
  const gitignore = '/public/assets\nREVISION\n/storage/*\n!/storage/.keep\n';
  const dockerignore = '/config/master.key\n/public/assets\nREVISION\n/storage/*\n/app/assets/old\n';
  const f = findingsOf('CTX302', { files: ['app/main.rb', 'storage/.keep', '.git/HEAD', '.gitignore'], fileContents: { '.gitignore': gitignore }, dockerignore });
  assert.deepEqual(f.map((x) => [x.line, x.data.pattern]), [[5, 'app/assets/old']]);
  // Without a repository nothing says what git ignores: those lines decide nothing (line 4 excludes
  // storage/.keep, so it decides something); the key's line still guards a secret.
  const bare = findingsOf('CTX302', { files: ['app/main.rb', 'storage/.keep'], dockerignore });
  assert.deepEqual(bare.map((x) => x.line), [2, 3, 5]);
});

// vitess-operator: `**` then `!build/_output/bin/vitess-operator`, the binary build/Dockerfile ADDs once
// operator-sdk has built it; src-cli: `*.{yaml,yml}`, braces Docker does not expand.
test('CTX302: an exception letting in a COPY/ADD source made before the build is not dead; a pattern with {a,b} says braces do not expand', () => {
  const f = findingsOf('CTX302', {
    files: ['build/Dockerfile', 'main.go', '.golangci.yml'],
    fileContents: { Dockerfile: 'FROM alpine\nADD build/_output/bin/vitess-operator /usr/local/bin/\n' },
    dockerignore: '**\n!build/_output/bin/vitess-operator\n!Dockerfile\n!docs/old\n',
  });
  assert.deepEqual(f.map((x) => [x.line, x.data.pattern]), [[4, '!docs/old']]);
  const b = findingsOf('CTX302', { files: ['main.go', '.golangci.yml'], dockerignore: '*.{yaml,yml}\n' });
  assert.match(b[0]?.message ?? '', /^pattern "\*\.\{yaml,yml\}" decides nothing in this context; Docker patterns have no \{a,b\} alternatives \(the braces match themselves\): write one line per name$/);
  // synapse-rust's .dockerignore line 50: a comment after the pattern is part of it.
  const c = findingsOf('CTX302', { files: ['main.go', 'docker/nginx/nginx.conf'], dockerignore: 'docker/nginx/   # the proxy, built apart\n' });
  assert.match(c[0]?.message ?? '', /decides nothing in this context; a \.dockerignore comment takes a whole line: the " #" and what follows are part of the pattern, so move the comment to a line of its own$/);
  // `a#b` is a name, not a comment: said only after a space.
  assert.deepEqual(findingsOf('CTX302', { files: ['main.go'], dockerignore: 'notes#old\n' }).map((x) => x.data.inlineComment ?? null), [null]);
  // vaultwarden's `// Ignore everything`: a comment elsewhere, a pattern here (sweep 46/A); `//src/old` is a path.
  const d = findingsOf('CTX302', { files: ['main.go'], dockerignore: '// Ignore everything\n//src/old\n' });
  assert.deepEqual(d.map((x) => [x.line, x.data.slashComment ?? null]), [[1, true], [2, null]]);
  assert.match(d[0].message, /^pattern " Ignore everything" decides nothing in this context; only "#" starts a \.dockerignore comment: a line starting with "\/\/" is a pattern \(Docker cleans the slashes away\), so write "#" there$/);
});

// caddy-docker-proxy: `*` then `!artifacts`; the Dockerfile copies artifacts/binaries/$TARGETPLATFORM/caddy,
// made by CI before the build. Removing the exception, as CTX302's fix says, fails the build (CTX102).
test('CTX302: an exception naming a directory above a COPY source made before the build is not dead', () => {
  const f = findingsOf('CTX302', {
    files: ['main.go', 'README.md'],
    fileContents: { Dockerfile: 'FROM scratch\nARG TARGETPLATFORM\nCOPY artifacts/binaries/$TARGETPLATFORM/caddy /bin/\n' },
    dockerignore: '*\n!artifacts\n!docs\n',
  });
  assert.deepEqual(f.map((x) => [x.line, x.data.pattern]), [[3, '!docs']]);
});

test('CTX302: an exception in between keeps a later line meaningful (not shadowed)', () => {
  const f = findingsOf('CTX302', { files: ['src/app.py'], dockerignore: 'logs\n!logs/keep\nlogs\n' });
  assert.deepEqual(f.map((x) => x.line), [2]);
});

// glances: `*`, `!/glances/**/*.py`, then `!glances/amps/__init__.py`... Each later line re-includes
// a file the earlier exception already re-includes, but its literal text is what makes the legacy
// walk enter glances/ and glances/amps/ (R27); CTX302 called them dead, and without them the legacy
// builder skips glances/amps.
test('CTX302 counts an exception that makes the legacy walk enter an excluded directory as used', () => {
  const files = ['glances/main.py', 'glances/amps/__init__.py', 'glances/amps/amp.py', 'README.md'];
  assert.deepEqual(findingsOf('CTX302', { files, dockerignore: '*\n!/glances/**/*.py\n!glances/amps/__init__.py\n' }), []);
  // An exception whose directory holds nothing sent still decides nothing.
  assert.deepEqual(
    findingsOf('CTX302', { files, dockerignore: '*\n!/glances/**/*.py\n!glances/amps/__init__.py\n!docs/missing.md\n' }).map((f) => f.line),
    [4],
  );
});

// wakapi: `config*.yml` then `!config.default.yml` in both .gitignore and .dockerignore. The glob's
// only match in a checkout is the committed default the next line lets back in, so CTX302 said the
// line decides nothing (delete it): it keeps the local config.yml, with the password salt and the
// database password the README has users write, out of `COPY . .`.
test('CTX302: a glob that git ignores as written guards what a working tree makes: not reported; the same glob git does not ignore still is', () => {
  const dockerignore = 'config*.yml\n!config.default.yml\n*.bak\n';
  const files = ['main.go', 'config.default.yml', '.git/HEAD', '.gitignore'];
  const f = findingsOf('CTX302', { files, fileContents: { '.gitignore': 'config*.yml\n!config.default.yml\n' }, dockerignore });
  assert.deepEqual(f.map((x) => [x.line, x.data.pattern]), [[3, '*.bak']]);
  const other = findingsOf('CTX302', { files, fileContents: { '.gitignore': 'dist/\n' }, dockerignore });
  assert.deepEqual(other.map((x) => [x.line, x.data.pattern]), [[1, 'config*.yml'], [3, '*.bak']]);
});

// smtp4dev: `.dockerignore` has `Rnwood.Smtp4dev/wwwroot`, the web build's output, which `.gitignore`
// ignores as `/Rnwood.Smtp4dev/wwwroot/*`: what git ignores inside the directory counts.
test('CTX302: a directory line whose contents git ignores (dir/*) guards what a working tree makes: not reported', () => {
  const dockerignore = 'web/wwwroot\nweb/other\n';
  const files = ['web/app.cs', '.git/HEAD', '.gitignore'];
  const f = findingsOf('CTX302', { files, fileContents: { '.gitignore': '/web/wwwroot/*\n' }, dockerignore });
  assert.deepEqual(f.map((x) => [x.line, x.data.pattern]), [[2, 'web/other']]);
});

// wandb/openui's backend/.dockerignore: `**/wandb` and `openui/eval/**/datasets`, "added from
// openui/eval/.gitignore", whose lines are directory-only (`wandb/`, `datasets/`).
test('CTX302: a glob that git ignores as a directory (a .gitignore line with a trailing /, in a nested .gitignore too) guards what a working tree makes', () => {
  const dockerignore = '**/wandb\nopenui/eval/**/datasets\n**/other\n';
  const files = ['openui/app.py', 'openui/eval/run.py', '.git/HEAD', '.gitignore', 'openui/eval/.gitignore'];
  const f = findingsOf('CTX302', { files, fileContents: { '.gitignore': 'wandb/\n', 'openui/eval/.gitignore': 'datasets/\n' }, dockerignore });
  assert.deepEqual(f.map((x) => [x.line, x.data.pattern]), [[3, '**/other']]);
});

// apache/openwhisk core/controller: `*` then `!build/distributions` (Dockerfile's ADD of the tar) and
// `!build/tmp/docker-coverage` (Dockerfile.cov's); in a clean checkout each was "dead" for the other
// Dockerfile, and removing either breaks that build. Git ignores build/: outputs made before a build.
test('CTX302: an exception that lets in a path git ignores (a build output) is not dead; one naming a path git keeps is', () => {
  const tree = buildTree({
    files: ['Dockerfile', '.gitignore', 'src/Main.scala'],
    fileContents: { Dockerfile: 'FROM alpine\nADD build/distributions/controller.tar /\n', '.gitignore': 'build/\n' },
    dockerignore: '*\n!build/distributions\n!build/tmp/docker-coverage\n!docs/old\n',
  });
  try {
    fs.mkdirSync(path.join(tree.ctx, '.git'));
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX302');
    assert.deepEqual(f.map((x) => [x.line, x.data.pattern]), [[4, '!docs/old']]);
  } finally {
    tree.cleanup();
  }
});

// huynxtb/progcoder-shop-microservices' `**/secrets.dev.yaml`, blanho/auction-platform-microservices'
// `**/secrets.*.yaml` under a "# Secrets" heading: guards against a file a working tree may hold.
test('CTX302: a line whose name says secret or credential guards a working-tree file, wildcards or not', () => {
  const f = findingsOf('CTX302', { files: ['app.js'], dockerignore: '**/secrets.dev.yaml\n**/secrets.*.yaml\ndeploy/*credentials*\n**/notes.txt\n' });
  assert.deepEqual(f.map((x) => [x.line, x.data.pattern]), [[4, '**/notes.txt']]);
});

// OffchainLabs/nitro: `go-ethereum/tests` and `contracts/cache` lie in submodules its CI checks out
// (`submodules: recursive`); in a clone without them CTX302 said they decide nothing (sweep 49/C-F3).
test('CTX302: a line naming a path in a git submodule this checkout has not checked out is not reported; elsewhere it is', () => {
  const tree = buildTree({
    files: ['Dockerfile', '.gitmodules', 'src/a.go'],
    dockerignore: 'go-ethereum/tests\ncontracts/cache/*.json\nsrc/nothing-here\n',
    fileContents: { Dockerfile: 'FROM golang\nCOPY . /src\n', '.gitmodules': '[submodule "go-ethereum"]\n\tpath = go-ethereum\n\turl = https://example.com/g.git\n[submodule "contracts"]\n\tpath = contracts\n\turl = https://example.com/c.git\n' },
  });
  try {
    fs.mkdirSync(path.join(tree.ctx, '.git'), { recursive: true });
    fs.mkdirSync(path.join(tree.ctx, 'go-ethereum')); // empty: not checked out; contracts/ missing altogether
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX302');
    assert.deepEqual(f.map((x) => x.data.pattern), ['src/nothing-here']);
  } finally {
    tree.cleanup();
  }
});
