// The project's `.env` as compose-go reads it (cli/options.go WithEnvFiles: `os.Stat`, then
// `if !s.IsDir()`): only when it is not a directory. (Read from compose-go's source; no compose
// plugin on these machines to run it.)
// TheThingsNetwork/lorawan-stack commits `.env/` as its development data directory
// (`${DEV_DATA_DIR:-.env/data}/postgres`); `docker compose` works there, and --all exited 2 with
// "…/.env is not a regular file" on every run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { symlinkSync } from 'node:fs';
import { composeMayBuild, composeTargets, composeWritableMounts } from '../../src/targets/compose.js';
import { InputError } from '../../src/errors.js';
import { writeTree } from './helpers.js';
import { runCli } from '../reporters/cli-io.js';

const compose = 'services:\n  app:\n    build:\n      context: ./app\n      dockerfile: ${APP_DOCKERFILE:-Dockerfile}\n';

test('Compose: a .env directory is no env file (compose-go skips it); a .env file is read', () => {
  const dir = writeTree({ 'compose.yaml': compose, 'app/Dockerfile': 'FROM alpine\n', '.env/data/keep': '' });
  try {
    const t = composeTargets(['compose.yaml'], { cwd: dir.root, env: {} });
    assert.deepEqual(t.map((x) => [x.name, x.context, x.dockerfile ?? null]), [['app', join(dir.root, 'app'), join(dir.root, 'app', 'Dockerfile')]]);
  } finally {
    dir.cleanup();
  }
  const file = writeTree({ 'compose.yaml': compose, 'app/Dockerfile': 'FROM alpine\n', 'app/Other.Dockerfile': 'FROM alpine\n', '.env': 'APP_DOCKERFILE=Other.Dockerfile\n' });
  try {
    const t = composeTargets(['compose.yaml'], { cwd: file.root, env: {} });
    assert.deepEqual(t.map((x) => [x.name, x.dockerfile ?? null]), [['app', join(file.root, 'app', 'Other.Dockerfile')]]);
  } finally {
    file.cleanup();
  }
});

test('Compose: an --env-file that is a directory still fails, as docker compose fails to read it', () => {
  const dir = writeTree({ 'compose.yaml': compose, 'app/Dockerfile': 'FROM alpine\n', 'envdir/x': '' });
  try {
    assert.throws(() => composeTargets(['compose.yaml'], { cwd: dir.root, env: {}, envFiles: [join(dir.root, 'envdir')] }), (e: unknown) => e instanceof InputError && /envdir is not a regular file$/.test(e.message));
  } finally {
    dir.cleanup();
  }
});

// docker compose with no -f reads COMPOSE_FILE from the environment, else from the working
// directory's .env, to choose its files (game-scheduler: COMPOSE_FILE=compose.yaml:compose.int.yaml).
test('--compose with no file: COMPOSE_FILE from the environment, else from .env, chooses the files (the override is then not read)', async () => {
  const files = {
    'compose.yaml': 'services:\n  api:\n    build:\n      context: ./app\n',
    'compose.override.yaml': 'services:\n  api:\n    build:\n      target: development\n',
    'compose.int.yaml': 'services:\n  api:\n    build:\n      target: production\n',
    'compose.ci.yaml': 'services:\n  api:\n    build:\n      target: ci\n',
    'app/Dockerfile': 'FROM alpine AS development\nFROM alpine AS production\nFROM alpine AS ci\n',
  };
  const stages = async (extra: Record<string, string>, env: Record<string, string> = {}) => {
    const dir = writeTree({ ...files, ...extra });
    try {
      const r = await runCli(['--compose', '--no-config', '--format', 'json', '--fail-on', 'never'], dir.root, { NO_COLOR: '1', ...env });
      assert.equal(r.code, 0, r.stderr);
      return JSON.parse(r.stdout).targets.map((t: { summary: { stage: string | null } }) => t.summary.stage);
    } finally {
      dir.cleanup();
    }
  };
  assert.deepEqual(await stages({}), ['development']);
  assert.deepEqual(await stages({ '.env': 'COMPOSE_FILE=compose.yaml:compose.int.yaml\n' }), ['production']);
  assert.deepEqual(await stages({ '.env': 'COMPOSE_FILE=compose.yaml:compose.int.yaml\n' }, { COMPOSE_FILE: 'compose.yaml:compose.ci.yaml' }), ['ci']);
  // A .env that is a link (it may lead out of the repository) is not read for COMPOSE_FILE.
  const outside = writeTree({ 'elsewhere.env': 'COMPOSE_FILE=compose.yaml:compose.int.yaml\n' });
  const dir = writeTree(files);
  try {
    symlinkSync(join(outside.root, 'elsewhere.env'), join(dir.root, '.env'));
    const r = await runCli(['--compose', '--no-config', '--format', 'json', '--fail-on', 'never', '--allow-outside-repo'], dir.root);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).targets.map((t: { summary: { stage: string | null } }) => t.summary.stage), ['development']);
  } finally {
    dir.cleanup();
    outside.cleanup();
  }
});

// hiero-ledger/heka-identity-platform's heka-auth-service/docker-compose.yml writes
// `${APP_VERSION:0.0.1}` (docker compose refuses it) and builds nothing (images only, run by nothing):
// --all exited 2 on every run though its real builds were clean. A file that declares no build is
// listed as skipped; one that builds something stays an error, as docker compose fails that build.
test('--all: a Compose file docker compose refuses that declares no build is skipped, not an error; one that builds stays an error', async () => {
  const base = { 'svc/Dockerfile': 'FROM alpine\nCOPY a /a\n', 'svc/a': 'a\n', 'svc/compose.yaml': 'services:\n  svc:\n    build: .\n' };
  const imagesOnly = writeTree({ ...base, 'auth/docker-compose.yml': 'services:\n  db:\n    image: postgres:15\n  app:\n    image: auth:latest\n    environment:\n      - APP_VERSION=${APP_VERSION:0.0.1}\n' });
  try {
    const r = await runCli(['--all', '.', '--no-config', '--format', 'json', '--fail-on', 'never'], imagesOnly.root);
    assert.equal(r.code, 0, r.stderr);
    const t = JSON.parse(r.stdout).targets.map((x: { name: string; skipped: string | null; error: string | null }) => [x.name, x.error, x.skipped === null ? null : x.skipped.slice(0, 50)]);
    assert.deepEqual(t, [['auth/docker-compose.yml', null, 'a Compose file that declares no build, which docke'], ['svc/compose.yaml:svc', null, null]]);
  } finally {
    imagesOnly.cleanup();
  }
  const builds = writeTree({ ...base, 'auth/docker-compose.yml': 'services:\n  app:\n    build: .\n    environment:\n      - APP_VERSION=${APP_VERSION:0.0.1}\n', 'auth/Dockerfile': 'FROM alpine\n' });
  try {
    const r = await runCli(['--all', '.', '--no-config', '--format', 'json', '--fail-on', 'never'], builds.root);
    assert.equal(r.code, 2, r.stderr);
  } finally {
    builds.cleanup();
  }
});

// The lenient reads --all and suggest make of a Compose file (what it mounts writable, whether it may
// build) do not follow a link: it may lead out of the repository. A link is "not known": no mount
// is taken from it, and it may build.
test('Compose: the lenient reads take no mount from a linked file and count it as one that may build', () => {
  const outside = writeTree({ 'compose.yaml': 'services:\n  app:\n    image: alpine\n    volumes:\n      - ./static:/srv/static\n' });
  const repo = writeTree({ 'docker-compose.yml': 'services:\n  app:\n    image: alpine\n    volumes:\n      - ./static:/srv/static\n      - ./ro:/srv/ro:ro\n' });
  try {
    symlinkSync(join(outside.root, 'compose.yaml'), join(repo.root, 'linked.yml'));
    assert.deepEqual(composeWritableMounts(join(repo.root, 'docker-compose.yml')), [{ host: join(repo.root, 'static'), service: 'app' }]);
    assert.deepEqual(composeWritableMounts(join(repo.root, 'linked.yml')), []);
    assert.equal(composeMayBuild([join(repo.root, 'docker-compose.yml')]), false);
    assert.equal(composeMayBuild([join(repo.root, 'linked.yml')]), true);
  } finally {
    outside.cleanup();
    repo.cleanup();
  }
});

// full-stack-template: `dockerfile: ${dockerfile}` with the variable unset was audited as the context
// directory itself (nothing checked); compose-go's normalize sets `Dockerfile` when dockerfile and
// dockerfile_inline are both empty.
test('Compose: an empty dockerfile (an unset variable, or "") is the context\'s Dockerfile, as compose-go normalizes it; an empty dockerfile_inline is none', () => {
  const dir = writeTree({
    'compose.yaml': 'services:\n  a:\n    build:\n      context: ./app\n      dockerfile: ${dockerfile}\n  b:\n    build:\n      context: ./app\n      dockerfile: ""\n  c:\n    build:\n      context: ./app\n      dockerfile_inline: ""\n',
    'app/Dockerfile': 'FROM alpine\n',
  });
  try {
    const t = composeTargets(['compose.yaml'], { cwd: dir.root, env: {} });
    assert.deepEqual(
      t.map((x) => [x.name, x.dockerfile ?? null, x.dockerfileInline ?? null]),
      [
        ['a', null, null],
        ['b', null, null],
        ['c', null, null],
      ],
    );
  } finally {
    dir.cleanup();
  }
});
