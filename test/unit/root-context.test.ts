// `--all`: which context a Dockerfile in a subdirectory is built with when nothing names one
// (src/targets/repo-builds.ts rootContextFor): the repository root when more of its named COPY/ADD
// sources exist there than beside the Dockerfile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { rootContextFor } from '../../src/targets/repo-builds.js';
import { buildTree } from '../helpers/trees.js';

function contextFor(files: string[], dockerfile: string): string | null {
  const tree = buildTree({ files: [...files, 'docker/Dockerfile'], dockerignore: null, fileContents: { 'docker/Dockerfile': dockerfile } });
  try {
    const root = rootContextFor(join(tree.ctx, 'docker/Dockerfile'), tree.ctx);
    return root === null ? null : root === tree.ctx ? '.' : root;
  } finally {
    tree.cleanup();
  }
}

test('rootContextFor: the root when every named source is there and not beside the Dockerfile', () => {
  assert.equal(contextFor(['package.json', 'src/a.js'], 'FROM node\nCOPY package.json ./\nCOPY src/ ./src/\n'), '.');
});

test('rootContextFor: a source no checkout has (generated) does not keep the Dockerfile in its own directory', () => {
  // searxng's container/dist.dockerfile: ./container/ is at the root, version_frozen.py is generated.
  assert.equal(contextFor(['docker/entrypoint.sh', 'searx/app.py'], 'FROM x\nCOPY ./docker/ ./\nCOPY ./searx/version_frozen.py ./searx/\n'), '.');
});

test('rootContextFor: its own directory when it holds as many named sources as the root, or more', () => {
  assert.equal(contextFor(['docker/entrypoint.sh', 'entrypoint.sh'], 'FROM x\nCOPY entrypoint.sh /\n'), null);
  assert.equal(contextFor(['docker/entrypoint.sh', 'docker/conf/a', 'conf/a'], 'FROM x\nCOPY entrypoint.sh /\nCOPY conf/ /conf/\n'), null);
  assert.equal(contextFor(['src/a.js'], 'FROM x\nCOPY nothing-anywhere /\n'), null);
  assert.equal(contextFor(['src/a.js'], 'FROM x\nRUN true\n'), null);
});
