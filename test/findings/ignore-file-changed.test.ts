// A step of the build that writes or deletes the ignore file the builder reads, before the build:
// what is sent is then not what the checkout's ignore file says, so findings that rest on it are
// warnings at most, and say why (netbird's build.sh copies docker/.dockerignore into place;
// Estate-DAO's deploy jobs `rm -f .dockerignore` before build-push-action).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { runCli } from '../reporters/cli-io.js';
import { writeTree } from '../targets/helpers.js';

type F = { ruleId: string; severity: string; message: string; path?: string; target?: string };

async function findings(files: Record<string, string>): Promise<F[]> {
  const tree = writeTree(files);
  try {
    const r = await runCli(['--all', '.', '--no-config', '--format', 'json', '--fail-on', 'never'], tree.root);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout).findings as F[];
  } finally {
    tree.cleanup();
  }
}

// Made at test time: no key is committed.
const key = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

const buildSh = (copy: boolean) =>
  [
    '#!/usr/bin/env bash',
    'set -euo pipefail',
    'cleanup() { rm -f .dockerignore; }',
    'trap cleanup EXIT',
    ...(copy ? ['cp docker/.dockerignore .dockerignore'] : []),
    'docker build -f docker/Dockerfile -t myimg .',
    '',
  ].join('\n');

const netbird = (copy: boolean) => ({
  'build.sh': buildSh(copy),
  'docker/Dockerfile': 'FROM alpine\nCOPY . /src\n',
  'docker/.dockerignore': 'conf/id_rsa\n',
  'conf/id_rsa': key,
});

test('a script that copies the ignore file into place before its build: the key it keeps out is a warning that says why; without the copy, an error', async () => {
  const copied = (await findings(netbird(true))).filter((f) => f.path === 'conf/id_rsa');
  assert.deepEqual(copied.map((f) => [f.ruleId, f.severity]).sort(), [
    ['CTX201', 'warning'],
    ['CTX202', 'warning'],
  ]);
  for (const f of copied) assert.match(f.message, /; but the part of build\.sh before the build writes the \.dockerignore this build reads before the build: what it is sent is not known here$/);
  // The trap's `rm -f .dockerignore` runs on exit, after the build: no change before it.
  const plain = (await findings(netbird(false))).filter((f) => f.path === 'conf/id_rsa');
  assert.deepEqual(plain.map((f) => [f.ruleId, f.severity]).sort(), [
    ['CTX201', 'error'],
    ['CTX202', 'error'],
  ]);
  for (const f of plain) assert.doesNotMatch(f.message, /not known here/);
});

test('a workflow build of the same Dockerfile that copies nothing keeps its errors, and CTX301 stays a warning', async () => {
  const f = await findings({
    ...netbird(true),
    '.github/workflows/b.yml': [
      'on: push',
      'jobs:',
      '  build_n_push:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - uses: docker/build-push-action@v5',
      '        with:',
      '          context: .',
      '          file: docker/Dockerfile',
      '          push: true',
      '          tags: ghcr.io/acme/app:latest',
      '',
    ].join('\n'),
  });
  assert.deepEqual(f.filter((x) => x.path === 'conf/id_rsa').map((x) => [x.ruleId, x.severity]).sort(), [
    ['CTX201', 'error'],
    ['CTX202', 'error'],
  ]);
  const ctx301 = f.filter((x) => x.ruleId === 'CTX301');
  assert.deepEqual(ctx301.map((x) => x.severity), ['warning']);
  assert.doesNotMatch(ctx301[0].message, /build\.sh/);
});

const estate = (rm: string | null) => ({
  Dockerfile: 'FROM alpine\nCOPY target/release/app /app\n',
  '.dockerignore': 'target/\n',
  '.github/workflows/d.yml': [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/download-artifact@v4',
    '        with:',
    '          name: build',
    '          path: target/release',
    ...(rm === null ? [] : ['      - name: drop ignore', '        run: |', ...rm.split('\n').map((l) => `          ${l}`)]),
    '      - uses: docker/build-push-action@v5',
    '        with:',
    '          context: .',
    '          file: ./Dockerfile',
    '          push: true',
    '          tags: ghcr.io/acme/app:latest',
    '',
  ].join('\n'),
});

test('a job step that deletes the ignore file before the build: CTX101 on a source it would exclude is a warning that says why', async () => {
  const ctx101 = (rm: string | null) => findings(estate(rm)).then((f) => f.filter((x) => x.ruleId === 'CTX101'));
  const removed = await ctx101('rm -f .dockerignore');
  assert.deepEqual(removed.map((x) => x.severity), ['warning']);
  assert.match(removed[0].message, /; but "drop ignore" \(a run script\) deletes the \.dockerignore this build reads before the build: what it is sent is not known here$/);
  // Also a step's trap or function: that step ends before the build's step begins (the review of 25576c6).
  const removals = [
    'rm .dockerignore',
    'rm -f ./.dockerignore && echo gone',
    'git rm -q .dockerignore',
    'rm -f "$PWD/.dockerignore"',
    'git rm --cached -r . ; rm -f .dockerignore',
    "trap 'rm -f .dockerignore' EXIT",
    'cleanup() {\n  rm -f .dockerignore\n}\ntrap cleanup EXIT',
    // Moved away (acme2certifier's cahandler-pkcs7soap.yml: `mv .dockerignore .dockerignore.bak`).
    'mv .dockerignore .dockerignore.bak',
    'sudo mv -f ./.dockerignore /tmp/',
    'git mv .dockerignore old.dockerignore',
  ];
  for (const spelling of removals) assert.deepEqual((await ctx101(spelling)).map((x) => x.severity), ['warning'], spelling);
  // Not a removal of it: another file, a check, a flag, a file elsewhere, one git stops tracking but
  // leaves, or nothing at all (the review of 2b4e65e).
  const others = [
    'rm -f .dockerignore.bak',
    'test -f .dockerignore || exit 1',
    'rm -f "$RUNNER_TEMP/.dockerignore"',
    'git rm --cached .dockerignore',
    'docker run --rm -v "$PWD:/w" alpine cat /w/.dockerignore',
    'mv .dockerignore.bak x.bak',
    'mv -v notes.txt docs/.dockerignore-notes',
    null,
  ];
  for (const other of others) assert.deepEqual((await ctx101(other)).map((x) => x.severity), ['error'], String(other));
});

const buildah = (containerignore: boolean) => ({
  Containerfile: 'FROM alpine\nCOPY . /app\n',
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.git/config': '[core]\n\tbare = false\n',
  ...(containerignore ? { '.containerignore': '.git\n' } : {}),
  '.github/workflows/b.yml': [
    'on: push',
    'jobs:',
    '  b:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    // No `context:` (the action's default is `.`), the Containerfile in a list of one.
    '      - uses: redhat-actions/buildah-build@v2',
    '        with:',
    '          image: app',
    '          tags: latest',
    '          containerfiles: |',
    '            ./Containerfile',
    '      - uses: redhat-actions/push-to-registry@v2',
    '        with:',
    '          image: app',
    '          registry: quay.io/acme',
    '',
  ].join('\n'),
});

test('redhat-actions/buildah-build is read with its default context, and a .containerignore (which buildah reads instead of .dockerignore) makes what rests on the ignore file a warning', async () => {
  const withFile = await findings(buildah(true));
  const git = withFile.filter((f) => f.ruleId === 'CTX003');
  assert.deepEqual(git.map((f) => f.severity), ['warning']);
  assert.match(git[0].message, /; but buildah reads the context's \.containerignore instead of the \.dockerignore ctx-audit reads: what it is sent is not known here$/);
  // The build has an ignore file: no "no .dockerignore".
  assert.deepEqual(withFile.filter((f) => f.ruleId === 'CTX301'), []);
  // Without one, buildah reads .dockerignore (none here): .git goes into the pushed image.
  const without = await findings(buildah(false));
  assert.deepEqual(without.filter((f) => f.ruleId === 'CTX003').map((f) => f.severity), ['error']);
});

// The review of 2a7d2a0: in its base-image/content mode buildah-build builds no Dockerfile, but it was
// read as building ./Dockerfile, and with a .containerignore there that build's .git error was capped.
test('redhat-actions/buildah-build with no containerfiles builds no Dockerfile: the root Dockerfile is audited on its own, its error kept', async () => {
  const f = await findings({
    Dockerfile: 'FROM alpine\nCOPY . /app\n',
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.git/config': '[core]\n\tbare = false\n',
    '.containerignore': '.git\n',
    '.github/workflows/b.yml': ['on: push', 'jobs:', '  b:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - uses: redhat-actions/buildah-build@v2', '        with:', '          image: app', '          base-image: docker.io/alpine:latest', '          content: |', '            target/app', ''].join('\n'),
  });
  const git = f.filter((x) => x.ruleId === 'CTX003');
  assert.deepEqual(git.map((x) => x.severity), ['error']);
  assert.doesNotMatch(git[0].message, /buildah/);
});

// The review of 2b4e65e and 2a7d2a0: merged into one target, the first build's cap hid the second's
// leak (aa.sh copies an ignore file in, zz-release.sh builds and pushes without one; a buildah build
// with a .containerignore beside a docker build of the same file), and which came first was a matter
// of file names.
test('builds merged into one target: a cap from the ignore file holds only when every build calls for it, whatever their order', async () => {
  for (const [first, second] of [['aa.sh', 'zz-release.sh'], ['zz.sh', 'aa-release.sh']]) {
    const f = await findings({
      ...netbird(true),
      'build.sh': '',
      [first]: '#!/bin/bash\ncp docker/.dockerignore .dockerignore\ndocker build -f docker/Dockerfile -t x .\n',
      [second]: '#!/bin/bash\ndocker build -f docker/Dockerfile -t x .\ndocker push x\n',
    });
    assert.deepEqual(f.filter((x) => x.path === 'conf/id_rsa').map((x) => [x.ruleId, x.severity]).sort(), [['CTX201', 'error'], ['CTX202', 'error']], first);
  }
  const dockerBuild = ['on: push', 'jobs:', '  d:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - uses: docker/build-push-action@v5', '        with:', '          context: .', '          file: Containerfile', '          push: true', '          tags: ghcr.io/acme/app:latest', ''].join('\n');
  for (const name of ['0.yml', 'z.yml']) {
    const files: Record<string, string> = { ...buildah(true), [`.github/workflows/${name}`]: dockerBuild };
    const f = await findings(files);
    assert.deepEqual(f.filter((x) => x.ruleId === 'CTX003').map((x) => x.severity), ['error'], name);
  }
});

// The review of 25576c6: in the shell that then builds, a trap or a function runs later, if at all,
// in each of its spellings (a brace on the next line, a `ns::name`, a trap's quoted command over lines).
test('a script\'s trap or function that deletes the ignore file runs after its build: the errors stay', async () => {
  const later = [
    'cleanup()\n{\n  rm -f .dockerignore\n}\ntrap cleanup EXIT',
    'build::cleanup() {\n  rm -f .dockerignore\n}\ntrap build::cleanup EXIT',
    "trap '\n  rm -f .dockerignore\n' EXIT",
  ];
  for (const body of later) {
    const f = await findings({ ...netbird(false), 'build.sh': `#!/usr/bin/env bash\nset -e\n${body}\ndocker build -f docker/Dockerfile -t myimg .\n` });
    assert.deepEqual(f.filter((x) => x.path === 'conf/id_rsa').map((x) => [x.ruleId, x.severity]).sort(), [['CTX201', 'error'], ['CTX202', 'error']], body);
  }
});

// The review of 37f2541: a script read from its own directory (docker/) that runs `cd ..` and then
// copies an ignore file into place wrote the root's .dockerignore, unseen: the cap was lost.
test('a script in a sub-directory that goes up with cd .. and then writes the ignore file writes the build\'s', async () => {
  const f = await findings({
    ...netbird(true),
    'build.sh': '',
    'docker/dockerignore.prod': 'conf/id_rsa\n',
    'docker/build_image.sh': '#!/bin/bash\nset -e\ncd ..\ncp docker/dockerignore.prod .dockerignore\ndocker build -f docker/Dockerfile -t x .\n',
  });
  assert.deepEqual(f.filter((x) => x.path === 'conf/id_rsa').map((x) => [x.ruleId, x.severity]).sort(), [['CTX201', 'warning'], ['CTX202', 'warning']]);
});

// The review of da01796: the merge compared only `.dockerignore`; with a Dockerfile-specific ignore
// file that aa.sh writes, its cap still hid zz-release.sh's leak.
test('builds merged into one target: a cap from a write of <Dockerfile>.dockerignore holds only when every build writes it', async () => {
  const f = await findings({
    'docker/app.Dockerfile': 'FROM alpine\nCOPY . /src\n',
    'docker/app.Dockerfile.dockerignore': '.git\n',
    'docker/prod.dockerignore': 'conf/id_rsa\n.git\n',
    'conf/id_rsa': key,
    'aa.sh': '#!/bin/bash\ncp docker/prod.dockerignore docker/app.Dockerfile.dockerignore\ndocker build -f docker/app.Dockerfile -t x .\n',
    'zz-release.sh': '#!/bin/bash\ndocker build -f docker/app.Dockerfile -t x .\ndocker push x\n',
  });
  assert.deepEqual(f.filter((x) => x.path === 'conf/id_rsa').map((x) => [x.ruleId, x.severity]).sort(), [['CTX201', 'error'], ['CTX202', 'error']]);
});

// acme2certifier's cahandler-pkcs7soap workflow: working-directory examples/Docker, `sudo mv
// ../../.dockerignore ../../.dockerignore.acme`, then `docker compose -f soap_srv.yml up -d`. The cap
// covered a step's `docker build` only: CTX102 on a file the moved ignore file excludes stayed an error.
test('a step that deletes or moves the ignore file before its docker compose build caps what rests on it', async () => {
  const tree = (run: string[], wd?: string) => ({
    'deploy/srv/Dockerfile': 'FROM alpine:3.20\nCOPY mock/app.py /app.py\n',
    'deploy/srv.yml': 'services:\n  srv:\n    build:\n      context: ..\n      dockerfile: deploy/srv/Dockerfile\n',
    'mock/app.py': 'print(1)\n',
    '.dockerignore': 'mock\n',
    '.github/workflows/ci.yml': ['on: push', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: start', ...(wd ? [`        working-directory: ${wd}`] : []), '        run: |', ...run.map((l) => `          ${l}`), ''].join('\n'),
  });
  const ctx102 = async (run: string[], wd?: string) => (await findings(tree(run, wd))).filter((f) => f.ruleId === 'CTX102');
  const removed = await ctx102(['rm -f .dockerignore', 'docker compose -f deploy/srv.yml build']);
  assert.deepEqual(removed.map((f) => f.severity), ['warning']);
  assert.match(removed[0].message, /; but the part of "start"'s script before docker compose deletes the \.dockerignore this build reads before the build/);
  assert.deepEqual((await ctx102(['sudo mv ../.dockerignore ../.dockerignore.acme', 'docker compose -f srv.yml up -d --build'], 'deploy')).map((f) => f.severity), ['warning']);
  // After the build, or not at all: the build read it.
  assert.deepEqual((await ctx102(['docker compose -f deploy/srv.yml build', 'rm -f .dockerignore'])).map((f) => f.severity), ['error']);
  assert.deepEqual((await ctx102(['docker compose -f deploy/srv.yml build'])).map((f) => f.severity), ['error']);
});

// The review of fc5ffe3: a step's own script was read whole but for its builds, so `mv .dockerignore x`
// after `docker build` capped the build's findings and said the move came first. Only the part before
// its first build changes the ignore file that build reads.
test('a step that moves the ignore file away after its docker build leaves the findings that rest on it as they are', async () => {
  const tree = (run: string[]) => ({
    'deploy/srv/Dockerfile': 'FROM alpine:3.20\nCOPY mock/app.py /app.py\n',
    'mock/app.py': 'print(1)\n',
    '.dockerignore': 'mock\n',
    '.github/workflows/ci.yml': ['on: push', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', '      - uses: actions/checkout@v4', '      - name: start', '        run: |', ...run.map((l) => `          ${l}`), ''].join('\n'),
  });
  const ctx102 = async (run: string[]) => (await findings(tree(run))).filter((f) => f.ruleId === 'CTX102').map((f) => f.severity);
  assert.deepEqual(await ctx102(['docker build -t srv -f deploy/srv/Dockerfile .', 'mv .dockerignore .dockerignore.bak']), ['error']);
  assert.deepEqual(await ctx102(['mv .dockerignore .dockerignore.bak', 'docker build -t srv -f deploy/srv/Dockerfile .']), ['warning']);
  // The review of 08b51a4: what precedes this build, not the step's first one (nor an echo naming one).
  assert.deepEqual(await ctx102(['echo "::group::docker build"', 'mv .dockerignore .dockerignore.bak', 'docker build -t srv -f deploy/srv/Dockerfile .']), ['warning']);
  assert.deepEqual(await ctx102(['docker build -t other mock', 'mv .dockerignore .dockerignore.bak', 'docker build -t srv -f deploy/srv/Dockerfile .']), ['warning']);
});
