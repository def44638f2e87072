// CTX100 dockerfile-unparseable: an error when docker refuses the Dockerfile; a warning for what
// only builders older than the current Dockerfile frontend refuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lines } from './cross-check-harness.js';
import { auditTree, findingsOf } from './ctx0-harness.js';
import { buildTree } from '../helpers/trees.js';
import { runAudit } from '../../src/audit.js';

const ctx100 = (dockerfile: string) => auditTree({ files: ['Dockerfile', 'app.js'], fileContents: { Dockerfile: dockerfile }, dockerignore: null }).findings.filter((f) => f.ruleId === 'CTX100');

test('CTX100: `<< EOF` with a space is one warning (older builders refuse it), not an error per body line (Arize-ai/phoenix)', () => {
  const dockerfile = lines('FROM node:22', "RUN cat > /app/vite.config.mts << 'EOF'", "import { defineConfig } from 'vite';", 'export default defineConfig({});', 'EOF', 'COPY app.js /app/');
  const f = ctx100(dockerfile);
  assert.deepEqual(
    f.map((x) => [x.severity, x.line, x.message]),
    [
      [
        'warning',
        2,
        "heredoc \"<< 'EOF'\" has a space after <<: Dockerfile frontend 1.16 and later read it as a heredoc (BuildKit v0.22, Docker Engine 28.2, or `# syntax=docker/dockerfile:1` on any engine); earlier ones read its body as instructions and refuse the Dockerfile (write <<'EOF' to build with every builder)",
      ],
    ],
  );
  // Glued to a word it is no heredoc for any builder: its body lines are errors, as before.
  const glued = ctx100(lines('FROM node:22', 'RUN cat<<EOF', 'hello', 'EOF', 'COPY app.js /app/'));
  assert.deepEqual(glued.map((x) => [x.severity, x.line]), [
    ['error', 3],
    ['error', 4],
  ]);
});

test('CTX100: a directory given as the Dockerfile is one error (both builders fail reading it), and BuildKit requests nothing', () => {
  const shape = { files: ['app.js', 'src/Dockerfile.d/x'], fileContents: {}, dockerignore: null };
  const { findings } = auditTree(shape, { file: 'src/Dockerfile.d', builder: 'buildkit' });
  const f = findings.filter((x) => x.ruleId === 'CTX100');
  assert.deepEqual(f.map((x) => [x.severity, x.file, x.line, x.message]), [['error', 'src/Dockerfile.d', undefined, 'the Dockerfile is a directory: the build fails reading it']]);
  // Nothing else is judged from a Dockerfile nobody can read: no missing or unused sources.
  assert.deepEqual(findings.filter((x) => /^CTX10[1-3]$|^CTX004$/.test(x.ruleId)), []);
});

// manyfold3d/manyfold's docker/manyfold.dockerfile: `# syntax = devthefuture/dockerfile-x`, then `INCLUDE
// docker/base.dockerfile`. BuildKit runs that frontend, which reads INCLUDE; ctx-audit gave three CTX100
// errors per build (a healthy one, built on every push) and said BuildKit requests nothing (sweep 50/C-F1).
test('CTX100: a line only the frontend named by `# syntax=` reads is info under BuildKit (its paths not known: the whole eligible context), an error for the legacy builder', () => {
  const shape = {
    files: ['Dockerfile', 'app.txt', 'docker/base.dockerfile'],
    fileContents: { Dockerfile: lines('# syntax = devthefuture/dockerfile-x', '', 'INCLUDE docker/base.dockerfile', '', 'FROM base AS final', 'COPY app.txt /'), 'docker/base.dockerfile': lines('FROM alpine AS base', 'RUN echo hi') },
    dockerignore: null,
  };
  const tree = buildTree(shape);
  try {
    const bk = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'buildkit' });
    assert.deepEqual(bk.findings.filter((f) => f.ruleId === 'CTX100').map((x) => [x.severity, x.line, x.message]), [
      ['info', 3, "unknown instruction: this line does not start with a Dockerfile instruction: docker's own Dockerfile frontend refuses this line, but the file names another, devthefuture/dockerfile-x (# syntax=), which BuildKit runs instead: what it makes of the line, and what the build copies, is not checked here"],
    ]);
    assert.equal(bk.context.buildkit?.requested.files, bk.context.buildkit?.eligible.files);
    assert.ok((bk.context.buildkit?.requested.files ?? 0) >= 3, JSON.stringify(bk.context.buildkit?.requested));
    assert.match(bk.context.buildkit?.fallbackReason ?? '', /^the frontend devthefuture\/dockerfile-x \(# syntax=\)/);
    // The legacy builder ignores the directive and refuses the line.
    const legacy = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy' });
    assert.deepEqual(legacy.findings.filter((f) => f.ruleId === 'CTX100').map((x) => [x.severity, x.line]), [['error', 3]]);
  } finally {
    tree.cleanup();
  }
  // A line docker's parser knows but refuses (`ENV PATH` with no value) stays an error under any frontend:
  // dockerfile-x hands what it expands to docker's (the review of d1d58601, A-R6).
  const env = findingsOf('CTX100', { files: ['app.js'], fileContents: { Dockerfile: lines('# syntax=devthefuture/dockerfile-x', 'FROM alpine', 'INCLUDE x.dockerfile', 'ENV PATH') }, dockerignore: null }, { builder: 'buildkit' });
  assert.deepEqual(env.map((x) => [x.severity, x.line]).sort((a, b) => Number(a[1]) - Number(b[1])), [['info', 3], ['error', 4]]);
  // Docker's own frontend, from a mirror or pinned, is docker's parser: still an error.
  for (const syntax of ['docker/dockerfile:1', 'docker.io/docker/dockerfile-upstream:master', 'mirror.gcr.io/docker/dockerfile:1.7@sha256:0123']) {
    const f = findingsOf('CTX100', { files: ['app.js'], fileContents: { Dockerfile: lines(`# syntax=${syntax}`, 'FROM alpine', 'INCLUDE x') }, dockerignore: null }, { builder: 'buildkit' });
    assert.deepEqual(f.map((x) => [x.severity, x.line]), [['error', 3]], syntax);
  }
});
