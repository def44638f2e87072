// Differential test: ctx-audit against the real docker CLI (legacy builder) on every shared vector
// and on a seeded stream of random contexts. docker is the oracle; ctx-audit must agree byte for
// byte: entry list (`ls -0`), predicted size (`--format json`), and the tar itself (`tar -o`).
//
//   CTX_AUDIT_SEED=<uint32>      reproduce a run (the seed is printed at the start)
//   CTX_AUDIT_DIFF_CASES=<n>     number of random cases (default 200)
//   CTX_AUDIT_CASE=<i>[,<j>…]    run only these random case indexes (with the same seed)
//   CTX_AUDIT_CLI=<path.js>      run another implementation of the CLI contract instead of
//                                bin/ctx-audit.js (used to test this harness itself)
import { mulberry32 } from '../helpers/prng.js';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { captureUpload, findDocker, lastLine, runProcess, type CaptureResult } from '../helpers/docker-oracle.js';
import { listTarEntries, type TarListing } from '../helpers/tar-entries.js';
import {
  buildTree,
  bytesToText,
  errorVectorShape,
  loadErrorVectors,
  loadVectors,
  makeScratchDir,
  runsAsNobody,
  textToBytes,
  type BuiltTree,
  type TreeShape,
} from '../helpers/trees.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cliBin = process.env.CTX_AUDIT_CLI ?? join(repoRoot, 'bin', 'ctx-audit.js');

// Neither the oracle nor the CLI may be silently absent: a missing piece fails the whole file.
findDocker();
if (process.env.CTX_AUDIT_CLI === undefined && !existsSync(join(repoRoot, 'dist', 'ctx-audit.mjs'))) {
  throw new Error('dist/ctx-audit.mjs is missing: run `npm run build` before the differential tests');
}

const SEED = process.env.CTX_AUDIT_SEED ? Number(process.env.CTX_AUDIT_SEED) >>> 0 : (Math.random() * 2 ** 32) >>> 0;
const CASES = Number(process.env.CTX_AUDIT_DIFF_CASES ?? 200);
const ONLY = process.env.CTX_AUDIT_CASE?.split(',').map(Number);
console.log(`differential: CTX_AUDIT_SEED=${SEED} CTX_AUDIT_DIFF_CASES=${CASES}`);

// ---------------------------------------------------------------------------------------------
// One case: a tree, an optional -f, and how docker/ctx-audit are invoked.

interface DiffCase {
  label: string;
  shape: TreeShape;
  /** Path under the context (or '../x' outside it); passed relative when `relativeF`. */
  dockerfile?: string;
  relativeF?: boolean;
  runAsNobody?: boolean;
  /**
   * Run the audit with CTX_AUDIT_PARALLEL=always: the walk shares the tree with the background
   * worker from the first directory on, so small random trees exercise that path against docker too.
   */
  parallel?: boolean;
  /** Reproduction hint printed on failure. */
  repro: string;
}

/** A byte string shown readably: UTF-8 text where valid, \xNN escapes for the rest. */
function show(bytes: string): string {
  const buf = Buffer.from(bytes, 'latin1');
  const text = buf.toString('utf8');
  const valid = Buffer.from(text, 'utf8').equals(buf);
  let out = '';
  for (const ch of valid ? text : bytes) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x20 || c === 0x7f || (!valid && c >= 0x80)) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else if (ch === '\\') out += '\\\\';
    else out += ch;
  }
  return out;
}

function describeTree(c: DiffCase): string {
  const s = c.shape;
  const toB = s.nameEncoding === 'bytes' ? (x: string) => x : textToBytes;
  const lines: string[] = [];
  for (const d of s.dirs ?? []) lines.push(`  dir   ${show(toB(d))}`);
  for (const f of s.files) lines.push(`  file  ${show(toB(f))}${s.modes?.[f] !== undefined ? ` (mode ${s.modes[f].toString(8)})` : ''}`);
  for (const [l, t] of Object.entries(s.symlinks ?? {})) lines.push(`  link  ${show(toB(l))} -> ${show(toB(t))}`);
  for (const [n, e] of Object.entries(s.hardlinks ?? {})) lines.push(`  hard  ${show(toB(n))} => ${show(toB(e))}`);
  for (const [n, m] of Object.entries(s.modes ?? {})) if (!s.files.includes(n)) lines.push(`  chmod ${show(toB(n))} ${m.toString(8)}`);
  const di = s.dockerignore;
  const diText =
    di === null || di === undefined
      ? '(none)'
      : (typeof di === 'string' ? textToBytes(di) : di.toString('latin1'))
          .split('\n')
          .map((l) => `  |${show(l)}`)
          .join('\n');
  return [
    `tree (${lines.length} entries):`,
    ...lines.sort(),
    `.dockerignore:`,
    diText,
    `-f: ${c.dockerfile ?? '(none)'}${c.relativeF ? ' (relative, cwd = context)' : ''}`,
  ].join('\n');
}

/** A small LCS diff of two entry lists ('-' docker only, '+' ctx-audit only). */
function diffLists(expected: string[], actual: string[]): string {
  const n = expected.length;
  const m = actual.length;
  const dp: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      dp[i][j] = expected[i] === actual[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && expected[i] === actual[j]) out.push(`    ${show(expected[i++])}`), j++;
    else if (j < m && (i === n || dp[i][j + 1] >= dp[i + 1][j])) out.push(`  + ${show(actual[j++])}`);
    else out.push(`  - ${show(expected[i++])}`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Running ctx-audit.

const cliEnv = (home: string, parallel = false): Record<string, string> => ({
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: home,
  NO_COLOR: '1',
  CTX_AUDIT_PARALLEL: parallel ? 'always' : 'never',
});

/**
 * The CLI beside docker on the same case. Cases put the Dockerfile outside the context (R40) and
 * even at /etc/passwd, which docker reads: --allow-outside-repo lets ctx-audit read what docker reads.
 */
async function runCli(args: string[], cwd: string, home: string, runAsNobody: boolean, parallel = false) {
  return runProcess(process.execPath, [cliBin, ...args, '--allow-outside-repo'], { cwd, env: cliEnv(home, parallel), runAsNobody, timeoutMs: 60_000 });
}

/** `ls -0` output: NUL-terminated (or -separated) byte-string names. */
function splitNul(buf: Buffer): string[] {
  const parts = buf.toString('latin1').split('\0');
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

const RANDOM_DOCKERFILE = /^\.dockerfile\.[0-9a-f]{20}$/;

/**
 * R40: with the Dockerfile outside the context, docker appends `.dockerfile.<random>` (and a
 * `.dockerignore` when there was none) in a random order and truncates the stream. Returns the
 * number of appended entries and the two possible totals.
 */
function r40Totals(listing: TarListing, hadIgnoreFile: boolean): { appended: number; totals: Set<number> } {
  const appended = hadIgnoreFile ? 1 : 2;
  const n = listing.entries.length;
  const tail = listing.entries.slice(n - appended);
  const base = tail[0].offset;
  const pad = (x: number) => Math.ceil(x / 512) * 512;
  if (appended === 1) return { appended, totals: new Set([base + 512 + tail[0].size]) };
  const [a, b] = tail;
  // Each order: the first appended entry is padded, the last is not (R40 step 4).
  return { appended, totals: new Set([base + 512 + pad(a.size) + 512 + b.size, base + 512 + pad(b.size) + 512 + a.size]) };
}

function maskRandom(names: string[]): string[] {
  return names.map((n) => (RANDOM_DOCKERFILE.test(n) ? '.dockerfile.<random>' : n));
}

/** What the random cases exercised, printed at the end so a weak generator is visible in CI logs. */
const stats = { cases: 0, uploads: 0, dockerErrors: new Map<string, number>(), r40: 0, dashF: 0, pax: 0, truncated: 0, entries: 0 };

/** Runs docker and ctx-audit on one case; returns a list of mismatch descriptions (empty = agree). */
async function compareCase(c: DiffCase): Promise<{ problems: string[]; docker: CaptureResult; tree: BuiltTree; listing: TarListing | null }> {
  const tree = buildTree(c.shape);
  const scratch = makeScratchDir();
  const problems: string[] = [];
  let listing: TarListing | null = null;
  try {
    const fArg =
      c.dockerfile === undefined ? undefined : c.relativeF ? c.dockerfile : join(tree.ctx, c.dockerfile);
    const cwd = tree.ctx;
    const fArgs = fArg === undefined ? [] : ['-f', fArg];
    const nobody = c.runAsNobody ?? false;
    const docker = await captureUpload({ context: tree.ctx, dockerfile: fArg, cwd, runAsNobody: nobody });
    const isR40 = docker.query?.get('dockerfile')?.startsWith('.dockerfile.') ?? false;
    stats.cases++;
    if (c.dockerfile !== undefined) stats.dashF++;
    if (isR40) stats.r40++;
    if (docker.exitCode !== 0) {
      const key = lastLine(docker.stderr).replace(tree.ctx, '<ctx>').replace(/'<ctx>\/.*'/, "'<ctx>/…'");
      stats.dockerErrors.set(key, (stats.dockerErrors.get(key) ?? 0) + 1);
    }

    const ls = await runCli(['ls', tree.ctx, '--builder', 'legacy', '-0', ...fArgs], cwd, scratch.dir, nobody);
    const json = await runCli(
      [tree.ctx, '--builder', 'legacy', '--format', 'json', '--fail-on', 'never', ...fArgs],
      cwd,
      scratch.dir,
      nobody,
      c.parallel ?? false,
    );
    const outPath = join(scratch.dir, 'ctx.tar');
    const tar = await runCli(['tar', tree.ctx, '--builder', 'legacy', '-o', outPath, ...fArgs], cwd, scratch.dir, nobody);

    if (docker.exitCode !== 0) {
      // docker failed before uploading: ctx-audit must refuse the same way, with the same message.
      const want = lastLine(docker.stderr);
      for (const [name, r] of [['ls', ls], ['json', json], ['tar', tar]] as const) {
        if (r.exitCode !== 2) problems.push(`${name}: exit ${r.exitCode}, expected 2 (docker exited ${docker.exitCode}: ${want})\n  stderr: ${r.stderr.trim()}`);
        else if (!r.stderr.includes(want)) problems.push(`${name}: stderr does not contain docker's error\n  docker:    ${want}\n  ctx-audit: ${r.stderr.trim()}`);
        else if (r.stderr.trim().includes('\n')) problems.push(`${name}: stderr should be one line, got:\n${r.stderr}`);
      }
      return { problems, docker, tree, listing };
    }
    if (!docker.tar) throw new Error(`docker exited 0 without uploading:\n${docker.stderr}`);
    listing = await listTarEntries(docker.tar);
    stats.uploads++;
    stats.entries += listing.entries.length;
    if (listing.entries.some((e) => e.isPax)) stats.pax++;
    if (listing.truncated) stats.truncated++;
    const dockerNames = listing.entries.map((e) => e.name);

    // 1. ls -0
    if (ls.exitCode !== 0) problems.push(`ls: exit ${ls.exitCode}\n  stderr: ${ls.stderr.trim()}`);
    else {
      const got = splitNul(ls.stdoutBytes);
      let expected = dockerNames;
      let actual = got;
      if (isR40) {
        // Appended entries come in a random order (R40 step 3): compare them as a sorted tail.
        const k = r40Totals(listing, c.shape.dockerignore !== null && c.shape.dockerignore !== undefined).appended;
        const sortTail = (xs: string[]) => [...xs.slice(0, xs.length - k), ...xs.slice(xs.length - k).sort()];
        expected = sortTail(maskRandom(dockerNames));
        actual = sortTail(maskRandom(got).map((n) => (n.startsWith('.dockerfile.') ? '.dockerfile.<random>' : n)));
      }
      if (JSON.stringify(expected) !== JSON.stringify(actual)) {
        problems.push(`ls: entry list differs (- docker only, + ctx-audit only):\n${diffLists(expected, actual)}`);
      }
    }

    // 2. --format json: context.tarBytes
    const allowedTotals = isR40
      ? r40Totals(listing, c.shape.dockerignore !== null && c.shape.dockerignore !== undefined).totals
      : new Set([docker.tar.length]);
    if (json.exitCode !== 0) problems.push(`json: exit ${json.exitCode}\n  stderr: ${json.stderr.trim()}`);
    else {
      let tarBytes: unknown;
      try {
        tarBytes = (JSON.parse(json.stdout) as { context?: { tarBytes?: unknown } }).context?.tarBytes;
      } catch (e) {
        problems.push(`json: stdout is not JSON (${(e as Error).message}): ${json.stdout.slice(0, 200)}`);
      }
      if (tarBytes !== undefined && !(typeof tarBytes === 'number' && allowedTotals.has(tarBytes))) {
        problems.push(`json: context.tarBytes = ${String(tarBytes)}, docker sent ${[...allowedTotals].join(' or ')}`);
      }
    }

    // 3. --format json: the ten largest files and heaviest directories, with the bytes each takes in
    // docker's upload (headers, PAX records, padded data; a directory with everything below it).
    if (json.exitCode === 0 && !isR40 && listing.endMarker && !listing.truncated) {
      const tops = topsFromUpload(listing, docker.tar.length);
      try {
        const ctx = (JSON.parse(json.stdout) as { context: { largestFiles: unknown; heaviestDirectories: unknown } }).context;
        for (const [key, want] of [['largestFiles', tops.largestFiles], ['heaviestDirectories', tops.heaviestDirectories]] as const) {
          if (JSON.stringify(ctx[key]) !== JSON.stringify(want)) problems.push(`json: context.${key} differs from docker's upload\n  docker:    ${JSON.stringify(want)}\n  ctx-audit: ${JSON.stringify(ctx[key])}`);
        }
      } catch (e) {
        problems.push(`json: ${(e as Error).message}`);
      }
    }

    // 4. tar -o: byte-identical, except R40 whose bytes are random (sizes compared instead).
    if (tar.exitCode !== 0) problems.push(`tar: exit ${tar.exitCode}\n  stderr: ${tar.stderr.trim()}`);
    else if (!existsSync(outPath)) problems.push('tar: exited 0 but wrote no file');
    else {
      const ours = readFileSync(outPath);
      if (isR40) {
        if (!allowedTotals.has(ours.length)) problems.push(`tar: ${ours.length} bytes, docker sent ${[...allowedTotals].join(' or ')}`);
      } else if (!ours.equals(docker.tar)) {
        problems.push(`tar: bytes differ from docker's upload\n${describeByteDiff(docker.tar, ours, listing)}`);
      }
    }
    return { problems, docker, tree, listing };
  } catch (e) {
    // On success the caller removes the tree after reporting; on a crash nobody else will.
    tree.cleanup();
    throw e;
  } finally {
    scratch.cleanup();
  }
}

interface Figure {
  path: string;
  tarBytes: number;
  contentBytes: number;
  files: number;
}

/**
 * The report's `largestFiles` and `heaviestDirectories` worked out from docker's upload alone: an
 * entry takes the bytes from its first header to the next entry's (the last one: to the two
 * zero blocks that end the stream); a directory weighs its own entry plus every entry below it.
 * Ten of each, heaviest first, ties in byte order of the path; paths as UTF-8 text.
 */
function topsFromUpload(listing: TarListing, uploadBytes: number): { largestFiles: Figure[]; heaviestDirectories: Figure[] } {
  const es = listing.entries;
  const end = uploadBytes - 1024;
  const bytes = es.map((e, k) => (k + 1 < es.length ? es[k + 1].offset : end) - e.offset);
  const files: Figure[] = [];
  const dirs: Figure[] = [];
  es.forEach((e, k) => {
    if (e.typeflag === '0') files.push({ path: e.name, tarBytes: bytes[k], contentBytes: e.size, files: 1 });
    if (e.typeflag !== '5') return;
    const dir = e.name.replace(/\/$/, '');
    const d: Figure = { path: dir, tarBytes: bytes[k], contentBytes: 0, files: 0 };
    es.forEach((x, j) => {
      if (!x.name.startsWith(dir + '/') || x.name === e.name) return;
      d.tarBytes += bytes[j];
      if (x.typeflag === '0') {
        d.contentBytes += x.size;
        d.files++;
      }
    });
    dirs.push(d);
  });
  const heaviest = (xs: Figure[]) =>
    [...xs]
      .sort((a, b) => b.tarBytes - a.tarBytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      .slice(0, 10)
      .map((f) => ({ ...f, path: Buffer.from(f.path, 'latin1').toString('utf8') }));
  return { largestFiles: heaviest(files), heaviestDirectories: heaviest(dirs) };
}

/** Where two tars first differ, named by the docker entry (and header field) it falls in. */
function describeByteDiff(docker: Buffer, ours: Buffer, listing: TarListing): string {
  const n = Math.min(docker.length, ours.length);
  let i = 0;
  while (i < n && docker[i] === ours[i]) i++;
  let where = 'after the last entry (trailer)';
  for (const e of listing.entries) if (e.offset <= i) where = `in entry ${show(e.name)} (entry starts at ${e.offset})`;
  const fields: [number, string][] = [
    [0, 'name'], [100, 'mode'], [108, 'uid'], [116, 'gid'], [124, 'size'], [136, 'mtime'], [148, 'chksum'],
    [156, 'typeflag'], [157, 'linkname'], [257, 'magic'], [263, 'version'], [265, 'uname'], [297, 'gname'],
    [329, 'devmajor'], [337, 'devminor'], [345, 'prefix'], [500, 'pad'],
  ];
  const inBlock = i % 512;
  const field = [...fields].reverse().find(([o]) => o <= inBlock)?.[1];
  const ctxBytes = (b: Buffer) => JSON.stringify(b.subarray(Math.max(0, i - 8), i + 24).toString('latin1'));
  return [
    `  lengths: docker ${docker.length}, ctx-audit ${ours.length}`,
    `  first difference at byte ${i}, ${where}; offset ${inBlock} in its 512-byte block (${field} if a header)`,
    `  docker:    ${ctxBytes(docker)}`,
    `  ctx-audit: ${ctxBytes(ours)}`,
  ].join('\n');
}

async function assertAgree(c: DiffCase): Promise<void> {
  const { problems, docker, tree, listing } = await compareCase(c);
  try {
    if (problems.length === 0) return;
    const dockerSide =
      docker.exitCode !== 0
        ? `docker exit ${docker.exitCode}: ${lastLine(docker.stderr)}`
        : `docker sent ${docker.tar?.length} bytes, ${listing?.entries.length} entries` +
          (listing && !listing.endMarker ? ' (no end marker)' : '');
    assert.fail(
      [
        `MISMATCH ${c.label}`,
        `  reproduce: ${c.repro}`,
        `  context: ${tree.ctx} (removed after the test)`,
        `  ${dockerSide}`,
        describeTree(c),
        ...problems,
      ].join('\n'),
    );
  } finally {
    tree.cleanup();
  }
}

// ---------------------------------------------------------------------------------------------
// The shared vectors, run through the oracle live (not compared against the stored numbers:
// oracle-sanity.test.ts does that).

describe('differential: shared vectors', { concurrency: 2 }, () => {
  for (const v of loadVectors()) {
    it(v.name, () =>
      assertAgree({
        label: `vector ${v.name}`,
        shape: { files: v.files, dirs: v.dirs, symlinks: v.symlinks, hardlinks: v.hardlinks, dockerignore: v.dockerignore },
        dockerfile: v.dockerfile,
        repro: `node scripts/run-tests.mjs differential  (vector "${v.name}" in test/fixtures/docker-vectors.json)`,
      }),
    );
  }
  for (const v of loadErrorVectors()) {
    it(`${v.name}${runsAsNobody(v) ? ' (as uid 65534)' : ''}`, () =>
      assertAgree({
        label: `error vector ${v.name}`,
        shape: errorVectorShape(v),
        runAsNobody: runsAsNobody(v),
        repro: `node scripts/run-tests.mjs differential  (vector "${v.name}" in test/fixtures/docker-error-vectors.json)`,
      }),
    );
  }
});

// ---------------------------------------------------------------------------------------------
// The randomized generator. Every case gets its own PRNG seeded from (SEED, index), so one case can
// be replayed alone with CTX_AUDIT_CASE.

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
}

const u = textToBytes; // generator names are byte strings
const isValidUtf8 = (bytes: string): boolean => textToBytes(bytesToText(bytes)) === bytes;
const ASCII_NAMES = [
  'a', 'b', 'c', 'A', 'B', 'x', 'src', 'lib', 'docs', 'test', 'node_modules', '.git', '.env', '.env.local',
  '.env.example', 'build', 'dist', 'tmp', 'cache', 'x.md', 'README.md', 'a.md', 'b.txt', 'a.txt', 'main.go',
  'index.ts', 'a b', 'with space', '-dash', '--x', '.hidden', 'a.b', 'a-b', 'a_b', 'a0', '~t', '_u', '#hash',
  '!bang', '[x]', 'q?', 'star*', 'back\\slash', 'Dockerfile.dev', 'dockerfile', 'keep.md', 'temp', 'tempa',
  'pkg', 'vendor', 'foo', 'foobar', 'foo.d', 'ab', 'ba', '1', '12', 'd', 'CAPS', 'x.log',
];
const UNICODE_NAMES = ['é', 'café.txt', 'été', '日本', 'ñ', 'Ω.md', 'emoji😀', 'Ünïcødé', 'ı'].map(u);
// Invalid UTF-8 names, as byte strings: a lone 0xff, a cut sequence, latin1-encoded é.
const INVALID_NAMES = ['\xff', 'bad\xc3', '\xe9t\xe9', 'x\x80y', '\xfe\xfe.md'];

function randomName(r: Rng): string {
  const roll = r.float();
  if (roll < 0.72) return r.pick(ASCII_NAMES);
  if (roll < 0.82) return r.pick(UNICODE_NAMES);
  if (roll < 0.87) return r.pick(INVALID_NAMES);
  if (roll < 0.93) {
    // Long names: around the 100-byte USTAR name field and its prefix split (R36, R37).
    return r.pick(['L', 'd', 'é']).repeat(r.int(40, 160)).slice(0, 200);
  }
  const chars = 'abcxyz0123._- ';
  let s = '';
  for (let i = r.int(1, 8); i > 0; i--) s += chars[r.int(0, chars.length - 1)];
  return s.trim() === '' || s === '.' || s === '..' ? 'z' + s : s;
}

const EXTRA_PATTERNS = [
  '*', '**', '*.md', '**/*.md', '**/*.txt', '.*', '!*.md', '**/node_modules', 'node_modules', '.git', '.env*',
  '!.env.example', 'Dockerfile', '.dockerignore', '!Dockerfile', '*/**', '**/', '***', 'temp?', '*/temp*',
  '[^a]*', '[!b]', '[a-c]*', '\\d', 'a\\.md', '**a', 'foo**', 'a**b', '/', '.', '../x', './', '!', '#', '!  a',
  // patternmatcher never escapes | { } (its escape bitmap drops bytes >= 64): RE2 alternation and
  // counted repetition reach the matcher; and filepath.Match stops checking after the first chunk
  // that fails to match "." (docker 28.2.2), so these malformed-looking globs are accepted.
  '[b]|a', '*|*.md', 'x{2}*', 'a{1,2}*', '{a,b}', '|', 'x*[]a]', 'x*\\',
];
const MALFORMED_PATTERNS = ['[', 'a[b', '[]a]', 'foo\\', '\\', '[z-a]', '\\q', '!', '[a-]', '[^]', '*.md\n![z-a]', 'a{2,1}', 'x{1001}', '*[]a]'];

function mutatePattern(r: Rng, path: string): string {
  let comps = path.split('/');
  if (comps.length > 1 && r.chance(0.4)) comps = comps.slice(0, r.int(1, comps.length - 1));
  const ci = r.int(0, comps.length - 1);
  let comp = comps[ci];
  const roll = r.float();
  if (roll < 0.15) comp = '*';
  else if (roll < 0.25 && comp.length > 0) {
    const k = r.int(0, comp.length - 1);
    comp = comp.slice(0, k) + '?' + comp.slice(k + 1);
  } else if (roll < 0.35 && comp.length > 0) {
    const k = r.int(0, comp.length - 1);
    const ch = comp[k];
    const cls = r.pick([`[${ch}x]`, `[^${ch}]`, `[!${ch}]`, '[a-z]', '[A-Z0-9]', `[${ch}-${ch}]`]);
    comp = comp.slice(0, k) + cls + comp.slice(k + 1);
  } else if (roll < 0.45) comp = comp.slice(0, Math.max(1, comp.length >> 1)) + '*';
  else if (roll < 0.5) comp = '*' + comp.slice(comp.length >> 1);
  comps[ci] = comp;
  let p = comps.join('/');
  if (r.chance(0.15)) p = '**/' + p;
  if (r.chance(0.1)) p = p + '/**';
  if (r.chance(0.05)) p = p + '/*';
  if (r.chance(0.05)) p = p.replace('/', '/**/');
  if (r.chance(0.1)) p = '/' + p;
  if (r.chance(0.1)) p = p + '/';
  if (r.chance(0.04)) p = './' + p;
  if (r.chance(0.3)) p = (r.chance(0.2) ? '! ' : '!') + p;
  if (r.chance(0.06)) p = r.pick([' ', '\t', '  ']) + p + r.pick(['', ' ', '\t']);
  return p;
}

function generateCase(index: number): DiffCase {
  const caseSeed = (Math.imul(SEED ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
  const r = new Rng(caseSeed);
  const files: string[] = [];
  const dirs: string[] = [];
  const symlinks: Record<string, string> = {};
  const hardlinks: Record<string, string> = {};
  const modes: Record<string, number> = {};
  const used = new Set<string>();
  const allPaths: string[] = [];

  const claim = (dir: string, name: string): string | null => {
    const p = dir === '' ? name : `${dir}/${name}`;
    // Keep paths within Linux limits and unique.
    if (used.has(p) || Buffer.byteLength(p, 'latin1') > 900 || name.length > 250) return null;
    used.add(p);
    allPaths.push(p);
    return p;
  };
  const grow = (dir: string, depth: number): void => {
    const count = dir === '' ? r.int(2, 8) : r.int(0, 5);
    for (let i = 0; i < count; i++) {
      const name = randomName(r);
      const roll = r.float();
      if (roll < 0.55) {
        const p = claim(dir, name);
        if (p === null) continue;
        files.push(p);
        if (r.chance(0.06)) modes[p] = r.pick([0o600, 0o755, 0o640, 0o4755, 0o2755, 0o000, 0o777]);
      } else if (roll < 0.85 || depth >= 4) {
        const p = claim(dir, name);
        if (p === null) continue;
        dirs.push(p);
        if (r.chance(0.05)) modes[p] = r.pick([0o700, 0o1777, 0o751]);
        if (depth < 4) grow(p, depth + 1);
      } else {
        const p = claim(dir, name);
        if (p === null) continue;
        const target = allPaths.length > 1 && r.chance(0.5)
          ? r.pick(allPaths)
          : r.pick(['nope', '/etc/passwd', '../outside', '.', 'é/x', 'T'.repeat(r.int(90, 130)), '\xff']);
        symlinks[p] = target;
      }
    }
  };
  grow('', 0);
  const dirsSet = new Set(dirs);
  const pickDir = (): string => (dirs.length === 0 || r.chance(0.4) ? '' : r.pick(dirs));

  // Hard links (R34): some to files that are later excluded, so the data moves to the next link.
  if (files.length > 0 && r.chance(0.2)) {
    const target = r.pick(files);
    for (let i = r.int(1, 2); i > 0; i--) {
      const p = claim(pickDir(), `${r.pick(['h', 'link', 'z'])}${i}`);
      if (p !== null) hardlinks[p] = target;
    }
  }

  // The Dockerfile: usually the root one, sometimes -f inside (R4, R23, R24), rarely outside (R40),
  // lowercase (R3) or missing.
  let dockerfile: string | undefined;
  let relativeF = false;
  const outside: Record<string, string> = {};
  const dfRoll = r.float();
  if (dfRoll < 0.8) {
    if (!used.has('Dockerfile')) files.push('Dockerfile'), used.add('Dockerfile'), allPaths.push('Dockerfile');
  } else if (dfRoll < 0.92) {
    // -f travels through argv, which Node encodes as UTF-8: keep its path valid UTF-8.
    const dir = pickDir();
    const p = claim(dir, r.pick(['Dockerfile.x', 'Dockerfile.dev', 'build.Dockerfile', 'Dockerfile']));
    if (p !== null && isValidUtf8(p)) {
      files.push(p);
      dockerfile = bytesToText(p);
      relativeF = r.chance(0.5);
    } else if (p === null && !used.has('Dockerfile')) files.push('Dockerfile'), used.add('Dockerfile');
    if (r.chance(0.5) && !used.has('Dockerfile')) files.push('Dockerfile'), used.add('Dockerfile');
  } else if (dfRoll < 0.96) {
    outside['Dockerfile.out'] = 'FROM scratch\n';
    dockerfile = '../Dockerfile.out';
    relativeF = true;
  } else if (dfRoll < 0.99) {
    if (!used.has('dockerfile')) files.push('dockerfile'), used.add('dockerfile'), allPaths.push('dockerfile');
  }
  // else: no Dockerfile at all (R3 error), unless a random name happened to be one.

  // .dockerignore
  let dockerignore: Buffer | null = null;
  if (r.chance(0.85)) {
    const lines: string[] = [];
    for (let i = r.int(0, 8); i > 0; i--) {
      const roll = r.float();
      if (roll < 0.55 && allPaths.length > 0) lines.push(mutatePattern(r, r.pick(allPaths)));
      else if (roll < 0.8) lines.push(r.pick(EXTRA_PATTERNS));
      else if (roll < 0.9) lines.push(r.pick(['# comment', '#*', ' # not a comment', '']));
      else if (roll < 0.95) lines.push(r.pick(['', '   ', '\t']));
      else if (r.chance(0.4)) lines.push(r.pick(MALFORMED_PATTERNS));
      else lines.push(r.pick(EXTRA_PATTERNS));
    }
    const eol = r.chance(0.15) ? '\r\n' : '\n';
    let text = lines.join(eol);
    if (lines.length > 0 && r.chance(0.8)) text += eol;
    if (r.chance(0.03)) text = '\xef\xbb\xbf' + text; // UTF-8 BOM (R9), as bytes
    dockerignore = Buffer.from(text, 'latin1');
  }

  // Keep only modes for paths that exist as files/dirs (a symlink claim may share a name).
  for (const p of Object.keys(modes)) if (!files.includes(p) && !dirsSet.has(p)) delete modes[p];

  const shape: TreeShape = {
    files,
    dirs,
    symlinks,
    hardlinks,
    modes,
    outside,
    dockerignore,
    nameEncoding: 'bytes',
    // Sometimes the context lives under a non-ASCII directory (a home like /home/josé): every path
    // ctx-audit joins under the root must carry the root's UTF-8 bytes, not its characters.
    ...(r.chance(0.2) ? { parentDir: r.pick(['josé', '日本 dir', 'Ünïcødé']) } : {}),
  };
  return {
    label: `random case #${index} (seed ${SEED})`,
    shape,
    dockerfile,
    relativeF,
    parallel: index % 2 === 1,
    repro: `CTX_AUDIT_SEED=${SEED} CTX_AUDIT_CASE=${index} node scripts/run-tests.mjs differential`,
  };
}

after(() => {
  const errors = [...stats.dockerErrors].map(([m, n]) => `    ${n} × ${m}`).join('\n');
  console.log(
    [
      `differential summary (CTX_AUDIT_SEED=${SEED}): ${stats.cases} cases (vectors + random), ${stats.uploads} uploads ` +
        `(${stats.entries} entries; ${stats.pax} with PAX headers; ${stats.truncated} truncated), ` +
        `${stats.dashF} with -f, ${stats.r40} with the Dockerfile outside the context (R40)`,
      `  docker errors:${errors === '' ? ' none' : '\n' + errors}`,
    ].join('\n'),
  );
});

describe(`differential: ${CASES} random contexts (CTX_AUDIT_SEED=${SEED})`, { concurrency: 2 }, () => {
  const indexes = ONLY ?? Array.from({ length: CASES }, (_, i) => i);
  for (const i of indexes) {
    it(`case #${i}`, () => assertAgree(generateCase(i)));
  }
});
