// src/context/archive.ts: the limits that keep a hostile archive (a decompression bomb, a huge
// file) from filling memory or the disk, and the names it will not place.
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import * as tar from 'tar-stream';
import { archivePath, readArchive } from '../../src/context/archive.js';
import { InputError } from '../../src/errors.js';

async function pack(files: [string, Buffer][]): Promise<Buffer> {
  const p = tar.pack();
  for (const [name, content] of files) p.entry({ name, size: content.length }, content);
  p.finalize();
  const parts: Buffer[] = [];
  for await (const c of p) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

test('a gzip bomb stops at the unpacked-size limit, with one clear error', async () => {
  // 64 MiB of zeros gzip to ~64 KiB.
  const bomb = gzipSync(await pack([['zeros', Buffer.alloc(64 << 20)]]));
  assert.ok(bomb.length < 1 << 20);
  await assert.rejects(
    readArchive(Readable.from([bomb]), 'bomb.tar.gz', { limits: { maxTarBytes: 8 << 20 } }),
    (e: unknown) => e instanceof InputError && /unpacks to more than 8\.389MB/.test(e.message),
  );
});

test('a large file is counted whole but only its head is kept on disk; the total kept is bounded too', async () => {
  const big = Buffer.alloc(3 << 20, 0x61);
  const a = await readArchive(Readable.from([await pack([['big', big], ['small', Buffer.from('hi')], ['late', Buffer.alloc(5000, 1)]])]), 't.tar', {
    limits: { keepPerFile: 4096, keepTotal: 4096 + 2 },
  });
  try {
    assert.deepEqual(a.entries.map((e) => [e.path, e.size]), [['big', 3 << 20], ['small', 2], ['late', 5000]]);
    assert.equal(statSync(`${a.dir}/big`).size, 4096);
    assert.equal(statSync(`${a.dir}/small`).size, 2);
    assert.equal(statSync(`${a.dir}/late`).size, 0);
    assert.ok(a.notices.some((n) => /1 file was listed but not read/.test(n.message)), JSON.stringify(a.notices));
  } finally {
    a.cleanup();
  }
  assert.equal(existsSync(a.dir), false);
});

test('names: the root is dropped, a leading slash stays inside, a climb out is refused; links are never created', async () => {
  assert.equal(archivePath('./'), null);
  assert.equal(archivePath('/etc/passwd'), 'etc/passwd');
  assert.equal(archivePath('./a//b/'), 'a/b');
  assert.equal(archivePath('a/../b'), 'b');
  assert.throws(() => archivePath('../x'), InputError);
  assert.throws(() => archivePath('a/../../x'), InputError);
  // A symlink to / then a file "through" it: the file lands in a real directory of ours.
  const p = tar.pack();
  p.entry({ name: 'link', type: 'symlink', linkname: '/' });
  p.entry({ name: 'link/tmp/ctx-audit-should-not-exist', size: 1 }, Buffer.from('x'));
  p.finalize();
  const parts: Buffer[] = [];
  for await (const c of p) parts.push(c as Buffer);
  const a = await readArchive(Readable.from([Buffer.concat(parts)]), 't.tar');
  try {
    assert.equal(existsSync('/tmp/ctx-audit-should-not-exist'), false);
    assert.equal(statSync(`${a.dir}/link`).isDirectory(), true);
    assert.deepEqual(a.entries.map((e) => [e.path, e.kind]), [['link', 'symlink'], ['link/tmp/ctx-audit-should-not-exist', 'file']]);
  } finally {
    a.cleanup();
  }
});

test('an http(s) context is downloaded with a size limit: past it, one clear error and nothing left behind', async () => {
  const { createServer } = await import('node:http');
  const { contextFromUrl } = await import('../../src/inputs/context-input.js');
  const body = gzipSync(await pack([['Dockerfile', Buffer.from('FROM scratch\n')], ['big', Buffer.alloc(4 << 20, 0x5a)]]));
  const server = createServer((_req, res) => {
    res.writeHead(200);
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/ctx.tar.gz`;
  try {
    const ok = await contextFromUrl(url, { maxBytes: body.length });
    try {
      assert.equal(ok.archive?.uploadBytes, body.length);
      assert.deepEqual(ok.archive?.entries.map((e) => e.path), ['Dockerfile', 'big']);
    } finally {
      ok.cleanup();
    }
    // The temporary directory of a refused download is removed too (os.tmpdir() follows TMPDIR).
    const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const own = mkdtempSync(`${tmpdir()}/ctx-audit-unit-`);
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = own;
    try {
      await assert.rejects(contextFromUrl(url, { maxBytes: body.length - 1 }), (e: unknown) => e instanceof InputError && /the download is larger than/.test(e.message));
      assert.deepEqual(readdirSync(own), []);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(own, { recursive: true, force: true });
    }
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
});
