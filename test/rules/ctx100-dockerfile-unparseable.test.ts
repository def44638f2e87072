// CTX100 dockerfile-unparseable: an error when docker refuses the Dockerfile; a warning for what
// only builders older than the current Dockerfile frontend refuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lines } from './cross-check-harness.js';
import { auditTree } from './ctx0-harness.js';

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
