// A build asking for a stage its Dockerfile lacks (hyrax's build.yml, `target: hyrax-engine-dev-worker`;
// sweep 53/D-F2), checked against a real BuildKit (engine.ts): the build fails having transferred the
// Dockerfile alone (no .dockerignore load, no context), and `--all` reports it as a CTX100 error naming
// the workflow, with no context transfer in its BuildKit figure. It was listed as skipped, and the gate passed.
//
//   CTX_AUDIT_BK_SKIP=1   skip, loudly (a machine without root or the engine)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { it } from 'node:test';
import { runProcess } from '../helpers/docker-oracle.js';
import { buildTree } from '../helpers/trees.js';
import { BASE } from './cases.js';
import { CLI, withEngine } from './suite.js';

const WORKFLOW = (target: string) =>
  `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          target: ${target}\n`;

withEngine('stale-target', 'a target stage the Dockerfile lacks against a real BuildKit', (engine) => {
  it('BuildKit refuses it after the Dockerfile alone; --all says so at error, with no context transfer', { timeout: 180_000 }, async () => {
    for (const [target, exists] of [['dev-worker', false], ['worker', true]] as const) {
      const tree = buildTree({
        files: ['Dockerfile', 'a.txt', 'b.txt', '.github/workflows/build.yml'],
        fileContents: { Dockerfile: `FROM ${BASE} AS base\nCOPY a.txt /a\nFROM base AS worker\n`, 'a.txt': 'a\n', 'b.txt': 'b\n', '.github/workflows/build.yml': WORKFLOW(target) },
        dockerignore: 'b.txt\n',
      });
      try {
        execFileSync('git', ['init', '-q', tree.ctx]);
        const o = await engine().build('.', { cwd: tree.ctx, args: ['--target', target] });
        assert.equal(o.build.exitCode === 0, exists, `${target}: BuildKit ${o.build.stderr.slice(-300)}`);
        if (!exists) assert.match(o.build.stderr, new RegExp(`failed to solve: target stage "${target}" could not be found`));
        const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tree.ctx, NO_COLOR: '1' };
        const run = await runProcess(process.execPath, [CLI, '--all', '--format', 'json', '--no-config'], { cwd: tree.ctx, env });
        // The gate: exit 1 on the refused build (it was 0, a skip), 0 on the healthy one.
        assert.equal(run.exitCode, exists ? 0 : 1, `${target}: ctx-audit exit ${run.exitCode}: ${run.stderr}`);
        const report = JSON.parse(run.stdout) as {
          targets: { name: string; skipped: string | null; context: { buildkit: { usesContext: boolean; transfer: unknown; dockerignoreTransfer: { bytes: number } | null } } }[];
          findings: { ruleId: string; severity: string; message: string; target: string }[];
        };
        const built = report.targets.filter((t) => t.name.startsWith('.github/workflows/build.yml'));
        assert.equal(built.length, 1, JSON.stringify(report.targets.map((t) => t.name)));
        const [t] = built;
        assert.equal(t.skipped, null, target);
        const errors = report.findings.filter((f) => f.target === t.name && f.severity === 'error').map((f) => [f.ruleId, f.message]);
        assert.deepEqual(errors, exists ? [] : [['CTX100', `target stage "${target}" could not be found (stages: base, worker): .github/workflows/build.yml asks for it, and docker refuses the build`]], target);
        // What BuildKit transferred besides the Dockerfile: the .dockerignore load and the context, or neither.
        const bk = t.context.buildkit;
        assert.equal(bk.dockerignoreTransfer === null, o.dockerignore === null, `${target}: the .dockerignore load`);
        if (o.dockerignore !== null && bk.dockerignoreTransfer !== null) assert.equal(bk.dockerignoreTransfer.bytes, o.dockerignore.packetBytes, target);
        assert.equal(bk.usesContext && bk.transfer !== null, o.context !== null, `${target}: the context transfer`);
        assert.equal(o.context === null, !exists, `${target}: BuildKit's context transfer`);
      } finally {
        tree.cleanup();
      }
    }
  });
});
