// The legacy builder of the same real daemon (engine.ts, `DOCKER_BUILDKIT=0 docker build`): which
// COPY wildcards that match nothing fail its build. moby's copier fails an instruction only when
// all of its sources together yield nothing ("no source files were specified",
// daemon/builder/dockerfile/copy.go getCopyInfosForSourcePaths): the Next.js lockfile idiom
// `COPY package.json yarn.lock* package-lock.json* ./` builds with one lockfile or none (payload's
// templates: 28 CTX101 errors under --builder legacy). Per case: the build's outcome, and
// ctx-audit --builder legacy reporting a CTX101 error exactly when the build fails.
//
//   CTX_AUDIT_BK_SKIP=1   skip, loudly (a machine without root or the engine)
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { buildTree, type TreeShape } from '../helpers/trees.js';
import { BASE } from './cases.js';
import { auditJson, withEngine } from './suite.js';

interface LegacyCase {
  label: string;
  shape: TreeShape;
  build: 'ok' | 'fails';
}

const df = (...lines: string[]) => lines.join('\n') + '\n';
const CASES: LegacyCase[] = [
  {
    label: 'a wildcard matching nothing beside a source that exists: builds',
    shape: { files: ['Dockerfile', 'package.json'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY package.json yarn.lock* package-lock.json* /app/') }, dockerignore: null },
    build: 'ok',
  },
  {
    label: 'two wildcards, one matching: builds',
    shape: { files: ['Dockerfile', 'pnpm-lock.yaml'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY yarn.lock* pnpm-lock.yaml* /app/') }, dockerignore: null },
    build: 'ok',
  },
  {
    label: 'a wildcard matching nothing, alone: fails',
    shape: { files: ['Dockerfile', 'package.json'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY yarn.lock* /app/') }, dockerignore: null },
    build: 'fails',
  },
  {
    label: 'every wildcard matching nothing: fails',
    shape: { files: ['Dockerfile', 'package.json'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY yarn.lock* package-lock.json* /app/') }, dockerignore: null },
    build: 'fails',
  },
  {
    label: 'a missing literal source beside one that exists: fails',
    shape: { files: ['Dockerfile', 'package.json'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY package.json yarn.lock /app/') }, dockerignore: null },
    build: 'fails',
  },
  // The legacy builder runs every stage up to the target, used or not (payload's examples: a
  // builder stage the image never copies from); BuildKit skips what the target does not reach.
  {
    label: 'a missing source in a stage the target does not use: fails',
    shape: { files: ['Dockerfile', 'package.json'], fileContents: { Dockerfile: df(`FROM ${BASE} AS dead`, 'COPY missing.txt /', `FROM ${BASE}`, 'COPY package.json /') }, dockerignore: null },
    build: 'fails',
  },
  {
    label: 'a stage the target does not use, its sources there: builds',
    shape: { files: ['Dockerfile', 'package.json'], fileContents: { Dockerfile: df(`FROM ${BASE} AS dead`, 'COPY package.json /', `FROM ${BASE}`, 'COPY package.json /') }, dockerignore: null },
    build: 'ok',
  },
  {
    label: 'a symlink source whose target the ignore file excludes: fails',
    shape: { files: ['Dockerfile', 'real/file.txt'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY lnk /x') }, symlinks: { lnk: 'real/file.txt' }, dockerignore: 'real\n' },
    build: 'fails',
  },
  {
    label: 'a source below a symlinked directory (ln/f with ln -> real): builds',
    shape: { files: ['Dockerfile', 'real/f'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY ln/f /f') }, symlinks: { ln: 'real' }, dockerignore: null },
    build: 'ok',
  },
  {
    label: 'an absolute symlink source, its target read from the context root: builds',
    shape: { files: ['Dockerfile', 'real/f'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY abs /x') }, symlinks: { abs: '/real/f' }, dockerignore: null },
    build: 'ok',
  },
  {
    label: 'a dangling symlink source: fails',
    shape: { files: ['Dockerfile', 'other.txt'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY lnk /x') }, symlinks: { lnk: 'nowhere/file.txt' }, dockerignore: null },
    build: 'fails',
  },
  {
    label: 'the matching source is excluded by .dockerignore: fails',
    shape: { files: ['Dockerfile', 'package.json'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY package.json yarn.lock* /app/') }, dockerignore: 'package.json\n' },
    build: 'fails',
  },
  // The client sends an excluded Dockerfile and .dockerignore anyway (R22), but the daemon removes
  // them from the context once it has read them (remotecontext's removeDockerfile): a COPY of either fails.
  {
    label: 'COPY of the Dockerfile the ignore file excludes: fails',
    shape: { files: ['Dockerfile', 'app.txt'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY Dockerfile /x') }, dockerignore: 'Dockerfile\n' },
    build: 'fails',
  },
  {
    label: 'COPY of the .dockerignore that excludes itself: fails',
    shape: { files: ['Dockerfile', 'app.txt'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY .dockerignore /x') }, dockerignore: '.dockerignore\n' },
    build: 'fails',
  },
  {
    label: 'COPY of the Dockerfile, `*` excluding everything: fails',
    shape: { files: ['Dockerfile', 'app.txt'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY Dockerfile /x') }, dockerignore: '*\n' },
    build: 'fails',
  },
  {
    label: 'COPY of the Dockerfile the ignore file does not exclude: builds',
    shape: { files: ['Dockerfile', 'app.txt'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'COPY Dockerfile /x') }, dockerignore: 'app.txt\n' },
    build: 'ok',
  },
];

withEngine('legacy builder', 'COPY wildcards against the legacy builder of a real daemon', (engine) => {
  for (const c of CASES) {
    it(c.label, { timeout: 180_000 }, async () => {
      const tree = buildTree(c.shape);
      try {
        const b = await engine().legacyBuild('.', { cwd: tree.ctx });
        const { findings } = await auditJson(tree.ctx, ['--builder', 'legacy']);
        const errors = findings.filter((f) => (f.ruleId === 'CTX101' || f.ruleId === 'CTX102') && f.severity === 'error').length;
        const info = `legacy build (exit ${b.exitCode}):\n${b.stderr.slice(-800)}\nctx-audit: ${JSON.stringify(findings.map((f) => [f.ruleId, f.severity]))}`;
        if (c.build === 'ok') {
          assert.equal(b.exitCode, 0, `the legacy builder fails\n${info}`);
          assert.equal(errors, 0, `ctx-audit reports an error on a build the legacy builder completes\n${info}`);
        } else {
          assert.notEqual(b.exitCode, 0, `the legacy builder completes\n${info}`);
          assert.ok(errors > 0, `ctx-audit reports no error on a build the legacy builder fails\n${info}`);
        }
      } finally {
        tree.cleanup();
      }
    });
  }
});
