// YAML aliases (src/config/syntax-error.ts YAML_OPTIONS): real Compose files merge `<<: *defaults`
// far more than the `yaml` library's default budget of 100 (getsentry/self-hosted: 131 merges, and
// --all exited 2 on it as "not valid YAML"), while an alias bomb is still refused, in one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeTargets } from '../../src/targets/compose.js';
import { InputError } from '../../src/errors.js';
import { writeTree } from './helpers.js';

test('Compose: 150 services merging shared anchors (nested merges too) parse, as docker compose reads them', () => {
  const services = Array.from({ length: 150 }, (_, i) => `  s${i}:\n    <<: *defaults\n    build: ./s${i}\n`).join('');
  const yaml = `x-restart: &restart\n  restart: unless-stopped\nx-defaults: &defaults\n  <<: *restart\n  environment:\n    A: "1"\nservices:\n${services}`;
  const tree = writeTree({ 'compose.yaml': yaml }, Array.from({ length: 150 }, (_, i) => `s${i}`));
  try {
    const t = composeTargets(['compose.yaml'], { cwd: tree.root, env: {} });
    assert.equal(t.length, 150);
  } finally {
    tree.cleanup();
  }
});

test('Compose: an alias bomb is refused with one line that names the limit, not the content', () => {
  const bomb = 'a: &a [x,x,x,x,x,x,x,x,x]\n' + Array.from({ length: 9 }, (_, i) => `${'b'.repeat(i + 1)}: &${'a'.repeat(i + 2)} [${Array(9).fill('*' + 'a'.repeat(i + 1)).join(',')}]\n`).join('') + 'services: {}\n';
  const tree = writeTree({ 'compose.yaml': bomb });
  try {
    assert.throws(
      () => composeTargets(['compose.yaml'], { cwd: tree.root, env: {} }),
      (e: unknown) => e instanceof InputError && /not valid YAML \(its aliases expand past 10,000 nodes, the limit against alias bombs\)$/.test(e.message) && !e.message.includes('\n'),
    );
  } finally {
    tree.cleanup();
  }
});

test('Compose: merge keys apply as docker compose applies them: a build merged from an anchor keeps its context and Dockerfile (docs.rs), and a service merged whole is a target', () => {
  const yaml = [
    'x-cache: &cache',
    '  cache_from: ["type=gha"]',
    'x-build: &build',
    '  context: .',
    '  <<: *cache',
    '  dockerfile: ./dockerfiles/Dockerfile',
    '  args:',
    '    PROFILE: dev',
    'x-builder: &builder',
    '  build:',
    '    <<: *build',
    '    target: build-server',
    'services:',
    '  web:',
    '    build:',
    '      <<: *build',
    '      target: web-server',
    '  builder-a:',
    '    <<: *builder',
    '  over:',
    '    build:',
    '      <<: *build',
    '      dockerfile: other.Dockerfile',
    '',
  ].join('\n');
  const tree = writeTree({ 'compose.yaml': yaml, 'dockerfiles/Dockerfile': 'FROM scratch\n', 'other.Dockerfile': 'FROM scratch\n' });
  try {
    const t = composeTargets(['compose.yaml'], { cwd: tree.root, env: {} });
    assert.deepEqual(
      t.map((x) => [x.name, x.dockerfile === undefined ? null : x.dockerfile.slice(tree.root.length + 1), x.target ?? null, x.args.PROFILE ?? null]).sort(),
      [
        ['builder-a', 'dockerfiles/Dockerfile', 'build-server', 'dev'],
        ['over', 'other.Dockerfile', null, 'dev'], // a key beside the merge wins over the merged one
        ['web', 'dockerfiles/Dockerfile', 'web-server', 'dev'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// mapswipe's manager-dashboard/docker-compose.yml gives one service two `build:` keys: docker compose
// refuses it, docker-compose v1 took it. The message said only "line 7, column 5"; it names a plain
// key now, and never a key that is not a plain word (a file's content is not echoed).
test('Compose: a key repeated in one mapping is refused naming the key when it is a plain word, in one line', () => {
  const cases: [string, RegExp][] = [
    ['services:\n  web:\n    build: .\n    image: x\n    build: ./b\n', /not valid YAML \(the key "build" appears twice in one mapping, line 5, column 5\)$/],
    ['services:\n  web:\n    build: .\n  "web": {}\n', /not valid YAML \(the key "web" appears twice in one mapping, line 4, column 3\)$/],
    ['services:\n  w\u001b[31m:\n    build: .\n  w\u001b[31m: {}\n', /not valid YAML \(a key appears twice in one mapping, line 4, column 3\)$/],
  ];
  for (const [yaml, expected] of cases) {
    const tree = writeTree({ 'compose.yaml': yaml });
    try {
      assert.throws(
        () => composeTargets(['compose.yaml'], { cwd: tree.root, env: {} }),
        (e: unknown) => e instanceof InputError && expected.test(e.message) && !e.message.includes('\n') && !e.message.includes('\u001b'),
      );
    } finally {
      tree.cleanup();
    }
  }
});
