// Bake JSON files as buildx reads them: which targets a run builds, and what each one is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { writeTree } from './helpers.js';
import { bakeTargets } from '../../src/targets/bake.js';

const DOCKERFILE = 'FROM alpine AS server\nCOPY server.js /app/\n\nFROM alpine AS debug\nCOPY debug-tools.sh /usr/local/bin/\n';

function targetsOf(bake: unknown) {
  const tree = writeTree({ Dockerfile: DOCKERFILE, 'server.js': 'x\n', 'docker-bake.json': JSON.stringify(bake) });
  try {
    return bakeTargets(path.join(tree.root, 'docker-bake.json'), tree.root).map((t) => [t.name, t.target ?? null, t.args]);
  } finally {
    tree.cleanup();
  }
}

// flux-retour-cfas' docker-bake.json: `common` holds the shared settings, `server` inherits it, and
// no default group: audited on its own, `common` was the Dockerfile's last stage (a debug stage
// copying a file the release never needs), a false CTX101 error.
test('bake: with no default group, a template only other targets inherit, and no group names, is no build', () => {
  const bake = { group: { release: { targets: ['server'] } }, target: { common: { dockerfile: 'Dockerfile' }, server: { inherits: ['common'], target: 'server' }, tools: { dockerfile: 'Dockerfile', target: 'debug' } } };
  assert.deepEqual(targetsOf(bake), [['server', 'server', {}], ['tools', 'debug', {}]]);
  // Named by a group, it is built for itself too.
  assert.deepEqual(targetsOf({ ...bake, group: { release: { targets: ['server', 'common'] } } }).map(([n]) => n), ['common', 'server', 'tools']);
});

// A group naming matrix targets (`"name": "ui-${ENV}"`) made --all and --bake exit 2: no target "ui-local".
test('bake: a matrix target is one target per combination, named by its template, its values in its strings', () => {
  const bake = {
    group: { default: { targets: ['ui-production', 'ui-local'] } },
    target: { ui: { matrix: { ENV: ['production', 'local'] }, name: 'ui-${ENV}', args: { PUBLIC_ENV: '${ENV}', OTHER: '${UNSET}' }, dockerfile: 'Dockerfile', target: 'server' } },
  };
  assert.deepEqual(targetsOf(bake), [
    ['ui-local', 'server', { PUBLIC_ENV: 'local', OTHER: '${UNSET}' }],
    ['ui-production', 'server', { PUBLIC_ENV: 'production', OTHER: '${UNSET}' }],
  ]);
  // Two axes: every combination.
  const two = { group: { default: { targets: ['a-1-x', 'a-2-y'] } }, target: { a: { matrix: { N: [1, 2], L: ['x', 'y'] }, name: 'a-${N}-${L}', dockerfile: 'Dockerfile' } } };
  assert.deepEqual(targetsOf(two).map(([n]) => n), ['a-1-x', 'a-2-y']);
});

// pandoc/dockerfiles: each docker-bake.json's default group names "core", which no target is; the repository
// builds its targets by name (`bake $(STACK)-core`). --all gave up on the file, exit 2 (sweep 51/O-F2).
test('bake: a default group naming a target the file lacks is listed, and every target audited as built by name', () => {
  const tree = writeTree({ Dockerfile: DOCKERFILE, 'server.js': 'x\n', 'docker-bake.json': JSON.stringify({ group: { default: { targets: ['core'] } }, target: { 'alpine-core': { dockerfile: 'Dockerfile', target: 'server' }, 'debian-core': { dockerfile: 'Dockerfile', target: 'server' } } }) });
  try {
    const t = bakeTargets(path.join(tree.root, 'docker-bake.json'), tree.root);
    assert.deepEqual(t.map((x) => [x.name, x.skipReason ?? null]), [
      ['core', 'the default group names target "core", which docker-bake.json does not define: `docker buildx bake` with no target fails on it; every target is audited as built by name'],
      ['alpine-core', null],
      ['debian-core', null],
    ]);
  } finally {
    tree.cleanup();
  }
});

// The review of 4d7e63c7 (RD-R2): a matrix block's own name in the default group is the group of its
// combinations; a name an override file beside it may define is listed, and the group's other targets
// audited, not every target.
test('bake: a default group naming a matrix block builds its combinations; a name an override file may define audits only the group', () => {
  const matrix = { group: { default: { targets: ['app'] } }, target: { app: { name: 'app-${tgt}', matrix: { tgt: ['foo', 'bar'] }, dockerfile: 'Dockerfile', target: '${tgt}' }, dev: { dockerfile: 'Dockerfile', target: 'debug' } } };
  assert.deepEqual(targetsOf(matrix).map(([n]) => n), ['app-bar', 'app-foo']);
  const tree = writeTree({ Dockerfile: DOCKERFILE, 'server.js': 'x\n', 'docker-bake.json': JSON.stringify({ group: { default: { targets: ['server', 'server-arm'] } }, target: { server: { target: 'server' }, debug: { target: 'debug' } } }), 'docker-bake.override.json': JSON.stringify({ target: { 'server-arm': { inherits: ['server'] } } }) });
  try {
    const t = bakeTargets(path.join(tree.root, 'docker-bake.json'), tree.root);
    assert.deepEqual(t.map((x) => [x.name, x.skipReason ?? null]), [
      ['server-arm', 'the default group names target "server-arm", which docker-bake.json does not define (a file bake reads with it may): not audited'],
      ['server', null],
    ]);
  } finally {
    tree.cleanup();
  }
});
