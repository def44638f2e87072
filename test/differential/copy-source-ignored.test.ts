// Issue 3's oracle check: when .dockerignore excludes a COPY source, the file is really absent from
// what docker uploads, and ctx-audit says so (CTX102 names the excluding line) before anyone builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureUpload } from '../helpers/docker-oracle.js';
import { entryNames, listTarEntries } from '../helpers/tar-entries.js';
import { buildTree } from '../helpers/trees.js';

const BIN = fileURLToPath(new URL('../../bin/ctx-audit.js', import.meta.url));

test('a COPY source excluded by .dockerignore is missing from docker\'s upload, and CTX102 names the line', async () => {
  const tree = buildTree({
    files: ['Dockerfile', 'app/main.py', 'app/settings.local.py', 'requirements.txt'],
    fileContents: { Dockerfile: 'FROM python:3.12-slim\nCOPY requirements.txt /srv/\nCOPY app/settings.local.py /srv/app/\n' },
    dockerignore: '# keep local settings out\n**/*.local.py\n',
  });
  try {
    const docker = await captureUpload({ context: tree.ctx });
    assert.equal(docker.exitCode, 0, docker.stderr);
    const sent = entryNames(await listTarEntries(docker.tar!));
    assert.ok(sent.includes('requirements.txt') && sent.includes('app/main.py'), sent.join(' '));
    assert.ok(!sent.includes('app/settings.local.py'), 'docker does not upload the excluded COPY source');

    for (const builder of ['legacy', 'buildkit']) {
      const r = spawnSync(process.execPath, [BIN, tree.ctx, '--format', 'json', '--builder', builder], { cwd: tree.ctx, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
      assert.equal(r.status, 1, `${builder}: an error finding fails the default --fail-on error\n${r.stderr}`);
      const doc = JSON.parse(r.stdout.toString());
      const ctx102 = doc.findings.filter((f: { ruleId: string }) => f.ruleId === 'CTX102');
      assert.equal(ctx102.length, 1, builder);
      assert.equal(ctx102[0].file, 'Dockerfile');
      assert.equal(ctx102[0].line, 3);
      assert.equal(ctx102[0].data.ignoreLine, 2, 'the excluding pattern is on line 2 (line 1 is a comment)');
      assert.equal(ctx102[0].data.ignorePattern, '**/*.local.py');
    }
    // And ctx-audit's own entry list agrees with docker's.
    const ls = spawnSync(process.execPath, [BIN, 'ls', tree.ctx, '--builder', 'legacy', '-0'], { cwd: tree.ctx });
    assert.deepEqual(ls.stdout.toString('latin1').split('\0').filter(Boolean), sent);
  } finally {
    tree.cleanup();
  }
});
