// Parser tests: every construct issue 3 lists, with line/column written by hand from the texts below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDockerfile } from '../../src/dockerfile/parse.js';

const lines = (...l: string[]) => l.join('\n') + '\n';
const brief = (d: ReturnType<typeof parseDockerfile>, stage = 0) =>
  d.stages[stage].sources.map((s) => ({ i: s.instruction, src: s.source, line: s.line, col: s.column, ctx: s.fromContext }));

test('syntax and escape directives; backtick escape joins continuations', () => {
  const d = parseDockerfile(lines('# syntax=docker/dockerfile:1.7', '# escape=`', 'FROM alpine', 'COPY a `', '  b /dst/'));
  assert.deepEqual(d.directives, [
    { name: 'syntax', value: 'docker/dockerfile:1.7', line: 1 },
    { name: 'escape', value: '`', line: 2 },
  ]);
  assert.equal(d.escape, '`');
  assert.deepEqual(brief(d), [
    { i: 'COPY', src: 'a', line: 4, col: 6, ctx: true },
    { i: 'COPY', src: 'b', line: 5, col: 3, ctx: true },
  ]);
  assert.deepEqual(d.problems, []);
});

test('continuations with comment and blank lines inside', () => {
  const d = parseDockerfile(lines('FROM alpine', 'COPY one \\', '  # a comment', '', '     two \\', '  /dst/', 'COPY three /'));
  assert.deepEqual(brief(d), [
    { i: 'COPY', src: 'one', line: 2, col: 6, ctx: true },
    { i: 'COPY', src: 'two', line: 5, col: 6, ctx: true },
    { i: 'COPY', src: 'three', line: 7, col: 6, ctx: true },
  ]);
  assert.equal(d.stages[0].sources[1].instructionLine, 2);
});

test('JSON form keeps spaces; shell form splits on whitespace', () => {
  const d = parseDockerfile(lines('FROM alpine', 'COPY ["my file.txt", "b c/", "/dst/"]', 'ADD x y /z/'));
  assert.deepEqual(brief(d), [
    { i: 'COPY', src: 'my file.txt', line: 2, col: 8, ctx: true },
    { i: 'COPY', src: 'b c/', line: 2, col: 23, ctx: true },
    { i: 'ADD', src: 'x', line: 3, col: 5, ctx: true },
    { i: 'ADD', src: 'y', line: 3, col: 7, ctx: true },
  ]);
});

test('COPY/ADD flags: --from is not the context; --chown --chmod --link --parents --exclude are read', () => {
  const d = parseDockerfile(
    lines(
      'FROM alpine AS base',
      'COPY --from=base /etc/x /x',
      'COPY --chown=1:1 --chmod=644 --link a /a',
      'COPY --parents --exclude=*.tmp src/./b /b',
      'ADD --chown=0:0 c /c',
    ),
  );
  const s = d.stages[0].sources;
  assert.deepEqual(brief(d), [
    { i: 'COPY', src: '/etc/x', line: 2, col: 18, ctx: false },
    { i: 'COPY', src: 'a', line: 3, col: 37, ctx: true },
    { i: 'COPY', src: 'src/./b', line: 4, col: 32, ctx: true },
    { i: 'ADD', src: 'c', line: 5, col: 17, ctx: true },
  ]);
  assert.equal(s[0].from, 'base');
  assert.equal(s[0].external, 'from');
  assert.deepEqual(s[2].excludes, ['*.tmp']);
  assert.equal(s[2].parents, true);
  assert.deepEqual(d.problems, []);
});

test('heredocs: COPY <<EOF is content, RUN <<EOF bodies are not arguments', () => {
  const d = parseDockerfile(
    lines('FROM alpine', 'COPY <<EOF /x', 'hello', 'EOF', 'RUN <<EOT', 'COPY fake /', 'EOT', 'COPY <<A real.txt /y/', 'a', 'A'),
  );
  assert.equal(d.heredocSources, 2);
  assert.deepEqual(brief(d), [{ i: 'COPY', src: 'real.txt', line: 8, col: 10, ctx: true }]);
});

test('ADD of URLs and git refs does not read the context', () => {
  const d = parseDockerfile(
    lines('FROM alpine', 'ADD https://example.com/a.tgz /a', 'ADD git@github.com:o/r.git /r', 'ADD https://github.com/o/r.git#main /r2', 'ADD local.tgz /l'),
  );
  assert.deepEqual(
    d.stages[0].sources.map((s) => [s.line, s.external, s.fromContext]),
    [
      [2, 'url', false],
      [3, 'git', false],
      [4, 'git', false],
      [5, null, true],
    ],
  );
});

test('global ARG before FROM, stage ARG/ENV, --build-arg', () => {
  const text = lines(
    'ARG BASE=alpine',
    'ARG DIR=app',
    'FROM ${BASE} AS one',
    'COPY $DIR/x /',
    'ARG DIR',
    'COPY $DIR/y /',
    'ENV OUT=dist',
    'ARG MODE=prod',
    'COPY ${OUT}/${MODE:-dev}/z ${NONE:+q}w /',
  );
  const d = parseDockerfile(text);
  assert.equal(d.stages[0].base, 'alpine');
  const s = d.stages[0].sources;
  assert.deepEqual(
    s.map((x) => [x.source, x.line, x.hasUnsetVar]),
    [
      ['/x', 4, true], // a global ARG is not visible in a stage until re-declared
      ['app/y', 6, false],
      ['dist/prod/z', 9, false],
      ['w', 9, false],
    ],
  );
  assert.deepEqual(s[0].unsetVars, ['DIR']);
  const d2 = parseDockerfile(text, { buildArgs: { DIR: 'other', MODE: 'test', BASE: 'debian' } });
  assert.equal(d2.stages[0].base, 'debian');
  assert.deepEqual(
    d2.stages[0].sources.map((x) => x.source),
    ['/x', 'other/y', 'dist/test/z', 'w'],
  );
});

test('ENV and ARG of a base stage carry over to a stage built FROM it (BuildKit; oracle case "ARG inherited")', () => {
  const d = parseDockerfile(lines('FROM alpine AS a', 'ENV E=from-env', 'ARG G=from-arg', 'FROM a', 'COPY $E/$G /'));
  assert.equal(d.stages[1].sources[0].source, 'from-env/from-arg');
  assert.deepEqual(d.stages[1].sources[0].unsetVars, []);
  // Through a chain, overridden by the stage's own ARG, and by --build-arg in the stage that declares it.
  const chain = lines('FROM alpine AS a', 'ARG S=./a.txt', 'ARG T=t1', 'FROM a AS b', 'ARG T=t2', 'FROM b', 'COPY ${S} ${T} /');
  assert.deepEqual(parseDockerfile(chain).stages[2].sources.map((x) => x.source), ['./a.txt', 't2']);
  assert.deepEqual(parseDockerfile(chain, { buildArgs: { S: 'b.txt' } }).stages[2].sources.map((x) => x.source), ['b.txt', 't2']);
  // A stage FROM an image (not a stage) starts with no ARGs.
  assert.deepEqual(parseDockerfile(lines('FROM alpine AS a', 'ARG G=g', 'FROM alpine', 'COPY $G /')).stages[1].sources[0].unsetVars, ['G']);
});

test('multi-stage: names, indexes and references', () => {
  const d = parseDockerfile(
    lines('FROM golang AS Build', 'COPY go.mod /', 'FROM scratch AS final', 'COPY --from=build /bin/app /', 'RUN --mount=from=0,source=/x,target=/y true'),
  );
  assert.deepEqual(
    d.stages.map((s) => [s.index, s.name, s.base, s.line]),
    [
      [0, 'build', 'golang', 1],
      [1, 'final', 'scratch', 3],
    ],
  );
  assert.deepEqual(d.stages[1].refs, [
    { ref: 'scratch', line: 3, kind: 'from' },
    { ref: 'build', line: 4, kind: 'copy-from' },
    { ref: '0', line: 5, kind: 'mount-from' },
  ]);
});

test('RUN --mount=type=bind: a context source unless from= names something else', () => {
  const d = parseDockerfile(
    lines(
      'FROM alpine',
      'RUN --mount=type=bind,source=pkg,target=/p make',
      'RUN --mount=type=bind,target=/all ls',
      'RUN --mount=type=bind,from=img,source=/x,target=/x ls',
      'RUN --mount=type=cache,target=/root/.cache \\',
      '    --mount=type=secret,id=tok \\',
      '    --mount=src=lib,dst=/lib make',
    ),
  );
  assert.deepEqual(
    d.stages[0].sources.map((s) => [s.source, s.line, s.column, s.fromContext, s.mountType]),
    [
      ['pkg', 2, 30, true, 'bind'],
      ['', 3, 5, true, 'bind'],
      ['/x', 4, 39, false, 'bind'],
      ['', 5, 5, false, 'cache'],
      ['lib', 7, 17, true, 'bind'],
    ],
  );
});

test('ONBUILD instructions are not part of this build', () => {
  const d = parseDockerfile(lines('FROM alpine', 'ONBUILD COPY trigger /', 'COPY real /'));
  assert.deepEqual(
    d.stages[0].sources.map((s) => [s.source, s.line]),
    [['real', 3]],
  );
});

test('problems carry a line and never throw', () => {
  assert.deepEqual(parseDockerfile(lines('FROM alpine', 'COPY onlyone')).problems, [{ line: 2, message: 'COPY requires at least two arguments, but got 1' }]);
  assert.deepEqual(parseDockerfile(lines('COPY a b')).problems, [{ line: 1, message: 'COPY before the first FROM' }]);
  assert.deepEqual(parseDockerfile(lines('FROM')).problems, [{ line: 1, message: 'FROM requires the name of a base image' }]);
  assert.deepEqual(parseDockerfile('').problems, [{ line: 1, message: 'the Dockerfile has no FROM instruction' }]);
  assert.equal(parseDockerfile(lines('FROM a', '\u0000\u0001 junk')).problems[0].line, 2);
  assert.equal(parseDockerfile(lines('FROM a', 'COPY --bogus x /')).problems[0].line, 2);
  assert.doesNotThrow(() => parseDockerfile(Buffer.from([0xff, 0xfe, 0x00, 0x0a, 0x5b])));
});

test('CRLF line endings', () => {
  const d = parseDockerfile('FROM alpine\r\nCOPY a \\\r\n  b /\r\n');
  assert.deepEqual(
    d.stages[0].sources.map((s) => [s.source, s.line, s.column]),
    [
      ['a', 2, 6],
      ['b', 3, 3],
    ],
  );
});

test('a lone \\r does not start a line: problems keep BuildKit’s \\n-based line numbers (found by test/fuzz)', () => {
  // BuildKit's scanner splits at \n only: the unknown instruction `@@@\rx` is on line 2, not 3.
  const r = parseDockerfile(Buffer.from('FROM scratch\rAS base\n@@@\rx\nCOPY a b\n'));
  assert.deepEqual(r.problems.map((p) => p.line), [2]);
});

test('automatic platform ARGs: usable in FROM undeclared, in a stage once declared bare; a default or --build-arg of the same name is kept', () => {
  const text = lines('FROM alpine:${TARGETARCH} AS a', 'ARG TARGETOS', 'ARG TARGETARCH', 'ARG TARGETVARIANT', 'COPY authelia-${TARGETOS}-${TARGETARCH}${TARGETVARIANT}/authelia /', 'COPY $BUILDPLATFORM /');
  const amd = parseDockerfile(text, { platform: 'linux/amd64' });
  assert.equal(amd.stages[0].base, 'alpine:amd64');
  assert.deepEqual(amd.stages[0].sources.map((x) => x.source), ['authelia-linux-amd64/authelia', '']);
  assert.deepEqual(amd.stages[0].sources[1].unsetVars, ['BUILDPLATFORM']); // not declared in the stage
  const arm = parseDockerfile(text, { platform: 'linux/arm/v7' });
  assert.equal(arm.stages[0].sources[0].source, 'authelia-linux-armv7/authelia');
  const own = parseDockerfile(lines('FROM alpine', 'ARG TARGETARCH=custom', 'COPY $TARGETARCH /'), { platform: 'linux/amd64' });
  assert.equal(own.stages[0].sources[0].source, 'custom');
  // Default: this machine's platform, as docker build without --platform.
  assert.match(parseDockerfile(text).stages[0].sources[0].source, /^authelia-linux-[a-z0-9]+(v\d)?\/authelia$/);
});

// BuildKit's parseWords keeps an escaped space in the word: its parser testfiles/env/Dockerfile has
// `ENV name=value\ value2`, which builds (checked against BuildKit v0.13: the image's env holds
// `name=value value2`); ctx-audit reported "ENV value2 needs a value". `ENV PATH` alone is the
// other way round: BuildKit refuses it ("ENV must have two arguments"), ctx-audit accepted it.
test('ENV/ARG words: an escaped space or a quote keeps a value together; a legacy ENV without a value is a problem', () => {
  const d = parseDockerfile(lines('FROM alpine', 'ENV name=value\\ value2 b=c\\ d q="x y" s=\'p q\'', 'ARG A=1\\ 2', 'COPY $name/$b/$q/$s/$A /'));
  assert.deepEqual(d.problems, []);
  assert.deepEqual(brief(d).map((s) => s.src), ['value value2/c d/x y/p q/1 2']);
  const bt = parseDockerfile(lines('# escape=`', 'FROM alpine', 'ENV name=value` value2', 'COPY $name /'));
  assert.deepEqual(bt.problems, []);
  assert.deepEqual(brief(bt).map((s) => s.src), ['value value2']);
  const legacy = parseDockerfile(lines('FROM alpine', 'ENV PATH', 'ENV X y z', 'COPY $X /'));
  assert.deepEqual(legacy.problems.map((p) => [p.line, p.message]), [[2, 'ENV PATH needs a value']]);
  assert.deepEqual(brief(legacy).map((s) => s.src), ['y z']);
  const split = parseDockerfile(lines('FROM alpine', 'ENV a=1 value2'));
  assert.deepEqual(split.problems.map((p) => p.message), ['ENV value2 needs a value']);
});

// What starts a heredoc, as a real BuildKit (v0.13, test/buildkit-oracle/parsing.test.ts) reads it:
// a word of its own, `<<` with an optional fd before it; not inside quotes, not glued to a word.
// dockerfile-ast alone read a quoted `"a <<b"` as one and swallowed the COPY after it.
test('heredocs: only a word that starts with <<, or fd digits and <<, starts one; the instruction after a quoted or glued << is read', () => {
  const copies = (df: string) => {
    const d = parseDockerfile(df);
    return { sources: d.stages.flatMap((s) => s.sources.map((x) => x.raw)), problems: d.problems.map((p) => `${p.line}: ${p.message}`) };
  };
  assert.deepEqual(copies('FROM alpine\nRUN echo "a <<b"\nCOPY missing /x\n'), { sources: ['missing'], problems: [] });
  assert.deepEqual(copies("FROM alpine\nRUN echo 'x <<EOF'\nCOPY missing /x\n"), { sources: ['missing'], problems: [] });
  // An fd before it: a heredoc (its body holds the COPY line).
  assert.deepEqual(copies('FROM alpine\nRUN cat 0<<EOF\nCOPY missing /x\nEOF\nCOPY a /y\n'), { sources: ['a'], problems: [] });
  assert.deepEqual(copies('FROM alpine\nRUN cat <<"EOF"\nCOPY missing /x\nEOF\nCOPY a /y\n'), { sources: ['a'], problems: [] });
  // Across a continuation: still the instruction's heredoc.
  assert.deepEqual(copies('FROM alpine\nRUN true && \\\n  cat <<EOF\nhello\nEOF\nCOPY missing /x\n'), { sources: ['missing'], problems: [] });
  // Glued to a word: no heredoc; its "body" lines are instructions docker does not know.
  assert.deepEqual(copies('FROM alpine\nRUN cat<<EOF\nhello\nEOF\nCOPY a /x\n'), {
    sources: ['a'],
    problems: ['3: unknown instruction: HELLO (did you mean SHELL?)', '4: unknown instruction: this line does not start with a Dockerfile instruction'],
  });
  // Unterminated: docker refuses the file.
  assert.deepEqual(copies('FROM alpine\nRUN echo a <<b\nCOPY missing /x\n').problems, ['2: unterminated heredoc <<b: docker refuses the Dockerfile']);
  // <<- strips leading tabs from the terminator line; ENV takes no heredoc.
  assert.deepEqual(copies('FROM alpine\nRUN <<-EOT\n\techo hi\n\tEOT\nCOPY a /y\n'), { sources: ['a'], problems: [] });
  assert.deepEqual(copies('FROM alpine\nENV A=<<EOF\nCOPY missing /x\n'), { sources: ['missing'], problems: [] });
});

// BuildKit v0.22's Dockerfile frontend (1.16, moby/buildkit#5817) reads `<< EOF` (spaces after <<) as a
// heredoc; v0.13 (this project's daemon oracle) and the legacy builder read its body as instructions.
// Arize-ai/phoenix's vite-dev Dockerfile: 18 CTX100 errors for one `cat > f << 'EOF'`.
test('heredocs: `<< EOF` with spaces is a heredoc, with a note for older builders unless # syntax asks for frontend 1.16+', () => {
  const read = (df: string) => {
    const d = parseDockerfile(df);
    return {
      sources: d.stages.flatMap((s) => s.sources.map((x) => x.raw)),
      problems: d.problems.map((p) => `${p.line}: ${p.message}`),
      older: (d.olderBuilders ?? []).map((p) => p.line),
      runs: d.stages.flatMap((s) => (s.runs ?? []).map((r) => r.text)),
      heredocSources: d.heredocSources,
    };
  };
  const phoenix = "FROM node:22\nRUN mkdir -p /app && cat > /app/vite.config.mts << 'EOF'\nimport { defineConfig } from 'vite';\nexport default defineConfig({});\nEOF\nCOPY a /y\n";
  const r = read(phoenix);
  assert.deepEqual([r.sources, r.problems, r.older], [['a'], [], [2]]);
  assert.equal(r.runs[0], "mkdir -p /app && cat > /app/vite.config.mts << 'EOF'\nimport { defineConfig } from 'vite';\nexport default defineConfig({});\nEOF");
  // `<<-  EOT` (tabs stripped from the terminator), an fd before it, and the opener before other words.
  assert.deepEqual(read('FROM alpine\nRUN <<-  EOT\n\techo hi\n\tEOT\nCOPY a /y\n').sources, ['a']);
  assert.deepEqual(read('FROM alpine\nRUN cat 0<< EOF > f\nCOPY missing /x\nEOF\nCOPY a /y\n').sources, ['a']);
  // COPY << EOF: content, not a context path.
  const copy = read('FROM alpine\nCOPY << EOF /etc/motd\nhello\nEOF\n');
  assert.deepEqual([copy.sources, copy.heredocSources, copy.problems], [[], 1, []]);
  // A frontend that reads it, asked for by name: nothing to note.
  for (const syntax of ['docker/dockerfile:1', 'docker/dockerfile:1.16', 'docker.io/docker/dockerfile:1-labs', 'docker/dockerfile-upstream:master']) {
    assert.deepEqual(read(`# syntax=${syntax}\n${phoenix}`).older, [], syntax);
  }
  for (const syntax of ['docker/dockerfile:1.15', 'docker/dockerfile:1.4', 'example.com/my/frontend:1']) {
    assert.deepEqual(read(`# syntax=${syntax}\n${phoenix}`).older, [3], syntax);
  }
  // Quoted, or glued to a word: still no heredoc.
  assert.deepEqual(read('FROM alpine\nRUN echo "a << b"\nCOPY missing /x\n').sources, ['missing']);
});

test('parse: a line whose first word is no instruction is a problem, as BuildKit has it (unknown instruction)', () => {
  assert.deepEqual(parseDockerfile('FROM alpine\nhello world\n').problems, [{ line: 2, message: 'unknown instruction: HELLO (did you mean SHELL?)' }]);
  assert.deepEqual(parseDockerfile('FROM alpine\nCOPPY a /b\n').problems, [{ line: 2, message: 'unknown instruction: COPPY (did you mean COPY?)' }]);
});

test('parse: each RUN keeps its text as the builder reads it, continuations joined, comment lines dropped, heredoc bodies after; and the WORKDIR it runs in', () => {
  const d = parseDockerfile('FROM alpine\nRUN apk add git \\\n  # a comment\n  && git describe\nWORKDIR /src\nWORKDIR app\nRUN --mount=type=cache,target=/c <<EOF\nmake\nEOF\n');
  assert.deepEqual(d.stages[0].runs, [
    { line: 2, text: 'apk add git   && git describe', workdir: '/' },
    { line: 7, text: '<<EOF\nmake\nEOF', workdir: '/src/app' },
  ]);
});

test('parse: a flag that takes a value written without one is a problem, not a source (buildah: COPY --chmod 777 file /tmp); a boolean flag is fine', () => {
  const p = (df: string) => {
    const d = parseDockerfile(df);
    return { problems: d.problems.map((x) => `${x.line}: ${x.message}`), sources: d.stages.flatMap((s) => s.sources.map((x) => x.raw)) };
  };
  assert.deepEqual(p('FROM alpine\nCOPY --chmod 777 a.txt /tmp/\n'), { problems: ['2: missing a value on flag: chmod'], sources: [] });
  assert.deepEqual(p('FROM alpine AS b\nFROM alpine\nCOPY --from b /x /y\n').problems, ['3: missing a value on flag: from']);
  assert.deepEqual(p('FROM alpine\nRUN --mount type=bind true\n').problems, ['2: missing a value on flag: mount']);
  assert.deepEqual(p('FROM alpine\nCOPY --link --parents a.txt /tmp/\n'), { problems: [], sources: ['a.txt'] });
});

// zabbix's Dockerfiles/agent/windows/Dockerfile: `# escape=\``, FROM a nanoserver image, and
// COPY [".\\docker-entrypoint.ps1", "C:\\zabbix"]: built on Windows runners, where \ separates.
test('parse: in a stage on a Windows image a backslash in a COPY/ADD source is a path separator; elsewhere it stays', () => {
  const srcs = (df: string) => parseDockerfile(df).stages.map((s) => s.sources.map((x) => x.source));
  assert.deepEqual(srcs('# escape=`\nARG BASE=mcr.microsoft.com/powershell:lts-nanoserver-ltsc2022\nFROM $BASE\nCOPY [".\\\\docker-entrypoint.ps1", "C:\\\\zabbix"]\n'), [['./docker-entrypoint.ps1']]);
  assert.deepEqual(srcs('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS build\nCOPY .\\out .\nFROM build\nADD conf\\a.ini C:\\a.ini\n'), [['./out'], ['conf/a.ini']]);
  assert.deepEqual(srcs('# escape=`\nFROM --platform=windows/amd64 example/base\nCOPY a\\b /x\n'), [['a/b']]);
  assert.deepEqual(srcs('# escape=`\nFROM alpine\nCOPY conf\\app.ini /etc/\n'), [['conf\\app.ini']]);
});

// f9b7eb5 and its review: a build arg the invocation passes with a value known only when it runs
// (ParseOptions.runTimeArgs) leaves a source that names it open whatever the ARG's default; an ENV of
// the same name set to a literal shadows it (the path is certain), one made from it carries it.
test('parseDockerfile: runTimeArgs open a source naming the ARG, default or not, unless an ENV shadows it', () => {
  const open = (text: string) => parseDockerfile(text, { runTimeArgs: ['VER'] }).stages.flatMap((st) => st.sources.map((x) => [x.source, x.openArgs]));
  assert.deepEqual(open('FROM alpine\nARG VER=""\nCOPY app-${VER}.txt /\n'), [['app-.txt', ['VER']]]);
  assert.deepEqual(open('FROM alpine\nARG VER=1.0\nCOPY app-${VER}.txt /\n'), [['app-1.0.txt', ['VER']]]);
  assert.deepEqual(open('FROM alpine\nARG VER=1.0\nENV VER=2.0\nCOPY app-${VER}.txt /\n'), [['app-2.0.txt', []]]);
  assert.deepEqual(open('FROM alpine\nARG VER=1.0\nENV V2=$VER\nCOPY app-${V2}.txt /\n'), [['app-1.0.txt', ['VER']]]);
  assert.deepEqual(open('FROM alpine\nARG VER=1.0\nENV VER=$VER\nCOPY app-${VER}.txt /\n'), [['app-1.0.txt', ['VER']]]);
  // Not declared in the stage: "" whatever is passed.
  assert.deepEqual(open('FROM alpine\nCOPY app-${VER}.txt /\n'), [['app-.txt', []]]);
  assert.deepEqual(parseDockerfile('FROM alpine\nARG VER=1.0\nCOPY app-${VER}.txt /\n').stages[0].sources.map((x) => x.openArgs), [[]]);
});

// Sweep 52/T-F2 (bioconda-utils), checked against a real BuildKit and the legacy builder: a variable in
// COPY --from or a mount's from= is never expanded; the build fails. A literal, quoted or not, is a name.
test('parse: a variable in COPY --from or RUN --mount from= is a problem; a quoted literal is not', () => {
  const problems = (text: string) => parseDockerfile(Buffer.from(text)).problems.map((p) => [p.line, p.message]);
  assert.deepEqual(problems('FROM a AS b\nFROM c\nARG SRC=b\nCOPY --from=${SRC} /out /out\n'), [[4, 'COPY --from=${SRC}: docker does not expand variables in --from, and reads "${SRC}" as a stage or image name: invalid reference format (name the image in a stage, FROM ${SRC} AS src, and copy --from=src)']]);
  assert.equal(problems('FROM c\nARG I\nADD --from="$I" /x /y\n').length, 1);
  assert.deepEqual(problems('FROM a AS b\nFROM c\nARG S=b\nRUN --mount=type=bind,from=$S,source=/o,target=/m true\n'), [[4, "RUN --mount from=$S: 'from' doesn't support variable expansion, define alias stage instead"]]);
  assert.deepEqual(problems('FROM a AS b\nFROM c\nCOPY --from="b" /o /o\nCOPY --from=b /o /p\nRUN --mount=type=bind,from=b,target=/m true\n'), []);
});
