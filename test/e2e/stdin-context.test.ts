// The context on stdin and archive files through the CLI (docker itself: test/differential/stdin-dockerfile.test.ts).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runProcess } from '../helpers/docker-oracle.js';
import { makeScratchDir } from '../helpers/trees.js';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'ctx-audit.js');
const env = (home: string) => ({ PATH: '/usr/bin:/bin', HOME: home, NO_COLOR: '1' });

/** A one-file ustar archive, built by hand so nothing of ours encodes it. */
function ustar(name: string, content: Buffer): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 'latin1');
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(content.length.toString(8).padStart(11, '0') + '\0', 124);
  h.write('00000000000\0', 136);
  h.write('        ', 148);
  h.write('0', 156);
  h.write('ustar\x0000', 257, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  const pad = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([h, content, pad, Buffer.alloc(1024)]);
}

test('an archive as CONTEXT or on stdin: one line with its exact upload size and figure, exit 2', async () => {
  const dir = makeScratchDir();
  try {
    const tar = ustar('Dockerfile', Buffer.from('FROM scratch\n'));
    for (const [name, bytes, kind] of [['ctx.tar', tar, 'a tar archive'], ['ctx.tar.gz', gzipSync(tar), 'a gzip-compressed archive']] as const) {
      writeFileSync(join(dir.dir, name), bytes);
      const byPath = await runProcess(process.execPath, [cli, name, '--allow-outside-repo'], { cwd: dir.dir, env: env(dir.dir) });
      const byStdin = await runProcess(process.execPath, [cli, '-'], { cwd: dir.dir, env: env(dir.dir), stdin: bytes });
      for (const r of [byPath, byStdin]) {
        assert.equal(r.exitCode, 2, r.stderr);
        assert.equal(r.stderr.trim().split('\n').length, 1);
        assert.ok(r.stderr.includes(`is ${kind}: docker build - sends it as is, ${bytes.length.toLocaleString('en-US')} bytes`), r.stderr);
      }
    }
    // Outside the repository, an archive is not even opened without --allow-outside-repo.
    const refused = await runProcess(process.execPath, [cli, join(dir.dir, 'ctx.tar')], { cwd: process.cwd(), env: env(dir.dir) });
    assert.equal(refused.exitCode, 2);
    assert.match(refused.stderr, /outside the repository/);
  } finally {
    dir.cleanup();
  }
});

test('a Dockerfile on stdin is the whole context: COPY of anything else is CTX101', async () => {
  const dir = makeScratchDir();
  try {
    const df = Buffer.from('FROM scratch\nCOPY Dockerfile /\nCOPY app.js /app/\n');
    const r = await runProcess(process.execPath, [cli, '-', '--builder', 'legacy', '--format', 'json', '--fail-on', 'never'], { cwd: dir.dir, env: env(dir.dir), stdin: df });
    assert.equal(r.exitCode, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.context.files, 1);
    // One 512-byte header, the content padded to 512, the 1024-byte end marker.
    assert.equal(doc.context.tarBytes, 512 + 512 + 1024);
    const missing = doc.findings.filter((f: { ruleId: string }) => f.ruleId === 'CTX101').map((f: { message: string }) => f.message);
    assert.equal(missing.length, 1);
    assert.match(missing[0], /app\.js/);
    assert.ok(!doc.findings.some((f: { ruleId: string }) => f.ruleId === 'CTX301'), 'no "missing .dockerignore" for a context docker writes itself');
    const both = await runProcess(process.execPath, [cli, '-f', '-', '-'], { cwd: dir.dir, env: env(dir.dir), stdin: df });
    assert.equal(both.exitCode, 2);
    assert.match(both.stderr, /can't use stdin for both build context and dockerfile/);
  } finally {
    dir.cleanup();
  }
});
