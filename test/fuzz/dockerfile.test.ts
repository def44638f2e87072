// Property tests for the Dockerfile side on hostile input: random and mutated Dockerfiles (the
// sample contexts' Dockerfiles with lines deleted or duplicated, random bytes, unterminated
// heredocs/quotes/JSON, huge lines, NULs, CRLF, BOMs). No exception may escape the parser, the
// expander or the cross-check; every parse failure is a CTX100 finding that names a line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { analyzeLegacyContext } from '../../src/context/legacy-context.js';
import { crossCheck } from '../../src/dockerfile/cross-check.js';
import { expandWord } from '../../src/dockerfile/expand.js';
import { parseDockerfile } from '../../src/dockerfile/parse.js';
import { buildTree } from '../helpers/trees.js';
import { byteString, fuzzParams, tokenString } from './fuzz-settings.js';

const samples = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'sample-contexts');
const SEEDS: string[] = readdirSync(samples)
  .map((d) => join(samples, d, 'Dockerfile'))
  .filter((f) => existsSync(f))
  .map((f) => readFileSync(f, 'latin1'));

const HOSTILE_SNIPPETS = [
  'COPY <<EOF /x\n', 'RUN <<"EOT" bash\n', 'COPY <<-EOF', '"', "'", '[', '["a", ', '["unterminated', '\\\n', '\\',
  '# escape=`\n', '# escape=\\\n', '# syntax=docker/dockerfile:1\n', 'ARG X=${\n', 'ARG A=${A:-${B:+${C', 'ENV A=$', '${A:?boom}',
  'COPY --from=', 'COPY --from=0 . .\n', 'COPY --chmod= --link', 'RUN --mount=type=bind,source=', 'RUN --mount=type=bind,from=x,target=/t',
  'FROM scratch AS \n', 'FROM ${X}\n', 'FROM\n', 'COPY\n', 'ADD . \n', 'ONBUILD COPY . .\n', 'WORKDIR ..\n', '\r\n', '\x00', '\xef\xbb\xbf', '\xff\xfe',
  'COPY ../../etc/passwd /\n', 'COPY /abs /\n', 'COPY ["a b", "c"]\n', 'COPY ./**/ /\n', 'COPY [[[ /\n', '\x1b[31m', '\t', ' ',
];

type Mutation = (text: string) => string;
const lineOp = (f: (lines: string[], i: number) => void, at: number): Mutation => (text) => {
  const lines = text.split('\n');
  f(lines, at % Math.max(1, lines.length));
  return lines.join('\n');
};

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((at) => lineOp((l, i) => l.splice(i, 1), at)), // delete a line
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 5 })).map(([at, n]) => lineOp((l, i) => l.splice(i, n), at)), // delete a run
  fc.nat().map((at) => lineOp((l, i) => l.splice(i, 0, l[i]), at)), // duplicate a line
  fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_SNIPPETS)).map(([at, s]): Mutation => (t) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1))),
  fc.tuple(fc.nat(), byteString(16)).map(([at, s]): Mutation => (t) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1))),
  fc.nat().map((at): Mutation => (t) => t.slice(0, at % (t.length + 1))), // truncate mid-token
  fc.constantFrom<Mutation>(
    (t) => t.replace(/\n/g, '\r\n'),
    (t) => '\xef\xbb\xbf' + t,
    (t) => t.replace(/ /g, '\x00'),
    (t) => t + 'COPY ' + 'a'.repeat(70_000) + ' /x\n', // a huge line
    (t) => 'ARG ' + 'A=${'.repeat(2_000) + '\n' + t, // deeply nested expansion
    (t) => t + '\\\n'.repeat(5_000), // a run of continuations to EOF
    (t) => t + 'COPY <<EOF /x\n' + 'data\n'.repeat(1000), // heredoc never closed
  ),
);

const mutatedDockerfile = fc
  .tuple(fc.constantFrom(...SEEDS), fc.array(mutationArb, { minLength: 1, maxLength: 5 }))
  .map(([seed, ms]) => ms.reduce((t, m) => m(t), seed));
const randomDockerfile = fc.oneof(tokenString(HOSTILE_SNIPPETS, 30), byteString(400));
const anyDockerfile = fc.oneof({ weight: 3, arbitrary: mutatedDockerfile }, { weight: 1, arbitrary: randomDockerfile });

test('dockerfile: the sample Dockerfiles are the mutation seeds', () => {
  assert.ok(SEEDS.length >= 3, `found ${SEEDS.length} sample Dockerfiles`);
});

test('dockerfile: parseDockerfile never throws, and each problem names a line inside the file', () => {
  fc.assert(
    fc.property(anyDockerfile, fc.dictionary(fc.constantFrom('A', 'B', 'X', 'DIR'), byteString(6)), (text, buildArgs) => {
      const buf = Buffer.from(text, 'latin1');
      const parsed = parseDockerfile(buf, { buildArgs });
      const lines = text.split('\n').length;
      for (const p of parsed.problems) {
        assert.ok(Number.isInteger(p.line) && p.line >= 1 && p.line <= lines, `problem line ${p.line} of ${lines}: ${p.message}`);
        assert.equal(typeof p.message, 'string');
      }
    }),
    fuzzParams(400),
  );
});

test('dockerfile: expandWord never throws on any word, escape character or variable set', () => {
  fc.assert(
    fc.property(
      tokenString(['$', '${', '}', ':-', ':+', ':?', '-', '+', '?', 'A', 'B', '"', "'", '\\', '`', ' ', '\n'], 20),
      fc.constantFrom('\\', '`'),
      fc.boolean(),
      fc.dictionary(fc.constantFrom('A', 'B'), byteString(4)),
      (word, escape, quotes, vars) => {
        const r = expandWord(word, new Map(Object.entries(vars)), { escape, quotes });
        assert.equal(typeof r.value, 'string');
      },
    ),
    fuzzParams(1000),
  );
});

test('dockerfile: crossCheck on a real context never throws; every CTX100 names the Dockerfile and a line', () => {
  const tree = buildTree({
    files: ['Dockerfile', 'package.json', 'src/index.js', 'src/lib/a.js', 'config/app.yml', '.env', 'docs/readme.md'],
    dockerignore: 'docs\n!docs/keep\n*.md\n',
  });
  try {
    const legacy = analyzeLegacyContext({ context: tree.ctx, cwd: tree.ctx });
    fc.assert(
      fc.property(anyDockerfile, fc.option(fc.constantFrom('build', 'runtime', '0', 'missing'), { nil: undefined }), (text, target) => {
        const r = crossCheck({
          dockerfileText: Buffer.from(text, 'latin1'),
          dockerfileName: 'Dockerfile',
          entries: legacy.walk.entries,
          excluded: legacy.walk.excluded,
          matcher: legacy.validationMatcher,
          ignoreRules: legacy.ignore.rules,
          root: tree.ctx,
          buildArgs: {},
          target,
          ignoreFileExists: true,
          dockerfileSpecificIgnore: null,
        });
        for (const f of r.findings.filter((x) => x.ruleId === 'CTX100')) {
          assert.equal(f.file, 'Dockerfile');
          // A --target that names no stage is about the whole file; every other CTX100 has a line.
          if (!/target stage/.test(f.message)) assert.ok(Number.isInteger(f.line) && (f.line as number) >= 1, `CTX100 without a line: ${f.message}`);
        }
        for (const f of r.findings) assert.equal(typeof f.message, 'string');
      }),
      fuzzParams(250),
    );
  } finally {
    tree.cleanup();
  }
});
