// Two things this stop assumed from BuildKit's docs, checked on the real daemon: a COPY source is expanded
// with the base image's ENV (discourse_docker's `COPY postgres.${PG_MAJOR}.template.yml`, PG_MAJOR set by
// its base: 8acf230f made such a name a warning, not "the build will fail"), and the automatic platform
// ARGs are usable in FROM with no ARG line (pelican-dev/panel's `FROM ...:$TARGETARCH`: a51312e4). Per
// case: the build's outcome, and ctx-audit reporting a CTX101 error exactly when the build fails.
//
//   CTX_AUDIT_BK_SKIP=1   skip, loudly (a machine without root or the engine)
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { buildTree } from '../helpers/trees.js';
import { BASE } from './cases.js';
import { auditJson, withEngine } from './suite.js';

const df = (...lines: string[]) => lines.join('\n') + '\n';

withEngine('image env', 'image ENV in COPY sources and platform ARGs in FROM against a real BuildKit', (engine) => {
  it('a base image ENV names the COPY source: the build succeeds and ctx-audit reports no error; on an image that sets nothing the build fails and ctx-audit reports it', { timeout: 300_000 }, async () => {
    // An image whose config sets PG_MAJOR=16, made by the same daemon.
    const base = buildTree({ files: ['Dockerfile'], fileContents: { Dockerfile: df(`FROM ${BASE}`, 'ENV PG_MAJOR=16') }, dockerignore: null });
    try {
      const made = await engine().legacyBuild('.', { cwd: base.ctx, args: ['-t', 'oracle/pgenv'] });
      assert.equal(made.exitCode, 0, made.stderr);
    } finally {
      base.cleanup();
    }
    for (const [from, builds] of [['oracle/pgenv', true], [BASE, false]] as const) {
      const tree = buildTree({ files: ['Dockerfile', 'postgres.16.template.yml'], fileContents: { Dockerfile: df(`FROM ${from}`, 'COPY postgres.${PG_MAJOR}.template.yml /x.yml') }, dockerignore: null });
      try {
        const b = await engine().build('.', { cwd: tree.ctx });
        const { findings } = await auditJson(tree.ctx);
        const errors = findings.filter((f) => f.ruleId === 'CTX101' && f.severity === 'error').length;
        const info = `build (exit ${b.build.exitCode}): ${b.build.stderr.slice(-600)}\nctx-audit: ${JSON.stringify(findings.map((f) => [f.ruleId, f.severity]))}`;
        if (builds) {
          assert.equal(b.build.exitCode, 0, `BuildKit fails\n${info}`);
          assert.equal(errors, 0, `ctx-audit reports an error on a build BuildKit completes\n${info}`);
        } else {
          // oracle/busybox is no image whose ENV ctx-audit knows to be PATH alone: a warning, not an error.
          assert.notEqual(b.build.exitCode, 0, `BuildKit completes\n${info}`);
          assert.ok(findings.some((f) => f.ruleId === 'CTX101'), `ctx-audit reports nothing on a build BuildKit fails\n${info}`);
        }
      } finally {
        tree.cleanup();
      }
    }
  });

  it('the automatic platform ARGs need no ARG line in FROM', { timeout: 300_000 }, async () => {
    const arch = process.arch === 'x64' ? 'amd64' : process.arch === 'arm64' ? 'arm64' : process.arch;
    const base = buildTree({ files: ['Dockerfile'], fileContents: { Dockerfile: df(`FROM ${BASE}`) }, dockerignore: null });
    try {
      const made = await engine().legacyBuild('.', { cwd: base.ctx, args: ['-t', `oracle/busybox:${arch}`] });
      assert.equal(made.exitCode, 0, made.stderr);
    } finally {
      base.cleanup();
    }
    const tree = buildTree({ files: ['Dockerfile', 'a.txt'], fileContents: { Dockerfile: df('FROM oracle/busybox:$TARGETARCH', 'COPY a.txt /a.txt') }, dockerignore: null });
    try {
      const b = await engine().build('.', { cwd: tree.ctx });
      assert.equal(b.build.exitCode, 0, b.build.stderr.slice(-600));
    } finally {
      tree.cleanup();
    }
  });
});
