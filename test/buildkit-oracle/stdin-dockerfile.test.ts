// `-f -` against a REAL BuildKit (engine.ts): `docker buildx build -f - CONTEXT < Dockerfile`.
// buildx puts stdin's Dockerfile in a directory of its own, so no `<name>.dockerignore` applies:
// the context's .dockerignore does. Per case, ctx-audit's BuildKit view of `-f -` (followPaths, the
// entries `ls --builder buildkit` lists) must be what BuildKit's session carried.
//
//   CTX_AUDIT_BK_SKIP=1   skip, loudly (a machine without root or the engine)
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { runProcess } from '../helpers/docker-oracle.js';
import { buildTree, type TreeShape } from '../helpers/trees.js';
import { auditJson, CLI, withEngine } from './suite.js';
import { lsName } from './wire.js';

interface StdinCase {
  label: string;
  shape: TreeShape;
  dockerfile: string;
}

const CASES: StdinCase[] = [
  {
    // Dockerfile.dockerignore would drop a.txt if BuildKit read it; .dockerignore drops b.log.
    label: 'COPY . with .dockerignore and a Dockerfile.dockerignore beside it',
    shape: { files: ['a.txt', 'b.log', 'c/d.txt', 'Dockerfile.dockerignore'], fileContents: { 'Dockerfile.dockerignore': 'a.txt\n' }, dockerignore: '*.log\n' },
    dockerfile: 'FROM scratch\nCOPY . /\n',
  },
  {
    label: 'COPY of one file: followPaths from the stdin Dockerfile',
    shape: { files: ['a.txt', 'b.txt', 'Dockerfile'], fileContents: { Dockerfile: 'FROM scratch\nCOPY b.txt /\n' }, dockerignore: null },
    dockerfile: 'FROM scratch\nCOPY a.txt /\n',
  },
  {
    label: 'a Dockerfile in the context, ignored by .dockerignore',
    shape: { files: ['Dockerfile', 'keep.txt', 'sub/x'], dockerignore: 'Dockerfile\n' },
    dockerfile: 'FROM scratch\nCOPY . /out/\n',
  },
];

withEngine('-f -', '-f - against a real BuildKit', (engine) => {
  for (const c of CASES) {
    it(c.label, { timeout: 180_000 }, async () => {
      const tree = buildTree(c.shape);
      try {
        const stdin = Buffer.from(c.dockerfile);
        const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: tree.ctx, NO_COLOR: '1' };
        const o = await engine().build('.', { args: ['-f', '-'], cwd: tree.ctx, stdin });
        assert.equal(o.build.exitCode, 0, `buildx failed: ${o.build.stderr.slice(-1500)}`);
        const [json, ls] = await Promise.all([auditJson(tree.ctx, ['-f', '-'], stdin), runProcess(process.execPath, [CLI, 'ls', '-0', '--builder', 'buildkit', '.', '-f', '-'], { cwd: tree.ctx, env, stdin })]);
        assert.equal(ls.exitCode, 0, ls.stderr);
        const bk = JSON.parse(json.run.stdout).context.buildkit;
        const t = o.context;
        assert.ok(t, 'BuildKit transferred the context');
        const text = (b: string) => Buffer.from(b, 'latin1').toString('utf8');
        assert.deepEqual(bk.followPaths === 'all' ? [] : bk.followPaths, t.followPaths.map(text), 'followPaths');
        assert.deepEqual(
          ls.stdoutBytes.toString('latin1').split('\0').filter((s) => s !== ''),
          t.entries.map((e) => lsName(e.stat)),
          'entries sent, in stream order',
        );
        assert.equal(bk.ignoreFile, c.shape.dockerignore === null || c.shape.dockerignore === undefined ? null : '.dockerignore');
      } finally {
        tree.cleanup();
      }
    });
  }
});
