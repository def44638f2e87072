// `suggest --write` never drops a file a named COPY/ADD/bind source brings in (issue 14, item 5):
// the reported cases, checked with assertSuggestKeepsNamedFiles (docker's legacy upload and the
// BuildKit request list, before and after).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { suggest } from '../../src/suggest/suggest.js';
import { assertSuggestKeepsNamedFiles } from '../helpers/suggest-keeps.js';
import { buildTree } from '../helpers/trees.js';
import { makeKeyAndCert } from '../helpers/x509.js';

test('suggest keeps src/app/data/models.ts: `./data` and `/src2` were anchored on purpose (no **/data rewrite)', async () => {
  const tree = buildTree({
    files: ['Dockerfile', 'data/dump.sql', 'src/app/data/models.ts', 'src/index.ts', 'src2/old.ts', 'lib/src2/x.ts', 'docs/data/d.md'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY src /app/src\nCOPY lib /app/lib\n' },
    dockerignore: './data\n/src2\n',
  });
  try {
    const report = await assertSuggestKeepsNamedFiles(tree.ctx);
    assert.ok(report.legacyNeeded.includes('src/app/data/models.ts'));
    assert.ok(report.legacyAfter.has('src/app/data/models.ts'));
    assert.ok(report.requestedAfter.has('src/app/data/models.ts'));
    // The anchored lines stay as written.
    assert.match(report.ignoreAfter ?? '', /^\.\/data\n\/src2\n/);
    assert.doesNotMatch(report.ignoreAfter ?? '', /\*\*\/data|\*\*\/src2/);
  } finally {
    tree.cleanup();
  }
});

test('suggest keeps src/documents/export/*.py: `export` is not rewritten to **/export while COPY src needs the deeper one', async () => {
  const tree = buildTree({
    files: ['Dockerfile', 'export/big.csv', 'src/documents/export/pdf.py', 'src/documents/export/csv.py', 'src/main.py'],
    fileContents: { Dockerfile: 'FROM python:3.12\nCOPY src/ /app/\n' },
    dockerignore: 'export\n',
  });
  try {
    const report = await assertSuggestKeepsNamedFiles(tree.ctx);
    assert.deepEqual(
      report.legacyNeeded.filter((p) => p.includes('export/')),
      ['src/documents/export/csv.py', 'src/documents/export/pdf.py'],
    );
    assert.doesNotMatch(report.ignoreAfter ?? '', /\*\*\/export/);
  } finally {
    tree.cleanup();
  }
});

test('suggest keeps every static file the Dockerfile collects; an unneeded deeper static/ is excluded by path instead of **/static', async () => {
  const statics = Array.from({ length: 12 }, (_, i) => `apps/web/static/img${i}.png`);
  const tree = buildTree({
    files: ['Dockerfile', 'static/root.css', ...statics, 'packages/ui/static/ui.css', 'apps/web/server.js', 'docs/static/huge.pdf', 'docs/index.md'],
    fileContents: {
      Dockerfile: 'FROM node:20 AS build\nCOPY apps/web /w\nRUN --mount=type=bind,source=packages/ui,target=/ui true\nFROM nginx\nCOPY --from=build /w/static /usr/share/nginx/html\n',
      'docs/static/huge.pdf': 'x'.repeat(20000),
    },
    dockerignore: 'static\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!r.suggestions.some((s) => s.lines.includes('**/static')), 'no **/static');
    const report = await assertSuggestKeepsNamedFiles(tree.ctx);
    for (const p of [...statics, 'packages/ui/static/ui.css']) assert.ok(report.legacyAfter.has(p), p);
    assert.ok(!report.legacyAfter.has('docs/static/huge.pdf'), 'the unneeded deeper static/ is no longer sent');
  } finally {
    tree.cleanup();
  }
});

test('suggest drops a candidate that changes nothing: `**/data` when a later exception re-includes every deeper data/', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'data/x', 'pkg/data/y', 'app.js'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY app.js /\n' },
    dockerignore: 'data\n!pkg/data\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!r.suggestions.some((s) => s.kind === 'CTX303'), JSON.stringify(r.suggestions.map((s) => s.lines)));
    for (const s of r.suggestions) assert.ok(s.stops.legacy.files + s.stops.buildkit.files > 0 || s.kind === 'CTX304', `${s.kind} ${s.lines} removes something`);
  } finally {
    tree.cleanup();
  }
});

test('suggest under COPY . .: each proposal names what it stops sending (files, bytes, largest paths) and still keeps named sources', async () => {
  const tree = buildTree({
    files: ['Dockerfile', 'a/node_modules/p/big.js', 'a/node_modules/p/small.js', 'b/node_modules/q/mid.js', 'conf/node_modules/keep.js', 'src/x.js'],
    fileContents: {
      Dockerfile: 'FROM node:20\nCOPY . /app\nCOPY conf /conf\nRUN cd /app && npm ci\n',
      'a/node_modules/p/big.js': 'b'.repeat(9000),
      'a/node_modules/p/small.js': 's'.repeat(100),
      'b/node_modules/q/mid.js': 'm'.repeat(4000),
    },
    dockerignore: 'node_modules\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.equal(r.wholeContext, true);
    // **/node_modules would drop conf/node_modules/keep.js, which COPY conf needs: the unneeded ones go by path.
    assert.ok(!r.suggestions.some((s) => s.lines.includes('**/node_modules')));
    const s = r.suggestions.find((x) => x.kind === 'CTX303');
    assert.ok(s, JSON.stringify(r.rejected));
    assert.deepEqual(s.lines, ['a/node_modules', 'b/node_modules']);
    assert.deepEqual(s.stops.legacy, {
      files: 3,
      bytes: 9000 + 100 + 4000,
      largest: [
        { path: 'a/node_modules/p/big.js', bytes: 9000 },
        { path: 'b/node_modules/q/mid.js', bytes: 4000 },
        { path: 'a/node_modules/p/small.js', bytes: 100 },
      ],
    });
    await assertSuggestKeepsNamedFiles(tree.ctx);
  } finally {
    tree.cleanup();
  }
});

test('suggest under COPY . . does not rewrite `*.md` to `**/*.md` when git tracks every deeper match (NodeBB reads install/data/welcome.md); an untracked deeper match still gets the rewrite', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'README.md', 'install/data/welcome.md', 'public/language/README.md', 'src/install.js', 'logs/a/run.log'],
    fileContents: { Dockerfile: 'FROM node:20\nCOPY . /usr/src/app\n' },
    dockerignore: '*.md\n*.log\n.git\n',
  });
  try {
    execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
    execFileSync('git', ['add', '--', 'Dockerfile', 'README.md', 'install/data/welcome.md', 'public/language/README.md', 'src/install.js'], { cwd: tree.ctx });
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    // logs/a/run.log is nobody's source (untracked): `**/*.log` is proposed.
    assert.deepEqual(r.suggestions.map((s) => [s.kind, s.lines, s.replaces?.line ?? null]), [['CTX303', ['**/*.log'], 2]]);
    assert.deepEqual(
      r.rejected.map((x) => [x.kind, x.lines, x.reasons]),
      [['CTX303', ['**/*.md'], ["git tracks every deeper match (e.g. install/data/welcome.md): the repository's own files, which the image may read at run time; exclude by name the ones it does not need"]]],
    );
    assert.equal(r.proposed.toString('utf8'), '*.md\n**/*.log\n.git\n');
  } finally {
    tree.cleanup();
  }
});

// OpenTranscribe, read with no git index (a mirror missing blobs left the clone without one):
// suggest rewrote `models/` to `**/models`, which drops backend/app/models, the package the
// application imports and `COPY . .` takes. Outside git nothing tells sources from leftovers: a line
// naming no kind of path working trees make (node_modules, logs, build output) is not widened.
test('suggest with no git index does not widen a line that names no generated kind of path (`models/`); `node_modules`, `*.log` still are', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app/__init__.py', 'app/main.py', 'app/models/__init__.py', 'models/weights.bin', 'svc/node_modules/m/i.js', 'svc/logs/a.log', 'build/out.bin', 'internal/build/version.go'],
    fileContents: { Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "-m", "app.main"]\n', 'app/main.py': 'from app.models import *\n' },
    // (`build` too: a Go package may be named so, internal/build/version.go; review of 4c43bf6.)
    dockerignore: 'models/\nnode_modules\n*.log\nbuild\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.deepEqual(r.suggestions.filter((s) => s.kind === 'CTX303').map((s) => s.lines).sort(), [['**/*.log'], ['**/node_modules']]);
    assert.deepEqual(
      r.rejected.filter((x) => x.kind === 'CTX303').map((x) => [x.lines, x.reasons]).sort(),
      [
        [['**/build'], ["there is no git index here to tell the repository's own files from leftovers, and the deeper matches (e.g. internal/build) may be what the image runs; exclude by name the ones it does not need"]],
        [['**/models'], ["there is no git index here to tell the repository's own files from leftovers, and the deeper matches (e.g. app/models) may be what the image runs; exclude by name the ones it does not need"]],
      ],
    );
    assert.ok(!r.proposed.toString('utf8').split('\n').includes('**/models'));
  } finally {
    tree.cleanup();
  }
});

// A stage's ONBUILD triggers run in a later stage of the same file built FROM it (BuildKit dispatches
// the base config's OnBuild at that FROM; the oracle cases check it): suggest proposed excluding the
// trigger's COPY source, and the build failed.
test('suggest keeps what an ONBUILD trigger of a base stage copies into a stage built FROM it', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app/main.py', 'docs/readme.md'],
    fileContents: { Dockerfile: 'FROM alpine AS base\nONBUILD COPY app /app\n\nFROM base\nCMD ["ls", "/app"]\n' },
    dockerignore: null,
  });
  try {
    execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
    execFileSync('git', ['add', '-A'], { cwd: tree.ctx });
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    const proposed = r.suggestions.flatMap((s) => s.lines);
    assert.ok(!proposed.some((l) => l === 'app' || l === 'app/' || l === '*'), JSON.stringify(proposed));
    assert.ok(proposed.includes('docs'), JSON.stringify(proposed));
  } finally {
    tree.cleanup();
  }
});

// postiz-app: suggest appended `.npmrc` (CTX201) though CTX201 had read it and found no credential;
// its `node-linker=hoisted` is what `pnpm install` after `COPY . /app` needs. formbricks: it appended
// apps/web/.env, a symlink its .dockerignore lets in with `!apps/web/.env`.
test('suggest does not exclude a secret-named file that holds nothing to protect, nor a path an exception of the ignore file lets in', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'package.json', '.npmrc', 'apps/web/index.js', 'deploy/.env'],
    fileContents: {
      Dockerfile: 'FROM node:20\nCOPY . /app\nRUN corepack enable && pnpm install\n',
      '.npmrc': 'node-linker=hoisted\ninject-workspace-packages=true\n',
      'deploy/.env': `API_TOKEN=${'q'.repeat(6)}${Date.now()}\n`,
    },
    symlinks: { 'apps/web/.env': '../../.env' },
    dockerignore: '**/.env\n!apps/web/.env\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    // deploy/.env is excluded by **/.env already; nothing else is a secret worth a line.
    assert.deepEqual(r.suggestions.map((s) => s.lines), []);
    assert.deepEqual(r.rejected.map((x) => [x.kind, x.lines, x.reasons]), []);
    assert.equal(r.changed, false);
  } finally {
    tree.cleanup();
  }
  // The same symlink as a real file holding a credential: CTX201 is an error, and still the line is the author's.
  const t2 = buildTree({
    files: ['Dockerfile', 'apps/web/.env'],
    fileContents: { Dockerfile: 'FROM node:20\nCOPY . /app\n', 'apps/web/.env': `API_TOKEN=${'q'.repeat(6)}${Date.now()}\n` },
    dockerignore: '**/.env\n!apps/web/.env\n',
  });
  try {
    const r = suggest({ context: t2.ctx, cwd: t2.ctx });
    assert.deepEqual(r.suggestions.map((s) => s.lines), []);
    assert.deepEqual(r.rejected.map((x) => [x.kind, x.lines, x.reasons]), [['CTX201', ['apps/web/.env'], ['.dockerignore line 2 lets apps/web/.env in with an exception: a choice of its author; remove that line if it should not be sent']]]);
  } finally {
    t2.cleanup();
  }
});

// Kavita: no .dockerignore; the Dockerfile copies UI/Web/dist/browser, which CI builds (`npm run prod`)
// before build-push-action. suggest proposed `UI` (unused today: nothing under it exists yet), and
// with the step's output in place the build failed (CTX102).
test('suggest never excludes a missing COPY source, or a directory above it, that a step before the build makes', () => {
  const tree = buildTree({
    files: ['Dockerfile', '.gitignore', 'UI/Web/src/app.ts', 'UI/Web/package.json', 'API/Program.cs', 'docs/big.md'],
    fileContents: {
      Dockerfile: 'FROM nginx\nCOPY UI/Web/dist/browser /files/wwwroot\nCOPY API /app\n',
      '.gitignore': 'UI/Web/dist/\n',
      'docs/big.md': 'x'.repeat(1000),
    },
    dockerignore: null,
  });
  try {
    execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    const proposed = r.suggestions.flatMap((s) => s.lines);
    assert.ok(!proposed.includes('UI') && !proposed.some((l) => l.startsWith('UI/')), proposed.join(', '));
    assert.ok(proposed.includes('docs'), `an unrelated unused directory is still proposed: ${proposed.join(', ')}`);
    const ui = r.rejected.find((x) => x.lines.includes('UI'));
    assert.equal(ui?.reasons.join('; '), 'COPY UI/Web/dist/browser (Dockerfile:2) copies UI/Web/dist/browser, which a step before the build makes (CTX101 today): this change would exclude it once it is there (CTX102)');
  } finally {
    tree.cleanup();
  }
});

// Kavita, acme-companion: each change said "BuildKit stops sending 28 files, 97.65 MB" while what
// BuildKit requested stayed 2,342 B: those files were eligible, never requested.
test('suggest: what BuildKit stops sending is what it stops requesting, not what stops being eligible', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app/main.js', 'docs/a.md', 'docs/b.md'],
    fileContents: { Dockerfile: 'FROM node\nCOPY app /app\n', 'docs/a.md': 'x'.repeat(3000), 'docs/b.md': 'y'.repeat(2000) },
    dockerignore: '# nothing yet\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    const docs = r.suggestions.find((s) => s.lines.includes('docs'));
    assert.ok(docs, r.suggestions.map((s) => s.lines.join(' ')).join('; '));
    assert.deepEqual([docs.stops.legacy.files, docs.stops.legacy.bytes], [2, 5000]);
    assert.deepEqual([docs.stops.buildkit.files, docs.stops.buildkit.bytes], [0, 0]);
    assert.equal(docs.before.buildkitRequestedBytes, docs.after.buildkitRequestedBytes);
  } finally {
    tree.cleanup();
  }
  // Under a whole-context COPY BuildKit requests everything: it stops sending what the legacy builder does.
  const whole = buildTree({
    files: ['Dockerfile', 'app/main.js', 'node_modules/p/index.js'],
    fileContents: { Dockerfile: 'FROM node\nCOPY . /app\nRUN cd /app && npm ci\n', 'node_modules/p/index.js': 'x'.repeat(3000) },
    dockerignore: '# nothing yet\n',
  });
  try {
    const r = suggest({ context: whole.ctx, cwd: whole.ctx });
    assert.deepEqual(r.suggestions.map((s) => s.lines), [['node_modules']]);
    for (const s of r.suggestions) assert.deepEqual([s.stops.buildkit.files, s.stops.buildkit.bytes], [s.stops.legacy.files, s.stops.legacy.bytes], s.lines.join(' '));
  } finally {
    whole.cleanup();
  }
});

// writefreely: the Dockerfile installs git, copies the whole tree and runs `make build`, whose
// Makefile stamps the version from `git describe`; without .git the build succeeds with an empty
// version. suggest proposed `.git`.
test('suggest does not exclude .git when the Dockerfile runs git; without git in a RUN it still does', () => {
  const shape = (dockerfile: string) =>
    buildTree({ files: ['Dockerfile', 'Makefile', 'main.go', '.git/HEAD', '.git/objects/pack/p.pack'], fileContents: { Dockerfile: dockerfile, '.git/objects/pack/p.pack': 'x'.repeat(4096) }, dockerignore: '# nothing\n' });
  const withGit = shape('FROM golang:1.22-alpine\nRUN apk add --update nodejs npm make g++ \\\n    git\nCOPY . /go/src/app\nRUN make build\n');
  try {
    const r = suggest({ context: withGit.ctx, cwd: withGit.ctx });
    assert.deepEqual(r.suggestions.map((s) => s.lines), []);
    assert.deepEqual(r.rejected.map((x) => [x.lines, x.reasons]), [[['.git'], ['the Dockerfile installs git (line 2): the build may run it and read .git (a version from git describe); exclude it yourself if it does not']]]);
  } finally {
    withGit.cleanup();
  }
  // koillection: after `COPY ./ /app`, one RUN installs git, runs composer (which may run it) and purges it: .git is
  // held back as for a RUN that installs git, not one that "runs git" on the purge's line (sweep 56/U-F3).
  const purged = shape('FROM ubuntu:jammy\nCOPY ./ /app\nRUN apt-get update && \\\n    apt-get install -y curl \\\n    git \\\n    unzip && \\\n    ls /app && \\\n    apt-get purge -y git unzip\n');
  try {
    const r = suggest({ context: purged.ctx, cwd: purged.ctx });
    assert.deepEqual(r.rejected.map((x) => [x.lines, x.reasons]), [[['.git'], ['the Dockerfile installs git (line 3): the build may run it and read .git (a version from git describe); exclude it yourself if it does not']]]);
  } finally {
    purged.cleanup();
  }
  // Words that merely contain the letters (digit, legit, go-git, .gitignore) are no git.
  const without = shape('FROM golang:1.22-alpine\nRUN apk add make digit-tools legit go-git && rm -f .gitignore\nCOPY . /go/src/app\nRUN make build\n');
  try {
    const r = suggest({ context: without.ctx, cwd: without.ctx });
    assert.deepEqual(r.suggestions.map((s) => s.lines), [['.git']]);
  } finally {
    without.cleanup();
  }
});

// ThreeMammals/Ocelot's docker/Dockerfile.build: `COPY ./. .`, `RUN dotnet tool restore`, `RUN dotnet cake`, whose build.cake
// runs GitVersion (its Version task), which fails without .git: suggest proposed excluding it (sweep 56/V-F1). A Cake
// script that reads no .git, or none sent, keeps the proposal.
test('suggest does not exclude .git when the Dockerfile runs Cake on a script that runs GitVersion or the .NET SDK', () => {
  const shape = (cakeText: string | null, run = 'dotnet cake') => {
    const files = ['docker/Dockerfile.build', 'src/App.csproj', '.git/HEAD', '.git/objects/pack/p.pack', ...(cakeText === null ? [] : ['build.cake'])];
    const texts: Record<string, string> = { 'docker/Dockerfile.build': `FROM mcr.microsoft.com/dotnet/sdk:9.0\nWORKDIR /build\nCOPY ./. .\nRUN dotnet tool restore\nRUN ${run}\n`, '.git/objects/pack/p.pack': 'x'.repeat(4096) };
    if (cakeText !== null) texts['build.cake'] = cakeText;
    const tree = buildTree({ files, fileContents: texts, dockerignore: 'bin/\nobj/\n' });
    try {
      const r = suggest({ context: tree.ctx, cwd: tree.ctx, file: 'docker/Dockerfile.build' });
      return [r.suggestions.some((x) => x.lines.includes('.git')), r.rejected.find((x) => x.lines.includes('.git'))?.reasons[0] ?? null];
    } finally {
      tree.cleanup();
    }
  };
  const gitVersion = '#tool dotnet:?package=GitVersion.Tool&version=6.8.2\nTask("Version").Does(() => { var v = GitVersion(new GitVersionSettings()); });\nRunTarget("Version");\n';
  assert.deepEqual(shape(gitVersion), [false, 'the Dockerfile runs Cake (line 5), and build.cake:1 runs GitVersion or the .NET SDK, which read .git: the build may fail or lose its version without it; exclude it yourself if it does not']);
  assert.deepEqual(shape('Task("Compile").Does(() => DotNetBuild("./src/App.csproj"));\n', 'dotnet tool run dotnet-cake --target=Compile')[0], false);
  assert.deepEqual(shape('Task("Hello").Does(() => Information("hi"));\n'), [true, null]);
  assert.deepEqual(shape(null), [true, null]);
});

// The review of f36667da (RB-R8): GitVersion called from a `#load`-ed file, Cake.Recipe (which runs it), and Cake's
// bootstrapper `./build.sh` (which runs dotnet cake) all read .git: suggest kept proposing to exclude it.
test('suggest does not exclude .git for Cake through #load, Cake.Recipe or the bootstrapper script', () => {
  const keeps = (run: string, extra: Record<string, string>) => {
    const files = ['Dockerfile', 'src/App.csproj', '.git/HEAD', '.git/objects/pack/p.pack', ...Object.keys(extra)];
    const tree = buildTree({ files, fileContents: { Dockerfile: `FROM mcr.microsoft.com/dotnet/sdk:9.0\nWORKDIR /build\nCOPY ./. .\nRUN dotnet tool restore\nRUN ${run}\n`, '.git/objects/pack/p.pack': 'x'.repeat(4096), ...extra }, dockerignore: 'bin/\n' });
    try {
      return !suggest({ context: tree.ctx, cwd: tree.ctx }).suggestions.some((x) => x.lines.includes('.git'));
    } finally {
      tree.cleanup();
    }
  };
  assert.equal(keeps('dotnet cake', { 'build.cake': '#load "build/version.cake"\nTask("Default").IsDependentOn("Version");\nRunTarget("Default");\n', 'build/version.cake': 'Task("Version").Does(() => { var v = GitVersion(new GitVersionSettings()); });\n' }), true);
  assert.equal(keeps('dotnet cake recipe.cake', { 'recipe.cake': '#load nuget:?package=Cake.Recipe&version=3.1.1\nBuild.RunDotNet();\n' }), true);
  assert.equal(keeps('./build.sh --target=Default', { 'build.sh': '#!/usr/bin/env bash\ndotnet tool restore\ndotnet cake build.cake "$@"\n', 'build.cake': 'var v = GitVersion();\nRunTarget("Default");\n' }), true);
  // A bootstrapper whose Cake script reads no .git still lets suggest propose it.
  assert.equal(keeps('./build.sh', { 'build.sh': '#!/usr/bin/env bash\ndotnet cake\n', 'build.cake': 'Task("Default").Does(() => Information("hi"));\n' }), false);
});

// The review of da22af39 (RA-R2, RA-R3): with two stages of one name, the stage built FROM that name is a child of both,
// as before (suggest does not wager on which one a FROM takes); a FROM reads a stage by name, not an index; 20,000
// stages built FROM one stage are read in bounded time.
test('suggest: a stage built FROM a name two stages carry may run the git either installs; thousands of children are read in time', { timeout: 60_000 }, () => {
  const run = (dockerfile: string) => {
    const tree = buildTree({ files: ['Dockerfile', 'build.sh', '.git/HEAD', '.git/objects/pack/p.pack'], fileContents: { Dockerfile: dockerfile, 'build.sh': '#!/bin/sh\necho building\n', '.git/objects/pack/p.pack': 'x'.repeat(4096) }, dockerignore: '# nothing\n' });
    try {
      const r = suggest({ context: tree.ctx, cwd: tree.ctx });
      return [r.suggestions.some((x) => x.lines.includes('.git')), r.rejected.find((x) => x.lines.includes('.git'))?.reasons[0] ?? null];
    } finally {
      tree.cleanup();
    }
  };
  assert.deepEqual(run('FROM alpine AS base\nRUN echo\nFROM alpine AS base\nRUN apk add --no-cache git\nFROM base\nWORKDIR /src\nCOPY . .\nRUN ./build.sh\n'), [false, 'the Dockerfile installs git (line 4): the build may run it and read .git (a version from git describe); exclude it yourself if it does not']);
  assert.deepEqual(run('FROM alpine AS base\nRUN apk add --no-cache git\nFROM alpine AS base\nRUN echo\nFROM base\nWORKDIR /src\nCOPY . .\nRUN ./build.sh\n')[0], false);
  // `FROM 0` is an image named 0 (BuildKit reads a FROM by name): stage 0's git runs nowhere .git is.
  assert.deepEqual(run('FROM alpine\nRUN apk add --no-cache git\nFROM 0\nWORKDIR /src\nCOPY . .\nRUN ./build.sh\n'), [true, null]);
  const started = Date.now();
  run(`FROM alpine AS base\nRUN apk add git\n${'FROM base\n'.repeat(20_000)}COPY . .\nRUN echo\n`);
  assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
});

// digger's Dockerfile_backend, agola (sweep 52/Q-F3): the runtime stage installs git for the server, then
// takes only a binary from the builder stage; no RUN there or in a stage built FROM it ever has .git, and
// the builder's own RUNs run no git: suggest withheld .git ("installs git (line 6)"), 37.81 MB in digger.
// A later RUN of that stage, or of a stage FROM it, that may see .git keeps the caution.
test('suggest: git installed in a stage none of whose RUNs (nor a stage FROM it) may see .git holds nothing back', () => {
  const builder = 'FROM golang:1.22 AS builder\nWORKDIR /app\nCOPY . .\nRUN go build -buildvcs=false -o /app/server .\n';
  const shape = (dockerfile: string) => buildTree({ files: ['Dockerfile', 'main.go', '.git/HEAD', '.git/objects/pack/p.pack'], fileContents: { Dockerfile: dockerfile, '.git/objects/pack/p.pack': 'x'.repeat(4096) }, dockerignore: '# nothing\n' });
  const cases: [string, boolean][] = [
    [`${builder}FROM ubuntu:24.04 AS runner\nRUN apt-get update && apt-get install -y git ca-certificates\nCOPY --from=builder /app/server /server\nENTRYPOINT ["/server"]\n`, true],
    // The same stage copies the context after installing git, and a RUN follows: the caution stays.
    [`FROM ubuntu:24.04\nRUN apt-get install -y git\nCOPY . /src\nRUN make -C /src\n`, false],
    // A stage FROM the one that installs git copies the context and runs: it stays too.
    [`FROM ubuntu:24.04 AS tools\nRUN apt-get install -y git\nFROM tools\nCOPY . /src\nRUN ./build.sh\n`, false],
    // The stage copies the context after installing git, and no RUN follows: the program it runs may read .git
    // with that git (GitPython; the review of fe9b7442, RB-R2).
    [`FROM python:3.12-slim\nRUN apt-get install -y git\nCOPY . /app\nCMD ["python", "/app/server.py"]\n`, false],
  ];
  for (const [dockerfile, proposed] of cases) {
    const t = shape(dockerfile);
    try {
      const r = suggest({ context: t.ctx, cwd: t.ctx });
      assert.equal(r.suggestions.some((s) => s.lines.includes('.git')), proposed, dockerfile);
      if (!proposed) assert.match(r.rejected.find((x) => x.lines.includes('.git'))?.reasons[0] ?? '', /installs git \(line 2\)/, dockerfile);
    } finally {
      t.cleanup();
    }
  }
});

// shopware's .gitlab/docker/dev/Dockerfile (sweep 52/P-F4): `RUN git clone ...` on composer:2.7, which has git,
// before the context is copied: kept back (right), but "installs git (line 2)" named a line that installs nothing.
test('suggest: a RUN that only runs git before .git is there is named as such, not as installing git', () => {
  const t = buildTree({ files: ['Dockerfile', 'composer.json', '.git/HEAD', '.git/objects/pack/p.pack'], fileContents: { Dockerfile: 'FROM composer:2.7\nRUN git clone https://github.com/o/production.git /app\nCOPY . /app/custom\nRUN composer install\n', '.git/objects/pack/p.pack': 'x'.repeat(4096) }, dockerignore: '# nothing\n' });
  try {
    const r = suggest({ context: t.ctx, cwd: t.ctx });
    assert.equal(r.rejected.find((x) => x.lines.includes('.git'))?.reasons[0], 'the Dockerfile has git (line 2 runs it before .git is there): the build may run it and read .git (a version from git describe); exclude it yourself if it does not');
  } finally {
    t.cleanup();
  }
  // An installer the pattern does not know (bitnami's install_packages, tdnf) is no run of git (the review of 77bd0697, RB-R6).
  for (const install of ['install_packages git', 'tdnf install -y git']) {
    const u = buildTree({ files: ['Dockerfile', 'composer.json', '.git/HEAD', '.git/objects/pack/p.pack'], fileContents: { Dockerfile: `FROM debian\nRUN ${install}\nCOPY . /app\nRUN make -C /app\n`, '.git/objects/pack/p.pack': 'x'.repeat(4096) }, dockerignore: '# nothing\n' });
    try {
      assert.match(suggest({ context: u.ctx, cwd: u.ctx }).rejected.find((x) => x.lines.includes('.git'))?.reasons[0] ?? '', /^the Dockerfile installs git \(line 2\)/, install);
    } finally {
      u.cleanup();
    }
  }
});

// sozu: lib/assets/key.pem, the key of a localhost certificate, is compiled into the binary
// (include_str!("../assets/key.pem")); `cargo build` after `COPY . .` fails without it. suggest
// excluded it as a secret, though CTX201 had found a development key, nothing to protect.
test('suggest does not exclude a development key (the key of a certificate for localhost only): a build step may read it', () => {
  const dev = makeKeyAndCert({ cn: 'localhost', dns: ['localhost'] });
  const tree = buildTree({
    files: ['Dockerfile', 'Cargo.toml', 'lib/src/tls.rs', 'lib/assets/key.pem', 'lib/assets/certificate.pem'],
    fileContents: {
      Dockerfile: 'FROM rust AS build\nCOPY . /usr/src/sozu\nRUN cargo build --release\nFROM debian\nCOPY --from=build /usr/src/sozu/target/release/sozu /bin/\n',
      'lib/src/tls.rs': 'static KEY: &str = include_str!("../assets/key.pem");\n',
      'lib/assets/key.pem': dev.keyPem,
      'lib/assets/certificate.pem': dev.certPem,
    },
    dockerignore: '',
  });
  try {
    execFileSync('git', ['init', '-q'], { cwd: tree.ctx });
    execFileSync('git', ['-c', 'core.hooksPath=/dev/null', 'add', '-A'], { cwd: tree.ctx });
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(!r.suggestions.some((s) => s.lines.some((l) => l.includes('key.pem'))), JSON.stringify(r.suggestions.map((s) => s.lines)));
  } finally {
    tree.cleanup();
  }
});

// imputnet/cobalt: `COPY . /app` in its build stage, then `COPY --from=build /app/.git /app/.git` in the last
// (its version-info package reads .git/HEAD at run time). suggest proposed `.git`, and that COPY then fails
// (sweep 55/P-F1). A COPY --from of a whole directory (not .git by name), or out of an image, keeps the proposal.
test('suggest keeps .git when a later stage copies it by name out of the stage that took the context', () => {
  const shape = (last: string) =>
    buildTree({ files: ['Dockerfile', 'index.js', '.git/HEAD', '.git/objects/pack/p.pack'], fileContents: { Dockerfile: `FROM alpine AS build\nWORKDIR /app\nCOPY . /app\nFROM alpine\nCOPY --from=build /app/index.js /app/index.js\n${last}\n`, '.git/objects/pack/p.pack': 'x'.repeat(4096) }, dockerignore: 'node_modules\n' });
  const proposed = (last: string) => {
    const t = shape(last);
    try {
      const r = suggest({ context: t.ctx, cwd: t.ctx });
      return [r.suggestions.flatMap((s) => s.lines).includes('.git'), r.rejected.filter((x) => x.lines.includes('.git')).map((x) => x.reasons)];
    } finally {
      t.cleanup();
    }
  };
  assert.deepEqual(proposed('COPY --from=build /app/.git /app/.git'), [false, [['the Dockerfile copies /app/.git out of stage build (line 6), where the context was copied: without .git that COPY fails; exclude it yourself if no build needs it']]]);
  assert.deepEqual(proposed('COPY --from=0 /app/.git/HEAD /app/HEAD')[0], false);
  assert.deepEqual(proposed('COPY --from=build /app /app'), [true, []]);
  assert.deepEqual(proposed('COPY --from=alpine/git:latest /usr/share/.git /x'), [true, []]);
  // A .git the stage did not take from the context (the review of c2380508, RA-R7): a path outside where it copied it.
  assert.deepEqual(proposed('COPY --from=build /opt/plugins/.git /plugins/.git'), [true, []]);
});
