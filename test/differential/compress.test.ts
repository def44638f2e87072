// Differential test of --compress: ctx-audit against the real docker CLI (legacy builder, stub
// daemon) on seeded random contexts. `docker build --compress` uploads the tar through Go's gzip;
// ctx-audit must send the same bytes (`tar --compress`) and report the same count and printed
// figure (`--compress --format json`). With the Dockerfile outside the context (R40) docker's
// stream holds a random name and the build time: there our Go gzip must reproduce docker's gzip of
// the tar docker actually sent, our tar for docker's own draw (read back from its tar) must be
// docker's tar, and docker's count must fall inside the range ctx-audit reports.
//
//   CTX_AUDIT_SEED=<uint32>            reproduce a run (the seed is printed at the start)
//   CTX_AUDIT_COMPRESS_CASES=<n>       number of random cases (default 40)
//   CTX_AUDIT_CASE=<i>[,<j>…]          run only these case indexes (with the same seed)
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Writable } from 'node:stream';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { goGzipSync } from '../../src/context/go-gzip.js';
import { humanSize, writeTar } from '../../src/context/tar-format.js';
import { analyzeLegacyContext } from '../../src/context/legacy-context.js';
import { injectDockerfile, walkTarItems } from '../../src/context/tar-stream-plan.js';
import { captureUpload, runProcess } from '../helpers/docker-oracle.js';
import { mulberry32 } from '../helpers/prng.js';
import { seededDifferential } from '../helpers/seeded-differential.js';
import { buildTree } from '../helpers/trees.js';

const { cliBin, seed: SEED, cases: CASES, only: ONLY } = seededDifferential('compress differential', 'CTX_AUDIT_COMPRESS_CASES', 40);

type Kind = 'text' | 'binary' | 'empty' | 'large' | 'many' | 'mixed' | 'outside';
const KINDS: Kind[] = ['text', 'binary', 'empty', 'many', 'mixed', 'outside', 'text', 'binary', 'mixed', 'large'];

const WORDS = 'the quick brown fox jumps over lazy dog docker build context layer image node_modules src index ts json const let return import export { } ( ) ; = => 0 1 42 1024'.split(' ');

function textBytes(rnd: () => number, size: number): Buffer {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const w = rnd() < 0.05 ? Math.floor(rnd() * 1e9).toString(36) : WORDS[Math.floor(rnd() * WORDS.length)];
    const sep = rnd() < 0.12 ? '\n' + ' '.repeat(Math.floor(rnd() * 8)) : ' ';
    parts.push(w + sep);
    n += w.length + sep.length;
  }
  return Buffer.from(parts.join('')).subarray(0, size);
}

/** Random bytes, runs of one byte, and copies of earlier stretches (near and far): every token kind. */
function binaryBytes(rnd: () => number, size: number): Buffer {
  const b = Buffer.alloc(size);
  let i = 0;
  while (i < size) {
    const len = Math.min(size - i, 1 + Math.floor(rnd() * (rnd() < 0.2 ? 4000 : 300)));
    const r = rnd();
    if (r < 0.35) for (let k = 0; k < len; k++) b[i + k] = Math.floor(rnd() * 256);
    else if (r < 0.5) b.fill(Math.floor(rnd() * 256), i, i + len);
    else if (i > 0) {
      const back = 1 + Math.floor(rnd() * Math.min(i, rnd() < 0.5 ? 64 : 40000));
      for (let k = 0; k < len; k++) b[i + k] = b[i - back + k] ^ (rnd() < 0.01 ? 1 : 0);
    } else b[i] = 7;
    i += len;
  }
  return b;
}

interface Case {
  kind: Kind;
  files: Map<string, Buffer>;
  dockerignore: string | null;
  /** R40: the Dockerfile lives next to the context. */
  outside: boolean;
}

function makeCase(index: number): Case {
  const rnd = mulberry32((SEED ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  // One case over 16 MiB (Go's hash offset reset) whenever there are enough cases.
  const kind: Kind = index === 7 ? 'large' : KINDS[Math.floor(rnd() * KINDS.length)];
  const files = new Map<string, Buffer>();
  let dockerignore: string | null = rnd() < 0.3 ? 'ignored*\n' : null;
  const dockerfile = Buffer.from('FROM scratch\nCOPY . /\n');
  let outside = false;
  switch (kind) {
    case 'empty':
      files.set('Dockerfile', rnd() < 0.5 ? Buffer.alloc(0) : dockerfile);
      dockerignore = null;
      break;
    case 'text':
      for (let i = 0, n = 1 + Math.floor(rnd() * 4); i < n; i++) files.set(`t${i}.txt`, textBytes(rnd, Math.floor(rnd() * 300_000)));
      break;
    case 'binary':
      for (let i = 0, n = 1 + Math.floor(rnd() * 3); i < n; i++) files.set(`b${i}.bin`, binaryBytes(rnd, Math.floor(rnd() * 250_000)));
      break;
    case 'many':
      for (let i = 0, n = 100 + Math.floor(rnd() * 500); i < n; i++) {
        const dir = `d${Math.floor(rnd() * 12)}/${rnd() < 0.5 ? `e${Math.floor(rnd() * 5)}/` : ''}`;
        files.set(`${dir}f${i}`, rnd() < 0.5 ? textBytes(rnd, Math.floor(rnd() * 2000)) : binaryBytes(rnd, Math.floor(rnd() * 1500)));
      }
      break;
    case 'mixed':
      files.set('a.txt', textBytes(rnd, Math.floor(rnd() * 100_000)));
      files.set('b.bin', binaryBytes(rnd, Math.floor(rnd() * 100_000)));
      files.set('ignored.log', textBytes(rnd, 5000));
      files.set('c/d/e.txt', textBytes(rnd, Math.floor(rnd() * 20_000)));
      break;
    case 'large': {
      const size = index === 7 ? 17_500_000 + Math.floor(rnd() * 1_000_000) : 1_000_000 + Math.floor(rnd() * 5_000_000);
      files.set('big.bin', binaryBytes(rnd, size));
      files.set('small.txt', textBytes(rnd, 3000));
      break;
    }
    case 'outside':
      outside = true;
      for (let i = 0, n = 1 + Math.floor(rnd() * 4); i < n; i++) files.set(`o${i}.txt`, rnd() < 0.5 ? textBytes(rnd, Math.floor(rnd() * 60_000)) : binaryBytes(rnd, Math.floor(rnd() * 60_000)));
      break;
  }
  if (!outside && !files.has('Dockerfile')) files.set('Dockerfile', dockerfile);
  return { kind, files, dockerignore, outside };
}

function buildCase(c: Case): { root: string; ctx: string; dockerfile: string | undefined } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'ctx-audit-compress-')));
  chmodSync(root, 0o755);
  const ctx = join(root, 'ctx');
  mkdirSync(ctx);
  for (const [name, content] of c.files) {
    mkdirSync(dirname(join(ctx, name)), { recursive: true });
    writeFileSync(join(ctx, name), content);
  }
  if (c.dockerignore !== null) writeFileSync(join(ctx, '.dockerignore'), c.dockerignore);
  let dockerfile: string | undefined;
  if (c.outside) {
    dockerfile = join(root, 'Outside.Dockerfile');
    writeFileSync(dockerfile, 'FROM scratch\nCOPY o0.txt /\n');
  }
  return { root, ctx, dockerfile };
}

/** Docker's R40 draw read back from the tar it sent: the injected Dockerfile's name and mtime, and whether it precedes .dockerignore. */
function r40Draw(tar: Buffer): { name: string; mtime: number; dockerfileFirst: boolean } {
  const names: string[] = [];
  let found: { name: string; mtime: number } | undefined;
  for (let at = 0; at + 512 <= tar.length && tar[at] !== 0; ) {
    const h = tar.subarray(at, at + 512);
    const name = h.subarray(0, 100).toString('latin1').replace(/\0.*$/s, '');
    const size = parseInt(h.subarray(124, 136).toString('latin1').replace(/\0.*$/s, '').trim() || '0', 8);
    names.push(name);
    if (name.startsWith('.dockerfile.')) found = { name, mtime: parseInt(h.subarray(136, 148).toString('latin1').replace(/\0.*$/s, '').trim(), 8) };
    at += 512 + Math.ceil(size / 512) * 512;
  }
  assert.ok(found, `docker's R40 tar holds no .dockerfile.* entry: ${names.join(' ')}`);
  return { ...found, dockerfileFirst: names.indexOf(found.name) < names.lastIndexOf('.dockerignore') };
}

/** The tar ctx-audit's model writes for docker's own R40 draw. */
async function r40TarFor(ctx: string, dockerfile: string, dockerTar: Buffer): Promise<Buffer> {
  const draw = r40Draw(dockerTar);
  const legacy = analyzeLegacyContext({ context: ctx, file: dockerfile, cwd: ctx });
  const plan = injectDockerfile(legacy, walkTarItems(legacy), { name: draw.name, now: new Date(draw.mtime * 1000), dockerfileFirst: draw.dockerfileFirst });
  const chunks: Buffer[] = [];
  const sink = new Writable({ write: (c: Buffer, _e, cb) => (chunks.push(Buffer.from(c)), cb()) });
  await writeTar(plan.items, sink, { truncatedEnd: plan.truncatedEnd, finalHeaderOnly: plan.headerOnlyLast ?? undefined });
  return Buffer.concat(chunks);
}

function printedFigure(stdout: string): string {
  const m = /Sending build context to Docker daemon\s+(\S+)/.exec(stdout);
  assert.ok(m, `docker printed no figure:\n${stdout}`);
  return m[1];
}

const env = (home: string) => ({ PATH: '/usr/local/bin:/usr/bin:/bin', HOME: home, NO_COLOR: '1', CTX_AUDIT_PARALLEL: 'never' });

const stats = { cases: 0, exact: 0, outside: 0, bytesCompared: 0, byKind: new Map<Kind, number>(), largest: 0 };

describe(`--compress against the docker CLI (seed ${SEED})`, () => {
  after(() => {
    console.log(
      `compress differential: ${stats.cases} cases (${stats.exact} exact streams compared byte for byte, ${stats.outside} R40 ranges), ` +
        `${stats.bytesCompared.toLocaleString('en-US')} gzip bytes compared, largest upload ${stats.largest.toLocaleString('en-US')} bytes; kinds ${JSON.stringify(Object.fromEntries(stats.byKind))}`,
    );
  });

  it('a re-included file docker cannot read (R30): the gzip of the truncated tar, byte for byte (as uid 65534)', { timeout: 120_000 }, async () => {
    const tree = buildTree({ files: ['Dockerfile', 'a.md', 'b.txt', 'ex/keep', 'ex/zz'], dockerignore: 'ex\n!ex/keep\n!ex/zz\n', modes: { 'ex/keep': 0o000 } });
    try {
      const docker = await captureUpload({ context: tree.ctx, runAsNobody: true, extraArgs: ['--compress'] });
      assert.equal(docker.exitCode, 0, docker.stderr);
      const sent = docker.tar as Buffer;
      const run = (args: string[]) => runProcess(process.execPath, [cliBin, ...args, '--allow-outside-repo'], { cwd: tree.ctx, env: env(tree.root), runAsNobody: true });
      const tar = await run(['tar', tree.ctx, '--compress', '-o', '-']);
      assert.ok(tar.stdoutBytes.equals(sent), `tar --compress (${tar.stdoutBytes.length} bytes) is docker's upload (${sent.length})`);
      const z = JSON.parse((await run([tree.ctx, '--compress', '--builder', 'legacy', '--format', 'json', '--fail-on', 'never'])).stdout).context.compressed;
      assert.deepEqual([z.bytes, z.exact, z.dockerFigure], [sent.length, true, printedFigure(docker.stdout)]);
    } finally {
      tree.cleanup();
    }
  });

  for (let i = 0; i < CASES; i++) {
    if (ONLY && !ONLY.includes(i)) continue;
    it(`case ${i}`, { timeout: 180_000 }, async () => {
      const c = makeCase(i);
      const built = buildCase(c);
      const home = mkdtempSync(join(tmpdir(), 'ctx-audit-compress-home-'));
      const repro = `CTX_AUDIT_SEED=${SEED} CTX_AUDIT_CASE=${i} (${c.kind}, ${c.files.size} files${c.dockerignore !== null ? ', .dockerignore' : ''})`;
      try {
        const fArgs = built.dockerfile ? ['-f', built.dockerfile] : [];
        const docker = await captureUpload({ context: built.ctx, dockerfile: built.dockerfile, extraArgs: ['--compress'], timeoutMs: 120_000 });
        assert.equal(docker.exitCode, 0, `${repro}: docker failed: ${docker.stderr}`);
        const sent = docker.tar as Buffer;
        const figure = printedFigure(docker.stdout);
        assert.equal(figure, humanSize(sent.length), `${repro}: docker's figure is the size of what it sent`);
        stats.cases++;
        stats.byKind.set(c.kind, (stats.byKind.get(c.kind) ?? 0) + 1);
        stats.largest = Math.max(stats.largest, sent.length);

        // Some cases put the Dockerfile outside the context, as docker allows: --allow-outside-repo reads it.
        const json = await runProcess(process.execPath, [cliBin, built.ctx, '--compress', '--builder', 'legacy', '--format', 'json', '--fail-on', 'never', '--allow-outside-repo', ...fArgs], {
          cwd: built.ctx,
          env: env(home),
          timeoutMs: 120_000,
        });
        assert.equal(json.exitCode, 0, `${repro}: ctx-audit failed: ${json.stderr}`);
        const z = JSON.parse(json.stdout).context.compressed;

        if (!c.outside) {
          const tar = await runProcess(process.execPath, [cliBin, 'tar', built.ctx, '--compress', '-o', '-', ...fArgs], { cwd: built.ctx, env: env(home), timeoutMs: 120_000 });
          assert.equal(tar.exitCode, 0, `${repro}: ctx-audit tar failed: ${tar.stderr}`);
          if (!tar.stdoutBytes.equals(sent)) {
            let at = 0;
            while (at < sent.length && tar.stdoutBytes[at] === sent[at]) at++;
            assert.fail(`${repro}: tar --compress differs from docker's upload at byte ${at} (ours ${tar.stdoutBytes.length} bytes, docker ${sent.length})`);
          }
          assert.deepEqual(
            { bytes: z.bytes, bytesMax: z.bytesMax, exact: z.exact, dockerFigure: z.dockerFigure },
            { bytes: sent.length, bytesMax: sent.length, exact: true, dockerFigure: figure },
            `${repro}: reported figures`,
          );
          stats.exact++;
        } else {
          // Docker's stream is one draw of its random name and time: our gzip of the very tar it
          // sent must be its gzip, and its size must lie in the range we report.
          const again = goGzipSync(gunzipSync(sent));
          assert.ok(again.equals(sent), `${repro}: Go gzip of docker's own R40 tar differs (ours ${again.length}, docker ${sent.length})`);
          // And for docker's own draw (its name, its time, its order) our tar is docker's tar.
          const ours = await r40TarFor(built.ctx, built.dockerfile!, gunzipSync(sent));
          assert.ok(goGzipSync(ours).equals(sent), `${repro}: for docker's own draw our R40 stream differs from docker's (ours ${goGzipSync(ours).length} bytes, docker ${sent.length})`);
          assert.equal(z.exact, false, `${repro}: an R40 stream is not reproducible`);
          assert.ok(z.bytes <= sent.length && sent.length <= z.bytesMax, `${repro}: docker sent ${sent.length} bytes, outside the reported ${z.bytes}..${z.bytesMax}`);
          assert.ok(humanSize(z.bytes) === figure || humanSize(z.bytesMax) === figure || (z.bytes < sent.length && sent.length < z.bytesMax), `${repro}: figure ${figure}`);
          stats.outside++;
        }
        stats.bytesCompared += sent.length;
      } finally {
        rmSync(built.root, { recursive: true, force: true });
        rmSync(home, { recursive: true, force: true });
      }
    });
  }
});
