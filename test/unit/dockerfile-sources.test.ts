// Stage selection and source resolution (facts B5, B7) on small trees built at test time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLegacyContext } from '../../src/context/legacy-context.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { filepathMatch, neededStages, resolveSources, type ContextView } from '../../src/dockerfile/sources.js';
import { buildTree, type TreeShape } from '../helpers/trees.js';

const lines = (...l: string[]) => l.join('\n') + '\n';

function withTree<T>(shape: TreeShape, fn: (view: ContextView) => T): T {
  const t = buildTree(shape);
  try {
    const legacy = analyzeLegacyContext({ context: t.ctx, cwd: t.ctx });
    return fn({
      entries: legacy.walk.entries,
      excluded: legacy.walk.excluded,
      matcher: legacy.validationMatcher,
      rules: legacy.ignore.rules,
      ignoreFileName: '.dockerignore',
      root: t.ctx,
    });
  } finally {
    t.cleanup();
  }
}

test('filepath.Match: * and ? stop at /, ** is just *, classes', () => {
  assert.equal(filepathMatch('*.go', 'a.go'), true);
  assert.equal(filepathMatch('*.go', 'x/a.go'), false);
  assert.equal(filepathMatch('**/*.go', 'x/a.go'), true);
  assert.equal(filepathMatch('**/*.go', 'x/y/a.go'), false);
  assert.equal(filepathMatch('a?c', 'abc'), true);
  assert.equal(filepathMatch('a?c', 'a/c'), false);
  assert.equal(filepathMatch('[a-c]x', 'bx'), true);
  assert.equal(filepathMatch('[^a-c]x', 'bx'), false);
  assert.equal(filepathMatch('[', 'x'), false);
});

test('needed stages: FROM chain, COPY --from and mount from=, --target', () => {
  const d = parseDockerfile(
    lines(
      'FROM alpine AS deps', // 0
      'FROM deps AS build', // 1
      'RUN --mount=from=tools,source=/t,target=/t true',
      'FROM alpine AS tools', // 2: declared after build, so from=tools in stage 1 is an image
      'FROM alpine AS unused', // 3
      'FROM scratch AS final', // 4
      'COPY --from=1 /app /app',
    ),
  );
  assert.deepEqual(neededStages(d), { stages: [0, 1, 4], target: 4, problem: null });
  assert.deepEqual(neededStages(d, 'TOOLS'), { stages: [2], target: 2, problem: null });
  assert.equal(neededStages(d, 'nope').problem, 'target stage "nope" could not be found');
});

test('resolution: sent, ignored (with the ignore line), missing, outside, whole context', () => {
  const shape: TreeShape = {
    files: ['Dockerfile', 'package.json', 'src/a.ts', 'src/b.ts', 'src/sub/c.ts', '.env', 'node_modules/x/i.js', 'docs/a.md'],
    dockerignore: '# deps\nnode_modules\n.env\n',
  };
  const df = lines(
    'FROM node AS build',
    'COPY package.json src /app/', // 2
    'COPY .env /app/', // 3
    'COPY node_modules/x/i.js /app/', // 4
    'COPY missing.txt ../up.txt /app/', // 5
    'COPY src/*.ts /ts/', // 6
    'COPY **/*.ts /any/', // 7
    'FROM alpine AS other',
    'COPY . /everything',
    'FROM build',
  );
  withTree(shape, (view) => {
    const r = resolveSources(parseDockerfile(df), view, 'Dockerfile');
    assert.deepEqual(r.needed.stages, [0, 2]);
    assert.equal(r.coversWholeContext, false);
    assert.deepEqual(
      r.resolutions.map((x) => [x.source.raw, x.status, x.sentMatches, x.ignoredMatches, x.ignoreRule]),
      [
        ['package.json', 'sent', ['package.json'], [], null],
        ['src', 'sent', ['src'], [], null],
        ['.env', 'ignored', [], ['.env'], { line: 3, pattern: '.env' }],
        ['node_modules/x/i.js', 'ignored', [], ['node_modules/x/i.js'], { line: 2, pattern: 'node_modules' }],
        ['missing.txt', 'missing', [], [], null],
        // BuildKit joins it under the root: up.txt, which is not there (CTX103 reports the climb).
        ['../up.txt', 'missing', [], [], null],
        ['src/*.ts', 'sent', ['src/a.ts', 'src/b.ts'], [], null],
        // `**` is `*` in COPY: one directory deep only, so src/sub/c.ts is not matched
        ['**/*.ts', 'sent', ['src/a.ts', 'src/b.ts'], [], null],
      ],
    );
    assert.deepEqual(r.references.get('src/sub/c.ts'), [{ file: 'Dockerfile', line: 2 }]);
    assert.deepEqual(r.references.get('src/a.ts'), [
      { file: 'Dockerfile', line: 2 },
      { file: 'Dockerfile', line: 6 },
      { file: 'Dockerfile', line: 7 },
    ]);
    assert.equal(r.references.has('docs/a.md'), false);
    assert.equal(r.references.has('Dockerfile'), false);
    assert.equal(r.resolutions.find((x) => x.source.raw === '../up.txt')?.climbsOut, '../up.txt');
    // The legacy builder fails such a source: outside, nothing resolved.
    const legacy = resolveSources(parseDockerfile(df), view, 'Dockerfile', undefined, 'legacy');
    const up = legacy.resolutions.find((x) => x.source.raw === '../up.txt');
    assert.deepEqual([up?.status, up?.path, up?.climbsOut], ['outside', '../up.txt', undefined]);
  });
});

test('a source that climbs out of the context: BuildKit copies the joined path, so its files are used (highlight: `COPY ../sdk/go.mod` from the root)', () => {
  withTree({ files: ['Dockerfile', 'sdk/go/go.mod', 'frontend/a.js', 'junk.txt'] }, (view) => {
    const df = lines('FROM alpine', 'COPY ../sdk/go/go.mod /app/', 'COPY ../frontend /app/fe', 'COPY .. /all');
    const bk = resolveSources(parseDockerfile(lines('FROM alpine', 'COPY ../sdk/go/go.mod /app/', 'COPY ../frontend /app/fe')), view, 'Dockerfile');
    assert.deepEqual(
      bk.resolutions.map((x) => [x.source.raw, x.status, x.path, x.sentMatches, x.climbsOut]),
      [
        ['../sdk/go/go.mod', 'sent', 'sdk/go/go.mod', ['sdk/go/go.mod'], '../sdk/go/go.mod'],
        ['../frontend', 'sent', 'frontend', ['frontend'], '../frontend'],
      ],
    );
    assert.deepEqual([...bk.references.keys()].sort(), ['frontend', 'frontend/a.js', 'sdk/go/go.mod']);
    // `..` alone is the root: the whole context.
    const all = resolveSources(parseDockerfile(df), view, 'Dockerfile');
    assert.equal(all.coversWholeContext, true);
    // The legacy builder fails on each; `..` still takes the whole context as far as "unused" goes
    // (radiant-portal: CTX004 in the legacy view made suggest exclude what BuildKit copies).
    const legacy = resolveSources(parseDockerfile(df), view, 'Dockerfile', undefined, 'legacy');
    assert.deepEqual([legacy.coversWholeContext, legacy.references.size, legacy.resolutions.map((x) => x.status)], [true, 0, ['outside', 'outside', 'outside']]);
    const legacyNamed = resolveSources(parseDockerfile(lines('FROM alpine', 'COPY ../sdk/go/go.mod /app/')), view, 'Dockerfile', undefined, 'legacy');
    assert.equal(legacyNamed.coversWholeContext, false);
  });
});

test('whole context: COPY . . and a bare bind mount; --exclude drops references', () => {
  withTree({ files: ['Dockerfile', 'a.txt', 'b.log'] }, (view) => {
    const r = resolveSources(parseDockerfile(lines('FROM alpine', 'COPY --exclude=*.log . /app')), view, 'Dockerfile');
    assert.equal(r.coversWholeContext, true);
    assert.deepEqual([...r.references.keys()].sort(), ['Dockerfile', 'a.txt']);
    const m = resolveSources(parseDockerfile(lines('FROM alpine', 'RUN --mount=type=bind,target=/c ls')), view, 'Dockerfile');
    assert.equal(m.coversWholeContext, true);
    assert.equal(m.resolutions[0].status, 'whole-context');
  });
});

test('a source under an excluded directory that an exception re-includes counts as sent', () => {
  withTree({ files: ['Dockerfile', 'docs/keep.md', 'docs/drop.md'], dockerignore: 'docs\n!docs/keep.md\n' }, (view) => {
    const r = resolveSources(parseDockerfile(lines('FROM alpine', 'COPY docs /d', 'COPY docs/drop.md /x')), view, 'Dockerfile');
    assert.deepEqual(
      r.resolutions.map((x) => [x.status, x.ignoreRule]),
      [
        ['sent', null],
        ['ignored', { line: 1, pattern: 'docs' }],
      ],
    );
    assert.deepEqual([...r.references.keys()], ['docs/keep.md']);
  });
});
