// Compose `include:` (compose-go: an included file is a project of its own, its relative paths
// against its own directory or its project_directory, its services added). unopim's
// docker-compose.yml is only `include: [compose.dev.yaml]`: `--compose docker-compose.yml` found 0
// targets and passed, auditing nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { composeTargets } from '../../src/targets/compose.js';
import { discoverTargets } from '../../src/targets/discover.js';
import { InputError } from '../../src/errors.js';
import { writeTree } from './helpers.js';

test('Compose: services of included files are targets, their paths resolved against the included file\'s directory (or its project_directory), nested includes followed', () => {
  const tree = writeTree({
    'docker-compose.yml': 'include:\n  - dev/compose.dev.yaml\n  - path: [other/a.yaml]\n    project_directory: .\nservices:\n  db:\n    image: postgres\n',
    'dev/compose.dev.yaml': 'include:\n  - ../nested/n.yaml\nservices:\n  fpm:\n    build:\n      context: .\n      dockerfile: fpm.Dockerfile\n',
    'dev/fpm.Dockerfile': 'FROM php\n',
    'other/a.yaml': 'services:\n  web:\n    build: ./web\n',
    'web/Dockerfile': 'FROM nginx\n',
    'nested/n.yaml': 'services:\n  q:\n    build: .\n',
    'nested/Dockerfile': 'FROM alpine\n',
  });
  try {
    const t = composeTargets(['docker-compose.yml'], { cwd: tree.root, env: {} });
    assert.deepEqual(
      t.map((x) => [x.name, x.context, x.dockerfile ?? null]),
      [
        ['fpm', join(tree.root, 'dev'), join(tree.root, 'dev', 'fpm.Dockerfile')],
        ['q', join(tree.root, 'nested'), null],
        ['web', join(tree.root, 'web'), null],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

test('Compose: an included file that is not there fails as docker compose does; an include naming a variable is left out; a cycle ends', () => {
  const missing = writeTree({ 'compose.yaml': 'include:\n  - nope.yaml\nservices: {}\n' });
  try {
    assert.throws(() => composeTargets(['compose.yaml'], { cwd: missing.root, env: {} }), (e: unknown) => e instanceof InputError && /nope\.yaml: no such file/.test(e.message));
  } finally {
    missing.cleanup();
  }
  const cyc = writeTree({
    'compose.yaml': 'include:\n  - ${EXTRA}/x.yaml\n  - b.yaml\nservices:\n  a:\n    build: .\n',
    'b.yaml': 'include:\n  - compose.yaml\nservices:\n  b:\n    build: .\n',
    Dockerfile: 'FROM alpine\n',
  });
  try {
    assert.deepEqual(composeTargets(['compose.yaml'], { cwd: cyc.root, env: {} }).map((x) => x.name), ['a', 'b']);
  } finally {
    cyc.cleanup();
  }
});

// laradock: docker-compose.yml declares the networks and includes 72 `<service>/compose.yml` with
// `project_directory: .`; --all also loaded each of them as a project of its own, and listed 72
// skips ("uses network frontend, which no file of this project declares").
test('--all: a Compose file another project includes is loaded through its includer, not as a project of its own; when the includer does not load, it is audited alone', () => {
  const shape = (root: string) => ({
    'docker-compose.yml': `networks:\n  frontend: {}\ninclude:\n  - path: adminer/compose.yml\n    project_directory: .\n${root}`,
    'adminer/compose.yml': 'services:\n  adminer:\n    build:\n      context: ./adminer\n    networks:\n      - frontend\n',
    'adminer/Dockerfile': 'FROM adminer\nCOPY plugins /plugins\n',
    'adminer/plugins/a.php': '<?php\n',
  });
  const names = (t: ReturnType<typeof discoverTargets>['targets']) => t.map((x) => [x.name, x.skipReason === undefined ? 'audited' : 'skipped']).sort();
  const ok = writeTree(shape(''));
  try {
    assert.deepEqual(names(discoverTargets(ok.root, { cwd: ok.root, env: {} }).targets), [['docker-compose.yml:adminer', 'audited']]);
  } finally {
    ok.cleanup();
  }
  // The includer needs a variable nobody sets, one that decides a build: the included file is still
  // audited alone (and says why it cannot load). One that decides no build holds nothing back.
  const broken = writeTree(shape('services:\n  web:\n    build:\n      context: ${WEB_CONTEXT:?set WEB_CONTEXT}\n'));
  try {
    const t = names(discoverTargets(broken.root, { cwd: broken.root, env: {} }).targets);
    // (The variable makes only web's context: the includer loads, web is listed, adminer audited through it.)
    assert.deepEqual(t, [['docker-compose.yml:adminer', 'audited'], ['docker-compose.yml:web', 'skipped']]);
  } finally {
    broken.cleanup();
  }
});
