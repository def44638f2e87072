// The exit-code matrix: --fail-on against the highest severity present.
import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import assert from 'node:assert/strict';
import { buildTree, type TreeShape } from '../helpers/trees.js';
import { runCli } from '../reporters/cli-io.js';

// Each Dockerfile copies what the tree holds, so the cross-check rules (CTX004 unused-file, CTX100)
// stay quiet and the worst finding is the one named.
const TREES: Record<'error' | 'warning' | 'info' | 'clean', TreeShape> = {
  // CTX201: the .env holds a real-looking secret (made per run), so it is evidence, not a name-only guess.
  error: { files: ['Dockerfile', '.env'], fileContents: { Dockerfile: 'FROM scratch\nCOPY .env /app/\n', '.env': `API_TOKEN=${randomBytes(12).toString('hex')}\n` }, dockerignore: '' },
  // A bind mount uses node_modules without copying it into the image, so CTX003 stays a warning
  // (a COPY of it would raise it to an error).
  warning: { files: ['Dockerfile', 'pkg/node_modules/x.js'], fileContents: { Dockerfile: 'FROM scratch\nRUN --mount=type=bind,source=pkg,target=/pkg true\n' }, dockerignore: '**/*.tmp\n' }, // CTX003
  info: { files: ['Dockerfile', 'a'], fileContents: { Dockerfile: 'FROM scratch\nCOPY a /a\n' }, dockerignore: 'nothing\n' }, // CTX302
  clean: { files: ['Dockerfile', 'a'], fileContents: { Dockerfile: 'FROM scratch\n' }, dockerignore: 'a\n' },
};

const EXPECTED: Record<string, Record<string, number>> = {
  error: { error: 1, warning: 1, info: 1, never: 0 },
  warning: { error: 0, warning: 1, info: 1, never: 0 },
  info: { error: 0, warning: 0, info: 1, never: 0 },
  clean: { error: 0, warning: 0, info: 0, never: 0 },
};

for (const [worst, shape] of Object.entries(TREES)) {
  test(`--fail-on matrix: worst finding ${worst}`, async () => {
    const tree = buildTree(shape);
    try {
      for (const [failOn, code] of Object.entries(EXPECTED[worst])) {
        const r = await runCli([tree.ctx, '--fail-on', failOn, '--format', 'json', '--no-config'], tree.ctx);
        assert.equal(r.code, code, `--fail-on ${failOn}: ${r.stderr}`);
      }
      const dflt = await runCli([tree.ctx, '--format', 'json', '--no-config'], tree.ctx);
      assert.equal(dflt.code, EXPECTED[worst].error, 'default is --fail-on error');
    } finally {
      tree.cleanup();
    }
  });
}

test('bad --fail-on, --format and --max-file-size are usage errors (exit 2)', async () => {
  for (const argv of [['--fail-on', 'sometimes'], ['--format', 'yaml'], ['--max-file-size', 'big'], ['--format', 'json', '--format', 'sarif']]) {
    const r = await runCli(argv, process.cwd());
    assert.equal(r.code, 2, argv.join(' '));
    assert.equal(r.stdout, '');
  }
});
