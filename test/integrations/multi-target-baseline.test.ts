// --baseline and --max-growth compare one context with its previous report; with --compose,
// --bake or --all they used to be ignored silently (every build passed the gate). Now: exit 2,
// one line on stderr naming the flag, before any file is read.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../reporters/cli-io.js';
import { removeTempDirs, tempDir, writeFiles } from './helpers.js';

after(removeTempDirs);

const cases: Array<{ argv: string[]; flag: string }> = [
  { argv: ['--compose', '--baseline', 'base.json'], flag: '--baseline' },
  { argv: ['--bake', 'bake.json', '--baseline', 'base.json', '--max-growth', '5%'], flag: '--baseline' },
  { argv: ['--all', '.', '--max-growth', '10MB'], flag: '--max-growth' },
  { argv: ['--max-growth', '1', '--compose', 'compose.yaml'], flag: '--max-growth' },
];

for (const c of cases) {
  test(`usage error: ${c.argv.join(' ')}`, async () => {
    // A valid compose file and context, but no base.json: the refusal must come first.
    const dir = tempDir('multi-baseline');
    writeFiles(dir, { 'compose.yaml': 'services:\n  app:\n    build: .\n', Dockerfile: 'FROM scratch\n', 'bake.json': '{"target":{"app":{"context":"."}}}' });
    const r = await runCli(c.argv, dir);
    assert.equal(r.code, 2, r.stderr);
    assert.equal(r.stdout, '');
    const lines = r.stderr.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, r.stderr);
    assert.ok(lines[0].startsWith(`ctx-audit: ${c.flag} cannot be combined with --compose, --bake or --all`), lines[0]);
  });
}

test('control: --compose without --baseline still runs (exit 0 on a clean target)', async () => {
  const dir = tempDir('multi-baseline');
  writeFiles(dir, { 'compose.yaml': 'services:\n  app:\n    build: .\n', Dockerfile: 'FROM scratch\nCOPY a.txt /\n', 'a.txt': 'a\n', '.dockerignore': 'compose.yaml\n' });
  const r = await runCli(['--compose', '--format', 'json'], dir);
  assert.equal(r.code, 0, r.stderr + r.stdout);
});
