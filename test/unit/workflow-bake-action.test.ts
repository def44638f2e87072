// docker/bake-action steps in GitHub workflows (`--all`): CMS-Enterprise/mint-app's run_tests.yml bakes
// `files: docker-compose.backend.yml` for `targets: ${{ matrix.service_name }}`, a file with no default
// name: its builds were not audited at all. Since v6 the action's source is the Git context.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { workflowTargets } from '../../src/targets/repo-builds.js';
import { buildTree } from '../helpers/trees.js';

const workflow = `on: push
jobs:
  bake:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        service: [api, worker]
    steps:
      - uses: actions/checkout@v4
      - uses: docker/bake-action@v6
        with:
          files: compose.ci.yml
          targets: \${{ matrix.service }}
  old:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make assets
      - uses: docker/bake-action@v5
        with:
          files: |
            ./bake/docker-bake.json
            cwd://\${{ steps.meta.outputs.bake-file }}
          targets: app
  local:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/bake-action@v6
        with:
          source: .
          files: compose.ci.yml
          targets: worker,nothere
  hcl:
    runs-on: ubuntu-latest
    steps:
      - uses: docker/bake-action@v6
        with:
          files: docker-bake.hcl
`;

test('--all: a docker/bake-action step builds its Compose or Bake JSON files\' targets (a matrix expanded), from the Git context since v6 unless source: ., from the checkout before v6; other files are listed, not read', () => {
  const files: Record<string, string> = {
    '.github/workflows/ci.yml': workflow,
    'compose.ci.yml': 'services:\n  api:\n    build:\n      context: .\n      dockerfile: api.Dockerfile\n      target: dev\n  worker:\n    build: ./worker\n  db:\n    image: postgres\n',
    'bake/docker-bake.json': JSON.stringify({ group: { default: { targets: ['app'] } }, target: { app: { context: '.', dockerfile: 'app.Dockerfile' } } }),
    'api.Dockerfile': 'FROM node AS dev\nCOPY . /a\n',
    'worker/Dockerfile': 'FROM node\nCOPY . /w\n',
    'app.Dockerfile': 'FROM node\nCOPY dist /d\n',
    'docker-bake.hcl': 'target "x" {}\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const rel = (p: string | undefined) => (p === undefined ? null : p.slice(tree.ctx.length) || '/');
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, rel(t.context), rel(t.dockerfile), t.target ?? null, t.gitContext ?? false, t.preparedBy ?? null, t.skipReason ?? null]),
      [
        ['.github/workflows/ci.yml:bake step 2 [service=api]: api', '/', '/api.Dockerfile', 'dev', true, null, null],
        ['.github/workflows/ci.yml:bake step 2 [service=worker]: worker', '/worker', null, null, true, null, null],
        // v5: the checkout, which the run step before it may write; docker/metadata-action's bake file
        // (tags and labels only) is no build input.
        ['.github/workflows/ci.yml:old step 3: app', '/', '/app.Dockerfile', null, false, 'step 2 (a run script)', null],
        ['.github/workflows/ci.yml:local step 1', '/', null, null, false, null, 'target nothere is not one ctx-audit reads from compose.ci.yml (a group, or a target outside the default group): not audited'],
        ['.github/workflows/ci.yml:local step 1: worker', '/worker', null, null, false, null, null],
        ['.github/workflows/ci.yml:hcl step 1', '/', null, null, false, null, 'bake files other than Compose files or one JSON file (docker-bake.hcl) are not read: run `docker buildx bake --print` on them and pass --bake; not audited'],
      ],
    );
  } finally {
    tree.cleanup();
  }
});

// adopt-dont-shop's deploy workflow runs `docker buildx bake -f docker-compose.yml ...` in a run step:
// only bake-action steps were read. A run step's bake of the files it names (no remote source, not
// --print) builds their targets from the checkout, in its working directory and after a `cd`.
test('--all: a run step\'s `docker buildx bake -f FILE [TARGET...]` builds those targets from the checkout; --print, a remote source and a shell variable do not', () => {
  const wf = `on: push
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Bake
        run: |
          docker buildx bake -f deploy/services.yml --push api
          docker buildx bake -f deploy/services.yml --print
          docker buildx bake https://github.com/o/r.git -f deploy/services.yml worker
          docker buildx bake -f "$FILE" worker
      - name: Bake there
        working-directory: deploy
        run: cd .. && docker buildx bake --file deploy/services.yml --set '*.platform=linux/amd64'
`;
  const files: Record<string, string> = {
    '.github/workflows/deploy.yml': wf,
    'deploy/services.yml': 'services:\n  api:\n    build:\n      context: ../api\n  worker:\n    build:\n      context: ../worker\n',
    'api/Dockerfile': 'FROM node\nCOPY . /a\n',
    'worker/Dockerfile': 'FROM node\nCOPY . /w\n',
  };
  const tree = buildTree({ files: Object.keys(files), fileContents: files, dockerignore: null });
  try {
    const rel = (p: string | undefined) => (p === undefined ? null : p.slice(tree.ctx.length) || '/');
    assert.deepEqual(
      workflowTargets(tree.ctx, tree.ctx).map((t) => [t.name, rel(t.context), t.gitContext ?? false, t.skipReason ?? null]),
      [
        ['.github/workflows/deploy.yml:deploy (Bake): api', '/api', false, null],
        ['.github/workflows/deploy.yml:deploy (Bake there): api', '/api', false, null],
        ['.github/workflows/deploy.yml:deploy (Bake there): worker', '/worker', false, null],
      ],
    );
  } finally {
    tree.cleanup();
  }
});
