// BuildKit transfer rules (facts B3-B6). BuildKit cannot run here, so expectations are derived by
// hand from the cited source (fsutil/filter.go, dockerfile2llb/convert.go) as the facts file reads it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { dedupePaths, followPathsFor } from '../../src/buildkit/follow-paths.js';
import { transferPaths, walkTransfer } from '../../src/buildkit/transfer.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { neededStages } from '../../src/dockerfile/sources.js';
import { buildTree, type TreeShape } from '../helpers/trees.js';
import { crossCheckContext, lines } from '../rules/cross-check-harness.js';

const fp = (text: string, target?: string) => {
  const d = parseDockerfile(text);
  return followPathsFor(d, neededStages(d, target));
};

test('B5: FollowPaths from the needed stages; --from, URLs, cache mounts record nothing; --parents is cleaned', () => {
  const r = fp(
    lines(
      'FROM golang AS build',
      'COPY go.mod go.sum ./',
      'COPY cmd/ ./cmd/',
      'COPY --from=tools /x /x',
      'ADD https://e.com/a /a',
      'RUN --mount=type=cache,target=/c true',
      'RUN --mount=type=bind,source=internal,target=/i true',
      'COPY --parents ./pkg/./util /p/',
      'FROM alpine AS unused',
      'COPY unused.txt /',
      'FROM scratch',
      'COPY --from=build /app /app',
    ),
  );
  assert.deepEqual(r, { paths: ['cmd', 'go.mod', 'go.sum', 'internal', 'pkg/util'], fallbackReason: null, usesContext: true });
  assert.deepEqual(dedupePaths(['b', 'a/b', 'a', 'ab']), ['a', 'ab', 'b']);
});

test('B5: "/" disables the include filter: COPY . ., an unset variable, a bare bind mount, tmpfs', () => {
  assert.deepEqual(fp(lines('FROM a', 'COPY x /', 'COPY . .')), { paths: 'all', fallbackReason: 'COPY . (line 3)', usesContext: true });
  assert.equal(fp(lines('FROM a', 'COPY $UNSET /')).paths, 'all');
  assert.equal(fp(lines('FROM a', 'RUN --mount=type=bind,target=/c ls')).paths, 'all');
  assert.equal(fp(lines('FROM a', 'RUN --mount=type=tmpfs,target=/t ls')).paths, 'all');
  assert.deepEqual(fp(lines('FROM a', 'RUN echo', 'COPY --from=b /x /')), { paths: [], fallbackReason: null, usesContext: false });
  // Only the target's stages count.
  assert.deepEqual(fp(lines('FROM a AS one', 'COPY . .', 'FROM a AS two', 'COPY x /'), 'two').paths, ['x']);
});

function walk(shape: TreeShape, includes: string[] | null, excludes: string[]) {
  const t = buildTree(shape);
  try {
    const w = walkTransfer({ root: t.ctx, includes, excludes });
    return { list: transferPaths(w), files: w.files, bytes: w.bytes };
  } finally {
    t.cleanup();
  }
}

test('B6: includes pull in whole subtrees and their parents; content bytes, no tar', () => {
  const r = walk({ files: ['Dockerfile', 'go.mod', 'cmd/main.go', 'internal/x/y.go', 'docs/a.md'] }, ['cmd', 'go.mod', 'internal/x/y.go'], []);
  // cmd/main.go\n = 12 B, go.mod\n = 7 B, internal/x/y.go\n = 16 B
  assert.deepEqual(r, { list: ['cmd/', 'cmd/main.go', 'go.mod', 'internal/', 'internal/x/', 'internal/x/y.go'], files: 3, bytes: 35 });
});

test('B6: a wildcard exception stops pruning, so excluded directories are walked and parents sent', () => {
  assert.deepEqual(walk({ files: ['Dockerfile', 'a', 'docs/keep.md', 'docs/x.md'] }, null, ['docs', '!**/keep.md']).list, ['Dockerfile', 'a', 'docs/', 'docs/keep.md']);
  assert.deepEqual(walk({ files: ['Dockerfile', 'main.go', 'src/a.go', 'src/a.txt', 'src/sub/b.go'] }, null, ['*', '!src/**/*.go']).list, [
    'src/',
    'src/a.go',
    'src/sub/',
    'src/sub/b.go',
  ]);
  // Literal exceptions keep legacy-like pruning: `docs` is pruned unless an exception lies under it.
  assert.deepEqual(walk({ files: ['a', 'docs/keep.md', 'other/keep.md'] }, null, ['docs', 'other', '!docs/keep.md']).list, ['a', 'docs/', 'docs/keep.md']);
});

test('B4: no build-file protection', () => {
  assert.deepEqual(walk({ files: ['Dockerfile', 'a'], dockerignore: 'x\n' }, null, ['Dockerfile', '.dockerignore']).list, ['a']);
});

test('B3: Dockerfile.dockerignore replaces .dockerignore; requested vs eligible through crossCheck', () => {
  const t = buildTree({ files: ['Dockerfile', 'a.txt', 'b.txt'], dockerignore: 'a.txt\n' });
  try {
    writeFileSync(t.ctx + '/Dockerfile.dockerignore', 'b.txt\n');
    const run = (df: string) => crossCheckContext(t.ctx, df).buildkit!;
    const all = run(lines('FROM alpine', 'COPY . .'));
    assert.equal(all.ignoreFile, 'Dockerfile.dockerignore');
    // .dockerignore (6 B) + Dockerfile (11 B) + Dockerfile.dockerignore (6 B) + a.txt (6 B); b.txt excluded.
    assert.deepEqual(all.eligible, { entries: 4, files: 4, directories: 0, bytes: 29 });
    assert.deepEqual(all.requested, all.eligible);
    assert.equal(all.requestedPaths, 'all');
    const one = run(lines('FROM alpine', 'COPY a.txt b.txt /'));
    assert.deepEqual([one.requestedList, one.requestedBytes, one.requestedPaths], [['a.txt'], 6, ['a.txt', 'b.txt']]);
    const none = run(lines('FROM alpine', 'RUN true'));
    assert.deepEqual([none.usesContext, none.requested.files, none.eligibleFiles], [false, 0, 4]);
  } finally {
    t.cleanup();
  }
});
