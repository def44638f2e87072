// `why`: every explanation path on trees built here. Expected lines and verdicts are worked out by
// hand from the facts (R17 last match wins, R22-R24 build files, R27 literal-prefix descent, B3
// Dockerfile-specific ignore file, B6 fsutil descent and parent directories), and the legacy
// verdicts of the first tree are confirmed with the docker CLI oracle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import type { WhyCommand } from '../../src/cli/commands/why.js';
import { explainContextPaths } from '../../src/explain/explain-context.js';
import { InputError } from '../../src/errors.js';
import type { PathExplanation } from '../../src/explain/explain.js';
import { captureUpload } from '../helpers/docker-oracle.js';
import { entryNames, listTarEntries } from '../helpers/tar-entries.js';
import { buildTree, type TreeShape } from '../helpers/trees.js';

function why(shape: TreeShape, paths: string[], opts: Partial<WhyCommand> = {}, inTree?: (ctx: string) => Promise<void>): Promise<Map<string, PathExplanation>> | Map<string, PathExplanation> {
  const tree = buildTree(shape);
  const run = () => {
    const cmd: WhyCommand = { paths, context: tree.ctx, builder: 'buildkit', buildArgs: {}, format: 'json', top: 5, ...opts };
    return new Map(explainContextPaths(cmd, tree.ctx).map((e) => [e.path, e]));
  };
  if (!inTree) {
    try {
      return run();
    } finally {
      tree.cleanup();
    }
  }
  const result = run();
  return inTree(tree.ctx).then(
    () => (tree.cleanup(), result),
    (e) => {
      tree.cleanup();
      throw e;
    },
  );
}

const rule = (file: string | null, line: number | null, pattern: string) => ({ file, line, pattern, origin: file === null ? 'build-file-protection' : 'ignore-file' });

const MAIN: TreeShape = {
  files: ['Dockerfile', 'README.md', 'docs/readme.md', 'docs/x.txt', 'docs/sub/keep.md', 'src/a.js'],
  fileContents: { Dockerfile: 'FROM alpine\nCOPY src/ ./src\nCOPY docs/*.md /d/\n' },
  // line:      1      2       3      4             5              6
  dockerignore: '# c\n*.md\ndocs\n!docs/*.md\n!**/keep.md\nDockerfile\n',
};

test('why: deciding line, overridden lines, R27 prune, R22 protection (legacy verdicts confirmed by the docker oracle)', async () => {
  let sent: string[] = [];
  const m = await why(MAIN, ['docs/readme.md', 'docs/sub/keep.md', 'README.md', 'Dockerfile', 'src/a.js', 'docs'], {}, async (ctx) => {
    const r = await captureUpload({ context: ctx });
    assert.ok(r.tar, r.stderr);
    sent = entryNames(await listTarEntries(r.tar));
  });
  // The oracle: docs/readme.md and Dockerfile are sent, docs/sub/keep.md and README.md are not, docs/ has no entry.
  assert.ok(sent.includes('docs/readme.md') && sent.includes('Dockerfile') && sent.includes('src/a.js'));
  assert.ok(!sent.includes('docs/sub/keep.md') && !sent.includes('README.md') && !sent.includes('docs/'));

  const readme = m.get('docs/readme.md') as PathExplanation;
  assert.equal(readme.legacy.sent, true);
  assert.equal(readme.legacy.cause, 'reincluded');
  assert.deepEqual(readme.legacy.rule, rule('.dockerignore', 4, '!docs/*.md'));
  // `docs` (line 3) matched through the parent directory and was overridden; `*.md` is root-anchored.
  assert.deepEqual(readme.legacy.overridden, [rule('.dockerignore', 3, 'docs')]);
  assert.deepEqual(readme.legacy.enteredDirs.map((d) => [d.dir, d.exception]), [['docs', rule('.dockerignore', 4, '!docs/*.md')]]);
  assert.equal(readme.reachesImage, 'final-stage');
  assert.deepEqual(readme.references.map((r) => [r.line, r.text]), [[3, 'COPY docs/*.md /d/']]);

  const keep = m.get('docs/sub/keep.md') as PathExplanation;
  assert.equal(keep.legacy.sent, false);
  assert.equal(keep.legacy.cause, 'pruned');
  // docs is entered (literal prefix docs/), docs/sub is not: no exception's text starts with docs/sub/.
  assert.equal(keep.legacy.prunedAt?.dir, 'docs/sub');
  assert.equal(keep.legacy.prunedAt?.fact, 'R27');
  assert.deepEqual(keep.legacy.prunedAt?.rule, rule('.dockerignore', 3, 'docs'));
  assert.deepEqual(keep.legacy.deadExceptions, [rule('.dockerignore', 5, '!**/keep.md')]);
  // B6: a wildcard exception disables pruning, so BuildKit's client rescues it.
  assert.equal(keep.buildkit.eligible.sent, true);
  assert.deepEqual(keep.buildkit.eligible.rule, rule('.dockerignore', 5, '!**/keep.md'));
  assert.ok(keep.differences.includes('prune-rule'));
  assert.equal(keep.buildkit.request?.requested, false);
  assert.equal(keep.buildkit.request?.cause, 'not-referenced');

  const rootMd = m.get('README.md') as PathExplanation;
  assert.equal(rootMd.legacy.cause, 'excluded');
  assert.deepEqual(rootMd.legacy.rule, rule('.dockerignore', 2, '*.md'));

  const df = m.get('Dockerfile') as PathExplanation;
  assert.equal(df.legacy.sent, true);
  assert.equal(df.legacy.cause, 'protected');
  assert.deepEqual(df.legacy.rule, rule(null, null, '!Dockerfile'));
  assert.deepEqual(df.legacy.overridden, [rule('.dockerignore', 6, 'Dockerfile')]);
  assert.equal(df.buildFile?.legacy, 'protected');
  assert.equal(df.buildkit.eligible.sent, false, 'B4: BuildKit does not protect build files');
  assert.ok(df.differences.includes('build-file-protection'));
  // Sent, but the daemon deletes it before the build (the oracle's legacy-builder file: `COPY Dockerfile` fails).
  const { renderWhyText } = await import('../../src/reporters/why.js');
  assert.match(renderWhyText([df]), /the legacy CLI sends it although a pattern excludes it, and the daemon deletes it once it has read it: no COPY or ADD sees it/);

  const src = m.get('src/a.js') as PathExplanation;
  assert.equal(src.legacy.cause, 'no-pattern');
  assert.equal(src.buildkit.request?.followPath, 'src');

  const docs = m.get('docs') as PathExplanation;
  assert.equal(docs.legacy.sent, false);
  assert.equal(docs.legacy.enteredForExceptions, true);
  assert.equal(docs.buildkit.eligible.cause, 'parent-of-sent');
  // legacy: docs/readme.md sent (each file holds its own path and a newline); docs/x.txt and docs/sub/keep.md excluded.
  assert.equal(docs.directory?.legacy.sent.files, 1);
  assert.equal(docs.directory?.legacy.sent.bytes, 'docs/readme.md\n'.length);
  assert.equal(docs.directory?.legacy.excluded.files, 2);
  assert.equal(docs.directory?.legacy.excluded.bytes, 'docs/x.txt\n'.length + 'docs/sub/keep.md\n'.length);
  assert.deepEqual(docs.directory?.top.map((c) => c.path), ['docs/readme.md', 'docs/sub', 'docs/x.txt']);
});

test('why: an exception before the exclusion never applies (R17 order)', () => {
  const m = why({ files: ['Dockerfile', 'README.md'], dockerignore: '!README.md\n*.md\n' }, ['README.md']) as Map<string, PathExplanation>;
  const e = m.get('README.md') as PathExplanation;
  assert.equal(e.legacy.sent, false);
  assert.deepEqual(e.legacy.rule, rule('.dockerignore', 2, '*.md'));
  assert.deepEqual(e.legacy.deadExceptions, [rule('.dockerignore', 1, '!README.md')]);
});

test('why: a Dockerfile.dockerignore makes a BuildKit-only difference (B3)', () => {
  const m = why(
    {
      files: ['Dockerfile', 'Dockerfile.dockerignore', 'src/a.js', 'src/gen/big.js'],
      fileContents: { Dockerfile: 'FROM alpine\nCOPY src ./src\n', 'Dockerfile.dockerignore': '# bk only\n\nsrc/gen\n' },
      dockerignore: 'nothing-here\n',
    },
    ['src/gen/big.js'],
  ) as Map<string, PathExplanation>;
  const e = m.get('src/gen/big.js') as PathExplanation;
  assert.equal(e.legacy.sent, true);
  assert.equal(e.legacy.cause, 'no-pattern');
  assert.equal(e.buildkit.ignoreFile, 'Dockerfile.dockerignore');
  assert.equal(e.buildkit.eligible.sent, false);
  assert.equal(e.buildkit.eligible.cause, 'pruned');
  assert.deepEqual(e.buildkit.eligible.prunedAt, { dir: 'src/gen', rule: rule('Dockerfile.dockerignore', 3, 'src/gen'), fact: 'B6' });
  assert.ok(e.differences.includes('ignore-file'));
});

test('why: the deprecated matcher misses -f a/b/c/Dockerfile under **/c, so it is dropped (R24)', () => {
  const tree = buildTree({ files: ['a/b/c/Dockerfile', 'x'], fileContents: { 'a/b/c/Dockerfile': 'FROM alpine\n' }, dockerignore: '**/c\n' });
  try {
    const [e] = explainContextPaths({ paths: ['a/b/c/Dockerfile'], context: tree.ctx, file: path.join(tree.ctx, 'a/b/c/Dockerfile'), builder: 'legacy', buildArgs: {}, top: 5 }, tree.ctx);
    assert.equal(e.legacy.sent, false);
    assert.equal(e.legacy.prunedAt?.dir, 'a/b/c');
    assert.equal(e.buildFile?.role, 'dockerfile');
    assert.equal(e.buildFile?.legacy, 'dropped-r24');
  } finally {
    tree.cleanup();
  }
});

test('why: references and where they land (target stage, a stage copied from, a bind mount)', () => {
  const dockerfile = [
    'FROM alpine AS build', // 1
    'COPY src/ ./src', // 2
    'FROM alpine', // 3
    'COPY --from=build /src/lib /app', // 4
    'COPY config.json /etc/', // 5
    'RUN --mount=type=bind,source=tools,target=/t true', // 6
    '',
  ].join('\n');
  const m = why({ files: ['Dockerfile', 'src/a.js', 'src/lib/b.js', 'config.json', 'tools/x.sh', 'notes.txt'], fileContents: { Dockerfile: dockerfile } }, ['src/a.js', 'src/lib/b.js', 'config.json', 'tools/x.sh', 'notes.txt']) as Map<string, PathExplanation>;
  const at = (p: string) => m.get(p) as PathExplanation;
  assert.deepEqual(at('src/a.js').references.map((r) => [r.line, r.stageName, r.placement]), [[2, 'build', 'other-stage']]);
  assert.equal(at('src/a.js').reachesImage, 'other-stage');
  // COPY --from=build /src/lib ships what landed in /src/lib of the build stage (issue 14 item 1).
  assert.deepEqual(at('src/lib/b.js').references.map((r) => [r.line, r.stageName, r.placement]), [[2, 'build', 'final-stage']]);
  assert.deepEqual(at('config.json').references.map((r) => [r.line, r.placement]), [[5, 'final-stage']]);
  assert.deepEqual(at('tools/x.sh').references.map((r) => [r.line, r.placement]), [[6, 'mount']]);
  assert.deepEqual(at('notes.txt').references, []);
  assert.equal(at('notes.txt').reachesImage, null);
});

test('why: absolute paths inside the context work; a path outside it is an InputError (exit 2)', () => {
  const tree = buildTree({ files: ['Dockerfile', 'a.txt'] });
  try {
    const base = { context: tree.ctx, builder: 'buildkit' as const, buildArgs: {}, format: 'json' as const, top: 5 };
    const [e] = explainContextPaths({ ...base, paths: [path.join(tree.ctx, 'a.txt')] }, tree.ctx);
    assert.equal(e.path, 'a.txt');
    assert.throws(() => explainContextPaths({ ...base, paths: ['../outside'] }, tree.ctx), InputError);
    assert.throws(() => explainContextPaths({ ...base, paths: [tree.root] }, tree.ctx), InputError);
  } finally {
    tree.cleanup();
  }
});

test('why: a path that does not exist says so first, reaches no image, and names the nearest existing path', async () => {
  const { renderWhyText } = await import('../../src/reporters/why.js');
  const got = why({ files: ['Dockerfile', 'src/app.js'], fileContents: { Dockerfile: 'FROM scratch\nCOPY . /app\n' }, dockerignore: 'src/other\n' }, ['src/ap.js', 'docs/nothing/here.md']) as Map<string, PathExplanation>;
  const near = got.get('src/ap.js') as PathExplanation;
  assert.equal(near.kind, 'missing');
  assert.equal(near.reachesImage, null, 'COPY . /app would copy it, but there is nothing to copy');
  assert.equal(near.didYouMean, 'src/app.js');
  assert.equal(got.get('docs/nothing/here.md')?.didYouMean, null);
  const text = renderWhyText([near]);
  const lines = text.split('\n');
  assert.equal(lines[0], 'src/ap.js (does not exist)');
  assert.match(lines[1], /sent: no, by neither builder: nothing exists at this path/);
  assert.equal(lines[2], '  did you mean src/app.js?');
  assert.match(text, /if created, legacy builder: sent: no ignore line matches it/);
  assert.match(text, /in the final image: no: it does not exist/);
  assert.doesNotMatch(text, /in the final image: yes/);
});

// element-call: `COPY ./dist /dist`, dist made by a step: `why dist` said no COPY uses it (sweep 47/E-F4).
test('why: a path that does not exist is named by the COPY whose source it is or lies in', async () => {
  const { renderWhyText } = await import('../../src/reporters/why.js');
  const got = why({ files: ['Dockerfile', 'src/app.js'], fileContents: { Dockerfile: 'FROM alpine\nCOPY ./dist /dist\n' }, dockerignore: null }, ['dist', 'dist/a.js', 'other']) as Map<string, PathExplanation>;
  for (const p of ['dist', 'dist/a.js']) {
    const text = renderWhyText([got.get(p) as PathExplanation]);
    assert.match(text, /Dockerfile: Dockerfile:2 COPY \.\/dist \/dist \(stage 0\): would copy it, but it does not exist/, p);
    assert.match(text, /in the final image: no: it does not exist/, p);
  }
  assert.match(renderWhyText([got.get('other') as PathExplanation]), /Dockerfile: no COPY, ADD or bind mount of the target uses it/);
});

// warehouse: `.git/*` in .dockerignore, COPY . /opt/warehouse/src/. why .git/HEAD said "not sent" and
// then "in the final image: yes" (the COPY that would take it reaches the image).
test('why: a path the ignore file keeps out reaches no image, whatever would copy it; an emptied directory neither', async () => {
  const { renderWhyText } = await import('../../src/reporters/why.js');
  const got = why({ files: ['Dockerfile', 'src/app.js', '.git/HEAD'], fileContents: { Dockerfile: 'FROM scratch\nCOPY . /app\n' }, dockerignore: '.git/*\n' }, ['.git/HEAD', '.git', 'src/app.js']) as Map<string, PathExplanation>;
  assert.equal(got.get('.git/HEAD')?.reachesImage, null);
  assert.equal(got.get('.git')?.reachesImage, null);
  assert.equal(got.get('src/app.js')?.reachesImage, 'final-stage');
  const text = renderWhyText([got.get('.git/HEAD') as PathExplanation]);
  assert.match(text, /in the final image: no: the ignore file keeps it out of the context/);
});

test('why text and rule docs explain in plain words: no fact numbers such as (R27) or (B6) from a document users do not have', async () => {
  const { renderWhyText } = await import('../../src/reporters/why.js');
  const { allRules } = await import('../../src/rules/registry.js');
  const { renderExplain } = await import('../../src/reporters/rules.js');
  const shape: TreeShape = { ...MAIN, files: [...MAIN.files, 'Dockerfile.dockerignore'], fileContents: { ...MAIN.fileContents, 'Dockerfile.dockerignore': 'docs\n!docs/*.md\n' } };
  const m = why(shape, ['docs/readme.md', 'docs/sub/keep.md', 'README.md', 'Dockerfile', 'src/a.js', 'docs', 'nothere']) as Map<string, PathExplanation>;
  const text = renderWhyText([...m.values()]) + allRules().map((r) => renderExplain(r)).join('\n');
  assert.ok(text.includes('not sent'), 'the text was rendered');
  assert.deepEqual(text.match(/\b[RB]\d{1,2}\b/g) ?? [], []);
});
