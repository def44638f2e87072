import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from './ctx0-harness.js';
import { git } from '../helpers/committed.js';
import { runAudit } from '../../src/audit.js';
import { buildTree } from '../helpers/trees.js';

test('CTX003 reports each outermost heavy directory once, with files and bytes', () => {
  const f = findingsOf('CTX003', {
    files: ['.git/HEAD', 'node_modules/a/index.js', 'node_modules/a/node_modules/b/index.js', 'src/__pycache__/m.pyc', 'src/app.py'],
    dockerignore: '',
  });
  assert.deepEqual(
    f.map((x) => [x.path, x.data.kind, x.data.files]),
    [
      ['.git', 'vcs', 1],
      ['node_modules', 'dependencies', 2],
      ['src/__pycache__', 'cache', 1],
    ],
  );
});

test('CTX003 is silent when the directories are excluded, and for a plain file named like one', () => {
  assert.deepEqual(findingsOf('CTX003', { files: ['.git/HEAD', 'node_modules/x.js', 'target'], dockerignore: '.git\n**/node_modules\n' }), []);
});

// Issue 14 item 2: deliberate choices are not accidents.
test('CTX003: build output re-included by exceptions and copied by name is intent, not a finding; what else sits there still counts', () => {
  const shape = {
    files: ['target/app.jar', 'target/lib/dep.jar', 'target/classes/A.class', 'src/Main.java'],
    fileContents: { Dockerfile: 'FROM eclipse-temurin\nCOPY target/app.jar /app/\nCOPY target/lib/ /app/lib/\n' },
  };
  assert.deepEqual(findingsOf('CTX003', { ...shape, dockerignore: 'target/\n!target/*.jar\n!target/lib/*.jar\n' }), []);
  // Without the exceptions everything is sent; the two named COPY sources still are intent, the classes are not.
  const f = findingsOf('CTX003', { ...shape, dockerignore: '' });
  assert.deepEqual(f.map((x) => [x.path, x.data.files, x.data.deliberate]), [['target', 1, 2]]);
});

test('CTX003: an exception above the directory (`!src`) or a whole-context COPY says nothing about intent', () => {
  const f = findingsOf('CTX003', {
    files: ['src/node_modules/a/index.js', 'src/app.js', 'x.txt'],
    fileContents: { Dockerfile: 'FROM node\nCOPY . /app\n' },
    dockerignore: '*\n!src\n!Dockerfile\n',
  });
  assert.deepEqual(f.map((x) => [x.path, x.data.files]), [['src/node_modules', 1]]);
});

// gatekeeper's crd.Dockerfile: `COPY * /crds/` matches .git (Go's filepath.Match has no dot rule)
// and ships it; a component of nothing but wildcards names nothing on purpose.
test('CTX003: a source whose component matching the directory is only wildcards (`COPY * /crds/`, `COPY */config /x`) is no intent; `COPY .git /x` or `.gi*` is', () => {
  const files = ['.git/HEAD', '.git/config', '.git/objects/x', 'a.yaml'];
  const of = (copy: string) => findingsOf('CTX003', { files, fileContents: { Dockerfile: `FROM scratch\n${copy}\n` }, dockerignore: '' }).map((f) => [f.path, f.severity]);
  assert.deepEqual(of('COPY * /crds/'), [['.git', 'error']]);
  assert.deepEqual(of('COPY */config /x/'), [['.git', 'error']]);
  assert.deepEqual(of('COPY .git /src/.git'), []);
  assert.deepEqual(of('COPY .gi* /src/'), []);
});

// cscs181/QQ-GitHub-Bot: a metadata stage bind-mounts .git for one RUN, and the last stage's `COPY . /app/`
// ships all of it in the pushed image: the mount, which puts none of .git in an image, switched CTX003 off.
test('CTX003: a bind mount that names .git says nothing about a COPY that also takes it into an image', () => {
  const files = ['.git/HEAD', '.git/config', '.git/objects/x', 'app.py'];
  const of = (last: string) =>
    findingsOf('CTX003', { files, fileContents: { Dockerfile: `# syntax=docker/dockerfile:1\nFROM alpine AS meta\nRUN --mount=type=bind,source=./.git/,target=/tmp/.git/ git -C /tmp rev-parse HEAD > /VERSION\nFROM alpine\nCOPY --from=meta /VERSION /app/VERSION\n${last}\n` }, dockerignore: '' }).map((f) => [f.path, f.severity]);
  assert.deepEqual(of('COPY . /app/'), [['.git', 'error']]);
  // A component of wildcards alone names nothing (review of 860c7e7: `COPY *` ships .git too).
  assert.deepEqual(of('COPY * /app/'), [['.git', 'error']]);
  // One that leaves .git out (`--exclude`) takes none of it in: the mount stays the reason it is sent.
  assert.deepEqual(of('COPY --exclude=.git . /app/'), []);
  // The mount alone, or beside a COPY of what it needs by name: the build needs .git sent, and ships none of it.
  assert.deepEqual(of('COPY app.py /app/'), []);
  assert.deepEqual(of('COPY .git /app/.git'), []);
});

test('CTX003: an empty .git left by `.git/*` is never a finding', () => {
  assert.deepEqual(findingsOf('CTX003', { files: ['.git/HEAD', '.git/objects/x', 'a.txt'], dockerignore: '.git/*\n' }), []);
});

test('CTX003: a directory whose contents the ignore file excludes by name is curated, not forgotten (etherpad-lite keeps .git/HEAD for its version)', () => {
  const files = ['.git/HEAD', '.git/refs/heads/develop', '.git/objects/pack/p.pack', '.git/logs/HEAD', '.git/index', 'src/app.js'];
  const dockerfile = { Dockerfile: 'FROM node\nCOPY . /app\n' };
  // The author named what goes (.git/objects, .git/logs, .git/index) and kept the rest on purpose.
  assert.deepEqual(findingsOf('CTX003', { files, fileContents: dockerfile, dockerignore: '.git/objects\n.git/logs\n.git/index\n' }), []);
  // A pattern that names no particular directory (`**/...`) or only something else is no such choice.
  for (const dockerignore of ['**/.git/objects\n', '*/objects\n', 'src/.git/objects\n', '']) {
    assert.deepEqual(
      findingsOf('CTX003', { files, fileContents: dockerfile, dockerignore }).map((f) => f.path),
      ['.git'],
      dockerignore,
    );
  }
});

test('CTX003: files git tracks under a build or cache name are source, not output (minio\'s Go package internal/event/target); untracked output there, and a tracked node_modules, still count', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'internal/event/target/kafka.go', 'internal/event/target/nats.go', 'web/target/app.jar', 'web/target/classes/A.class', 'vendor/node_modules/x/index.js', 'coverage/lcov.info'],
    fileContents: { Dockerfile: 'FROM golang\nCOPY internal /src/internal\n' },
    dockerignore: '.git\n',
  });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '--', 'internal/event/target', 'web/target/classes/A.class', 'vendor/node_modules');
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX003');
    assert.deepEqual(f.map((x) => [x.path, x.data.files, x.data.deliberate ?? 0]).sort(), [
      ['coverage', 1, 0], // untracked: output
      ['vendor/node_modules', 1, 0], // dependencies, committed or not
      ['web/target', 1, 1], // the untracked jar counts; the committed class is left out
    ]);
  } finally {
    tree.cleanup();
  }
});

// smicallef/spiderfoot: .gitignore ignores spiderfoot/static/node_modules/* and brings back 18
// minified files by name, which the web UI serves; COPY . . was a CTX003 error and suggest dropped them.
test('CTX003: files a .gitignore exception keeps in a dependency directory are vendored on purpose; committed and ignored, or committed with no .gitignore, they count', () => {
  const tree = buildTree({
    files: ['Dockerfile', '.gitignore', 'app.py', 'static/node_modules/jquery/dist/jquery.min.js', 'static/node_modules/jquery/dist/jquery.js', 'old/node_modules/x/index.js', 'web/node_modules/y/index.js'],
    fileContents: {
      Dockerfile: 'FROM python:3\nCOPY . /app\n',
      '.gitignore': 'static/node_modules/*\nstatic/node_modules/jquery/*\nstatic/node_modules/jquery/dist/*\n!static/node_modules/jquery/\n!static/node_modules/jquery/dist/\n!static/node_modules/jquery/dist/jquery.min.js\nold/node_modules/\n# Python\ndist/\n',
    },
    dockerignore: '.git\n',
  });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '--', 'Dockerfile', 'app.py', '.gitignore', 'static', 'web');
    // spiderfoot's later `dist/` line ignores the kept file again: it was committed before that line.
    git(tree.ctx, 'add', '-f', '--', 'old/node_modules/x/index.js', 'static/node_modules/jquery/dist/jquery.min.js');
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX003');
    assert.deepEqual(f.map((x) => [x.path, x.data.files, x.data.deliberate ?? 0, x.severity]).sort(), [
      // Force-added under a directory git ignores: no exception keeps it, so it counts; but every file
      // of it is committed past .gitignore (SunbirdEd-portal's libs/*/node_modules, which its server
      // requires): vendored or stale, a warning at most.
      ['old/node_modules', 1, 0, 'warning'],
      ['static/node_modules', 1, 1, 'error'], // the untracked jquery.js (git ignores it) counts; the kept jquery.min.js does not
      ['web/node_modules', 1, 0, 'error'], // committed, no .gitignore says so: dependencies
    ]);
    assert.match(String(f.find((x) => x.path === 'old/node_modules')?.message), /committed to git although \.gitignore names it \(added with -f, or before that line\)/);
  } finally {
    tree.cleanup();
  }
});

// terraform-linters/tflint: test-fixtures/**/.terraform and integrationtest/**/.terraform are committed
// inputs of its tests; CTX003 reported 7 "dependencies directory is sent" warnings.
test('CTX003: a dependency directory in a test directory whose files git tracks is a fixture; untracked there, or committed outside tests, it counts', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'main.go', 'test-fixtures/modules/.terraform/modules/modules.json', 'integrationtest/init/.terraform/providers/p.json', 'tests/app/node_modules/local/x.js', 'deploy/.terraform/plugin.bin'],
    fileContents: { Dockerfile: 'FROM golang\nCOPY . /src\n' },
    dockerignore: '.git\n',
  });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '--', 'test-fixtures', 'integrationtest', 'deploy');
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX003');
    assert.deepEqual(f.map((x) => [x.path, x.data.files]).sort(), [
      ['deploy/.terraform', 1], // committed, but no test directory
      ['tests/app/node_modules', 1], // in tests, but untracked: installed
    ]);
  } finally {
    tree.cleanup();
  }
});

test('CTX003: one file is "1 file", not "1 files"', () => {
  const f = findingsOf('CTX003', { files: ['node_modules/a.js'], fileContents: { 'node_modules/a.js': 'x\n' }, dockerignore: '' });
  assert.deepEqual(f.map((x) => x.message), ['dependencies directory is sent: 1 file, 2 B']);
});

// gitleaks' Dockerfile, distribution's, yarr's Makefile: the build runs `git describe`. "Exclude .git",
// CTX003's fix, would change the version the image reports; the finding says the build reads it.
test('CTX003 on .git says when the build reads it (a RUN runs git, or make whose Makefile does); installing git alone says nothing', () => {
  const sev = (dockerfile: string, extra: Record<string, string> = {}) =>
    findingsOf('CTX003', { files: ['.git/HEAD', '.git/config', 'main.go', ...Object.keys(extra)], fileContents: { Dockerfile: dockerfile, ...extra }, dockerignore: '' }).map((f) => [f.path, f.data.readBy ?? null, f.message]);
  const direct = sev('FROM golang\nCOPY . /src\nRUN go build -ldflags "-X main.v=$(git describe --tags)" .\n');
  assert.deepEqual(direct.map(([p, r]) => [p, r]), [['.git', 'Dockerfile runs git (line 3): the build may read .git (a version from git describe); exclude it yourself if it does not']]);
  assert.match(String(direct[0][2]), /^vcs directory is sent: 2 files, .*; Dockerfile runs git \(line 3\): the build may read \.git \(a version from git describe\), so excluding it changes what the build makes \(pass what it reads as a build arg, or bind-mount \.git in the RUN that needs it\); copied into the image by Dockerfile:2$/);
  const viaMake = sev('FROM golang\nCOPY . /src\nRUN make build\n', { Makefile: 'VERSION := $(shell git describe --tags)\nbuild:\n\tgo build -ldflags "-X main.v=$(VERSION)" .\n' });
  // volcano: the git-stamped variable is in an included Makefile.def, reached through ${LD_FLAGS} (sweep 51/M-F2).
  const included = sev('FROM golang\nCOPY . /src\nRUN cd /src && make build\n', { Makefile: 'include Makefile.def\nbuild:\n\tgo build -ldflags ${LD_FLAGS} .\n', 'Makefile.def': 'GitSHA=`git rev-parse HEAD`\nLD_FLAGS="-X main.sha=${GitSHA}"\n' });
  assert.match(String(included[0][1]), /and Makefile\.def:1 runs git/);
  // One no Makefile includes (a host-side Makefile.docker run with make -f) is no part of the RUN's make (RD-R4).
  const hostSide = sev('FROM golang\nCOPY . /src\nRUN cd /src && make build\n', { Makefile: 'build:\n\tgo build .\n', 'Makefile.docker': 'REV := $(shell git rev-parse --short HEAD)\nimage:\n\tdocker build -t x:$(REV) .\n' });
  assert.deepEqual(hostSide.map(([p, r]) => [p, r]), [['.git', null]]);
  assert.match(String(viaMake[0][1]), /^Dockerfile runs make \(line 3\) and Makefile:1 /);
  assert.deepEqual(sev('FROM alpine\nRUN apk add git\nCOPY . /src\n').map(([p, r]) => [p, r]), [['.git', null]]);
  // helpy: `sed -i '128i\\gem "helpy_slack", git: "https://..."' Gemfile`, a Gemfile option in a sed text; and a git:// URL fetched by curl.
  assert.deepEqual(sev('FROM ruby\nCOPY . /src\nRUN test "$X" = "true" && sed -i \'128i\\\\gem "helpy_slack", git: "https://github.com/helpyio/helpy_slack.git"\' /src/Gemfile\nRUN curl -fsSL git://example.org/x.tgz -o /x.tgz\n').map(([p, r]) => [p, r]), [['.git', null]]);
  // cadvisor: `make -C libpfm-4.11.0` runs a downloaded tarball's Makefile, not the repository's.
  const makefile = { Makefile: 'VERSION := $(shell git describe --tags)\nbuild:\n\tgo build .\n' };
  assert.deepEqual(sev('FROM golang\nRUN make -C libpfm-4.11.0 install\nCOPY . /src\n', makefile).map(([p, r]) => [p, r]), [['.git', null]]);
  assert.match(String(sev('FROM golang\nCOPY . /src\nRUN make -C /src build\n', makefile)[0][1]), /^Dockerfile runs make \(line 3\) and Makefile:1 /);
  // aria2: `git clone https://github.com/aria2/aria2` works on that clone; and a Dockerfile that copies
  // nothing of the context cannot read its .git whatever it runs.
  assert.deepEqual(sev('FROM alpine\nCOPY . /src\nRUN git clone --depth 1 https://example.com/x.git /x && cd /x && git describe\n').map(([p, r]) => [p, r]), [['.git', null]]);
  assert.deepEqual(sev('FROM golang\nCOPY main.go /src/\nRUN git describe --tags\n').map(([p, r]) => [p, r]), [['.git', null]]);
  // omni-tools: `npm run build` runs vite, whose vite.config.ts runs `execSync('git rev-parse --short HEAD')`.
  const vite = { 'package.json': '{"scripts":{"build":"tsc && vite build"}}\n', 'vite.config.ts': "import { execSync } from 'child_process';\nconst commitHash = execSync('git rev-parse --short HEAD').toString();\n" };
  assert.match(String(sev('FROM node:20\nCOPY . .\nRUN npm ci && npm run build\n', vite)[0][1]), /^Dockerfile runs a package manager \(line 3\) and vite\.config\.ts:2, the config its build loads, runs git/);
  // ezbookkeeping's build.sh: `check_dependency "git"` before the line that runs git is not the one cited (sweep 51/L-F7).
  const script = { 'build.sh': '#!/bin/sh\ncheck_dependency "git"\ncommand -v git >/dev/null\nCOMMIT=$(git rev-parse --short HEAD)\n' };
  assert.match(String(sev('FROM alpine\nWORKDIR /src\nCOPY . .\nRUN ./build.sh\n', script)[0][1]), /build\.sh:4 runs git/);
  assert.deepEqual(sev('FROM node:20\nCOPY . .\nRUN npm ci && npm run build\n', { ...vite, 'vite.config.ts': "// execSync('git rev-parse HEAD') was here\nexport default {};\n" }).map(([p, r]) => [p, r]), [['.git', null]]);
});

// jhaals/yopass: `RUN VERSION=${VERSION:-$(git rev-parse --short HEAD ...)} && go build ...` with VERSION
// passed by its workflow's build-args: git never runs, yet CTX003 said it does and suggest kept .git (sweep 51/L-F3).
test('CTX003 on .git: a git fallback behind an ARG the build is given (${VERSION:-$(git ...)}) is no run of git', () => {
  const shape = { files: ['.git/HEAD', 'main.go'], fileContents: { Dockerfile: 'FROM golang\nCOPY . .\nARG VERSION\nRUN VERSION=${VERSION:-$(git rev-parse --short HEAD || echo unknown)} && go build -ldflags "-X main.v=${VERSION}" .\n' }, dockerignore: '' };
  const readBy = (opts: Parameters<typeof findingsOf>[2] = {}) => findingsOf('CTX003', shape, opts).map((f) => f.data.readBy ?? null);
  assert.deepEqual(readBy(), ['Dockerfile runs git (line 4): the build may read .git (a version from git describe); exclude it yourself if it does not']);
  assert.deepEqual(readBy({ buildArgs: { VERSION: '1.2.3' } }), [null]);
  // Known only when the workflow runs (`VERSION=${{ steps.v.outputs.value }}`): given all the same.
  assert.deepEqual(readBy({ argsAtRunTime: { VERSION: '${{ steps.v.outputs.value }}' } }), [null]);
  // Another ARG given leaves it as it is.
  assert.deepEqual(readBy({ buildArgs: { OTHER: 'x' } }).map((r) => r !== null), [true]);
  // Given empty, or declared only before the first FROM (so empty in the RUN): git runs (the review of 8983e8e7, RB-R5/R6).
  assert.deepEqual(readBy({ buildArgs: { VERSION: '' } }).map((r) => r !== null), [true]);
  const beforeFrom = { ...shape, fileContents: { Dockerfile: 'ARG VERSION\nFROM golang\nCOPY . .\nRUN VERSION=${VERSION:-$(git rev-parse --short HEAD)} && go build .\n' } };
  assert.deepEqual(findingsOf('CTX003', beforeFrom, { buildArgs: { VERSION: '1.2.3' } }).map((f) => f.data.readBy !== undefined && f.data.readBy !== null), [true]);
  // Declared in another stage only (the review of a22c5d2d, RC-R4).
  const otherStage = { ...shape, fileContents: { Dockerfile: 'FROM golang AS build\nCOPY . .\nRUN VERSION=${VERSION:-$(git rev-parse --short HEAD)} && go build .\nFROM alpine\nARG VERSION\nCOPY --from=build /go/app /app\n' } };
  assert.deepEqual(findingsOf('CTX003', otherStage, { buildArgs: { VERSION: '1.2.3' } }).map((f) => f.data.readBy !== undefined && f.data.readBy !== null), [true]);
});

// SunbirdEd-portal's CI assembles src/app/app_dist (server.js, libs/*/node_modules it requires, the
// Dockerfile) and builds it: `COPY . /home/sunbird/app_dist/`, `CMD node server.js`, no install.
// Excluding the node_modules breaks the image; shipping them is the build's design.
test('CTX003: a dependency directory the image runs on (no RUN makes it again) is a warning, not an error; an install step or another ecosystem keeps the error', () => {
  const files = ['server.js', 'node_modules/express/index.js', 'libs/a/node_modules/keycloak/index.js'];
  const run = (dockerfile: string) => findingsOf('CTX003', { files, fileContents: { Dockerfile: dockerfile }, dockerignore: '' }).map((f) => [f.path, f.severity, f.data.notRemade ?? null]);
  const bundle = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n';
  const does = 'installs packages (npm ci, yarn install, pnpm install, ...)';
  assert.deepEqual(run(bundle), [['libs/a/node_modules', 'warning', does], ['node_modules', 'warning', does]]);
  const [message] = findingsOf('CTX003', { files: files.slice(0, 2), fileContents: { Dockerfile: bundle }, dockerignore: '' }).map((f) => f.message);
  assert.match(message, /^dependencies directory is sent: 1 file, .*; no RUN of the Dockerfile installs packages \(npm ci, yarn install, pnpm install, \.\.\.\), so the image runs on the one it is sent: exclude it only if the image does not need it; copied into the image by Dockerfile:3$/);
  // The image installs its own: the sent ones are a stale copy shipped alongside (or under) them.
  assert.deepEqual(run('FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n'), [['libs/a/node_modules', 'error', null], ['node_modules', 'error', null]]);
  // Yarn's `workspaces focus` installs too (a helper's check of the first version of this rule).
  assert.deepEqual(run('FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN yarn workspaces focus --production\nCMD ["node", "server.js"]\n'), [['libs/a/node_modules', 'error', null], ['node_modules', 'error', null]]);
  // A Go image has no use for a stray node_modules.
  assert.deepEqual(run('FROM golang:1.22\nCOPY . /src\nRUN go build -o /app .\n'), [['libs/a/node_modules', 'error', null], ['node_modules', 'error', null]]);
  // Not copied into the image: the rule's own warning, and nothing said about what the image runs on.
  assert.deepEqual(run('FROM node:20-alpine\nCOPY server.js /app/\nCMD ["node", "/app/server.js"]\n'), [['libs/a/node_modules', 'warning', null], ['node_modules', 'warning', null]]);
  // OpenUpSA/municipal-data: committed Bower assets and `RUN yarn`, which installs node_modules, not
  // bower_components: only `bower install` makes those again (it was an error, and suggest dropped them).
  const bower = (dockerfile: string) => findingsOf('CTX003', { files: ['package.json', 'app/static/bower_components/jquery/jquery.js'], fileContents: { Dockerfile: dockerfile }, dockerignore: '' }).map((f) => [f.path, f.severity, f.data.notRemade ?? null]);
  assert.deepEqual(bower('FROM node:20\nCOPY . /app\nWORKDIR /app\nRUN yarn\n'), [['app/static/bower_components', 'warning', 'runs bower install']]);
  assert.deepEqual(bower('FROM node:20\nCOPY . /app\nWORKDIR /app\nRUN npm ci && npx bower install --allow-root\n'), [['app/static/bower_components', 'error', null]]);
  assert.deepEqual(bower('FROM node:20\nCOPY . /app\nWORKDIR /app\nRUN ./node_modules/.bin/bower install\n'), [['app/static/bower_components', 'error', null]]);
});

// Review of c72a4cc: `(?:-{1,2}[\w-]+ ...)*` split `--a` two ways, exponential in the number of
// flags (`RUN bower --a --a ... x`: minutes). The whole audit of such a line ends at once.
test('CTX003: a RUN with many flags and no install does not make the install patterns backtrack', { timeout: 20_000 }, () => {
  const flags = Array.from({ length: 40 }, () => '--a').join(' ');
  const found = findingsOf('CTX003', { files: ['bower_components/x/a.js', 'node_modules/y/b.js'], fileContents: { Dockerfile: `FROM node:20\nCOPY . .\nRUN bower ${flags} x\nRUN npm ${flags} x\nRUN yarn ${flags} x\n` }, dockerignore: '' });
  assert.deepEqual(found.map((f) => f.path).sort(), ['bower_components', 'node_modules']);
});

// allthingslinux/xmpp.atl.chat commits prosody-modules/ with its Mercurial .hg/ (1,829 tracked files) and
// copies it into a pushed image: the repository publishes that history itself, so nothing leaks that it
// does not; a warning at most. An .hg git does not track (a local clone), or one partly tracked, keeps its error.
test('CTX003: a .hg or .svn directory whose every file git tracks is a warning at most; untracked or partly tracked, an error', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'vendor/mods/.hg/store/data.i', 'vendor/mods/.hg/requires', 'vendor/mods/mod.lua', 'local/.hg/store/x.i', 'half/.svn/wc.db', 'half/.svn/entries', 'conf/.hg/hgrc', 'conf/.hg/requires'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY . /opt/\n' },
    dockerignore: '.git\n',
  });
  try {
    git(tree.ctx, 'init', '-q');
    git(tree.ctx, 'add', '--', 'Dockerfile', 'vendor', 'half/.svn/wc.db', 'conf');
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX003');
    // conf/.hg's hgrc, tracked or not, may hold a clone's credentials: the error stays.
    assert.deepEqual(f.map((x) => [x.path, x.severity]).sort(), [
      ['conf/.hg', 'error'],
      ['half/.svn', 'error'],
      ['local/.hg', 'error'],
      ['vendor/mods/.hg', 'warning'],
    ]);
    assert.match(f.find((x) => x.path === 'vendor/mods/.hg')?.message ?? '', /git tracks every file of it, so it holds nothing the repository does not publish/);
  } finally {
    tree.cleanup();
  }
});

// imputnet/cobalt ships .git on purpose: `COPY --from=build /app/.git /app/.git` names it (its version-info
// package reads it at run time). An error said to exclude what that COPY needs (sweep 55/P-F1): a warning
// at most, as an exception that names .git is, saying why; a COPY --from of the whole directory is no such choice.
test('CTX003 on .git: a later stage that copies .git by name out of the stage it was copied into ships it on purpose (a warning at most)', () => {
  const of = (last: string) =>
    findingsOf('CTX003', { files: ['.git/HEAD', '.git/config', 'index.js'], fileContents: { Dockerfile: `FROM alpine AS build\nWORKDIR /app\nCOPY . /app\nFROM alpine\nCOPY --from=build /app/index.js /app/index.js\n${last}\n` }, dockerignore: '' }).map((f) => [f.path, f.severity, f.data.copiedOut ?? null, f.message]);
  const named = of('COPY --from=build /app/.git /app/.git');
  assert.deepEqual(named.map(([p, s, c]) => [p, s, c]), [['.git', 'warning', 6]]);
  assert.match(String(named[0][3]), /; the COPY --from at line 6 takes \.git into the image by name, on purpose: excluding it fails that COPY/);
  assert.deepEqual(of('COPY --from=build /app /app').map(([p, s, c]) => [p, s, c]), [['.git', 'error', null]]);
  // The review of c2380508 (RA-R7): a clone's .git is not the context's, and a stage the build does not run
  // (BuildKit builds the last stage's needs) copies nothing.
  const sev = (dockerfile: string) => findingsOf('CTX003', { files: ['.git/HEAD', 'index.js'], fileContents: { Dockerfile: dockerfile }, dockerignore: '' }, { builder: 'buildkit' }).map((f) => [f.severity, f.data.copiedOut ?? null]);
  assert.deepEqual(sev('FROM alpine/git AS upstream\nRUN git clone https://example.com/plugins /plugins\nFROM alpine\nCOPY . /app\nCOPY --from=upstream /plugins/.git /opt/plugins/.git\n'), [['error', null]]);
  assert.deepEqual(sev('FROM alpine AS build\nCOPY . /app\nFROM alpine AS debug\nCOPY --from=build /app/.git /app/.git\nFROM alpine\nCOPY --from=build /app /app\n'), [['error', null]]);
  assert.deepEqual(sev('FROM alpine AS build\nWORKDIR /src\nCOPY . .\nFROM alpine\nCOPY --from=build /src/.git/HEAD /HEAD\nCOPY --from=build /src/index.js /\n'), [['warning', 5]]);
});

// fortio: `WORKDIR /build`, `COPY . fortio`, `RUN make -C fortio official-build`, whose Makefile sets
// GIT_TAG from `git describe`; the directory make ran in was taken for one of the context's own named
// fortio, so the root Makefile was not read: CTX003 said nothing and suggest dropped .git (sweep 55/O-F2).
test('CTX003 on .git: make -C into the directory where a COPY put the context reads the context\'s Makefile', () => {
  const readBy = (dockerfile: string) =>
    findingsOf('CTX003', { files: ['.git/HEAD', 'main.go', 'Makefile'], fileContents: { Dockerfile: dockerfile, Makefile: "GIT_TAG ?= $(shell git describe --tags --match 'v*' --dirty)\nofficial-build:\n\tgo install example.org/app@v$(GIT_TAG)\n" }, dockerignore: '' }).map((f) => f.data.readBy ?? null);
  assert.match(String(readBy('FROM golang:1.22 AS build\nWORKDIR /build\nCOPY . fortio\nRUN make -C fortio official-build\n')[0]), /^Dockerfile runs make \(line 4\) and Makefile:1 /);
  assert.match(String(readBy('FROM golang:1.22\nCOPY . /src/app\nWORKDIR /src\nRUN make --directory=app official-build\n')[0]), /and Makefile:1 /);
  // A directory no COPY put the context in is a tarball's (cadvisor's libpfm): not the context's Makefile.
  assert.deepEqual(readBy('FROM golang:1.22\nWORKDIR /build\nCOPY . fortio\nRUN make -C libpfm-4.11.0 install\n'), [null]);  // A later COPY of the whole context over a directory another COPY filled (the review of 4e5b994d, RA-R8):
  // make -C tools reads the context's tools/Makefile.
  const tools = findingsOf('CTX003', { files: ['.git/HEAD', 'main.go', 'tools/Makefile', 'hack/lint.sh'], fileContents: { Dockerfile: 'FROM golang:1.22\nWORKDIR /build\nCOPY hack/ tools/\nCOPY . .\nRUN make -C tools build\n', 'tools/Makefile': 'VERSION := $(shell git describe --tags --always)\nbuild:\n\tgo build -ldflags "-X main.v=$(VERSION)" .\n' }, dockerignore: '' }).map((f) => f.data.readBy ?? null);
  assert.match(String(tools[0]), /and tools\/Makefile:1 /);
});
