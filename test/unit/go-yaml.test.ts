// YAML as go-yaml reads it (compose-go, GoReleaser): the `yaml` library with YAML 1.1 merge keys,
// and a flow collection whose later lines sit at its key's indentation (go-yaml and PyYAML take it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseGoYaml } from '../../src/targets/go-yaml.js';
import { discoverTargets } from '../../src/targets/discover.js';
import { buildTree } from '../helpers/trees.js';

// pg_auto_failover's tests/tablespaces/docker-compose.yml: `command: [` then `"make", ...` and `]`
// at the key's indentation. Refused as "not valid YAML", a root Compose file was an exit 2 and one in
// a test directory was skipped as a file docker compose would refuse.
test('parseGoYaml: a flow sequence or mapping whose lines sit at its key\'s indentation is read as go-yaml reads it', () => {
  assert.deepEqual(parseGoYaml('services:\n  app:\n    build: .\n    command: [\n    "sh", "/app.sh"\n    ]\n'), { services: { app: { build: '.', command: ['sh', '/app.sh'] } } });
  assert.deepEqual(parseGoYaml('a:\n  env: {\n  K: "v[1]", # a comment ]\n  L: w\n  }\nb: 1\n'), { a: { env: { K: 'v[1]', L: 'w' } }, b: 1 });
  // A block scalar is text: a `[` in it opens nothing (the review of 3272b64: the rest of the file
  // went into the scalar, and a later service's build was lost).
  const withScalar = 'services:\n  init:\n    image: alpine\n    command: >\n      sh -c echo [start\n  worker:\n    image: alpine\n    command: [\n    "sleep", "1"\n    ]\n  app:\n    build: ./app\n';
  assert.deepEqual(parseGoYaml(withScalar), { services: { init: { image: 'alpine', command: 'sh -c echo [start\n' }, worker: { image: 'alpine', command: ['sleep', '1'] }, app: { build: './app' } } });
  // Merge keys, as go-yaml reads them.
  assert.deepEqual(parseGoYaml('x: &x {a: 1}\ny:\n  <<: *x\n  b: 2\n'), { x: { a: 1 }, y: { a: 1, b: 2 } });
  // Other errors stay errors, with the first reading's position.
  assert.throws(() => parseGoYaml('a: [1, 2\nb: 3\n'));
  assert.throws(() => parseGoYaml('a: b: c\n'), (e: unknown) => (e as { linePos?: { line: number }[] }).linePos?.[0].line === 1);
});

test('--all: a Compose file with such a flow sequence is read, not refused', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app.sh', 'compose.yaml'],
    fileContents: { Dockerfile: 'FROM alpine\nCOPY app.sh /app.sh\n', 'app.sh': 'echo hi\n', 'compose.yaml': 'services:\n  app:\n    build: .\n    command: [\n    "sh", "/app.sh"\n    ]\n' },
    dockerignore: null,
  });
  try {
    assert.deepEqual(discoverTargets(tree.ctx, { cwd: tree.ctx, env: {} }).targets.map((t) => [t.name, t.skipReason ?? null]), [['compose.yaml:app', null]]);
  } finally {
    tree.cleanup();
  }
});
