// Issue 16 item 3: a value that came from interpolation is shown as its expression, never the value.
// `target: "${aws_secret_access_key}"` with the key in `.env`, or a CI secret interpolated into
// `args`, must not reach any report or message. Secrets are generated per run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { writeTree } from './helpers.js';
import { runCli } from '../reporters/cli-io.js';
import { redactText, redactionsFor } from '../../src/targets/redact.js';

const secret = () => `S${randomBytes(16).toString('hex')}`;

test('Compose: a secret from .env or the environment in target, args, context or a :? message is shown as ${NAME} in every format', async () => {
  const fromDotEnv = secret();
  const fromEnv = secret();
  const bare = secret();
  const tree = writeTree({
    '.env': `aws_secret_access_key=${fromDotEnv}\n`,
    'app/Dockerfile': 'FROM alpine AS build\nFROM alpine\nARG NPM_TOKEN\nCOPY ${NPM_TOKEN}.txt /\n',
    'compose.yaml': [
      'services:',
      '  stage:',
      '    build: {context: app, target: "${aws_secret_access_key}"}',
      '  args:',
      '    build:',
      '      context: app',
      '      args: {NPM_TOKEN: "${NPM_TOKEN}"}',
      '  bare:',
      '    build: {context: app, args: [BARE_SECRET], target: build}',
      '  dir:',
      '    build: {context: "app/${NPM_TOKEN}"}',
      '',
    ].join('\n'),
  });
  try {
    const env = { NO_COLOR: '1', NPM_TOKEN: fromEnv, BARE_SECRET: bare };
    for (const format of ['json', 'table', 'github', 'markdown', 'sarif']) {
      const r = await runCli(['--compose', '--no-config', '--format', format, '--fail-on', 'never'], tree.root, env);
      const all = r.stdout + r.stderr;
      for (const s of [fromDotEnv, fromEnv, bare]) assert.ok(!all.includes(s), `${format}: a secret leaked:\n${all}`);
      if (format === 'json') {
        const doc = JSON.parse(r.stdout);
        const byName = new Map(doc.targets.map((t: { name: string }) => [t.name, t]));
        assert.deepEqual((byName.get('args') as { args: object }).args, { NPM_TOKEN: '${NPM_TOKEN}' });
        assert.deepEqual((byName.get('bare') as { args: object }).args, { BARE_SECRET: '${BARE_SECRET}' });
        // A stage the Dockerfile lacks is a CTX100 finding of that service (no longer the run's error), named by its expression.
        assert.equal((byName.get('stage') as { error: string | null }).error, null);
        assert.ok(doc.findings.some((f: { target: string; ruleId: string; message: string }) => f.target === 'stage' && f.ruleId === 'CTX100' && f.message.startsWith('target stage "${aws_secret_access_key}" could not be found')), JSON.stringify(doc.findings));
        // The missing COPY source that ARG expansion built names the expression.
        assert.ok(doc.findings.some((f: { target: string; message: string }) => f.target === 'args' && f.message.includes('${NPM_TOKEN}.txt')), JSON.stringify(doc.findings));
        assert.match((byName.get('dir') as { error: string }).error, /\$\{NPM_TOKEN\}/);
      }
    }
  } finally {
    tree.cleanup();
  }
});

test('${X:?message} fails with the message as written, never with the values it names', async () => {
  const s = secret();
  const tree = writeTree({ 'compose.yaml': 'services:\n  a:\n    build: {context: ., args: {X: "${MISSING:?set it like ${TOKEN}}"}}\n', Dockerfile: 'FROM alpine\n' });
  try {
    const r = await runCli(['--compose', '--no-config'], tree.root, { NO_COLOR: '1', TOKEN: s });
    assert.equal(r.code, 2);
    assert.ok(!r.stderr.includes(s), r.stderr);
    assert.match(r.stderr, /required variable MISSING is missing a value: set it like \$\{TOKEN\}/);
  } finally {
    tree.cleanup();
  }
});

test('redactText: longest value first, one pass, short values left alone', () => {
  const r = redactionsFor(new Map([['A', 'abcd'], ['AB', 'abcdef'], ['ON', 'on'], ['DUP', 'abcd']]));
  assert.equal(redactText('x abcdef y abcd z on', r), 'x ${AB} y ${A} z on');
  // A replacement is never matched again (the value `{A}` inside `${A}` stays).
  assert.equal(redactText('abcd', redactionsFor(new Map([['A', 'abcd'], ['B', '${A}']]))), '${A}');
});

// Only values that can reach a report are hidden, and paths only where interpolation made them
// (src/targets/redact.ts). pgcat's docker-compose.yml: `build: .` and `"${PWD}/examples/...:/etc/..."`.
const PWD_TREE = {
  Dockerfile: 'FROM alpine\nCOPY config/app.yml /etc/\n',
  'compose.yaml': 'services:\n  app:\n    build: .\n    image: app:${TAG}\n    volumes:\n      - ${PWD}/data:/data\n',
  '.env': 'TAG=config\n',
};

test('Compose: ${PWD} in volumes and a .env TAG used only in image: leave the context root, annotations and messages as they are', async () => {
  const tree = writeTree(PWD_TREE);
  try {
    const env = { NO_COLOR: '1', PWD: tree.root };
    const gh = await runCli(['--compose', 'compose.yaml', '--no-config', '--format', 'github', '--fail-on', 'never'], tree.root, env);
    assert.match(gh.stdout, /^::error file=Dockerfile,line=2,title=app%3A CTX101 missing-copy-source::COPY source "config\/app\.yml" matches nothing/m, gh.stdout);
    assert.ok(!/\$\{(PWD|TAG)\}/.test(gh.stdout), gh.stdout);
    const json = await runCli(['--compose', 'compose.yaml', '--no-config', '--format', 'json', '--fail-on', 'never'], tree.root, env);
    const doc = JSON.parse(json.stdout);
    assert.equal(doc.targets[0].context.root, tree.root);
    assert.ok(!json.stdout.includes('${PWD}') && !json.stdout.includes('${TAG}'), json.stdout);
    const sarif = await runCli(['--compose', 'compose.yaml', '--no-config', '--format', 'sarif', '--fail-on', 'never'], tree.root, env);
    assert.ok(!/%24%7B|\$\{(PWD|TAG)\}/.test(sarif.stdout), sarif.stdout);
    assert.ok(sarif.stdout.includes('"uri": "Dockerfile"'), sarif.stdout);
  } finally {
    tree.cleanup();
  }
});

test('Compose: a build arg equal to the project directory leaves the context root real; the build arg that also names the COPY source is hidden', async () => {
  const s = secret();
  const tree = writeTree({
    ...PWD_TREE,
    'compose.yaml': 'services:\n  app:\n    build:\n      context: ${PWD}\n      args: {ROOT: "${PWD}", NPM_TOKEN: "${NPM_TOKEN}"}\n    image: app:${TAG}\n',
    Dockerfile: 'FROM alpine\nARG NPM_TOKEN\nCOPY config/app.yml ${NPM_TOKEN}.txt /etc/\n',
  });
  try {
    const env = { NO_COLOR: '1', PWD: tree.root, NPM_TOKEN: s };
    for (const format of ['json', 'table', 'github', 'markdown', 'sarif']) {
      const r = await runCli(['--compose', 'compose.yaml', '--no-config', '--format', format, '--fail-on', 'never'], tree.root, env);
      assert.ok(!(r.stdout + r.stderr).includes(s), `${format}: the secret leaked:\n${r.stdout}${r.stderr}`);
      assert.ok(!(r.stdout + r.stderr).includes('${PWD}'), `${format}: the project directory was rewritten:\n${r.stdout}`);
      if (format === 'github') {
        assert.match(r.stdout, /^::error file=Dockerfile,line=3,.*COPY source "config\/app\.yml" matches nothing/m, r.stdout);
        assert.match(r.stdout, /^::error file=Dockerfile,line=3,.*COPY source "\$\{NPM_TOKEN\}\.txt" matches nothing/m, r.stdout);
      }
      if (format === 'json') {
        const t = JSON.parse(r.stdout).targets[0];
        assert.equal(t.context.root, tree.root);
        assert.deepEqual(t.args, { ROOT: tree.root, NPM_TOKEN: '${NPM_TOKEN}' });
      }
    }
  } finally {
    tree.cleanup();
  }
});

test('Compose: a value that makes the context directory (build: ${APP_DIR}) stays hidden in its paths', async () => {
  const dir = secret();
  const tree = writeTree({ [`${dir}/Dockerfile`]: 'FROM alpine\nCOPY missing.txt /\n', 'compose.yaml': 'services:\n  app:\n    build: ${APP_DIR}\n' });
  try {
    const env = { NO_COLOR: '1', APP_DIR: dir };
    const json = await runCli(['--compose', 'compose.yaml', '--no-config', '--format', 'json', '--fail-on', 'never'], tree.root, env);
    assert.ok(!json.stdout.includes(dir), json.stdout);
    assert.equal(JSON.parse(json.stdout).targets[0].context.root, `${tree.root}/\${APP_DIR}`);
    const gh = await runCli(['--compose', 'compose.yaml', '--no-config', '--format', 'github', '--fail-on', 'never'], tree.root, env);
    assert.ok(!gh.stdout.includes(dir), gh.stdout);
    assert.match(gh.stdout, /^::error file=\$\{APP_DIR\}\/Dockerfile,line=2,/m, gh.stdout);
  } finally {
    tree.cleanup();
  }
});

test('Compose --all: an interpolated network a fragment skip reason quotes is hidden; a bind mount is not', async () => {
  const net = secret();
  const tree = writeTree({ 'app/Dockerfile': 'FROM alpine\n', 'app/compose.yaml': 'services:\n  app:\n    build: .\n    networks: ["${NET}"]\n    volumes: ["${PWD}/data:/data"]\n' });
  try {
    const r = await runCli(['--all', '.', '--no-config', '--format', 'json', '--fail-on', 'never'], tree.root, { NO_COLOR: '1', NET: net, PWD: path.join(tree.root, 'app') });
    assert.ok(!r.stdout.includes(net), r.stdout);
    assert.ok(!r.stdout.includes('${PWD}'), r.stdout);
    const t = JSON.parse(r.stdout).targets.find((x: { name: string }) => x.name.endsWith(':app'));
    assert.match(t.skipped, /uses network \$\{NET\}, which no file of this project declares/);
  } finally {
    tree.cleanup();
  }
});

test('redactText: the project directory and its parents are kept where they begin a path; a value running past them is not', () => {
  const keep = ['/w/repo/repo', '/w/repo', '/w'];
  const r = redactionsFor(new Map([['PWD', '/w/repo/repo'], ['HOME', '/w/repo'], ['T', 'S123']]));
  assert.equal(redactText('/w/repo/repo/app/Dockerfile', r, keep), '/w/repo/repo/app/Dockerfile');
  assert.equal(redactText('context "/w/repo/repo" not found', r, keep), 'context "/w/repo/repo" not found');
  assert.equal(redactText('/w/repo/repo/S123.txt and S123', r, keep), '/w/repo/repo/${T}.txt and ${T}');
  // Not a path there: inside another path, or a longer name.
  assert.equal(redactText('/x/w/repo/repo', r, keep), '/x${PWD}');
  assert.equal(redactText('/w/repo/repo2', r, keep), '${PWD}2');
  // A value that starts inside a kept path and runs past it is hidden whole.
  const past = redactionsFor(new Map([['X', 'repo/S123']]));
  assert.equal(redactText('/w/repo/repo/S123', past, keep), '/w/repo/${X}');
});
