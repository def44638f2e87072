// BuildKit transfer rules (facts B3-B6), without a daemon. The first tests derive expectations by
// hand from the cited source (fsutil/filter.go, dockerfile2llb/convert.go); test/buildkit-oracle/
// checks the same behaviour against a real BuildKit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dedupePaths, followPathsFor } from '../../src/buildkit/follow-paths.js';
import { buildkitSize, clientOpens, followLinks, throughGoJson, transferFigure, transferPaths, vl, walkTransfer } from '../../src/buildkit/transfer.js';
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
  // The reason names the tmpfs mount as one (overleaf: "RUN --mount (no source)" read as a bind of everything).
  assert.deepEqual(fp(lines('FROM a', 'RUN --mount=type=tmpfs,target=/t ls')), {
    paths: 'all',
    fallbackReason: 'RUN --mount=type=tmpfs (line 2): BuildKit asks for the whole context for a tmpfs mount, though the mount reads none of it',
    usesContext: true,
  });
  assert.equal(fp(lines('FROM a', 'RUN --mount=type=bind,target=/c ls')).fallbackReason, 'RUN --mount (no source) (line 2)');
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
    assert.deepEqual(all.eligible, { entries: 4, files: 4, links: 0, directories: 0, bytes: 29 });
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

// The expectations below are what a real BuildKit (dockerd 26.1.5 / BuildKit v0.13, buildx 0.13.1)
// sent and printed in test/buildkit-oracle/, which re-checks them on every CI run; these run
// without the daemon.

function transferOf(shape: TreeShape, paths: string[], prep?: (ctx: string) => void) {
  const t = buildTree(shape);
  try {
    prep?.(t.ctx);
    const w = walkTransfer({ root: t.ctx, includes: followLinks(t.ctx, paths), excludes: [] });
    return { list: transferPaths(w), figure: transferFigure(t.ctx, w.list) };
  } finally {
    t.cleanup();
  }
}

test('FollowLinks: a symlink on the way to a FollowPath brings its target and the target\'s parents', () => {
  // COPY lnk/ /x/ with lnk -> real/dir
  assert.deepEqual(transferOf({ files: ['real/dir/a', 'real/other'], symlinks: { lnk: 'real/dir' } }, ['lnk']).list, ['lnk', 'real/', 'real/dir/', 'real/dir/a']);
  // COPY ln/f /f with ln -> real
  assert.deepEqual(transferOf({ files: ['real/f', 'real/g'], symlinks: { ln: 'real' } }, ['ln/f']).list, ['ln', 'real/', 'real/f']);
  // A cycle ends; a dangling link is sent alone; an absolute target is taken inside the context.
  assert.deepEqual(transferOf({ files: ['data/y/z'], symlinks: { l1: 'l2', l2: 'l1', dang: 'nowhere', abs: '/data/y' } }, ['l1', 'dang', 'abs']).list, ['abs', 'dang', 'data/', 'data/y/', 'data/y/z', 'l1', 'l2']);
});

test('transfer figure: one STAT per entry, 32 KiB DATA chunks with an empty one, FIN; hard links sent once', () => {
  const at = (ctx: string) => {
    utimesSync(join(ctx, 'a'), 1_700_000_000, 1_700_000_000); // (b shares a's inode)
  };
  // 'a' (5 bytes, 0644, mtime 1.7e18 ns): Stat = path 3 + mode 3 + size 2 + mtime 10 = 18 -> packet 20;
  // DATA (index 0) 2+0+1+1+5 = 9, empty DATA 2, FIN 2.
  const one = transferOf({ files: ['a'], fileContents: { a: 'hello' } }, ['a'], at).figure;
  assert.deepEqual(one, { bytes: 33, figure: '33B', entries: 1, requestedFiles: 1, requestedBytes: 5 });
  // 'b' is a second name of 'a': its Stat carries linkname "a" (+3) and index 1 asks for no content.
  const linked = transferOf({ files: ['a'], fileContents: { a: 'hello' }, hardlinks: { b: 'a' } }, ['a', 'b'], at).figure;
  assert.deepEqual(linked, { bytes: 33 + 23, figure: '56B', entries: 2, requestedFiles: 1, requestedBytes: 5 });
});

test('a file the walk lets in but the client\'s Open refuses is sent and requested, and carries no content', () => {
  // `src`, `!src/a/.env`, `src/a`: at src/a the walk skips `src/a` (already matched through `src`)
  // and records it as not matching, so .env passes; Open's MatchesOrParentMatches sees src/a exclude it.
  const excludes = ['src', '!src/a/.env', 'src/a'];
  const opens = clientOpens(null, excludes)!;
  assert.deepEqual([opens('src/a/.env'), opens('top'), opens('src/a/keep')], [false, true, false]);
  assert.equal(clientOpens(['src'], ['node_modules', '*.log']), null, 'no exclusion pattern: the walk and Open agree');
  assert.equal(clientOpens(null, ['*', '!src', '!Dockerfile']), null, 'no pattern after an exception (the allowlist idiom): they agree');
  const t = buildTree({ files: ['src/a/.env', 'src/a/keep', 'top'], fileContents: { 'src/a/.env': 'x'.repeat(40_000), top: 'hello' } });
  try {
    utimesSync(join(t.ctx, 'top'), 1_700_000_000, 1_700_000_000);
    const w = walkTransfer({ root: t.ctx, includes: null, excludes });
    assert.deepEqual(transferPaths(w), ['src/', 'src/a/', 'src/a/.env', 'top']);
    const full = transferFigure(t.ctx, w.list);
    const real = transferFigure(t.ctx, w.list, undefined, clientOpens(null, excludes));
    // Both requested; .env's two chunks (32768 and 7232 bytes, index 2) are not sent: its empty DATA (4 B) is.
    assert.deepEqual([real.requestedFiles, real.requestedBytes, full.requestedBytes], [2, 5, 40_005]);
    assert.equal(full.bytes - real.bytes, 2 + 2 + 1 + 3 + 32768 + (2 + 2 + 1 + 2 + 7232));
  } finally {
    t.cleanup();
  }
});

test('BuildKit prints sizes as tonistiigi/units %.2f: decimal units, two decimals, exact ties to even', () => {
  const printed: [number, string][] = [[2, '2B'], [999, '999B'], [1000, '1.00kB'], [1005, '1.00kB'], [1125, '1.12kB'], [1375, '1.38kB'], [99995, '100.00kB'], [1125000, '1.12MB']];
  for (const [n, s] of printed) assert.equal(buildkitSize(n), s, String(n));
});

test('patterns through JSON: invalid UTF-8 bytes become U+FFFD one by one, valid text is kept', () => {
  assert.equal(throughGoJson('caf\xe9'), 'caf\xef\xbf\xbd'); // BuildKit's exclude header: caf%EF%BF%BD
  assert.equal(throughGoJson('caf\xc3\xa9'), 'caf\xc3\xa9');
  assert.equal(throughGoJson('\xed\xa0\x80x'), '\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbdx'); // a surrogate is 3 bad bytes in Go
});

test('FollowPaths as the frontend sends them: nested paths kept; a non-ASCII bind-mount source encoded twice', () => {
  assert.deepEqual(fp(lines('FROM a', 'COPY a/b /x', 'COPY a /y', 'COPY ab /z')).paths, ['a', 'a/b', 'ab']);
  // RUN --mount=type=bind,source=é: BuildKit asks for "Ã©" (bytes C3 83 C2 A9), which does not exist.
  assert.deepEqual(fp(lines('FROM a', 'COPY ü.txt /', 'RUN --mount=type=bind,source=é,target=/m ls')).paths, ['\xc3\x83\xc2\xa9', '\xc3\xbc.txt']);
});

// fsutil's setUnixOpt records every file's inode number (`seenFiles[ino] = path`) and looks one up only
// for a file with more than one link, by the number alone: on a second filesystem mounted in the
// context (the review of fe003a4: two tmpfs mounts, each giving its first file inode 2), a linked file
// whose number an earlier one-link file has is sent as a link to that file, with no data.
test('transfer figure: a file with more than one link whose inode number an earlier file with one link has is sent as a link to it (fsutil keys by the number alone)', () => {
  const stat = (ino: number, nlink: number, size: number) => ({ mode: 0o100644, size, mtimeMs: 0, ino, nlink, rdev: 0, uid: 0, gid: 0 });
  const source = (second: ReturnType<typeof stat>) => ({
    list: (abs: string) => (abs.endsWith('/m1') ? { names: ['a'], stat: () => stat(2, 1, 100) } : abs.endsWith('/m2') ? { names: ['b'], stat: () => second } : { names: ['m1', 'm2'], stat: () => ({ ...stat(1, 2, 0), mode: 0o040755 }) }),
  });
  const list = [
    { path: 'm1', isDir: true, bytes: 0 },
    { path: 'm1/a', isDir: false, bytes: 100 },
    { path: 'm2', isDir: true, bytes: 0 },
    { path: 'm2/b', isDir: false, bytes: 100 },
  ];
  const linked = transferFigure('/ctx', list, source(stat(2, 2, 100)));
  const apart = transferFigure('/ctx', list, source(stat(3, 2, 100)));
  // As a link: one file's data fewer (its 100 bytes and the chunk framing), and its STAT names the first.
  assert.equal(linked.requestedFiles, 1);
  assert.equal(apart.requestedFiles, 2);
  assert.ok(linked.bytes < apart.bytes - 100, `${linked.bytes} vs ${apart.bytes}`);
  // With one link itself, it is never looked up: sent whole.
  assert.equal(transferFigure('/ctx', list, source(stat(2, 1, 100))).requestedFiles, 2);
});

test('vl: the varint length protobuf gives, 7 bits a byte, at every boundary and for modification times in nanoseconds', () => {
  // Worked out by hand from the encoding: the smallest value of each length is 2^(7(k-1)).
  const cases: [number, number][] = [[0, 1], [127, 1], [128, 2], [16383, 2], [16384, 3], [2 ** 21 - 1, 3], [2 ** 21, 4], [2 ** 28, 5], [2 ** 35, 6], [2 ** 42, 7], [2 ** 49, 8], [2 ** 56 - 1024, 8], [2 ** 56, 9], [1.7e18, 9], [2 ** 63, 10], [-1, 10]];
  for (const [n, len] of cases) assert.equal(vl(n), len, String(n));
  // And as many bytes as the encoder would write, for integers a double holds exactly.
  const encoded = (n: bigint) => {
    let bytes = 1;
    while (n >= 128n) {
      n >>= 7n;
      bytes++;
    }
    return bytes;
  };
  for (let i = 0; i < 2000; i++) {
    const n = Math.floor(Math.random() * 2 ** Math.floor(Math.random() * 64));
    assert.equal(vl(n), encoded(BigInt(n)), String(n));
  }
});
