// Which Bake targets a `docker buildx bake` builds, as the real buildx (0.13.1, from the engine cache
// scripts/setup-buildkit.sh fills) prints them, against the targets `ctx-audit --bake` audits: the
// default group, nested groups, and the targets a chosen one links through `contexts = { x =
// "target:other" }` (buildx's loadLinks; datalens-backend's ci_with_src takes lib/ through one).
// `--print` needs no daemon: buildx runs with a DOCKER_HOST that answers nothing.
//
//   CTX_AUDIT_BK_SKIP=1   skip, loudly (a machine without the engine cache)
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runProcess } from '../helpers/docker-oracle.js';
import { writeTree } from '../targets/helpers.js';
import { engineDir } from './engine.js';
import { CLI } from './suite.js';

const SKIP = process.env.CTX_AUDIT_BK_SKIP === '1';
const BUILDX = join(engineDir(), 'fs/usr/libexec/docker/cli-plugins/docker-buildx');
if (SKIP) console.log('buildkit-oracle bake-print: SKIPPED by CTX_AUDIT_BK_SKIP=1');
else if (!existsSync(join(engineDir(), 'READY'))) throw new Error(`buildkit-oracle bake-print: no engine in ${engineDir()}: run scripts/setup-buildkit.sh (.ci/run does)`);

const dockerfiles = (names: string[]) => Object.fromEntries(names.map((n) => [`${n}/Dockerfile`, 'FROM scratch\n']));

const CASES: { label: string; bake: unknown; dirs: string[]; bakeArgs?: string[] }[] = [
  {
    label: 'targets a chosen target links with target:NAME, transitively; not an unlinked one',
    bake: { group: { default: { targets: ['ci'] } }, target: { ci: { context: 'ci', contexts: { src_lib: 'target:src_lib' } }, src_lib: { context: 'lib', contexts: { base: 'target:base' } }, base: { context: 'base' }, unused: { context: 'nowhere' } } },
    dirs: ['ci', 'lib', 'base', 'nowhere'],
  },
  {
    label: 'a nested group, and a link from inside it',
    bake: { group: { default: { targets: ['app', 'tools'] }, tools: { targets: ['t1'] } }, target: { app: { context: 'app' }, t1: { context: 't1', contexts: { x: 'target:x' } }, x: { context: 'x' }, other: { context: 'other' } } },
    dirs: ['app', 't1', 'x', 'other'],
  },
  // With no default group a bare `docker buildx bake` refuses ("failed to find target default");
  // ctx-audit audits every target, what `docker buildx bake a b` builds (README, Bake).
  {
    label: 'no default group: every target, as when all are named',
    bake: { target: { a: { context: 'a' }, b: { context: 'b', contexts: { src: './a' } } } },
    dirs: ['a', 'b'],
    bakeArgs: ['a', 'b'],
  },
  // flux-retour-cfas: `common` holds shared settings and only `server` inherits it; the release is
  // `docker buildx bake release`. ctx-audit leaves such a template out when there is no default group.
  {
    label: 'no default group: a template only others inherit, and no group names, is not built',
    bake: { group: { release: { targets: ['server'] } }, target: { common: { context: 'a' }, server: { inherits: ['common'], context: 'b' } } },
    dirs: ['a', 'b'],
    bakeArgs: ['release'],
  },
  // A group naming matrix targets by their generated names (`ui-${ENV}`): one target per combination.
  {
    label: 'a matrix target is one target per combination, named by its template',
    bake: { group: { default: { targets: ['ui-production', 'ui-local'] } }, target: { ui: { matrix: { ENV: ['production', 'local'] }, name: 'ui-${ENV}', context: '${ENV}' } } },
    dirs: ['production', 'local'],
  },
];

describe('Bake: the targets buildx prints are the targets ctx-audit audits', { skip: SKIP }, () => {
  for (const c of CASES) {
    it(c.label, { timeout: 60_000 }, async () => {
      const tree = writeTree({ 'docker-bake.json': JSON.stringify(c.bake), ...dockerfiles(c.dirs) });
      const home = mkdtempSync(join(tmpdir(), 'ctx-audit-bx-'));
      try {
        const env = { PATH: '/usr/bin:/bin', HOME: home, DOCKER_CONFIG: home, DOCKER_HOST: `unix://${join(home, 'none.sock')}`, BUILDX_NO_DEFAULT_ATTESTATIONS: '1' };
        const printed = await runProcess(BUILDX, ['bake', '--print', ...(c.bakeArgs ?? [])], { cwd: tree.root, env, timeoutMs: 30_000 });
        assert.equal(printed.exitCode, 0, printed.stderr);
        const want = Object.keys((JSON.parse(printed.stdout) as { target: Record<string, unknown> }).target).sort();
        const ours = await runProcess(process.execPath, [CLI, '--bake', 'docker-bake.json', '--format', 'json', '--fail-on', 'never', '--no-config'], { cwd: tree.root, env: { PATH: env.PATH, HOME: home, NO_COLOR: '1' }, timeoutMs: 30_000 });
        assert.equal(ours.exitCode, 0, ours.stderr);
        const got = (JSON.parse(ours.stdout) as { targets: { name: string }[] }).targets.map((t) => t.name).sort();
        assert.deepEqual(got, want);
      } finally {
        tree.cleanup();
        rmSync(home, { recursive: true, force: true });
      }
    });
  }
});
