// Findings about a line of the ignore file (CTX302, CTX303, CTX304) name the file whose line it is:
// `.dockerignore` for the legacy builder, and under BuildKit the file BuildKit reads, which is
// `<Dockerfile>.dockerignore` when that exists (B3). They used to say `.dockerignore` always: a file
// that may not exist, or whose line numbers say something else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditTree } from './ctx0-harness.js';
import type { Finding } from '../../src/findings/finding.js';

const ABOUT_LINES = /^CTX30[234]$/;

/** The line findings, in line order. */
function lineFindings(findings: Finding[]): [string, string | undefined, number | undefined, unknown][] {
  return findings
    .filter((f) => ABOUT_LINES.test(f.ruleId))
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((f) => [f.ruleId, f.file, f.line, f.data.pattern]);
}

const both = {
  files: ['sub/node_modules/a.js', 'docs/keep.md', 'docs/x'],
  fileContents: { Dockerfile: 'FROM alpine\nCOPY . /app\n', 'Dockerfile.dockerignore': 'node_modules\nnothing-here\n' },
  // The legacy builder's own lines: a different pattern on each line number.
  dockerignore: '# legacy only\nstale-name\ndocs\n!**/keep.md\n',
};

test('under BuildKit, CTX302 and CTX303 point at Dockerfile.dockerignore and its lines, not .dockerignore', () => {
  const { findings } = auditTree({ ...both, files: [...both.files, 'Dockerfile.dockerignore'] }, { builder: 'buildkit' });
  assert.deepEqual(lineFindings(findings), [
    ['CTX303', 'Dockerfile.dockerignore', 1, 'node_modules'],
    ['CTX302', 'Dockerfile.dockerignore', 2, 'nothing-here'],
  ]);
});

test('under BuildKit with no .dockerignore at all, the findings point at the file that exists', () => {
  const { findings } = auditTree({ ...both, files: [...both.files, 'Dockerfile.dockerignore'], dockerignore: null }, { builder: 'buildkit' });
  assert.deepEqual(lineFindings(findings), [
    ['CTX303', 'Dockerfile.dockerignore', 1, 'node_modules'],
    ['CTX302', 'Dockerfile.dockerignore', 2, 'nothing-here'],
  ]);
});

test('under the legacy builder, the same tree reports .dockerignore with its own lines', () => {
  const { findings } = auditTree({ ...both, files: [...both.files, 'Dockerfile.dockerignore'] }, { builder: 'legacy' });
  assert.deepEqual(lineFindings(findings), [
    ['CTX302', '.dockerignore', 2, 'stale-name'],
    ['CTX304', '.dockerignore', 4, '!**/keep.md'],
  ]);
});

test('a Dockerfile in a subdirectory: its ignore file is named from the context root', () => {
  const { findings } = auditTree(
    {
      files: ['sub/node_modules/a.js', 'build/app.Dockerfile', 'build/app.Dockerfile.dockerignore'],
      fileContents: { 'build/app.Dockerfile': 'FROM alpine\nCOPY . /app\n', 'build/app.Dockerfile.dockerignore': 'nothing-here\nnode_modules\n' },
    },
    { builder: 'buildkit', file: 'build/app.Dockerfile' },
  );
  assert.deepEqual(lineFindings(findings), [
    ['CTX302', 'build/app.Dockerfile.dockerignore', 1, 'nothing-here'],
    ['CTX303', 'build/app.Dockerfile.dockerignore', 2, 'node_modules'],
  ]);
});

test('a Dockerfile outside the context: its ignore file is named like the Dockerfile, relative to the context root', () => {
  const { findings } = auditTree(
    {
      files: ['sub/node_modules/a.js'],
      outside: { 'web.Dockerfile': 'FROM alpine\nCOPY . /app\n', 'web.Dockerfile.dockerignore': 'node_modules\nnothing-here\n' },
    },
    // The audit runs in the context directory: the -f path leaves it.
    { builder: 'buildkit', file: '../web.Dockerfile' },
  );
  const ctx005 = findings.find((f) => f.ruleId === 'CTX005');
  assert.equal(ctx005?.file, '../web.Dockerfile');
  assert.deepEqual(lineFindings(findings), [
    ['CTX303', '../web.Dockerfile.dockerignore', 1, 'node_modules'],
    ['CTX302', '../web.Dockerfile.dockerignore', 2, 'nothing-here'],
  ]);
});

test('CTX102 names the ignore file whose line excludes the source the same way', () => {
  const { findings } = auditTree(
    {
      files: ['src/app.js', 'build/app.Dockerfile', 'build/app.Dockerfile.dockerignore'],
      fileContents: { 'build/app.Dockerfile': 'FROM alpine\nCOPY src /src\n', 'build/app.Dockerfile.dockerignore': '# BuildKit only\nsrc\n' },
    },
    { builder: 'buildkit', file: 'build/app.Dockerfile' },
  );
  const f = findings.filter((x) => x.ruleId === 'CTX102');
  assert.deepEqual(f.map((x) => [x.file, x.line, x.data.ignoreFile, x.data.ignoreLine]), [['build/app.Dockerfile', 2, 'build/app.Dockerfile.dockerignore', 2]]);
  assert.match(f[0].message, /build\/app\.Dockerfile\.dockerignore line 2 \(src\) excludes it/);
});
