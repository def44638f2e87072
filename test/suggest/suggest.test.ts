// `suggest`: each suggestion is applied and the real docker CLI (legacy builder, through the stub
// daemon) must still upload every file the Dockerfile references, while the tar shrinks. Expected
// lines are worked out by hand from the rules (CTX303's `**/` fix, CTX304's spelled-out exceptions
// for R27, exact-path exclusions) and the facts; figures are compared with the oracle's tar length.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../../src/errors.js';
import { contentHash, writeIgnoreFile } from '../../src/suggest/ignore-doc.js';
import { renderSuggestDiff } from '../../src/reporters/suggest.js';
import { unifiedDiff } from '../../src/reporters/unified-diff.js';
import { suggest } from '../../src/suggest/suggest.js';
import { captureUpload } from '../helpers/docker-oracle.js';
import { entryNames, listTarEntries } from '../helpers/tar-entries.js';
import { buildTree, type TreeShape } from '../helpers/trees.js';

async function upload(ctx: string): Promise<{ names: string[]; bytes: number }> {
  const r = await captureUpload({ context: ctx });
  assert.ok(r.tar, `docker posted no build: ${r.stderr}`);
  return { names: entryNames(await listTarEntries(r.tar)), bytes: r.tar.length };
}

/** A generated (never committed) secret-looking value. */
const secret = () => `TOKEN=${randomBytes(12).toString('hex')}\n`;

function shape(): TreeShape {
  return {
    files: ['Dockerfile', 'src/a.js', '.env', 'node_modules/q/i.js', 'packages/a/node_modules/p/big.js', 'docs/sub/keep.md', 'docs/x.txt', 'cache/c'],
    fileContents: {
      Dockerfile: 'FROM alpine\nCOPY src/ ./src\nCOPY docs/sub/keep.md /k\n',
      '.env': secret(),
      'packages/a/node_modules/p/big.js': 'x'.repeat(5000),
      'node_modules/q/i.js': 'y'.repeat(3000),
    },
    // line:       1             2              3      4
    dockerignore: '# my comment\nnode_modules\ndocs\n!**/keep.md\n',
  };
}

test('suggest: every suggestion keeps the referenced files in docker\'s upload and shrinks it', async () => {
  const tree = buildTree(shape());
  try {
    const before = await upload(tree.ctx);
    // R27: docs is pruned, so COPY docs/sub/keep.md is broken before we start; `!**/keep.md` rescues nothing.
    assert.ok(!before.names.includes('docs/sub/keep.md'));
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.equal(r.before.legacyTarBytes, before.bytes, 'before figure = the oracle tar length');
    assert.deepEqual(
      r.suggestions.map((s) => [s.kind, s.replaces?.line ?? null, s.lines]),
      [
        ['CTX303', 2, ['**/node_modules']], // packages/a/node_modules is sent: gitignore habit
        ['CTX304', null, ['!docs/sub/keep.md']], // spelled out so the walk enters docs/ and docs/sub/
        ['CTX201', null, ['.env']],
        ['CTX004', null, ['cache']], // no COPY reads cache/ or packages/
        ['CTX004', null, ['packages']],
      ],
    );
    // Apply one suggestion at a time and ask the oracle after each.
    let applied = '';
    const original = fs.readFileSync(path.join(tree.ctx, '.dockerignore'), 'utf8');
    for (let i = 0; i < r.suggestions.length; i++) {
      const s = r.suggestions[i];
      if (s.replaces) applied = (applied || original).replace(`\n${s.replaces.pattern}\n`, `\n${s.lines[0]}\n`);
      else if (s.kind === 'CTX304') applied = (applied || original).replace('!**/keep.md\n', `!**/keep.md\n${s.lines.join('\n')}\n`);
      else applied = (applied || original) + s.lines.join('\n') + '\n';
      fs.writeFileSync(path.join(tree.ctx, '.dockerignore'), applied);
      const after = await upload(tree.ctx);
      assert.ok(after.names.includes('src/a.js'), `${s.kind}: COPY src/ still sent`);
      assert.equal(after.bytes, s.after.legacyTarBytes, `${s.kind}: after figure = the oracle tar length`);
      if (s.kind === 'CTX304') assert.ok(after.names.includes('docs/sub/keep.md'), 'the exception now works (R27)');
      else assert.ok(after.bytes < s.before.legacyTarBytes, `${s.kind}: the tar shrank`);
    }
    const final = await upload(tree.ctx);
    assert.ok(!final.names.some((n) => n === '.env' || n.includes('node_modules') || n.startsWith('cache') || n.startsWith('packages')));
    assert.ok(final.names.includes('Dockerfile') && final.names.includes('.dockerignore'));
  } finally {
    tree.cleanup();
  }
});

// screepers/screeps-launcher: `*`, `!go.mod`, `!**/*.go`: the legacy builder prunes cmd/, launcher/, cli/, ...
// and sends no .go file; suggest's CTX304 fix spelled out the lost files of the first pruned directory only, so
// the legacy build still failed (sweep 54/E-F3; glances' B-F2 at stop 53). Every pruned directory's now; past 20
// files, the pattern's name in each directory holding them (`!cmd/app/*.go`). The real docker CLI uploads them all.
test('suggest: CTX304\'s fix brings back the lost files of every pruned directory, and docker uploads them all', async () => {
  for (const [label, files, lines] of [
    ['three files', ['cmd/app/main.go', 'lib/lib.go', 'util/u.go'], ['!cmd/app/main.go', '!lib/lib.go', '!util/u.go']],
    ['25 files', [...Array.from({ length: 10 }, (_, i) => `cmd/app/f${i}.go`), ...Array.from({ length: 10 }, (_, i) => `lib/sub/l${i}.go`), ...Array.from({ length: 5 }, (_, i) => `util/u${i}.go`)], ['!cmd/app/*.go', '!lib/sub/*.go', '!util/*.go']],
  ] as const) {
    const tree = buildTree({ files: ['Dockerfile', 'go.mod', 'README.md', 'lib/notes.txt', ...files], fileContents: { Dockerfile: 'FROM golang:1.22\nWORKDIR /app\nCOPY . .\nRUN go build ./cmd/app\n', 'go.mod': 'module x\n' }, dockerignore: '*\n!go.mod\n!**/*.go\n' });
    try {
      assert.ok(!(await upload(tree.ctx)).names.some((n) => n.endsWith('.go')), `${label}: pruned before`);
      const r = suggest({ context: tree.ctx, cwd: tree.ctx });
      const fix = r.suggestions.filter((x) => x.kind === 'CTX304');
      assert.deepEqual(fix.map((x) => x.lines), [lines], label);
      writeIgnoreFile(r.file, r.hash, r.proposed, r.root);
      const after = await upload(tree.ctx);
      assert.deepEqual(after.names.filter((n) => n.endsWith('.go')).sort(), [...files].sort(), label);
      assert.ok(!after.names.includes('README.md') && !after.names.includes('lib/notes.txt'), `${label}: nothing else came back`);
    } finally {
      tree.cleanup();
    }
  }
});

test('suggest --write keeps comments and order, appends under a header, and is idempotent', () => {
  const tree = buildTree(shape());
  try {
    const file = path.join(tree.ctx, '.dockerignore');
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    writeIgnoreFile(r.file, r.hash, r.proposed, r.root);
    assert.equal(
      fs.readFileSync(file, 'utf8'),
      '# my comment\n**/node_modules\ndocs\n!**/keep.md\n!docs/sub/keep.md\n\n# added by ctx-audit suggest\n.env\ncache\npackages\n',
    );
    const again = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.equal(again.changed, false);
    assert.deepEqual(again.suggestions, []);
    assert.equal(renderSuggestDiff(again), '');
    assert.equal(again.hash, contentHash(fs.readFileSync(file)));
  } finally {
    tree.cleanup();
  }
});

test('suggest --write refuses when the file changed since it was read (stale hash)', () => {
  const tree = buildTree(shape());
  try {
    const file = path.join(tree.ctx, '.dockerignore');
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    fs.appendFileSync(file, 'edited-meanwhile\n');
    const edited = fs.readFileSync(file);
    assert.throws(() => writeIgnoreFile(r.file, r.hash, r.proposed, r.root), InputError);
    assert.ok(fs.readFileSync(file).equals(edited), 'left as the user edited it');
  } finally {
    tree.cleanup();
  }
});

test('suggest never proposes excluding a file a COPY needs (it would become CTX102)', () => {
  const tree = buildTree({
    files: ['Dockerfile', '.npmrc', 'app.js'],
    // A token CTX201 recognises in an .npmrc (generated): with none, there is nothing to exclude at all.
    fileContents: { Dockerfile: 'FROM node\nCOPY .npmrc app.js ./\n', '.npmrc': `//registry.npmjs.org/:_authToken=${randomBytes(12).toString('hex')}\n` },
    dockerignore: '# nothing\n',
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.deepEqual(r.suggestions, []);
    assert.equal(r.rejected.length, 1);
    assert.equal(r.rejected[0].kind, 'CTX201');
    assert.match(r.rejected[0].reasons.join('\n'), /^COPY \.npmrc \(Dockerfile:2\) would become ignored \(CTX102\) for the legacy builder$/m);
    assert.equal(r.changed, false);
  } finally {
    tree.cleanup();
  }
});

test('suggest creates .dockerignore when there is none; the oracle confirms it is sent and the secret is not', async () => {
  const tree = buildTree({ files: ['Dockerfile', 'app.js', '.env'], fileContents: { Dockerfile: 'FROM node\nCOPY app.js ./\n', '.env': secret() } });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.equal(r.hash, 'absent');
    assert.match(renderSuggestDiff(r), /^--- \/dev\/null\n\+\+\+ b\/\.dockerignore\n@@ -0,0 \+1,2 @@\n\+# added by ctx-audit suggest\n\+\.env\n$/);
    writeIgnoreFile(r.file, r.hash, r.proposed, r.root);
    const after = await upload(tree.ctx);
    assert.deepEqual(after.names, ['.dockerignore', 'Dockerfile', 'app.js']);
    assert.equal(after.bytes, r.after.legacyTarBytes);
  } finally {
    tree.cleanup();
  }
});

test('suggest --allowlist: `*` plus sources, spelled out where R27 would prune a wildcard source', async () => {
  const tree = buildTree({
    files: ['Dockerfile', 'go.mod', 'src/a/x.go', 'src/b/x.go', 'src/b/y.go', 'cmd/main.go', 'junk/big.bin', 'README.md'],
    fileContents: { Dockerfile: 'FROM golang\nCOPY go.mod ./\nCOPY src/*/x.go ./src/\nCOPY cmd/*.go ./cmd/\n', 'junk/big.bin': 'z'.repeat(20000) },
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx, allowlist: true });
    // `!src/*/x.go` would not let the legacy walk into src/a (R27), so its matches are listed;
    // `cmd/*.go` has its wildcard in the last component only and stays a pattern.
    assert.deepEqual(r.suggestions.map((s) => s.lines), [['*', '!cmd/*.go', '!go.mod', '!src/a/x.go', '!src/b/x.go']]);
    writeIgnoreFile(r.file, r.hash, r.proposed, r.root);
    const after = await upload(tree.ctx);
    for (const f of ['go.mod', 'src/a/x.go', 'src/b/x.go', 'cmd/main.go', 'Dockerfile', '.dockerignore']) assert.ok(after.names.includes(f), f);
    assert.ok(!after.names.includes('junk/big.bin') && !after.names.includes('src/b/y.go'));
    assert.ok(after.bytes < r.before.legacyTarBytes);
    assert.equal(suggest({ context: tree.ctx, cwd: tree.ctx, allowlist: true }).changed, false, 'idempotent');
  } finally {
    tree.cleanup();
  }
});

// halo copies the jar CI downloads into application/build/libs; alist's Dockerfile.ci copies
// /build/${TARGETPLATFORM}/alist for eight platforms. --allowlist let in only sources that existed,
// at the host's platform: after `--write` the real builds failed (CTX102).
test('suggest --allowlist lets in a source made before the build, and one naming a build arg by what it may match', async () => {
  const tree = buildTree({
    files: ['Dockerfile', 'entrypoint.sh', 'junk/big.bin', 'src/main.go'],
    fileContents: { Dockerfile: 'FROM alpine\nARG TARGETPLATFORM\nCOPY build/${TARGETPLATFORM}/app /app\nCOPY dist/*.jar /jars/\nCOPY out/server /server\nCOPY entrypoint.sh /\n', 'junk/big.bin': 'z'.repeat(20000) },
  });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx, allowlist: true });
    assert.deepEqual(r.suggestions.map((s) => s.lines), [['*', '!build', '!dist/*.jar', '!entrypoint.sh', '!out/server']]);
    writeIgnoreFile(r.file, r.hash, r.proposed, r.root);
    // The step before the build makes them, for another platform than this host's.
    for (const f of ['build/linux/arm64/app', 'dist/app-1.0.jar', 'out/server']) {
      fs.mkdirSync(path.dirname(path.join(tree.ctx, f)), { recursive: true });
      fs.writeFileSync(path.join(tree.ctx, f), 'bin');
    }
    const after = await upload(tree.ctx);
    for (const f of ['build/linux/arm64/app', 'dist/app-1.0.jar', 'out/server', 'entrypoint.sh']) assert.ok(after.names.includes(f), f);
    assert.ok(!after.names.includes('junk/big.bin') && !after.names.includes('src/main.go'));
  } finally {
    tree.cleanup();
  }
  // A build arg that may be any path: no allowlist, said why.
  const any = buildTree({ files: ['Dockerfile', 'application/build/libs/a.jar'], fileContents: { Dockerfile: 'FROM eclipse-temurin\nARG JAR_FILE=application/build/libs/*.jar\nCOPY ${JAR_FILE} application.jar\n' } });
  try {
    const r = suggest({ context: any.ctx, cwd: any.ctx, allowlist: true });
    assert.equal(r.allowlistProblem, 'COPY ${JAR_FILE} (line 3) names a build arg and may copy any path: an allowlist cannot let in only what it needs; write that exception yourself');
    assert.equal(r.changed, false);
  } finally {
    any.cleanup();
  }
});

test('suggest --allowlist refuses a Dockerfile that copies the whole context', () => {
  const tree = buildTree({ files: ['Dockerfile', 'a'], fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n' } });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx, allowlist: true });
    assert.match(r.allowlistProblem ?? '', /COPY \. \(line 2\) uses the whole context/);
    assert.equal(r.changed, false);
  } finally {
    tree.cleanup();
  }
});

test('unifiedDiff: one hunk with three lines of context, - before +', () => {
  const a = ['1', '2', '3', '4', '5', '6', '7', '8'];
  const b = ['1', '2', '3', '4', 'X', '6', '7', '8', '9'];
  assert.equal(unifiedDiff('f', a, b), '--- a/f\n+++ b/f\n@@ -2,7 +2,8 @@\n 2\n 3\n 4\n-5\n+X\n 6\n 7\n 8\n+9\n');
  assert.equal(unifiedDiff('f', a, a), '');
});

// jupyterhub's examples/postgres/hub: FROM jupyter/jupyterhub-onbuild and no COPY of its own; that
// image's ONBUILD ADD jupyterhub_config.py runs in this build. --allowlist proposed `*` alone.
test('suggest: a Dockerfile built FROM an ONBUILD image (by its name, or a builder image its stage copies nothing into) gets no allowlist and no "unused" exclusion', () => {
  const tree = buildTree({ files: ['Dockerfile', 'jupyterhub_config.py', 'docs/readme.txt'], fileContents: { Dockerfile: 'FROM jupyter/jupyterhub-onbuild:0.9\nRUN pip install psycopg2-binary\n' }, dockerignore: '# nothing\n' });
  try {
    const a = suggest({ context: tree.ctx, cwd: tree.ctx, allowlist: true });
    assert.equal(a.allowlistProblem, 'FROM jupyter/jupyterhub-onbuild:0.9 (line 1) is an ONBUILD image: its own ONBUILD ADD/COPY instructions copy from this context what no line here names');
    assert.equal(a.changed, false);
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.deepEqual(r.suggestions.flatMap((s) => s.lines).filter((l) => l === 'docs'), []);
  } finally {
    tree.cleanup();
  }
  // docker-spark's examples (`FROM bde2020/spark-maven-template`: ONBUILD COPY . and mvn package), and
  // Stackable's operators (`FROM .../ubi10-rust-builder AS builder`, nothing added, then `COPY
  // --from=builder`: its ONBUILD COPY . /src and cargo build, where a crate reads .git): suggest proposed
  // excluding src/ (and rust/, .git), which those builds compile.
  // ledermann/docker-rails: `FROM ghcr.io/ledermann/rails-base-builder` whose stage only runs `rm` of files
  // its base's `ONBUILD COPY . /app` brought (suggest appended app, bin, config, ... to the ignore file).
  // The official images' onbuild tags (sweep 52/P-F1: `FROM ruby:2.2.3-onbuild`, whose ONBUILD COPY . /usr/src/app
  // takes the app: suggest excluded app/ and config/, and the image shipped without them).
  for (const dockerfile of ['FROM ruby:2.2.3-onbuild\nEXPOSE 5000\n', 'FROM node:0.12-onbuild\n', 'FROM python:onbuild\n', 'FROM bde2020/spark-maven-template:3.3.0-hadoop3.3\n', 'FROM oci.stackable.tech/sdp/ubi10-rust-builder:latest AS builder\n\nFROM registry.access.redhat.com/ubi10/ubi-minimal\nCOPY --from=builder /app/* /usr/local/bin/\n', 'FROM ghcr.io/ledermann/rails-base-builder:3.3 AS Builder\nRUN rm -rf node_modules .browserslistrc package.json\n\nFROM ghcr.io/ledermann/rails-base-final:3.3\nCOPY --from=Builder /app /app\n']) {
    const t = buildTree({ files: ['Dockerfile', 'src/main.rs', 'docs/readme.txt', '.git/HEAD'], fileContents: { Dockerfile: dockerfile }, dockerignore: '# nothing\n' });
    try {
      const r = suggest({ context: t.ctx, cwd: t.ctx });
      assert.deepEqual(r.suggestions.flatMap((s) => s.lines).filter((l) => ['src', 'docs', '.git'].includes(l)), [], dockerfile);
      assert.match(r.rejected.find((x) => x.lines.includes('src'))?.reasons[0] ?? '', /^FROM \S+ \(line 1\) is(?: an ONBUILD image|, by its name, a builder image, and its stage copies nothing of this context into it: if its own ONBUILD instructions do the work)/, dockerfile);
    } finally {
      t.cleanup();
    }
  }
  // hyperdx: `FROM otel/opentelemetry-collector-builder AS ocb-bin`, whose program alone a later stage
  // takes (`COPY --from=ocb-bin /usr/local/bin/ocb`): a tool, no ONBUILD; suggest goes on (sweep 47/A-W3).
  const tool = buildTree({ files: ['Dockerfile', 'src/main.go', 'docs/readme.txt'], fileContents: { Dockerfile: 'FROM otel/opentelemetry-collector-builder:0.155.0 AS ocb-bin\nFROM golang:1.22 AS build\nCOPY --from=ocb-bin /usr/local/bin/ocb /usr/local/bin/ocb\nCOPY src /src\nRUN ocb --config /src/builder.yaml\n' }, dockerignore: '# nothing\n' });
  try {
    assert.ok(suggest({ context: tool.ctx, cwd: tool.ctx }).suggestions.some((s) => s.lines.includes('docs')));
  } finally {
    tool.cleanup();
  }
  // A builder stage that copies from the context itself is no such image: suggest goes on.
  const own = buildTree({ files: ['Dockerfile', 'src/main.rs', 'docs/readme.txt'], fileContents: { Dockerfile: 'FROM ghcr.io/o/rust-builder:1 AS builder\nCOPY src /src\nRUN cargo build\nFROM alpine\nCOPY --from=builder /app /app\n' }, dockerignore: '# nothing\n' });
  try {
    assert.ok(suggest({ context: own.ctx, cwd: own.ctx }).suggestions.some((s) => s.lines.includes('docs')));
  } finally {
    own.cleanup();
  }
  // The same tree on a plain image: allowlisted.
  const plain = buildTree({ files: ['Dockerfile', 'jupyterhub_config.py', 'docs/readme.txt'], fileContents: { Dockerfile: 'FROM jupyterhub/jupyterhub:4\nCOPY jupyterhub_config.py /srv/\n' }, dockerignore: '# nothing\n' });
  try {
    assert.equal(suggest({ context: plain.ctx, cwd: plain.ctx, allowlist: true }).allowlistProblem, null);
  } finally {
    plain.cleanup();
  }
});

// unbound: `suggest . -f contrib/Dockerfile.tests` stopped with "Cannot read properties of undefined
// (reading 'length')": its 168 secret-named test files gave 100 CTX201 findings and a summary of the
// rest, which has no path.
test('suggest: a rule with more findings than the report lists (a summary with no path) is no crash', () => {
  const files = Array.from({ length: 130 }, (_, i) => `keys/k${String(i).padStart(3, '0')}.key`);
  const tree = buildTree({ files: ['Dockerfile', 'src/a.c', ...files], fileContents: { Dockerfile: 'FROM alpine\nCOPY src /src\n' }, dockerignore: '# nothing\n' });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx });
    assert.ok(r.suggestions.some((s) => s.lines.some((l) => l.startsWith('keys'))), JSON.stringify(r.suggestions.map((s) => s.lines)));
  } finally {
    tree.cleanup();
  }
});

// argo-events: its .dockerignore has no final newline; the printed diff left out "\ No newline at end
// of file", so `git apply` refused it (suggest --write was right).
test('unifiedDiff: a last line with no newline is marked, and suggest\'s printed diff applies with git apply', async () => {
  assert.equal(unifiedDiff('f', ['a', 'b'], ['a', 'b', 'c'], { before: true, after: false }), '--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n a\n-b\n\\ No newline at end of file\n+b\n+c\n');
  assert.equal(unifiedDiff('f', ['a'], ['a', 'b'], { before: true, after: true }), '--- a/f\n+++ b/f\n@@ -1 +1,2 @@\n-a\n\\ No newline at end of file\n+a\n+b\n\\ No newline at end of file\n');
  const { execFileSync } = await import('node:child_process');
  for (const ending of ['', '\n']) {
    const tree = buildTree({ files: ['Dockerfile', 'app.js', 'docs/a.md', '.git/HEAD'], fileContents: { Dockerfile: 'FROM node\nCOPY app.js /app/\n' }, dockerignore: null });
    try {
      fs.writeFileSync(path.join(tree.ctx, '.dockerignore'), `node_modules${ending}`);
      const r = suggest({ context: tree.ctx, cwd: tree.ctx });
      assert.ok(r.changed, 'a change is proposed');
      const diff = renderSuggestDiff(r);
      assert.equal(diff.includes('\\ No newline at end of file'), ending === '', diff);
      fs.writeFileSync(path.join(tree.ctx, 'change.patch'), diff);
      execFileSync('git', ['apply', 'change.patch'], { cwd: tree.ctx, stdio: 'pipe' });
      assert.equal(fs.readFileSync(path.join(tree.ctx, '.dockerignore'), 'latin1'), r.proposed.toString('latin1'));
    } finally {
      tree.cleanup();
    }
  }
});

// electric: its sync-service build passes `--build-context electric-telemetry=packages/electric-telemetry`;
// suggest refused the option the audit takes ("Unknown option").
test('suggest takes --build-context as the audit does: named contexts are checked against the repository and given to the audit', async () => {
  const { parseSuggest } = await import('../../src/cli/commands/suggest.js');
  assert.deepEqual(parseSuggest(['.', '--build-context', 'tele=../telemetry', '--build-context', 'img=docker-image://alpine'])?.buildContexts, { tele: '../telemetry', img: 'docker-image://alpine' });
  assert.throws(() => parseSuggest(['.', '--build-context', 'nothing']), /--build-context: expected NAME=PATH/);
  const tree = buildTree({ files: ['Dockerfile', 'app/main.ex', 'docs/a.md', 'telemetry/lib.ex', '.git/HEAD'], fileContents: { Dockerfile: 'FROM elixir\nCOPY app /app\nCOPY --from=tele . /deps/telemetry\n' }, dockerignore: '# nothing\n' });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx, namedContexts: { tele: path.join(tree.ctx, 'telemetry') }, repository: { root: tree.ctx, allowOutside: false } });
    // What the named context holds is no main-context source: telemetry/ may go, app/ stays.
    assert.ok(r.suggestions.some((s) => s.lines.includes('telemetry')), JSON.stringify(r.suggestions.map((s) => s.lines)));
    assert.ok(!r.suggestions.some((s) => s.lines.includes('app')));
    assert.throws(() => suggest({ context: tree.ctx, cwd: tree.ctx, namedContexts: { tele: path.dirname(tree.ctx) }, repository: { root: tree.ctx, allowOutside: false } }), InputError);
  } finally {
    tree.cleanup();
  }
});

// nats-io/nack: its bake file builds cicd/Dockerfile_goreleaser with `--build-context src=.`, which
// `COPY --from=src . /go/src` copies whole before goreleaser (which needs .git) runs; suggest proposed
// .git and every directory the main-context COPYs do not name.
test('suggest: a --build-context that is this directory reads it through the same ignore file: what it copies is not known, so nothing it may take is excluded', () => {
  const tree = buildTree({
    files: ['cicd/Dockerfile_goreleaser', 'cmd/boot/main.go', 'pkg/a.go', 'docs/a.md', '.git/HEAD', '.git/objects/pack/p.pack', 'go.mod'],
    fileContents: { 'cicd/Dockerfile_goreleaser': 'FROM golang\nCOPY --from=src . /go/src\nWORKDIR /go/src\nRUN goreleaser build --snapshot\n', '.git/objects/pack/p.pack': 'x'.repeat(4096) },
    dockerignore: '# nothing\n',
  });
  try {
    const file = path.join(tree.ctx, 'cicd/Dockerfile_goreleaser');
    const alone = suggest({ context: tree.ctx, file, cwd: tree.ctx });
    assert.ok(alone.suggestions.length > 0, 'without the named context something is proposed');
    const r = suggest({ context: tree.ctx, file, cwd: tree.ctx, namedContexts: { src: '.' } });
    assert.deepEqual(r.suggestions.map((s) => s.lines), []);
    assert.ok(r.sharedWith.some((x) => x.startsWith('--build-context src=. (this directory, read through its ignore file)')), JSON.stringify(r.sharedWith));
  } finally {
    tree.cleanup();
  }
});

// jessfraz/dockerfiles' termboy (sweep 53/C-F3): `*` then `!games` kept nothing out and added itself to the
// upload (files 4 -> 5): no allowlist, saying why.
test('suggest --allowlist: none when it would send no fewer bytes', () => {
  const tree = buildTree({ files: ['Dockerfile', 'games/a.gb', 'games/b.gb'], fileContents: { Dockerfile: 'FROM alpine\nCOPY games /games\n', 'games/a.gb': 'a'.repeat(5000), 'games/b.gb': 'b'.repeat(5000) }, dockerignore: null });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx, allowlist: true });
    assert.deepEqual(r.suggestions, []);
    assert.match(r.allowlistProblem ?? '', /^it would keep nothing out/);
  } finally {
    tree.cleanup();
  }
});

// The review of 5748e815 (RB-R3): the tar rounds to 512-byte blocks, so an allowlist that keeps a 28-byte .env
// out cost what the new file adds, and was dropped as keeping nothing out.
test('suggest --allowlist: one that stops a file but the Dockerfile is proposed, whatever the bytes', () => {
  const tree = buildTree({ files: ['Dockerfile', 'app.py', '.env'], fileContents: { Dockerfile: 'FROM python:3.12-slim\nCOPY app.py /app/\n', 'app.py': 'print(1)\n', '.env': 'DB_PASSWORD=Xk92jfLq0zPw7Tq\n' }, dockerignore: null });
  try {
    const r = suggest({ context: tree.ctx, cwd: tree.ctx, allowlist: true });
    assert.deepEqual(r.suggestions.map((s) => s.lines), [['*', '!app.py']]);
  } finally {
    tree.cleanup();
  }
});
