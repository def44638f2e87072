// Issue 16 item 3: a value that came from interpolation is shown as its expression, never the value.
// `target: "${aws_secret_access_key}"` with the key in `.env`, or a CI secret interpolated into
// `args`, must not reach any report or message. Secrets are generated per run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
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
        assert.match((byName.get('stage') as { error: string }).error, /\$\{aws_secret_access_key\}/);
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
