// How a real BuildKit (engine.ts) parses what ctx-audit reads: flags that need a value written
// without one (`COPY --chmod 777 a /tmp/`: "missing a value on flag", not a missing "777"; buildah's
// bud tests), and where an instruction ends, as BuildKit reads heredocs: a word of its own that
// starts with `<<` (after optional fd digits) opens one, in RUN, COPY and ADD only; `"a <<b"` in
// quotes or `cat<<EOF` glued to a word does not, and one with no terminator line is refused.
// dockerfile-ast alone read the quoted one as a heredoc and swallowed the COPY after it (a missing
// source unreported), and missed `0<<EOF`. Per case: the build's outcome, and ctx-audit reporting an
// error (CTX100 or CTX101) exactly when the build fails.
//
//   CTX_AUDIT_BK_SKIP=1   skip, loudly (a machine without root or the engine)
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { buildTree } from '../helpers/trees.js';
import { BASE } from './cases.js';
import { auditJson, withEngine } from './suite.js';

// `older`: the build fails on this engine (BuildKit v0.13) but not on BuildKit v0.22 and later, which
// reads `<< EOF` as a heredoc (moby/buildkit#5817): ctx-audit reports a CTX100 warning, no error.
const CASES: { label: string; body: string; build: 'ok' | 'fails'; older?: true }[] = [
  { label: 'a quoted "<<b" is no heredoc: the COPY after it runs', body: 'RUN echo "a <<b"\nCOPY missing /x', build: 'fails' },
  { label: "a single-quoted '<<EOF' is no heredoc", body: "RUN echo 'x <<EOF'\nCOPY missing /x", build: 'fails' },
  { label: 'an fd before << opens one: the COPY in its body is text', body: 'RUN cat 0<<EOF\nCOPY missing /x\nEOF\nCOPY a /y', build: 'ok' },
  { label: 'a quoted terminator opens one', body: 'RUN cat <<"EOF"\nCOPY missing /x\nEOF\nCOPY a /y', build: 'ok' },
  { label: 'a heredoc after a continuation, then a COPY', body: 'RUN true && \\\n  cat <<EOF\nhello\nEOF\nCOPY missing /x', build: 'fails' },
  { label: '<< glued to a word opens none: its body lines are unknown instructions', body: 'RUN cat<<EOF\nhello\nEOF\nCOPY a /x', build: 'fails' },
  { label: 'an unterminated heredoc is refused', body: 'RUN echo a <<b\nCOPY a /x', build: 'fails' },
  { label: '<<- strips tabs before the terminator', body: 'RUN cat <<-EOT\n\thello\n\tEOT\nCOPY a /y', build: 'ok' },
  { label: 'ENV takes no heredoc', body: 'ENV A=<<EOF\nCOPY missing /x', build: 'fails' },
  { label: '<< EOF with a space: this BuildKit reads its body as instructions (v0.22 reads a heredoc)', body: 'RUN cat << EOF\nhello\nEOF\nCOPY a /y', build: 'fails', older: true },
  { label: 'a value flag with no =value is refused (COPY --chmod 777)', body: 'COPY --chmod 777 a /tmp/', build: 'fails' },
  { label: 'a value flag with no =value is refused (RUN --network none)', body: 'RUN --network none true', build: 'fails' },
  { label: 'a boolean flag needs no value (COPY --link)', body: 'COPY --link a /tmp/', build: 'ok' },
  // apache/skywalking's go service copies `..` with its own directory as context.
  { label: 'COPY .. is the context root joined under itself: the build runs', body: 'COPY .. /x\nRUN ["/bin/sh", "-c", "test -f /x/a"]', build: 'ok' },
  // bioconda-utils' `COPY --from="${busybox_image}"` (sweep 52/T-F2): neither builder expands a variable in --from
  // ("failed to parse stage name", and the legacy "invalid from flag value"), nor BuildKit in a mount's from=;
  // ctx-audit expanded it (a silent pass with a default, a wrong CTX101 without one).
  { label: 'COPY --from=${SRC} is refused, whatever the ARG holds', body: `RUN mkdir /out\nFROM ${BASE}\nARG SRC=0\nCOPY --from=\${SRC} /out /out`, build: 'fails' },
  { label: 'COPY --from="${SRC}" with no default is refused too', body: `RUN mkdir /out\nFROM ${BASE}\nARG SRC\nCOPY --from="\${SRC}" /out /out`, build: 'fails' },
  { label: "RUN --mount from=${SRC} is refused ('from' doesn't support variable expansion)", body: `RUN mkdir /out\nFROM ${BASE}\nARG SRC=0\nRUN --mount=type=bind,from=\${SRC},source=/out,target=/m true`, build: 'fails' },
  { label: 'COPY --from="0", a quoted literal, builds', body: `RUN mkdir /out\nFROM ${BASE}\nCOPY --from="0" /out /out`, build: 'ok' },
];

withEngine('parsing', 'heredocs and flags against a real BuildKit', (engine) => {
  for (const c of CASES) {
    it(c.label, { timeout: 180_000 }, async () => {
      const tree = buildTree({ files: ['Dockerfile', 'a'], fileContents: { Dockerfile: `FROM ${BASE}\n${c.body}\n`, a: 'a\n' }, dockerignore: null });
      try {
        const b = await engine().build('.', { cwd: tree.ctx });
        const { findings } = await auditJson(tree.ctx);
        const errors = findings.filter((f) => (f.ruleId === 'CTX100' || f.ruleId === 'CTX101') && f.severity === 'error');
        const info = `build (exit ${b.build.exitCode}):\n${b.build.stderr.slice(-600)}\nctx-audit: ${JSON.stringify(errors.map((f) => f.message))}`;
        if (c.older === true) {
          assert.notEqual(b.build.exitCode, 0, `BuildKit completes: this engine reads the heredoc too\n${info}`);
          assert.deepEqual(errors, [], `ctx-audit reports an error on a build BuildKit v0.22 completes\n${info}`);
          assert.ok(findings.some((f) => f.ruleId === 'CTX100' && f.severity === 'warning'), `no CTX100 warning for older builders\n${info}`);
        } else if (c.build === 'ok') {
          assert.equal(b.build.exitCode, 0, `BuildKit fails\n${info}`);
          assert.equal(errors.length, 0, `ctx-audit reports an error on a build BuildKit completes\n${info}`);
        } else {
          assert.notEqual(b.build.exitCode, 0, `BuildKit completes\n${info}`);
          assert.ok(errors.length > 0, `ctx-audit reports no error on a build BuildKit fails\n${info}`);
        }
      } finally {
        tree.cleanup();
      }
    });
  }
});
