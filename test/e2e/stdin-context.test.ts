// The context on stdin and archive files through the CLI (docker itself: test/differential/stdin-dockerfile.test.ts).
import assert from 'node:assert/strict';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runProcess } from '../helpers/docker-oracle.js';
import { makeScratchDir } from '../helpers/trees.js';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'ctx-audit.js');
const started = Date.now();
const env = (home: string) => ({ PATH: '/usr/bin:/bin', HOME: home, NO_COLOR: '1' });

/** A one-file ustar archive, built by hand so nothing of ours encodes it. */
function ustar(name: string, content: Buffer, symlinkTo?: string): Buffer {
  const h = Buffer.alloc(512);
  h.write(name, 0, 'latin1');
  h.write('0000644\0', 100);
  h.write('0000000\0', 108);
  h.write('0000000\0', 116);
  h.write(content.length.toString(8).padStart(11, '0') + '\0', 124);
  h.write('00000000000\0', 136);
  h.write('        ', 148);
  h.write(symlinkTo === undefined ? '0' : '2', 156);
  if (symlinkTo !== undefined) h.write(symlinkTo, 157, 'latin1');
  h.write('ustar\x0000', 257, 'latin1');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
  const pad = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([h, content, pad, Buffer.alloc(1024)]);
}

test('an archive as CONTEXT or on stdin is audited from its entries: the Dockerfile inside it, findings, its own size as the upload', async () => {
  const dir = makeScratchDir();
  try {
    const tar = Buffer.concat([
      ustar('sub/Build.Dockerfile', Buffer.from('FROM scratch\nCOPY app.js /\nCOPY gone.txt /\n')).subarray(0, -1024),
      ustar('app.js', Buffer.from('console.log(1)\n')).subarray(0, -1024),
      // Would exclude everything: in an archive it excludes nothing.
      ustar('.dockerignore', Buffer.from('*\n')),
    ]);
    for (const [name, bytes] of [['ctx.tar', tar], ['ctx.tar.gz', gzipSync(tar)]] as const) {
      writeFileSync(join(dir.dir, name), bytes);
      const args = ['--format', 'json', '--fail-on', 'never', '-f', 'sub/Build.Dockerfile'];
      const byPath = await runProcess(process.execPath, [cli, name, ...args], { cwd: dir.dir, env: env(dir.dir) });
      const byStdin = await runProcess(process.execPath, [cli, '-', ...args], { cwd: dir.dir, env: env(dir.dir), stdin: bytes });
      for (const [r, root] of [[byPath, name], [byStdin, '-']] as const) {
        assert.equal(r.exitCode, 0, r.stderr);
        const doc = JSON.parse(r.stdout);
        assert.equal(doc.context.root, root);
        assert.equal(doc.context.tarBytes, bytes.length);
        assert.equal(doc.context.files, 3);
        assert.equal(doc.context.dockerfile, 'sub/Build.Dockerfile');
        const missing = doc.findings.filter((f: { ruleId: string }) => f.ruleId === 'CTX101').map((f: { message: string }) => f.message);
        assert.equal(missing.length, 1, JSON.stringify(doc.findings));
        assert.match(missing[0], /gone\.txt/);
      }
    }
    // Every format: the archive named as given, never the temporary directory it is read into.
    for (const format of ['table', 'sarif', 'github', 'markdown', 'html']) {
      const r = await runProcess(process.execPath, [cli, '-', '--format', format, '--fail-on', 'never', '-f', 'sub/Build.Dockerfile'], { cwd: dir.dir, env: env(dir.dir), stdin: gzipSync(tar) });
      assert.equal(r.exitCode, 0, `${format}: ${r.stderr}`);
      assert.match(r.stdout, /gone\.txt/, format);
      assert.ok(!r.stdout.includes('ctx-audit-archive-'), `${format} names the temporary directory`);
    }
    // Outside the repository, an archive is not even opened without --allow-outside-repo.
    const refused = await runProcess(process.execPath, [cli, join(dir.dir, 'ctx.tar')], { cwd: process.cwd(), env: env(dir.dir) });
    assert.equal(refused.exitCode, 2);
    assert.match(refused.stderr, /outside the repository/);
    const tarCmd = await runProcess(process.execPath, [cli, 'tar', 'ctx.tar', '-o', 'out.tar'], { cwd: dir.dir, env: env(dir.dir) });
    assert.equal(tarCmd.exitCode, 2);
    assert.match(tarCmd.stderr, /it is its own tar/);
  } finally {
    dir.cleanup();
  }
});

test("an archive's Dockerfile may be a link inside it (the daemon follows it); a missing one is the daemon's error", async () => {
  const dir = makeScratchDir();
  try {
    const tar = Buffer.concat([
      ustar('Dockerfile', Buffer.alloc(0), 'build/../build/Real.Dockerfile').subarray(0, -1024),
      ustar('build/Real.Dockerfile', Buffer.from('FROM scratch\nCOPY absent /\n')),
    ]);
    const r = await runProcess(process.execPath, [cli, '-', '--format', 'json', '--fail-on', 'never'], { cwd: dir.dir, env: env(dir.dir), stdin: tar });
    assert.equal(r.exitCode, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    assert.equal(doc.context.dockerfile, 'build/Real.Dockerfile');
    assert.ok(doc.findings.some((f: { ruleId: string; message: string }) => f.ruleId === 'CTX101' && f.message.includes('absent')), JSON.stringify(doc.findings));
    const missing = await runProcess(process.execPath, [cli, '-', '-f', 'nope/Dockerfile'], { cwd: dir.dir, env: env(dir.dir), stdin: tar });
    assert.equal(missing.exitCode, 2);
    assert.match(missing.stderr, /^ctx-audit: the context on stdin: Cannot locate specified Dockerfile: nope\/Dockerfile/);
    assert.ok(!missing.stderr.includes('ctx-audit-archive-'), missing.stderr);
  } finally {
    dir.cleanup();
  }
});

test('a bad archive is one line and exit 2: truncated, corrupt, zstd, an entry outside the context', async () => {
  const dir = makeScratchDir();
  try {
    const tar = ustar('Dockerfile', Buffer.from('FROM scratch\n' + '#'.repeat(3000)));
    const gz = gzipSync(tar);
    const corrupt = Buffer.from(gz);
    corrupt.fill(0x55, 20, 40);
    const cases: [string, Buffer, RegExp][] = [
      ['truncated tar', tar.subarray(0, 1000), /not a valid tar archive/],
      ['truncated gzip', gz.subarray(0, gz.length - 12), /the gzip stream is corrupt or truncated/],
      ['corrupt gzip', corrupt, /the gzip stream is corrupt or truncated/],
      ['xz magic, garbage after', Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), Buffer.alloc(600, 7)]), /the xz stream is corrupt or truncated/],
      ['bzip2 magic, garbage after', Buffer.concat([Buffer.from('BZh9'), Buffer.alloc(600, 7)]), /the bzip2 stream is corrupt or truncated/],
      ['zstd', Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), Buffer.alloc(600, 1)]), /zstd-compressed archive: docker sends it as is, 604 bytes \(it prints "Sending build context to Docker daemon  604B"\)/],
      ['entry outside', ustar('../evil', Buffer.from('x')), /points outside the context/],
    ];
    for (const [label, bytes, want] of cases) {
      const r = await runProcess(process.execPath, [cli, '-'], { cwd: dir.dir, env: env(dir.dir), stdin: bytes });
      assert.equal(r.exitCode, 2, `${label}: ${r.stderr}`);
      assert.equal(r.stderr.trim().split('\n').length, 1, `${label}: ${r.stderr}`);
      assert.match(r.stderr, want, label);
    }
    assert.ok(!readdirSync(tmpdir()).some((n) => n.startsWith('ctx-audit-archive-') && statSync(join(tmpdir(), n)).mtimeMs >= started), 'no archive directory left behind');
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

test('a `.git` file inside an archive pointing at a git directory elsewhere is not followed (issue 16): that index is never read', async () => {
  const dir = makeScratchDir();
  const outside = makeScratchDir('ctx-audit-outside-git-');
  try {
    // Elsewhere on the machine: a repository whose index tracks x.tmp.
    writeFileSync(join(outside.dir, 'x.tmp'), 'x\n');
    for (const args of [['init', '-q'], ['add', '-f', 'x.tmp']]) await runProcess('git', ['-c', 'core.hooksPath=/dev/null', ...args], { cwd: outside.dir, env: env(outside.dir) });
    const tar = Buffer.concat([
      ustar('Dockerfile', Buffer.from('FROM scratch\nCOPY a /\n')).subarray(0, -1024),
      ustar('a', Buffer.from('a\n')).subarray(0, -1024),
      ustar('x.tmp', Buffer.from('x\n')).subarray(0, -1024),
      ustar('.gitignore', Buffer.from('*.tmp\n')).subarray(0, -1024),
      ustar('.git', Buffer.from(`gitdir: ${join(outside.dir, '.git')}\n`)),
    ]);
    const r = await runProcess(process.execPath, [cli, '-', '--format', 'json', '--fail-on', 'never'], { cwd: dir.dir, env: env(dir.dir), stdin: tar });
    assert.equal(r.exitCode, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    // Read, the outside index would say x.tmp is tracked (no CTX203); not read, .gitignore decides.
    assert.deepEqual(doc.findings.filter((f: { ruleId: string }) => f.ruleId === 'CTX203').map((f: { path: string }) => f.path), ['x.tmp']);
    assert.ok(doc.context.notices.some((n: { path: string; message: string }) => n.path === '.git' && /outside the repository/.test(n.message)), JSON.stringify(doc.context.notices));
  } finally {
    dir.cleanup();
    outside.cleanup();
  }
});

// Sweep M (reproduction 8): with `-f -` the upload has two possible sizes, and the table's one cell
// "N B tar or M B" was cut in the middle at 80 columns, reading as one garbled number. Each size is
// a row of its own now, whole.
test('-f -: the table shows each possible upload size whole, on a row of its own, at 80 columns', async () => {
  const dir = makeScratchDir();
  try {
    writeFileSync(join(dir.dir, 'a.txt'), 'hi\n'.repeat(20000));
    const r = await runProcess(process.execPath, [cli, '.', '-f', '-', '--fail-on', 'never'], { cwd: dir.dir, env: { ...env(dir.dir), COLUMNS: '80' }, stdin: Buffer.from('FROM scratch\nCOPY a.txt /\n') });
    assert.equal(r.exitCode, 0, r.stderr);
    const json = await runProcess(process.execPath, [cli, '.', '-f', '-', '--format', 'json', '--fail-on', 'never'], { cwd: dir.dir, env: env(dir.dir), stdin: Buffer.from('FROM scratch\nCOPY a.txt /\n') });
    const ctx = JSON.parse(json.stdout).context;
    assert.ok(ctx.tarBytesAlternatives.length > 0);
    const bytes = (n: number) => `${n.toLocaleString('en-US')} B tar`;
    const upload = r.stdout.split('\n').find((l) => /│ upload /.test(l)) ?? '';
    assert.ok(upload.includes(bytes(ctx.tarBytes)), upload);
    for (const alt of ctx.tarBytesAlternatives) assert.ok(r.stdout.split('\n').some((l) => /│ {3}or /.test(l) && l.includes(bytes(alt))), r.stdout);
    assert.ok(!r.stdout.includes('…0,'), r.stdout);
  } finally {
    dir.cleanup();
  }
});
