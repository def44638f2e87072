// CTX101 missing-copy-source: a main-context source that matches nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAudit } from '../../src/audit.js';
import { buildTree } from '../helpers/trees.js';
import { check, lines, only } from './cross-check-harness.js';

test('CTX101 fires for a source that matches nothing, with its Dockerfile position', () => {
  const r = check({ files: ['app.js'] }, lines('FROM node', 'COPY app.js /app/', 'COPY  package.json /app/'));
  const f = only(r, 'CTX101');
  assert.equal(f.length, 1);
  assert.deepEqual([f[0].severity, f[0].name, f[0].file, f[0].line, f[0].column, f[0].path], ['error', 'missing-copy-source', 'Dockerfile', 3, 7, 'package.json']);
  assert.equal(f[0].data.source, 'package.json');
  assert.equal(f[0].data.instruction, 'COPY');
});

test('CTX101 covers wildcards that match nothing, ADD and bind mounts; not --from, URLs or unused stages', () => {
  const r = check(
    { files: ['src/a.go'] },
    lines(
      'FROM golang AS build',
      'COPY *.go /src/', // 2: src/a.go is one level down
      'ADD nothere.tgz /x', // 3
      'RUN --mount=type=bind,source=vendor,target=/v go build', // 4
      'COPY --from=other /nothere /y',
      'ADD https://example.com/x /x',
      'FROM alpine AS unused',
      'COPY ghost /g',
      'FROM build',
    ),
  );
  assert.deepEqual(only(r, 'CTX101').map((f) => [f.line, f.data.instruction, f.data.source]), [
    [2, 'COPY', '*.go'],
    [3, 'ADD', 'nothere.tgz'],
    [4, 'RUN --mount', 'vendor'],
  ]);
  const t = check({ files: ['src/a.go'] }, lines('FROM alpine AS a', 'COPY ghost /', 'FROM alpine AS b', 'COPY src /'), { target: 'b' });
  assert.deepEqual(only(t, 'CTX101'), []);
});

// payload's examples copy . into a builder stage the image never copies from. The legacy builder
// runs every stage up to the target (a real daemon's legacy build fails on the missing source, as
// the legacy-builder oracle file checks); BuildKit runs only what the target reaches.
test('CTX101 under the legacy builder covers every stage up to the target, used or not; stages after it are not run', () => {
  const df = lines('FROM alpine AS unused', 'COPY ghost /g', 'FROM alpine AS b', 'COPY src /', 'FROM alpine AS after', 'COPY later /l');
  assert.deepEqual(only(check({ files: ['src/a.go'] }, df, { target: 'b', builder: 'legacy' }), 'CTX101').map((f) => [f.line, f.data.source]), [[2, 'ghost']]);
  assert.deepEqual(only(check({ files: ['src/a.go'] }, df, { target: 'b', builder: 'buildkit' }), 'CTX101'), []);
  assert.deepEqual(only(check({ files: ['src/a.go'] }, df, { builder: 'legacy' }), 'CTX101').map((f) => [f.line, f.data.source]), [[2, 'ghost'], [6, 'later']]);
});

test('CTX101 does not fire when every source exists', () => {
  const r = check({ files: ['a', 'dir/b'] }, lines('FROM alpine', 'COPY a dir /x/', 'COPY dir/* /y/'));
  assert.deepEqual(only(r, 'CTX101'), []);
});

test('CTX101 suggests the nearest existing path: a misspelt name, a misspelt directory; nothing for wildcards or far-off names', () => {
  const r = check(
    { files: ['config/prod.json', 'config/staging.json', 'src/index.ts', 'package.json'] },
    lines('FROM node', 'COPY config/production.json /etc/', 'COPY sorc/index.ts /app/', 'COPY packge.json /app/', 'COPY *.yaml /app/', 'COPY totally-unrelated-name /x'),
  );
  assert.deepEqual(only(r, 'CTX101').map((f) => [f.line, f.data.suggestion ?? null]), [
    [2, 'config/prod.json'],
    [3, 'src/index.ts'],
    [4, 'package.json'],
    [5, null],
    [6, null],
  ]);
  assert.match(only(r, 'CTX101')[0].message, /; did you mean config\/prod\.json\?$/);
  // Not a path the same instruction copies already (nixpacks: `COPY package.json package-lock.json ./`).
  const lock = check({ files: ['package.json', 'src/a.ts'] }, lines('FROM node', 'COPY package.json package-lock.json ./', 'COPY package-lock.json /x/'));
  assert.deepEqual(only(lock, 'CTX101').map((f) => [f.line, f.data.suggestion ?? null]), [
    [2, null],
    [3, 'package.json'],
  ]);
});

/** The audit's CTX101 findings for a tree in a git repository (a `.git` directory) with these texts. */
function auditInRepo(files: string[], texts: Record<string, string>, opts: { git?: boolean; buildArgs?: Record<string, string>; builder?: 'legacy' | 'buildkit' } = {}) {
  const tree = buildTree({ files, dockerignore: null, fileContents: texts });
  try {
    if (opts.git !== false) mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    return runAudit({ context: tree.ctx, cwd: tree.ctx, builder: opts.builder ?? 'legacy', buildArgs: opts.buildArgs }).findings.filter((f) => f.ruleId === 'CTX101');
  } finally {
    tree.cleanup();
  }
}

test('CTX101 is a warning, not an error, for a missing source git ignores (a build output a step before the build makes)', () => {
  const dockerfile = lines(
    'FROM eclipse-temurin',
    'COPY target/*.jar /app.jar', // 2: target/ ignored: mvn package makes it
    'COPY dist/ /srv/', // 3: dist/ ignored
    'COPY searx/version_frozen.py /v.py', // 4: the file itself ignored
    'COPY config/app.yml /c.yml', // 5: not ignored: a real mistake
    'COPY *.conf /w/', // 6: no literal part to judge: stays an error
  );
  const texts = { Dockerfile: dockerfile, '.gitignore': 'target/\ndist\nversion_frozen.py\n*.conf\n' };
  const files = ['Dockerfile', '.gitignore', 'src/Main.java', 'searx/__init__.py'];
  const f = auditInRepo(files, texts).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  assert.deepEqual(
    f.map((x) => [x.line, x.severity, x.data.gitignored ?? false]),
    [
      [2, 'warning', true],
      [3, 'warning', true],
      [4, 'warning', true],
      [5, 'error', false],
      [6, 'error', false],
    ],
  );
  assert.match(f[0].message, /^COPY source "target\/\*\.jar" matches nothing in the build context and git ignores it: the build fails unless a step before it creates it/);
  assert.match(f[3].message, /: the build will fail/);
  // Outside a git repository there is no such evidence: every one is an error, but the jar (a package)
  // and dist/ (a build output directory the context does not have), whatever git says.
  assert.deepEqual(
    auditInRepo(files, texts, { git: false })
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
      .map((x) => x.severity),
    ['warning', 'warning', 'error', 'error', 'error'],
  );
});

test('CTX101 is a warning naming the ARG when the missing path holds an ARG nothing set (minio: COPY ./minio-${TARGETARCH}.${RELEASE})', () => {
  const dockerfile = lines(
    'FROM alpine',
    'ARG RELEASE',
    'ARG FLAVOR=slim',
    'COPY ./app-${RELEASE} /usr/bin/app', // 4: RELEASE unset: the real build passes it
    'COPY ./conf-${FLAVOR}.yml /etc/', // 5: FLAVOR has a default: the path is known, a real mistake
    'ARG EDITION',
    'COPY ./x-${RELEASE}-${EDITION} /x', // 7: two unset
    'COPY ./y-${UNDECLARED} /y', // 8: no ARG declares it: "" whatever is passed, so certain
  );
  const run = (buildArgs?: Record<string, string>) =>
    auditInRepo(['Dockerfile', 'app-1.0'], { Dockerfile: dockerfile }, { git: false, buildArgs }).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const f = run();
  assert.deepEqual(
    f.map((x) => [x.line, x.severity]),
    [
      [4, 'warning'],
      [5, 'error'],
      [7, 'warning'],
      [8, 'error'],
    ],
  );
  assert.equal(f[0].message, 'COPY source "./app-${RELEASE}" ("./app-" with RELEASE empty: no default, no --build-arg) matches nothing in the build context: the build fails unless --build-arg sets it to name a path that exists');
  assert.match(f[2].message, / with RELEASE and EDITION empty: .* sets them /);
  assert.match(f[3].message, /: the build will fail$/);
  // Given the value, the path is known: present, no finding; absent, an error.
  assert.deepEqual(run({ RELEASE: '1.0', EDITION: 'e', UNDECLARED: 'u' }).map((x) => [x.line, x.severity]), [
    [5, 'error'],
    [7, 'error'],
    [8, 'error'],
  ]);
});

// apollo: `ARG VERSION`, `ENV VERSION $VERSION`, then `COPY .../apollo-configservice-${VERSION}-github.zip`.
// The ENV holds "" only because the ARG has no value: the build passes one. It was a certain "" (an error).
test('CTX101: an ENV made from an ARG with no value is as open as the ARG (a warning naming it); given, it is known', () => {
  const dockerfile = lines('FROM alpine', 'ARG VERSION', 'ENV VERSION $VERSION', 'ENV ZIP=app-${VERSION}.zip', 'COPY ${ZIP} /app/', 'COPY app-${VERSION}.cfg /app/', 'ARG FIXED=1', 'ENV F=$FIXED', 'COPY app-${F}.zip /app/');
  const run = (buildArgs?: Record<string, string>) =>
    auditInRepo(['Dockerfile', 'app-1.0.zip'], { Dockerfile: dockerfile }, { git: false, buildArgs }).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  assert.deepEqual(run().map((x) => [x.line, x.severity, x.data.openArgs ?? null]), [
    [5, 'warning', ['VERSION']],
    [6, 'warning', ['VERSION']],
    [9, 'error', null],
  ]);
  assert.deepEqual(run({ VERSION: '1.0' }).map((x) => [x.line, x.severity]), [
    [6, 'error'],
    [9, 'error'],
  ]);
});

// rabbitmq/cluster-operator: `COPY manifests` in olm/bundle.Dockerfile, `.gitignore` line `olm/manifests/*.y*ml`,
// which `make -f olm.mk all` writes before the build: a line about that directory's files of a kind says
// where generated files go (the directory missing, git tracks nothing there). A line for every directory
// (`*.log`), or about one name (`notes/todo.txt`), says nothing of it.
test('CTX101 counts a missing directory whose entries git ignores (`build/*`), or its files of a kind by a line about it (`olm/manifests/*.y*ml`), as a build output', () => {
  const dockerfile = lines('FROM node', 'COPY ./build/ ./build/', 'COPY ./packed/ /o/', 'COPY ./gen /g', 'COPY olm/manifests /m', 'COPY logs/ /l', 'COPY notes /n', 'COPY app /srv/app', 'COPY web/app /srv/w');
  // (`**/app/*.js` is about every directory named app: the review of 06a2ca0.)
  const texts = { Dockerfile: dockerfile, '.gitignore': 'build/*\npacked/*.exe\nolm/manifests/*.y*ml\n*.log\nnotes/todo.txt\n**/app/*.js\n' };
  const f = auditInRepo(['Dockerfile', '.gitignore', 'build.js'], texts).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  // Nothing ignores gen, logs/ and app only by a line for every directory (of that name), notes/ by one name: errors.
  assert.deepEqual(
    f.map((x) => [x.line, x.severity, x.data.gitignored ?? false]),
    [
      [2, 'warning', true],
      [3, 'warning', true],
      [4, 'error', false],
      [5, 'warning', true],
      [6, 'error', false],
      [7, 'error', false],
      [8, 'error', false],
      [9, 'error', false],
    ],
  );
});

test('CTX101: a missing package or archive (vector copies vector_*.deb, a release script builds it) is a warning; another missing file stays an error', () => {
  const dockerfile = lines('FROM debian', 'COPY vector_*.deb ./', 'COPY vector-*-unknown-linux-musl*.tar.gz ./', 'COPY app.jar /app.jar', 'COPY config.yaml /etc/');
  const f = auditInRepo(['Dockerfile'], { Dockerfile: dockerfile }, { git: false }).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  assert.deepEqual(
    f.map((x) => [x.line, x.severity, x.data.artifact ?? false]),
    [
      [2, 'warning', true],
      [3, 'warning', true],
      [4, 'warning', true],
      [5, 'error', false],
    ],
  );
  assert.equal(f[0].message, 'COPY source "vector_*.deb" matches nothing in the build context: a package or archive, which a build step makes; the build fails unless one runs before it');
});

test('CTX101: a source under a build output directory the context does not have (temporal: ./build/amd64/temporal-server) is a warning; under one it has, an error', () => {
  const dockerfile = lines('FROM alpine', 'COPY ./build/amd64/temporal-server /usr/local/bin/', 'COPY dist/app /app', 'COPY bin/entrypoint.sh /', 'COPY config/app.yml /etc/');
  const f = auditInRepo(['Dockerfile', 'dist/other.js', 'scripts/x.sh'], { Dockerfile: dockerfile }, { git: false }).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  assert.deepEqual(
    f.map((x) => [x.line, x.severity, x.data.outputDir ?? null]),
    [
      [2, 'warning', 'build'],
      [3, 'error', null], // dist/ is there: its missing app is more likely a mistake
      [4, 'warning', 'bin'],
      [5, 'error', null], // config/ is no output directory
    ],
  );
  assert.equal(f[0].message, 'COPY source "./build/amd64/temporal-server" matches nothing in the build context, which has no build/ directory: a build output, made by a step before the build (it fails without one)');
});

// deuxfleurs-org/garage: its release pipeline runs `nix-build` at the root (default.nix, flake.nix),
// which writes the `result` link, then builds `COPY result/bin/garage /`: a false error.
test('CTX101: a source under result/ or result-*/ beside a Nix build file at the context root is nix-build\'s output link: a warning; without one, an error', () => {
  const dockerfile = lines('FROM scratch', 'COPY result/bin/garage /', 'COPY result-bin/bin/x /', 'COPY results/a /');
  const f = auditInRepo(['Dockerfile', 'default.nix', 'src/main.rs'], { Dockerfile: dockerfile }, { git: false }).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  assert.deepEqual(
    f.map((x) => [x.line, x.severity, x.data.nixResult ?? null]),
    [
      [2, 'warning', 'result'],
      [3, 'warning', 'result-bin'],
      [4, 'error', null], // not nix's name
    ],
  );
  assert.equal(f[0].message, 'COPY source "result/bin/garage" matches nothing in the build context: result is the link nix-build writes beside default.nix, a build output; the build fails unless that runs before it');
  const noNix = auditInRepo(['Dockerfile', 'src/main.rs'], { Dockerfile: lines('FROM scratch', 'COPY result/bin/garage /') }, { git: false });
  assert.deepEqual(noNix.map((x) => x.severity), ['error']);
});

test('CTX101: a wildcard that matches nothing beside a source of the same instruction that matches is info for both builders (the lockfile idiom; checked against a real daemon\'s legacy builder: legacy-builder.test.ts)', () => {
  const dockerfile = lines('FROM node', 'COPY package.json yarn.lock* package-lock.json* ./', 'COPY yarn.lock* pnpm-lock.yaml* ./', 'COPY package.json yarn.lock ./');
  for (const builder of ['legacy', 'buildkit'] as const) {
    const f = auditInRepo(['Dockerfile', 'package.json'], { Dockerfile: dockerfile }, { git: false, builder })
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || String(a.data.source).localeCompare(String(b.data.source)))
      .map((x) => [x.line, x.data.source, x.severity]);
    // Line 3: no source of it matches (legacy fails); line 4: a missing literal path fails either way.
    const wild = builder === 'legacy' ? 'error' : 'warning';
    assert.deepEqual(f, [[2, 'package-lock.json*', 'info'], [2, 'yarn.lock*', 'info'], [3, 'pnpm-lock.yaml*', wild], [3, 'yarn.lock*', wild], [4, 'yarn.lock', 'error']], builder);
  }
  const m = auditInRepo(['Dockerfile', 'package.json'], { Dockerfile: dockerfile }, { git: false, builder: 'legacy' }).find((x) => x.line === 2 && x.data.source === 'yarn.lock*');
  assert.equal(m?.message, 'COPY source "yarn.lock*" matches nothing in the build context; "package.json" in the same instruction does, so both builders copy that and go on');
});

test('CTX101 under BuildKit: a wildcard that matches nothing is a warning (BuildKit copies nothing and goes on: docker-stacks\' `COPY cwallet.ss[o]`); a literal path, or the legacy builder, an error', () => {
  const dockerfile = lines('FROM python', 'COPY tnsnames.or[a] sqlnet.or[a] /opt/oracle/', 'COPY nomatch* /x/', 'COPY missing.txt /y/', 'RUN --mount=type=bind,source=vendor,target=/v true');
  const run = (builder: 'legacy' | 'buildkit') =>
    auditInRepo(['Dockerfile', 'a.txt'], { Dockerfile: dockerfile }, { git: false, builder })
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || String(a.data.source).localeCompare(String(b.data.source)))
      .map((x) => [x.line, x.data.source, x.severity]);
  assert.deepEqual(run('buildkit'), [
    [2, 'sqlnet.or[a]', 'warning'],
    [2, 'tnsnames.or[a]', 'warning'],
    [3, 'nomatch*', 'warning'],
    [4, 'missing.txt', 'error'],
    [5, 'vendor', 'error'],
  ]);
  assert.deepEqual(run('legacy').map((x) => x[2]), ['error', 'error', 'error', 'error', 'error']);
  const f = auditInRepo(['Dockerfile'], { Dockerfile: dockerfile }, { git: false, builder: 'buildkit' }).find((x) => x.data.source === 'nomatch*');
  assert.equal(f?.message, 'COPY source "nomatch*" matches nothing in the build context: BuildKit copies nothing for it and goes on (the legacy builder fails)');
});

test('CTX101: a source named after the target platform, or let in by an exception that matches nothing else, is a warning (authelia: `*`, `!authelia-linux-*`, COPY authelia-${TARGETOS}-${TARGETARCH}/authelia)', () => {
  const dockerfile = lines(
    'FROM alpine',
    'ARG TARGETOS TARGETARCH',
    'COPY --link authelia-${TARGETOS}-${TARGETARCH}/authelia /app/authelia', // 3: per-platform binaries a release step downloads
    'COPY .local /root/.local', // 4: `!.local` lets in what nothing in the context matches
    'COPY src/b.go /b.go', // 5: `!src` lets in src/a.go: a missing file under it is a mistake
    'COPY missing.txt /', // 6: no exception names it
  );
  const texts = { Dockerfile: dockerfile, '.dockerignore': '*\n!.local\n!src\n!authelia-linux-*\n' };
  const f = auditInRepo(['Dockerfile', '.dockerignore', 'src/a.go'], texts, { git: false, builder: 'buildkit' }).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  assert.deepEqual(
    f.map((x) => [x.line, x.severity, x.data.perPlatform ?? null, x.data.reincludedAt ?? null]),
    [
      [3, 'warning', true, null],
      [4, 'warning', null, 2],
      [5, 'error', null, null],
      [6, 'error', null, null],
    ],
  );
  assert.equal(
    f[0].message,
    'COPY source "authelia-${TARGETOS}-${TARGETARCH}/authelia" ("authelia-linux-amd64/authelia") matches nothing in the build context: a file per target platform, which a build step makes for a multi-platform image; the build fails unless one runs before it',
  );
  assert.equal(f[1].message, 'COPY source ".local" matches nothing in the build context, yet .dockerignore line 2 lets it in with an exception that matches nothing else: made by a step before the build (it fails without one)');
  // The exception alone, without the platform ARGs: still a warning, from the unused `!authelia-linux-*`.
  const plain = auditInRepo(['Dockerfile', '.dockerignore'], { Dockerfile: lines('FROM alpine', 'COPY authelia-linux-amd64/authelia /a'), '.dockerignore': texts['.dockerignore'] }, { git: false });
  assert.deepEqual(plain.map((x) => [x.severity, x.data.reincludedAt]), [['warning', 4]]);
});

// chranama/llm-server: `!deploy` late in its .dockerignore, where no line before it excludes deploy/, and
// `COPY deploy/nginx/ui.conf` of a file no step makes: the exception decided nothing, and the missing
// file was taken as made before the build (a warning). It matches deploy/, which is there: an error.
test('CTX101: an exception that matches a path the context holds is no sign of a file made before the build', () => {
  const texts = { Dockerfile: lines('FROM nginx:alpine', 'COPY deploy/nginx/ui.conf /etc/nginx/conf.d/default.conf'), '.dockerignore': 'data\n!deploy\n' };
  const f = auditInRepo(['Dockerfile', '.dockerignore', 'deploy/docker/Dockerfile.ui'], texts, { git: false });
  assert.deepEqual(f.map((x) => [x.ruleId, x.severity, x.data.reincludedAt ?? null]), [['CTX101', 'error', null]]);
  // One that names only what is not there still is (authelia's `!authelia-linux-*` above).
  const g = auditInRepo(['Dockerfile', '.dockerignore', 'deploy/docker/Dockerfile.ui'], { ...texts, '.dockerignore': 'data\n!deploy/nginx\n' }, { git: false });
  assert.deepEqual(g.map((x) => [x.ruleId, x.severity, x.data.reincludedAt ?? null]), [['CTX101', 'warning', 2]]);
});

test('CTX101: a source named after the target platform through an ARG or ENV made from it is a warning too (symbolicator: ARG BINARY=./binaries/$TARGETPLATFORM/symbolicator, COPY ${BINARY})', () => {
  const dockerfile = lines(
    'ARG GLOBAL_BIN=./out/${TARGETOS}/app', // a global ARG: the automatic platform ARGs are global
    'FROM alpine',
    'ARG TARGETPLATFORM',
    'ARG BINARY=./binaries/$TARGETPLATFORM/symbolicator',
    'COPY --chmod=0755 ${BINARY} /bin/symbolicator', // 5: through the ARG
    'ARG GLOBAL_BIN',
    'COPY ${GLOBAL_BIN} /bin/app', // 7: through the global ARG a bare ARG takes
    'ENV TOOL=tools/${BINARY}.sh',
    'COPY $TOOL /bin/tool', // 9: through an ENV made from it
    'ARG PLAIN=./binaries/symbolicator',
    'COPY ${PLAIN} /bin/plain', // 11: no platform in it: a mistake
  );
  const f = auditInRepo(['Dockerfile'], { Dockerfile: dockerfile }, { git: false, builder: 'buildkit' }).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  assert.deepEqual(
    f.map((x) => [x.line, x.severity, x.data.perPlatform ?? null, x.data.platformVia ?? null]),
    [
      [5, 'warning', true, 'BINARY'],
      [7, 'warning', true, 'GLOBAL_BIN'],
      [9, 'warning', true, 'TOOL'],
      [11, 'error', null, null],
    ],
  );
  assert.match(f[0].message, /^COPY source "\$\{BINARY\}" \("\.\/binaries\/linux\/[a-z0-9]+\/symbolicator", BINARY made from the target platform\) matches nothing in the build context: a file per target platform, /);
  // A --build-arg that sets the ARG replaces the default: the path it names is certain.
  const given = auditInRepo(['Dockerfile'], { Dockerfile: dockerfile }, { git: false, builder: 'buildkit', buildArgs: { BINARY: './nothere' } }).find((x) => x.line === 5);
  assert.deepEqual([given?.severity, given?.data.platformVia ?? null], ['error', null]);
});

test('CTX101: a source a workflow run script or the root Makefile writes is a warning naming that line; one it only reads stays an error (seaweedfs, thanos)', () => {
  const tree = buildTree({
    files: ['README.md', 'test/s3/proxy_signature/Dockerfile', '.github/workflows/s3.yml', 'Makefile'],
    dockerignore: null,
    fileContents: {
      'test/s3/proxy_signature/Dockerfile': lines('FROM alpine', 'COPY weed /usr/bin/', 'COPY rust-toolchain.toml /'),
      '.github/workflows/s3.yml': 'jobs:\n  t:\n    steps:\n      - run: go build -o test/s3/proxy_signature/weed ./weed && cat test/s3/proxy_signature/rust-toolchain.toml\n',
      Makefile: 'docker:\n\t@cp $(PREFIX)/thanos ./thanos_tmp_for_docker\n',
    },
  });
  try {
    mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    const f = runAudit({ context: join(tree.ctx, 'test/s3/proxy_signature'), cwd: tree.ctx, builder: 'legacy' })
      .findings.filter((x) => x.ruleId === 'CTX101')
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    assert.deepEqual(f.map((x) => [x.line, x.severity, x.data.writtenBy ?? null]), [
      [2, 'warning', '.github/workflows/s3.yml:4'],
      [3, 'error', null],
    ]);
    assert.equal(f[0].message, 'COPY source "weed" matches nothing in the build context of the checkout; .github/workflows/s3.yml:4 writes it, so the build fails unless that step runs before it');
    const root = runAudit({ context: tree.ctx, file: join(tree.ctx, 'test/s3/proxy_signature/Dockerfile'), cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX101');
    assert.ok(root.every((x) => x.severity === 'error'), 'from the root, weed is another path: not the one the workflow writes');
  } finally {
    tree.cleanup();
  }
});

// Piped's workflow: `pnpm build && ./localizefonts.sh && mv dist/ dist-ci/`, then a build copying ./dist-ci/;
// dist-ci is git-ignored, and the finding said only "git ignores it", not which step makes it.
test('CTX101: a git-ignored missing source a workflow script writes names that line', () => {
  const tree = buildTree({
    files: ['README.md', 'Dockerfile', '.gitignore', '.github/workflows/ci.yml'],
    dockerignore: null,
    fileContents: {
      Dockerfile: lines('FROM nginx', 'COPY ./dist-ci/ /usr/share/nginx/html/', 'COPY ./dist/ /x/'),
      '.gitignore': 'dist/\ndist-ci/\n',
      '.github/workflows/ci.yml': 'jobs:\n  b:\n    steps:\n      - run: pnpm build && ./localizefonts.sh && mv dist/ dist-ci/\n',
    },
  });
  try {
    mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX101').sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    assert.deepEqual(f.map((x) => [x.line, x.severity, x.data.writtenBy ?? null, x.data.gitignored ?? false]), [
      [2, 'warning', '.github/workflows/ci.yml:4', false],
      [3, 'warning', null, true],
    ]);
  } finally {
    tree.cleanup();
  }
});

// dperson/samba: Docker Hub's hooks/post_checkout downloads qemu-aarch64-static into the context before
// the automated build; Dockerfile.aarch64 copies it. Two CTX101 errors on a build that works.
test('CTX101: a missing source beside Docker Hub build hooks (hooks/post_checkout, hooks/pre_build) is a warning naming the hook', () => {
  const sev = (files: string[]) =>
    auditInRepo(['Dockerfile', ...files], { Dockerfile: lines('FROM alpine', 'COPY qemu-aarch64-static /usr/bin/') }, { git: false }).map((x) => [x.severity, x.data.preparedBy ?? null]);
  assert.deepEqual(sev(['hooks/post_checkout']), [['warning', "Docker Hub's hooks/post_checkout (an automated build runs it in the checkout first)"]]);
  assert.deepEqual(sev(['hooks/pre_build']), [['warning', "Docker Hub's hooks/pre_build (an automated build runs it in the checkout first)"]]);
  assert.deepEqual(sev(['hooks/post_push']), [['error', null]]);
  assert.deepEqual(sev([]), [['error', null]]);
});

test('CTX101: a missing source named like a Go file beside it without .go (moby networkdb-test: COPY testMain, built by go build testMain.go) is a warning', () => {
  const dockerfile = lines('FROM alpine', 'COPY testMain /app/', 'COPY diagnosticClient /app/', 'COPY testMain.sh /app/');
  const f = auditInRepo(['Dockerfile', 'testMain.go', 'client.go'], { Dockerfile: dockerfile }, { git: false }).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  assert.deepEqual(
    f.map((x) => [x.line, x.severity, x.data.goBinary ?? null]),
    [
      [2, 'warning', 'testMain.go'],
      [3, 'error', null], // no diagnosticClient.go: nothing here builds it
      [4, 'error', null], // a name with an extension is no binary of testMain.go
    ],
  );
  assert.equal(f[0].message, 'COPY source "testMain" matches nothing in the build context: the program `go build testMain.go` makes from the testMain.go beside it; the build fails unless that runs before it');
});

test('CTX101: a Go file beside the source that is a library (wishlist.go, package wishlist) is no program go build makes; a command of that name is named instead (sweep 55/O-F6)', () => {
  const dockerfile = lines('FROM alpine', 'COPY wishlist /usr/local/bin/');
  const lib = { Dockerfile: dockerfile, 'wishlist.go': '// Package wishlist lists SSH endpoints.\npackage wishlist\n\nfunc List() {}\n' };
  const alone = auditInRepo(['Dockerfile', 'wishlist.go'], lib, { git: false });
  assert.deepEqual(alone.map((x) => [x.severity, x.data.goBinary ?? null]), [['error', null]]);
  const withCmd = auditInRepo(['Dockerfile', 'wishlist.go', 'cmd/wishlist/main.go'], { ...lib, 'cmd/wishlist/main.go': 'package main\n\nfunc main() {}\n' });
  assert.deepEqual(withCmd.map((x) => [x.severity, x.data.goBinary ?? null, typeof x.data.goCommand]), [['warning', null, 'string']]);
  // A command's source still is (a build tag and a comment before the clause).
  const main = auditInRepo(['Dockerfile', 'wishlist.go'], { ...lib, 'wishlist.go': '//go:build linux\n\n// The server.\npackage main\n\nfunc main() {}\n' }, { git: false });
  assert.deepEqual(main.map((x) => [x.severity, x.data.goBinary ?? null]), [['warning', 'wishlist.go']]);
  // A `package ...` line inside a block comment is no clause (the review of cd12884b, RA-R6).
  const doc = auditInRepo(['Dockerfile', 'wishlist.go'], { ...lib, 'wishlist.go': '/*\npackage documentation: this file is the server command.\n*/\npackage main\n\nfunc main() {}\n' }, { git: false });
  assert.deepEqual(doc.map((x) => [x.severity, x.data.goBinary ?? null]), [['warning', 'wishlist.go']]);
  const inline = auditInRepo(['Dockerfile', 'wishlist.go'], { ...lib, 'wishlist.go': '/* a */ /* b\npackage wishlist\n*/ package main\n' }, { git: false });
  assert.deepEqual(inline.map((x) => [x.severity, x.data.goBinary ?? null]), [['warning', 'wishlist.go']]);
});

// lago: api/ and front/ are submodules its workflow checks out (`submodules: true`); a clone without
// --recurse-submodules has them empty, and CTX101 said the build will fail.
test('CTX101: a source in a git submodule this checkout has not checked out is a warning naming it; a checked-out one, or a path outside submodules, is judged as usual', () => {
  const dockerfile = lines('FROM ruby', 'COPY api/Gemfile /app/', 'COPY front/package.json /f/', 'COPY lib/missing.rb /l/', 'COPY docs/x.md /d/');
  const tree = buildTree({
    files: ['Dockerfile', '.gitmodules', 'front/README.md', 'lib/a.rb'],
    dockerignore: null,
    fileContents: { Dockerfile: dockerfile, '.gitmodules': '[submodule "api"]\n\tpath = api\n\turl = https://example.com/api.git\n[submodule "front"]\n\tpath = front\n\turl = https://example.com/front.git\n[submodule "docs"]\n\tpath = docs\n\turl = https://example.com/docs.git\n' },
  });
  try {
    mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    mkdirSync(join(tree.ctx, 'api')); // empty: not checked out; docs/ missing altogether
    const f = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' })
      .findings.filter((x) => x.ruleId === 'CTX101')
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    assert.deepEqual(
      f.map((x) => [x.line, x.severity, x.data.submodule ?? null]),
      [
        [2, 'warning', 'api'],
        [3, 'error', null], // front/ is checked out and has no package.json: a real mistake
        [4, 'error', null],
        [5, 'warning', 'docs'],
      ],
    );
    assert.equal(f[0].message, 'COPY source "api/Gemfile" matches nothing in the build context of this checkout: it lies in git submodule api, which is not checked out here (git submodule update --init); the build fails without it');
    // Under BuildKit a wildcard in it matches nothing and is copied as nothing; still, the submodule is
    // why (mediacloud's `COPY dashboards/dashboards/*`, a submodule its CI checks out).
    writeFileSync(join(tree.ctx, 'Dockerfile'), lines('FROM ruby', 'COPY api/*.gemspec /app/', 'COPY lib/*.gem /l/'));
    const bk = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit' })
      .findings.filter((x) => x.ruleId === 'CTX101')
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    assert.deepEqual(bk.map((x) => [x.line, x.severity, x.data.submodule ?? null]), [[2, 'warning', 'api'], [3, 'warning', null]]);
    assert.equal(bk[0].message, 'COPY source "api/*.gemspec" matches nothing in the build context of this checkout: it lies in git submodule api, which is not checked out here (git submodule update --init); without it BuildKit copies nothing for it and goes on (the legacy builder fails)');
    // With a workflow step before the build that only may write the context, the submodule still (odk-central's
    // `COPY server/package*.json` named its "Show Docker Context" report script; sweep 54/F-F3).
    const may = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit', contextPreparedBy: '"Show Docker Context" (a run script)' })
      .findings.filter((x) => x.ruleId === 'CTX101')
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    assert.deepEqual(may.map((x) => [x.line, x.severity, x.data.submodule ?? null, x.data.preparedBy ?? null]), [[2, 'warning', 'api', null], [3, 'warning', null, '"Show Docker Context" (a run script)']]);
  } finally {
    tree.cleanup();
  }
});

// JustArchiNET/ArchiSteamFarm: `COPY .git/modules/ASF-ui` (the submodule's git directory, for the
// commit its UI build stamps), built by a job whose checkout has `submodules: recursive`: in a clone
// without submodules CTX101 said "runs no step before this build that could make it: the build will
// fail" (sweep 46/C). The directory is `.git/modules/<name>`, the name `.gitmodules` gives the section.
test('CTX101: a submodule\'s git directory (.git/modules/NAME) the checkout lacks is the submodule\'s, named by its section', () => {
  const dockerfile = lines('FROM alpine', 'COPY ui /app/ui', 'COPY .git/modules/web-ui /app/.git/modules/web-ui', 'COPY .git/modules/other /o', 'COPY .git/modules/lib/HEAD /l');
  const tree = buildTree({
    files: ['Dockerfile', '.gitmodules', 'ui/index.js'],
    dockerignore: null,
    fileContents: { Dockerfile: dockerfile, '.gitmodules': '[submodule "web-ui"]\n\tpath = ui\n\turl = https://example.com/ui.git\n[submodule "lib"]\n\tpath = vendor/lib\n\turl = https://example.com/lib.git\n' },
  });
  try {
    mkdirSync(join(tree.ctx, '.git', 'modules', 'lib'), { recursive: true }); // lib is checked out: its git directory is there
    writeFileSync(join(tree.ctx, '.git', 'modules', 'lib', 'config'), '');
    const run = (opts: Partial<Parameters<typeof runAudit>[0]> = {}) =>
      runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit', ...opts })
        .findings.filter((x) => x.ruleId === 'CTX101')
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    const f = run();
    assert.deepEqual(
      f.map((x) => [x.line, x.severity, x.data.submodule ?? null]),
      [
        [3, 'warning', 'ui'],
        [4, 'error', null], // no submodule of that name
        [5, 'error', null], // lib's git directory is there and has no HEAD: judged as usual
      ],
    );
    assert.equal(f[0].message, 'COPY source ".git/modules/web-ui" matches nothing in the build context of this checkout: it lies in the git directory of submodule ui, which only checking the submodule out makes (git submodule update --init); the build fails without it');
    // A workflow job whose checkout fetches submodules makes it; one whose checkout does not, never does.
    assert.deepEqual(run({ checkoutOnly: { submodules: true } }).map((x) => [x.line, x.severity]), [[3, 'warning'], [4, 'error'], [5, 'error']]);
    assert.deepEqual(run({ checkoutOnly: { submodules: false } }).map((x) => [x.line, x.severity]), [[3, 'error'], [4, 'error'], [5, 'error']]);
  } finally {
    tree.cleanup();
  }
  // `.git/modules` itself, and a source written from the root with a slash (the review of 856bd28).
  const whole = buildTree({
    files: ['Dockerfile', '.gitmodules', 'ui/index.js'],
    dockerignore: null,
    fileContents: { Dockerfile: lines('FROM alpine', 'COPY .git/modules /m', 'COPY /.git/modules/web-ui /w'), '.gitmodules': '[submodule "web-ui"]\n\tpath = ui\n\turl = https://example.com/ui.git\n' },
  });
  try {
    mkdirSync(join(whole.ctx, '.git'), { recursive: true });
    const f = runAudit({ context: whole.ctx, cwd: whole.ctx, builder: 'buildkit', checkoutOnly: { submodules: true } }).findings.filter((x) => x.ruleId === 'CTX101').sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    assert.deepEqual(f.map((x) => [x.line, x.severity, x.data.submodule ?? null]), [[2, 'warning', 'ui'], [3, 'warning', 'ui']]);
    assert.match(f[1].message, /it lies in the git directory of submodule ui/);
  } finally {
    whole.cleanup();
  }
});

// populationgenomics/production-pipelines: docker.yaml checks out with `submodules: recursive`, runs
// `gcloud auth configure-docker` (a run step that may write anywhere), then builds; CTX101 named that
// step as the one that may make seqr-loading-pipelines/hail_scripts, a submodule this clone lacks.
// A submodule the checkout lacks comes before a step that only may write; one that writes it, not.
test('CTX101: a source in a submodule this checkout lacks names the submodule before a step that only may write anywhere', () => {
  const tree = buildTree({
    files: ['Dockerfile', '.gitmodules', 'lib/a.py'],
    dockerignore: null,
    fileContents: { Dockerfile: lines('FROM python', 'COPY seqr/hail_scripts /s/', 'COPY lib/made.txt /m/'), '.gitmodules': '[submodule "seqr"]\n\tpath = seqr\n\turl = https://example.com/seqr.git\n' },
  });
  try {
    mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    const f = runAudit({
      context: tree.ctx,
      cwd: tree.ctx,
      builder: 'legacy',
      contextPreparedBy: '"gcloud auth" (a run script)',
      contextPreparers: [{ step: '"gcloud auth" (a run script)', dirs: [tree.ctx], script: 'gcloud auth configure-docker\necho x > lib/made.txt\n', scriptAt: tree.ctx }],
    })
      .findings.filter((x) => x.ruleId === 'CTX101')
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    assert.deepEqual(f.map((x) => [x.line, x.severity, x.data.submodule ?? null, x.data.preparedBy ?? null]), [
      [2, 'warning', 'seqr', null],
      [3, 'warning', null, '"gcloud auth" (a run script)'],
    ]);
  } finally {
    tree.cleanup();
  }
});

// juicefs: sync.yml runs `sh .github/scripts/sync/sync_cluster.sh`, which copies id_rsa.pub into
// .github/scripts/ssh and builds that directory.
test('CTX101: a source a shell script run by a workflow writes is a warning naming the script\'s line; a script no workflow runs does not count', () => {
  const tree = buildTree({
    files: ['README.md', 'ci/ssh/Dockerfile', 'ci/setup.sh', 'ci/unused.sh', '.github/workflows/ci.yml'],
    dockerignore: null,
    fileContents: {
      'ci/ssh/Dockerfile': lines('FROM alpine', 'COPY id_rsa.pub /root/.ssh/authorized_keys', 'COPY host_key /etc/ssh/'),
      'ci/setup.sh': '#!/bin/sh\nset -e\ncp -f /tmp/k.pub ci/ssh/id_rsa.pub\ndocker build -t ssh ci/ssh\n',
      'ci/unused.sh': 'cp /tmp/h ci/ssh/host_key\n',
      '.github/workflows/ci.yml': 'jobs:\n  t:\n    steps:\n      - uses: actions/checkout@v4\n      - run: sh ci/setup.sh\n',
    },
  });
  try {
    mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    const f = runAudit({ context: join(tree.ctx, 'ci/ssh'), cwd: tree.ctx, builder: 'legacy' })
      .findings.filter((x) => x.ruleId === 'CTX101')
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    assert.deepEqual(f.map((x) => [x.line, x.severity, x.data.writtenBy ?? null]), [
      [2, 'warning', 'ci/setup.sh:3'],
      [3, 'error', null],
    ]);
  } finally {
    tree.cleanup();
  }
});

// pomerium's .github/Dockerfile-release-nonroot: `COPY pomerium /bin/`, the binary of cmd/pomerium.
test('CTX101: a missing source named after one of the repository\'s Go commands (cmd/<name>/) is a warning naming go build; a name with no such command stays an error', () => {
  const tree = buildTree({
    files: ['.github/Dockerfile-release', 'cmd/pomerium/main.go', 'cmd/tool/README.md', 'go.mod'],
    dockerignore: null,
    fileContents: { '.github/Dockerfile-release': lines('FROM alpine', 'COPY pomerium /bin/', 'COPY tool /bin/', 'COPY other /bin/') },
  });
  try {
    mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    const f = runAudit({ context: join(tree.ctx, '.github'), file: join(tree.ctx, '.github/Dockerfile-release'), cwd: tree.ctx, builder: 'legacy' })
      .findings.filter((x) => x.ruleId === 'CTX101')
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    assert.deepEqual(f.map((x) => [x.line, x.severity, x.data.goCommand ?? null]), [
      [2, 'warning', './cmd/pomerium'],
      [3, 'error', null], // cmd/tool has no Go file
      [4, 'error', null],
    ]);
    assert.equal(f[0].message, 'COPY source "pomerium" matches nothing in the build context: the program `go build ./cmd/pomerium` makes; the build fails unless that runs before it');
  } finally {
    tree.cleanup();
  }
});

// nomad's dev/docker-clients/build/Dockerfile: `COPY nomad /bin/nomad`, the program `go build` makes at
// the root of module github.com/hashicorp/nomad (main.go is `package main`).
test('CTX101: a missing source named after the root package main\'s module is a warning naming go build .; without package main, or another name, an error', () => {
  const run = (files: string[], texts: Record<string, string>) => {
    const tree = buildTree({ files: ['dev/build/Dockerfile', ...files], dockerignore: null, fileContents: { 'dev/build/Dockerfile': lines('FROM alpine', 'COPY nomad /bin/nomad', 'COPY api /bin/api'), ...texts } });
    try {
      mkdirSync(join(tree.ctx, '.git'), { recursive: true });
      return runAudit({ context: join(tree.ctx, 'dev/build'), cwd: tree.ctx, builder: 'legacy' })
        .findings.filter((x) => x.ruleId === 'CTX101')
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
        .map((x) => [x.line, x.severity, x.data.goCommand ?? null]);
    } finally {
      tree.cleanup();
    }
  };
  const gomod = 'module github.com/hashicorp/nomad\n\ngo 1.22\n';
  assert.deepEqual(run(['go.mod', 'main.go', 'main_test.go', 'api/api.go'], { 'go.mod': gomod, 'main.go': '// Copyright\n\npackage main\n\nfunc main() {}\n', 'main_test.go': 'package main\n', 'api/api.go': 'package api\n' }), [
    [2, 'warning', '.'],
    [3, 'error', null], // api/ is a library package, no program
  ]);
  // A major-version suffix is not the program's name: `go build` names it after the element before it.
  assert.deepEqual(run(['go.mod', 'main.go'], { 'go.mod': 'module github.com/hashicorp/nomad/v2\n', 'main.go': 'package main\n' }).map((r) => r[1]), ['warning', 'error']);
  // The root is a library (only its test is package main): the name is no program of it.
  assert.deepEqual(run(['go.mod', 'nomad.go', 'main_test.go'], { 'go.mod': gomod, 'nomad.go': 'package nomad\n', 'main_test.go': 'package main\n' }).map((r) => r[1]), ['error', 'error']);
});

// Altinity/clickhouse-sink-connector's root Dockerfile: `COPY sink-connector-client/sink-connector-client`,
// the program `go build` writes in that directory, a module of its own (its CI runs it there first):
// CTX101 said "none is seen to write it", an error. As the root's program, a warning naming `go build -C dir`.
test('CTX101: a missing <dir>/<name> that is the program of a Go module of its own in <dir> is a warning naming go build -C dir', () => {
  const run = (texts: Record<string, string>) => {
    const tree = buildTree({ files: ['Dockerfile', ...Object.keys(texts)], dockerignore: null, fileContents: { Dockerfile: lines('FROM alpine', 'COPY client/sink-client /usr/bin/', 'COPY lib/tool /usr/lib/x'), ...texts } });
    try {
      mkdirSync(join(tree.ctx, '.git'), { recursive: true });
      return runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' })
        .findings.filter((x) => x.ruleId === 'CTX101')
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
        .map((x) => [x.line, x.severity, x.data.goCommand ?? null, x.message]);
    } finally {
      tree.cleanup();
    }
  };
  const r = run({ 'client/go.mod': 'module github.com/acme/sink-client\n', 'client/main.go': 'package main\n\nfunc main() {}\n', 'lib/go.mod': 'module github.com/acme/lib\n', 'lib/lib.go': 'package lib\n' });
  assert.deepEqual(r.map((x) => x.slice(0, 3)), [
    [2, 'warning', '-C client'],
    [3, 'error', null], // lib/ is a library: no program named tool
  ]);
  assert.match(String(r[0][3]), /the program `go build -C client` makes; the build fails unless that runs before it/);
  // Another name than the module's last element is no program of it.
  assert.deepEqual(run({ 'client/go.mod': 'module github.com/acme/other\n', 'client/main.go': 'package main\n' }).map((x) => x[1]), ['error', 'error']);
  // The review of d22d3b9: the source is the context's; a module at the repository root's `client/` is
  // not in a context below it, whose build can never hold what `go build -C client` writes there.
  const below = buildTree({ files: ['svc/Dockerfile', 'svc/x.txt', 'client/go.mod', 'client/main.go'], dockerignore: null, fileContents: { 'svc/Dockerfile': lines('FROM alpine', 'COPY client/client /usr/bin/'), 'client/go.mod': 'module github.com/acme/client\n', 'client/main.go': 'package main\n' } });
  try {
    mkdirSync(join(below.ctx, '.git'), { recursive: true });
    const f = runAudit({ context: join(below.ctx, 'svc'), cwd: below.ctx, builder: 'legacy' }).findings.filter((x) => x.ruleId === 'CTX101');
    assert.deepEqual(f.map((x) => [x.severity, x.data.goCommand ?? null]), [['error', null]]);
  } finally {
    below.cleanup();
  }
});

// typesense's docker/deployment.Dockerfile: `COPY typesense-server /opt`, the cc_binary / add_executable
// its scripts build into bazel-bin/ or build-*/ and then build the image from.
test('CTX101: a missing source named after a program the root CMakeLists.txt, BUILD or Cargo.toml declares is a warning naming it; another name stays an error', () => {
  const tree = buildTree({
    files: ['docker/deployment.Dockerfile', 'CMakeLists.txt', 'BUILD.bazel', 'Cargo.toml', 'src/main.cpp'],
    dockerignore: null,
    fileContents: {
      'docker/deployment.Dockerfile': lines('FROM ubuntu:22.04', 'COPY typesense-server /opt', 'COPY benchmark /opt', 'COPY ctl /opt', 'COPY typesense-test /opt', 'COPY other /opt', 'COPY helper /opt'),
      'CMakeLists.txt': lines('cmake_minimum_required(VERSION 3.17)', 'project(typesense)', 'add_executable(typesense-server ${SRC_FILES} src/main.cpp)', '# add_executable(typesense-test test/main.cpp)'),
      'BUILD.bazel': lines('cc_library(', '    name = "helper",', ')', 'cc_binary(', '    name = "benchmark",', '    srcs = ["src/main.cpp"],', ')'),
      'Cargo.toml': lines('[package]', 'name = "ctl"', 'version = "0.1.0"', '', '[dependencies]', 'name = "not-a-program"'),
    },
  });
  try {
    mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    const f = runAudit({ context: join(tree.ctx, 'docker'), file: join(tree.ctx, 'docker/deployment.Dockerfile'), cwd: tree.ctx, builder: 'legacy' })
      .findings.filter((x) => x.ruleId === 'CTX101')
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    assert.deepEqual(f.map((x) => [x.line, x.severity, x.data.buildTarget ?? null]), [
      [2, 'warning', 'CMakeLists.txt:3 (add_executable)'],
      [3, 'warning', 'BUILD.bazel:5 (cc_binary)'],
      [4, 'warning', 'Cargo.toml:2 ([package])'],
      [5, 'error', null], // only in a comment
      [6, 'error', null],
      [7, 'error', null], // a library, not a program
    ]);
    assert.equal(f[0].message, 'COPY source "typesense-server" matches nothing in the build context: the program that CMakeLists.txt:3 (add_executable) declares, a build output; the build fails unless it is built into the context first');
  } finally {
    tree.cleanup();
  }
});

// firezone: rust/ is a Cargo workspace and its compose file builds rust/Dockerfile with
// PACKAGE=firezone-gateway, whose `COPY ${PACKAGE} .` takes the binary cargo builds first
// (rust/gateway/Cargo.toml: name = "firezone-gateway").
test('CTX101: a missing source named after a Cargo package of the context (a workspace member) is a warning naming its Cargo.toml', () => {
  const tree = buildTree({
    files: ['rust/Dockerfile', 'rust/Cargo.toml', 'rust/gateway/Cargo.toml', 'rust/gateway/src/main.rs'],
    dockerignore: null,
    fileContents: {
      'rust/Dockerfile': lines('FROM debian:12', 'ARG PACKAGE', 'COPY ${PACKAGE} .'),
      'rust/Cargo.toml': lines('[workspace]', 'members = ["gateway"]'),
      'rust/gateway/Cargo.toml': lines('[package]', 'name = "firezone-gateway"', 'version = "1.0.0"'),
    },
  });
  try {
    mkdirSync(join(tree.ctx, '.git'), { recursive: true });
    const audit = (pkg: string) =>
      runAudit({ context: join(tree.ctx, 'rust'), cwd: tree.ctx, builder: 'legacy', buildArgs: { PACKAGE: pkg } }).findings.filter((x) => x.ruleId === 'CTX101').map((x) => [x.severity, x.data.buildTarget ?? null]);
    assert.deepEqual(audit('firezone-gateway'), [['warning', 'gateway/Cargo.toml:2 ([package])']]);
    assert.deepEqual(audit('firezone-relay'), [['error', null]]);
  } finally {
    tree.cleanup();
  }
});

// LocalAI's backend/Dockerfile.golang: ARG BACKEND=rerankers (a Python backend's name, left from
// another Dockerfile), COPY backend/go/${BACKEND}/; every real build passes --build-arg BACKEND.
// VictoriaMetrics: ARG src_binary=non-existing, COPY $src_binary ./vmagent-prod.
test('CTX101: a path component that is an ARG left at a default naming nothing, where other names are, is a warning; given by --build-arg, or in an empty directory, an error', () => {
  const audit = (dockerfile: string, buildArgs: Record<string, string> = {}) => {
    const tree = buildTree({ files: ['Dockerfile', 'backend/go/whisper/main.go', 'backend/go/llama/main.go'], fileContents: { Dockerfile: dockerfile }, dockerignore: null });
    try {
      return runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit', buildArgs }).findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.severity, f.message]);
    } finally {
      tree.cleanup();
    }
  };
  const f = audit('FROM alpine\nARG BACKEND=rerankers\nCOPY backend/go/${BACKEND}/ /src/\n');
  assert.deepEqual(f.map(([s]) => s), ['warning']);
  assert.match(String(f[0][1]), /^COPY source "backend\/go\/\$\{BACKEND\}\/" \("backend\/go\/rerankers\/" with ARG BACKEND's default "rerankers"\) matches nothing in the build context, while backend\/go\/ holds other names \((llama|whisper), \.\.\.\): a placeholder default; the build fails unless --build-arg BACKEND names one that exists$/);
  assert.deepEqual(audit('FROM alpine\nARG src_binary=non-existing\nCOPY $src_binary ./app-prod\n').map(([s]) => s), ['warning']);
  // Given on the command line, the value is what the build uses: an error.
  assert.deepEqual(audit('FROM alpine\nARG BACKEND=rerankers\nCOPY backend/go/${BACKEND}/ /src/\n', { BACKEND: 'bark' }).map(([s]) => s), ['error']);
  // A directory with nothing else in it, or an ARG inside a component (app-${VERSION}.txt): an error.
  assert.deepEqual(audit('FROM alpine\nARG B=x\nCOPY backend/py/${B}/ /src/\n').map(([s]) => s), ['error']);
  assert.deepEqual(audit('FROM alpine\nARG V=2\nCOPY backend/go/llama-${V} /src/\n').map(([s]) => s), ['error']);  // BuildKit's own platform ARG (duplicati's `ARG TARGETARCH`, `COPY ./${TARGETARCH}`; sweep 51/I-F3): set
  // from --platform, not --build-arg, so no "placeholder default": one file per platform.
  const perArch = audit('FROM alpine\nARG TARGETARCH\nCOPY backend/${TARGETARCH} /opt/app\n');
  assert.deepEqual(perArch.map(([s]) => s), ['warning']);
  assert.doesNotMatch(String(perArch[0][1]), /placeholder default|--build-arg TARGETARCH/);
  assert.match(String(perArch[0][1]), /a file per target platform/);
});

// ziti: ARG ARTIFACTS_DIR=release, COPY ${ARTIFACTS_DIR}/${TARGETARCH}/linux/ziti; release/ is git-ignored
// and the workflow's download-artifact fills it. A real default, not a placeholder.
test('CTX101: an ARG default naming a path git ignores is a build output, not a placeholder', () => {
  const dockerfile = 'FROM alpine\nARG ARTIFACTS_DIR=release\nCOPY ${ARTIFACTS_DIR}/ziti /usr/local/bin/\n';
  const f = auditInRepo(['Dockerfile', '.gitignore', 'dist/README.md', 'docs/a.md'], { Dockerfile: dockerfile, '.gitignore': 'release/\n' });
  assert.deepEqual(f.map((x) => [x.severity, x.data.gitignored ?? false, x.data.argDefault ?? null]), [['warning', true, null]]);
});

// sambanova/ai-starter-kit: four Dockerfiles `COPY .env`, and .dockerignore has `*.env`; CTX101 said a
// workflow step "writes it" (a warning), but made or not, the builder never gets it.
test('CTX101: a missing source the ignore file would exclude were it made stays an error naming the line, whatever step or git says; one an exception lets in does not', () => {
  const dockerfile = lines('FROM python:3.11', 'COPY .env /app/.env', 'COPY dist/app.whl /app/', 'COPY build/out.bin /app/');
  const f = auditInRepo(['Dockerfile', '.gitignore', '.dockerignore', 'src/app.py'], { Dockerfile: dockerfile, '.gitignore': '.env\ndist/\nbuild/\n', '.dockerignore': '*.env\ndist\n*\n!src\n!build/out.bin\n' }).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  assert.deepEqual(
    f.map((x) => [x.line, x.severity, x.data.ignoreLine ?? null]),
    [
      [2, 'error', 1], // `*.env`, the first line that excludes it (nothing after lets it back in)
      [3, 'error', 2],
      [4, 'warning', null], // git ignores it and `!build/out.bin` lets it in: made before the build
    ],
  );
  assert.equal(f[0].message, 'COPY source ".env" matches nothing in the build context, and .dockerignore line 1 (*.env) would exclude it were it made before the build: the build will fail');
  // debezium-examples' Quarkus `.dockerignore`: `*`, then `!target/quarkus-app/**` lets the contents
  // of the directory `COPY target/quarkus-app/` takes back in: a build output, not excluded.
  const quarkus = auditInRepo(['Dockerfile', '.gitignore', '.dockerignore', 'pom.xml'], { Dockerfile: lines('FROM eclipse-temurin:21', 'COPY target/quarkus-app/ /deployments/'), '.gitignore': 'target/\n', '.dockerignore': '*\n!target/*-runner\n!target/quarkus-app/**\n' });
  assert.deepEqual(quarkus.map((x) => [x.severity, x.data.ignoreLine ?? null]), [['warning', null]]);
});

// Sweep N's reproduction (strimzi-kafka-bridge's shape): `COPY target/app-${VERSION}.jar` with `target`
// in .dockerignore was a "build output?" warning with or without --build-arg VERSION: the builder
// never gets any target/app-*.jar. Only when the directory before the ARG is excluded, whatever value.
test('CTX101: a source with an ARG whose directory before it the ignore file excludes is an error naming the line; an ARG in the first component stays a warning', () => {
  const files = ['Dockerfile', '.gitignore', '.dockerignore', 'pom.xml'];
  const f = (dockerfile: string, ignore: string, buildArgs?: Record<string, string>) =>
    auditInRepo(files, { Dockerfile: dockerfile, '.gitignore': 'target/\n1.0/\n', '.dockerignore': ignore }, { buildArgs }).map((x) => [x.severity, x.data.ignoreLine ?? null]);
  const jar = lines('FROM eclipse-temurin:21', 'ARG VERSION=1.0', 'COPY target/app-${VERSION}.jar /app.jar');
  assert.deepEqual(f(jar, 'target\n'), [['error', 1]]);
  assert.deepEqual(f(jar, 'target\n', { VERSION: '2.0' }), [['error', 1]]);
  // Only that version excluded: another value may be sent.
  assert.deepEqual(f(jar, 'target/app-1.0.jar\n'), [['warning', null]]);
  assert.deepEqual(f(lines('FROM alpine', 'ARG V=1.0', 'COPY ${V}/app.jar /app.jar'), '1.0\n'), [['warning', null]]);
});

// discourse/discourse_docker's dev image: `COPY --from=templates /postgres.${PG_MAJOR}.template.yml`,
// PG_MAJOR declared nowhere in the Dockerfile but set by its base (`ENV PG_MAJOR=18`); postgres:16 sets
// it too. The builder expands a source with the image's ENV: the error "the build will fail" on
// "postgres..template.yml" was false (sweep 47/C-F2). From scratch, or once declared, "" is certain.
test('CTX101: a source with a name the Dockerfile declares nowhere, in a stage built on an image, is a warning: the image ENV may set it', () => {
  const shape = { files: ['postgres.16.template.yml'] };
  const onImage = c101(runAuditOf(shape, lines('FROM postgres:16', 'COPY postgres.${PG_MAJOR}.template.yml /etc/x.yml')));
  assert.deepEqual(onImage.map((f) => [f.severity, f.data.imageEnvVars]), [['warning', ['PG_MAJOR']]]);
  assert.equal(onImage[0].message, 'COPY source "postgres.${PG_MAJOR}.template.yml" ("postgres..template.yml" with PG_MAJOR empty) matches nothing in the build context; the Dockerfile declares it nowhere, so the value is what the base image\'s ENV sets, not known here: the build fails unless that names a path that exists');
  // Through a stage of the file built on an image, too.
  assert.deepEqual(c101(runAuditOf(shape, lines('FROM postgres:16 AS base', 'FROM base', 'COPY postgres.${PG_MAJOR}.template.yml /x'))).map((f) => f.severity), ['warning']);
  // From scratch (and a stage of it), or an official image whose ENV is PATH alone: nothing sets it; the error stays.
  for (const base of ['alpine', 'alpine:3.20', 'docker.io/library/debian:bookworm', 'ubuntu', 'busybox:1']) assert.deepEqual(c101(runAuditOf(shape, lines(`FROM ${base}`, 'COPY postgres.${PG_MAJOR}.template.yml /x'))).map((f) => f.severity), ['error'], base);
  assert.deepEqual(c101(runAuditOf(shape, lines('FROM scratch', 'COPY postgres.${PG_MAJOR}.template.yml /x'))).map((f) => f.severity), ['error']);
  assert.deepEqual(c101(runAuditOf(shape, lines('FROM scratch AS s', 'FROM s', 'COPY postgres.${PG_MAJOR}.template.yml /x'))).map((f) => f.severity), ['error']);
  // The review of 8acf230f: a name the file sets elsewhere (a global ARG not declared again, another
  // stage's ARG), a typo of one, a --build-arg the file never declares, a lower-case name: the file's
  // own mistake, not the image's ENV; the error stays. So do docker.io/alpine and index.docker.io spellings.
  const stays = (...df: string[]) => assert.deepEqual(c101(runAuditOf(shape, lines(...df))).map((f) => f.severity), ['error'], df.join(' | '));
  stays('ARG PG_MAJOR=16', 'FROM postgres:16', 'COPY postgres.${PG_MAJOR}.template.yml /x');
  stays('FROM postgres:16 AS a', 'ARG PG_MAJOR=16', 'FROM postgres:16', 'COPY postgres.${PG_MAJOR}.template.yml /x');
  stays('FROM postgres:16', 'ARG PG_MAJOR_VERSION=16', 'COPY postgres.${PG_MAJOR_VERSON}.template.yml /x');
  stays('FROM postgres:16', 'COPY postgres.${pg_major}.template.yml /x');
  stays('FROM docker.io/alpine:3.19', 'COPY postgres.${PG_MAJOR}.template.yml /x');
  stays('FROM index.docker.io/library/alpine:3.19', 'COPY postgres.${PG_MAJOR}.template.yml /x');
  const passed = runAuditOfArgs(shape, lines('FROM postgres:16', 'COPY postgres.${PG_MAJOR}.template.yml /x'), { PG_MAJOR: '17' });
  assert.deepEqual(c101(passed).map((f) => f.severity), ['error']);
  // Declared by the Dockerfile with an empty value: "" is what it holds; the error stays.
  assert.deepEqual(c101(runAuditOf(shape, lines('FROM postgres:16', 'ENV PG_MAJOR=', 'COPY postgres.${PG_MAJOR}.template.yml /x'))).map((f) => f.severity), ['error']);
});

function runAuditOf(shape: { files: string[] }, dockerfile: string) {
  return runAuditOfArgs(shape, dockerfile, {});
}

function runAuditOfArgs(shape: { files: string[] }, dockerfile: string, buildArgs: Record<string, string>) {
  const t = buildTree({ files: [...shape.files, 'Dockerfile'], fileContents: { Dockerfile: dockerfile }, dockerignore: null });
  try {
    return runAudit({ context: t.ctx, cwd: t.ctx, builder: 'buildkit', buildArgs });
  } finally {
    t.cleanup();
  }
}

const c101 = (r: { findings: { ruleId: string; severity: string; message: string; data: Record<string, unknown> }[] }) => r.findings.filter((f) => f.ruleId === 'CTX101');

// apache/shenyu: 41 example modules whose pom.xml builds the image with fabric8's docker-maven-plugin
// (`ADD target/shenyu-examples-http.jar`): Maven runs it after package has written the jar (sweep 51/H-F4).
test('CTX101: a target/ source of a context whose pom.xml builds the image with a docker Maven plugin is info; without the plugin, a warning', () => {
  const audit = (pom: string) => {
    const tree = buildTree({ files: ['Dockerfile', 'pom.xml', '.gitignore'], fileContents: { Dockerfile: 'FROM eclipse-temurin:17\nADD target/svc.jar /opt/svc.jar\n', 'pom.xml': pom, '.gitignore': 'target/\n' }, dockerignore: null });
    try {
      return runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit' }).findings.filter((f) => f.ruleId === 'CTX101').map((f) => [f.severity, f.data.mavenPlugin ?? null]);
    } finally {
      tree.cleanup();
    }
  };
  const plugin = '<project><build><plugins><plugin><groupId>io.fabric8</groupId><artifactId>docker-maven-plugin</artifactId></plugin></plugins></build></project>\n';
  assert.deepEqual(audit(plugin), [['info', 'docker-maven-plugin']]);
  assert.notEqual(audit('<project><artifactId>svc</artifactId></project>\n')[0][0], 'info');
});

// coder/code-server: `COPY release-packages/code-server*.deb /tmp/` under BuildKit, with release-packages/
// git-ignored: the message said only that BuildKit copies nothing and goes on (sweep 51/O-F5).
test('CTX101: a BuildKit wildcard source git ignores says so (a build output a step makes first)', () => {
  const f = auditInRepo(['Dockerfile', '.gitignore', 'README.md'], { Dockerfile: 'FROM debian\nCOPY release-packages/code-server*.deb /tmp/\n', '.gitignore': 'release-packages/\n' }, { builder: 'buildkit' });
  assert.deepEqual(f.map((x) => x.severity), ['warning']);
  assert.match(f[0].message, /matches nothing in the build context and git ignores it \(a build output a step before the build makes\?\): without it BuildKit copies nothing for it and goes on/);
});
