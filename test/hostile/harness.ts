// The torture harness: run the built ctx-audit on a hostile tree in every format plus `ls` and `tar`,
// never waiting forever, and prove that no output format is broken, that failures are one clear
// line with exit 2, and that the tree is byte-for-byte what it was before.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { runProcess, type RunResult } from '../helpers/docker-oracle.js';

export const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(REPO, 'bin', 'ctx-audit.js');
if (!fs.existsSync(join(REPO, 'dist', 'ctx-audit.mjs'))) throw new Error('dist/ctx-audit.mjs is missing: run `npm run build` before the hostile tests');

/** A fresh temp dir reachable (and, for scratch use, writable) by uid 65534. */
export function tempRoot(prefix = 'ctx-audit-hostile-'): { root: string; cleanup(): void } {
  const root = fs.realpathSync(fs.mkdtempSync(join(tmpdir(), prefix)));
  fs.chmodSync(root, 0o755);
  return {
    root,
    cleanup: () => {
      spawnChmodAll(root);
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

function spawnChmodAll(root: string): void {
  // Paths deeper than PATH_MAX cannot be removed by absolute path: `rm -rf` walks relatively.
  runSync('chmod', ['-R', 'u+rwx', root]);
  runSync('rm', ['-rf', root]);
}

function runSync(cmd: string, args: string[]): void {
  spawnSync(cmd, args, { stdio: 'ignore' });
}

export interface Run extends RunResult {
  args: string[];
  hung: boolean;
}

const HANG_MS = 30_000;

/** Runs the built CLI; a run that outlives HANG_MS is killed and reported as hung (not thrown). */
export async function ctxAudit(args: string[], opts: { cwd: string; nobody?: boolean; home: string; env?: Record<string, string> }): Promise<Run> {
  try {
    const r = await runProcess(process.execPath, [BIN, ...args], {
      cwd: opts.cwd,
      env: { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: opts.home, NO_COLOR: '1', ...opts.env },
      timeoutMs: HANG_MS,
      runAsNobody: opts.nobody,
    });
    return { ...r, args, hung: false };
  } catch (e) {
    if (/timed out/.test(String(e))) return { exitCode: -1, stdout: '', stdoutBytes: Buffer.alloc(0), stderr: String(e), args, hung: true };
    throw e;
  }
}

// ---- tree snapshots -----------------------------------------------------------------------

const CONTENT_HASH_LIMIT = 64 * 1024 * 1024; // the 10 GB sparse file is compared by size and times

/** Names, types, modes, sizes, mtimes, ctimes and contents of everything under `root` (as root). */
export function snapshotTree(root: string): string {
  const h = createHash('sha256');
  const walk = (dir: Buffer, depth: number): void => {
    let names: Buffer[];
    try {
      names = (fs.readdirSync(dir, { encoding: 'buffer' }) as Buffer[]).sort(Buffer.compare);
    } catch (e) {
      h.update(`unlistable ${(e as NodeJS.ErrnoException).code}\n`);
      return;
    }
    for (const n of names) {
      const p = Buffer.concat([dir, Buffer.from('/'), n]);
      let st: fs.BigIntStats;
      try {
        st = fs.lstatSync(p, { bigint: true });
      } catch (e) {
        h.update(n).update(` lstat ${(e as NodeJS.ErrnoException).code}\n`);
        continue;
      }
      h.update(n).update(`\0${depth}:${st.mode}:${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.nlink}\n`);
      if (st.isDirectory()) walk(p, depth + 1);
      else if (st.isSymbolicLink()) h.update(fs.readlinkSync(p, { encoding: 'buffer' }));
      else if (st.isFile() && st.size <= BigInt(CONTENT_HASH_LIMIT)) h.update(fs.readFileSync(p));
    }
  };
  walk(Buffer.from(root), 0);
  return h.digest('hex');
}

// ---- output checks ------------------------------------------------------------------------

export const AUDIT_FORMATS = ['table', 'json', 'sarif', 'github', 'markdown'] as const;

let htmlSupported: boolean | null = null;
/** html joins the formats once the CLI accepts it. */
export async function formats(home: string): Promise<string[]> {
  if (htmlSupported === null) {
    const r = await ctxAudit(['--help'], { cwd: home, home });
    htmlSupported = /\bhtml\b/.test(r.stdout);
  }
  return htmlSupported ? [...AUDIT_FORMATS, 'html'] : [...AUDIT_FORMATS];
}

/** One clear line on stderr, exit 2, no stack trace, no internal error, no raw control bytes. */
export function assertCleanFailure(r: Run, label: string): void {
  assert.equal(r.exitCode, 2, `${label}: exit ${r.exitCode}\n${r.stderr}`);
  const err = r.stderr.replace(/\n$/, '');
  assert.ok(!err.includes('\n'), `${label}: stderr must be one line:\n${r.stderr}`);
  assert.match(err, /^ctx-audit: /, label);
  assert.doesNotMatch(err, /internal error|\n\s+at /, label);
  assert.doesNotMatch(err, /[\x00-\x1f\x7f]/, `${label}: raw control byte in ${JSON.stringify(err)}`);
}

/** Control bytes allowed in human formats: newline only (names must arrive escaped). */
const RAW_CONTROL = /[\x00-\x09\x0b-\x1f\x7f]/;

/** Validates one audit run's output for its format; `rawNames` are fragments that must never appear unescaped. */
export function assertFormatIntact(format: string, r: Run, rawNames: readonly string[], label: string): void {
  assert.ok(!r.hung, `${label}: hung`);
  if (r.exitCode === 2) return assertCleanFailure(r, label);
  assert.ok(r.exitCode === 0 || r.exitCode === 1, `${label}: exit ${r.exitCode}\n${r.stderr}`);
  assert.doesNotMatch(r.stderr, /internal error/, label);
  const out = r.stdout;
  switch (format) {
    case 'json': {
      const doc = JSON.parse(out);
      assert.equal(doc.schemaVersion, 1, label);
      break;
    }
    case 'sarif': {
      const doc = JSON.parse(out);
      assert.equal(doc.version, '2.1.0', label);
      break;
    }
    case 'github':
      for (const line of out.split('\n').filter((l) => l !== '')) {
        assert.match(line, /^::(error|warning|notice)( [^\r\n]*)?::[^\r\n]*$/, `${label}: ${JSON.stringify(line)}`);
        assert.doesNotMatch(line, RAW_CONTROL, `${label}: ${JSON.stringify(line)}`);
      }
      break;
    default:
      assert.doesNotMatch(out, RAW_CONTROL, `${label}: raw control byte`);
  }
  if (format !== 'json' && format !== 'sarif') {
    // Markup (`<img ...>`) only matters where it would be rendered. Markdown may carry it verbatim
    // inside a code span, where it is inert: render it as GitHub does (CommonMark + GFM, raw HTML
    // allowed) and require that no element from a name survives.
    const fragments = format === 'html' ? rawNames : rawNames.filter((f) => !f.startsWith('<'));
    for (const raw of fragments) assert.ok(!out.includes(raw), `${label}: raw name fragment ${JSON.stringify(raw)} in output`);
    if (format === 'markdown') {
      const rendered = micromark(out, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
      for (const raw of rawNames.filter((f) => f.startsWith('<'))) assert.ok(!rendered.includes(raw), `${label}: markup ${JSON.stringify(raw)} survives rendering`);
    }
  }
}

/** `ls` (escaped, one entry per line) must carry no raw control byte either. */
export function assertLsIntact(r: Run, label: string): void {
  assert.ok(!r.hung, `${label}: hung`);
  if (r.exitCode === 2) return assertCleanFailure(r, label);
  assert.equal(r.exitCode, 0, `${label}: ${r.stderr}`);
  assert.doesNotMatch(r.stdout, RAW_CONTROL, `${label}: raw control byte in ls output`);
}

export function splitNul(buf: Buffer): string[] {
  return buf.toString('latin1').split('\0').filter((n) => n !== '');
}
