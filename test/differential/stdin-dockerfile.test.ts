// Differential test of `-f -` (the Dockerfile on stdin) against the docker CLI (legacy builder,
// stub daemon). Docker appends stdin's Dockerfile as `.dockerfile.<random>` (mode 0600, the build
// time), appends `"\n.dockerfile.<random>\n"` to `.dockerignore` (creating it when absent), sends
// no tar end marker, and does not protect any Dockerfile from the ignore patterns. ctx-audit must
// list the same entries, count the same bytes, and write the same tar once the random name and
// the build time are set equal in both; with --compress, docker's size must lie in our range.
//
//   CTX_AUDIT_SEED=<uint32>          reproduce a run (printed at the start)
//   CTX_AUDIT_STDIN_CASES=<n>        number of random cases (default 30)
//   CTX_AUDIT_CASE=<i>[,<j>…]        run only these case indexes
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { goGzipSync } from '../../src/context/go-gzip.js';
import { captureUpload, lastLine, runProcess } from '../helpers/docker-oracle.js';
import { mulberry32 } from '../helpers/prng.js';
import { seededDifferential } from '../helpers/seeded-differential.js';
import { listTarEntries, type TarListing } from '../helpers/tar-entries.js';

const { cliBin, seed: SEED, cases: CASES, only: ONLY } = seededDifferential('stdin Dockerfile differential', 'CTX_AUDIT_STDIN_CASES', 30);

// Patterns that tell "-f -" apart from a Dockerfile on disk (nothing protects it) and from each other.
const IGNORES: (string | null)[] = [null, null, null, '', 'Dockerfile\n', '*\n!keep*\n', '-\n', '.dockerignore\n', '**/*.txt\n', 'Dockerfile\n.dockerignore\n', '*\n', 'sub\n!sub/keep.txt\n'];
const NAMES = ['Dockerfile', 'dockerfile', 'keep.txt', 'a.txt', 'b.bin', 'sub/keep.txt', 'sub/x.txt', 'sub/deep/y', '-', '.hidden', 'z.md'];

interface Case {
  files: Map<string, Buffer>;
  dockerignore: string | null;
  dockerfile: Buffer;
  compress: boolean;
}

function makeCase(index: number): Case {
  const rnd = mulberry32((SEED ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const files = new Map<string, Buffer>();
  for (const n of NAMES) if (rnd() < 0.5) files.set(n, Buffer.from(`${n}\n`.repeat(1 + Math.floor(rnd() * (rnd() < 0.2 ? 3000 : 20)))));
  const dockerignore = IGNORES[Math.floor(rnd() * IGNORES.length)];
  const lines = ['FROM scratch'];
  for (const n of files.keys()) if (rnd() < 0.3) lines.push(`COPY ${n} /x/`);
  const r = rnd();
  const dockerfile = r < 0.1 ? Buffer.alloc(0) : r < 0.2 ? Buffer.from(lines.join('\n') + '\n' + '# padding\n'.repeat(2000)) : Buffer.from(lines.join('\n') + '\n');
  return { files, dockerignore, dockerfile, compress: rnd() < 0.35 };
}

function buildCase(c: Case): { root: string; ctx: string } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'ctx-audit-stdin-')));
  chmodSync(root, 0o755);
  const ctx = join(root, 'ctx');
  mkdirSync(ctx);
  for (const [name, content] of c.files) {
    mkdirSync(dirname(join(ctx, name)), { recursive: true });
    writeFileSync(join(ctx, name), content);
  }
  if (c.dockerignore !== null) writeFileSync(join(ctx, '.dockerignore'), c.dockerignore);
  return { root, ctx };
}

const RANDOM = /^\.dockerfile\.[0-9a-f]{20}$/;

/**
 * The stream with docker's random choices taken out: the random name becomes `x`×20 everywhere,
 * and the appended entries' mtime (the build time) becomes 0, with the header checksums redone.
 */
function normalize(buf: Buffer, listing: TarListing, hadIgnoreFile: boolean): Buffer {
  const out = Buffer.from(buf);
  const name = listing.entries.find((e) => RANDOM.test(e.name))?.name;
  assert.ok(name, 'the stream holds a .dockerfile.<random> entry');
  const needle = Buffer.from(name, 'latin1');
  const fixed = Buffer.from('.dockerfile.' + 'x'.repeat(20), 'latin1');
  for (let i = out.indexOf(needle); i >= 0; i = out.indexOf(needle, i + 1)) fixed.copy(out, i);
  for (const e of listing.entries) {
    if (!(RANDOM.test(e.name) || (e.name === '.dockerignore' && !hadIgnoreFile))) continue;
    const h = out.subarray(e.offset, e.offset + 512);
    Buffer.from('00000000000\0', 'latin1').copy(h, 136);
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (const b of h) sum += b;
    Buffer.from(sum.toString(8).padStart(6, '0') + '\0', 'latin1').copy(h, 148);
  }
  return out;
}

const env = (home: string) => ({ PATH: '/usr/local/bin:/usr/bin:/bin', HOME: home, NO_COLOR: '1', CTX_AUDIT_PARALLEL: 'never' });
const stats = { cases: 0, byteEqual: 0, otherOrder: 0, compressed: 0, withIgnoreFile: 0 };

describe(`-f - against the docker CLI (seed ${SEED})`, () => {
  after(() =>
    console.log(
      `stdin Dockerfile differential: ${stats.cases} cases (${stats.withIgnoreFile} with a .dockerignore), ${stats.byteEqual} tars byte-equal after setting the random name and time equal, ` +
        `${stats.otherOrder} where docker appended in the other order (entries and size compared), ${stats.compressed} --compress ranges`,
    ),
  );

  it('stdin for both the context and the Dockerfile is refused as docker refuses it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'ctx-audit-stdin-home-'));
    try {
      const docker = await captureUpload({ context: '-', dockerfile: '-', cwd: home, stdin: Buffer.from('FROM scratch\n') });
      const ours = await runProcess(process.execPath, [cliBin, '-f', '-', '-'], { cwd: home, env: env(home), stdin: Buffer.from('FROM scratch\n') });
      assert.notEqual(docker.exitCode, 0);
      assert.equal(ours.exitCode, 2);
      assert.ok(ours.stderr.includes(lastLine(docker.stderr).replace(/^ERROR: /, '')), `docker: ${docker.stderr}\nours: ${ours.stderr}`);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  // `docker build - < X`: an archive is uploaded as is; anything else is a Dockerfile that docker
  // tars alone. Sizes straddle docker's 512-byte peek and the tar padding.
  for (const [label, make] of [
    ['a Dockerfile on stdin (no context)', () => Buffer.from('FROM scratch\nCOPY Dockerfile /\nCOPY missing.txt /\n')],
    ['an empty stdin', () => Buffer.alloc(0)],
    ['a 700-byte Dockerfile', () => Buffer.from('FROM scratch\n' + '#'.repeat(686) + '\n')],
    ['a 512-byte Dockerfile', () => Buffer.from('FROM scratch\n' + '#'.repeat(498) + '\n')],
  ] as const) {
    it(label, { timeout: 120_000 }, async () => {
      const home = mkdtempSync(join(tmpdir(), 'ctx-audit-stdin-home-'));
      try {
        const input = make();
        const docker = await captureUpload({ context: '-', cwd: home, stdin: input });
        const ours = await runProcess(process.execPath, [cliBin, '-', '--builder', 'legacy', '--format', 'json', '--fail-on', 'never'], { cwd: home, env: env(home), stdin: input });
        const ls = await runProcess(process.execPath, [cliBin, 'ls', '-', '--builder', 'legacy', '-0'], { cwd: home, env: env(home), stdin: input });
        assert.equal(docker.exitCode, 0, docker.stderr);
        assert.equal(ours.exitCode, 0, ours.stderr);
        const sent = docker.tar as Buffer;
        const listing = await listTarEntries(sent);
        const ctx = JSON.parse(ours.stdout).context;
        assert.equal(ctx.tarBytes, sent.length);
        assert.match(docker.stdout, new RegExp(`Sending build context to Docker daemon\\s+${ctx.dockerFigure.replace('.', '\\.')}`));
        assert.deepEqual(ls.stdoutBytes.toString('latin1').split('\0').filter((x) => x !== ''), listing.entries.map((e) => e.name));
        assert.equal(listing.entries[0].size, input.length);
        // --compress: the Dockerfile's mtime is docker's build time, so ctx-audit gives a range for
        // builds from now on; docker runs after it, as a user's build would.
        const z = JSON.parse((await runProcess(process.execPath, [cliBin, '-', '--builder', 'legacy', '--format', 'json', '--fail-on', 'never', '--compress'], { cwd: home, env: env(home), stdin: input })).stdout).context.compressed;
        const gz = await captureUpload({ context: '-', cwd: home, stdin: input, extraArgs: ['--compress'] });
        const body = gz.tar as Buffer;
        assert.ok(goGzipSync(gunzipSync(body)).equals(body), "our gzip of docker's tar is docker's gzip");
        assert.ok(z.bytes <= body.length && body.length <= z.bytesMax, `docker sent ${body.length} compressed bytes, outside ${z.bytes}..${z.bytesMax}`);
      } finally {
        rmSync(home, { recursive: true, force: true });
      }
    });
  }

  // An archive on stdin: test/differential/archive-context.test.ts.

  for (let i = 0; i < CASES; i++) {
    if (ONLY && !ONLY.includes(i)) continue;
    it(`case ${i}`, { timeout: 120_000 }, async () => {
      const c = makeCase(i);
      const built = buildCase(c);
      const home = mkdtempSync(join(tmpdir(), 'ctx-audit-stdin-home-'));
      const repro = `CTX_AUDIT_SEED=${SEED} CTX_AUDIT_CASE=${i} (files ${[...c.files.keys()].join(' ')}; .dockerignore ${JSON.stringify(c.dockerignore)}; Dockerfile ${c.dockerfile.length} bytes)`;
      const hadIgnoreFile = c.dockerignore !== null;
      try {
        const docker = await captureUpload({ context: '.', dockerfile: '-', cwd: built.ctx, stdin: c.dockerfile });
        assert.equal(docker.exitCode, 0, `${repro}: docker failed: ${docker.stderr}`);
        const sent = docker.tar as Buffer;
        assert.match(docker.query?.get('dockerfile') ?? '', RANDOM, `${repro}: docker names the injected Dockerfile`);
        const listing = await listTarEntries(sent);
        const run = (args: string[]) => runProcess(process.execPath, [cliBin, ...args], { cwd: built.ctx, env: env(home), stdin: c.dockerfile, timeoutMs: 60_000 });
        stats.cases++;
        if (hadIgnoreFile) stats.withIgnoreFile++;

        // Entries: the same list, the appended tail compared as a set (docker's map order varies).
        const ls = await run(['ls', '.', '--builder', 'legacy', '-0', '-f', '-']);
        assert.equal(ls.exitCode, 0, `${repro}: ls: ${ls.stderr}`);
        const k = hadIgnoreFile ? 1 : 2;
        const mask = (xs: string[]) => xs.map((n) => (RANDOM.test(n) || n === '.dockerfile.<random>' ? '.dockerfile.<random>' : n));
        const tailSorted = (xs: string[]) => [...xs.slice(0, xs.length - k), ...xs.slice(xs.length - k).sort()];
        const ours = ls.stdoutBytes.toString('latin1').split('\0').filter((x) => x !== '');
        assert.deepEqual(tailSorted(mask(ours)), tailSorted(mask(listing.entries.map((e) => e.name))), `${repro}: entry list`);

        // Bytes: docker's length is one of the totals we report.
        const json = await run(['.', '--builder', 'legacy', '--format', 'json', '--fail-on', 'never', '-f', '-', ...(c.compress ? ['--compress'] : [])]);
        assert.equal(json.exitCode, 0, `${repro}: json: ${json.stderr}`);
        const ctx = JSON.parse(json.stdout).context;
        assert.ok([ctx.tarBytes, ...ctx.tarBytesAlternatives].includes(sent.length), `${repro}: docker sent ${sent.length}, we report ${ctx.tarBytes} ${ctx.tarBytesAlternatives}`);
        assert.equal(ctx.dockerfile, '-');
        assert.equal(ctx.endMarker, false);

        // The tar itself, with the random name and time set equal on both sides.
        const out = join(home, 'ours.tar');
        const tar = await run(['tar', '.', '-f', '-', '-o', out]);
        assert.equal(tar.exitCode, 0, `${repro}: tar: ${tar.stderr}`);
        const oursTar = readFileSync(out);
        const oursListing = await listTarEntries(oursTar);
        const sameOrder = JSON.stringify(mask(oursListing.entries.map((e) => e.name))) === JSON.stringify(mask(listing.entries.map((e) => e.name)));
        if (sameOrder) {
          const a = normalize(sent, listing, hadIgnoreFile);
          const b = normalize(oursTar, oursListing, hadIgnoreFile);
          if (!a.equals(b)) {
            let at = 0;
            while (at < a.length && a[at] === b[at]) at++;
            assert.fail(`${repro}: tar differs from docker's at byte ${at} (ours ${b.length}, docker ${a.length})`);
          }
          stats.byteEqual++;
        } else {
          assert.ok([ctx.tarBytes, ...ctx.tarBytesAlternatives].includes(oursTar.length));
          stats.otherOrder++;
        }

        if (c.compress) {
          const z = ctx.compressed;
          const gz = await captureUpload({ context: '.', dockerfile: '-', cwd: built.ctx, stdin: c.dockerfile, extraArgs: ['--compress'] });
          assert.equal(gz.exitCode, 0, gz.stderr);
          const body = gz.tar as Buffer;
          assert.ok(goGzipSync(gunzipSync(body)).equals(body), `${repro}: our gzip of docker's -f - tar is docker's gzip`);
          assert.equal(z.exact, false);
          assert.ok(z.bytes <= body.length && body.length <= z.bytesMax, `${repro}: docker sent ${body.length} compressed bytes, outside ${z.bytes}..${z.bytesMax}`);
          stats.compressed++;
        }
      } finally {
        rmSync(built.root, { recursive: true, force: true });
        rmSync(home, { recursive: true, force: true });
      }
    });
  }
});
