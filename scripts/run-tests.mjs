// Runs the test files under test/ with node:test (TypeScript through tsx), several files at once.
// Node 20's --test does not expand globs itself, so we list the files here.
//
// Usage: node scripts/run-tests.mjs [--quick] [--jobs N] [substring-filter...]
//   --quick   the edit loop: unit and end-to-end tests only. Leaves out every file that needs a
//             daemon or an external tool: the docker CLI against its stub daemon (differential,
//             hostile, fuzz of the matcher, why/suggest checked against docker), a real BuildKit,
//             Chromium, the SARIF Multitool, pre-commit, npm pack.
//   --jobs N  test files run at once (default: one per CPU). Each file is its own process.
//   --list    print the files that would run, heaviest first, and exit.
//   CTX_AUDIT_TEST_JOBS=N does the same as --jobs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) collect(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/**
 * A file belongs to the full suite only when it lives with the daemon-backed suites or uses one of
 * the heavy harnesses or tools. Read from the file itself, so a new test lands in the right suite.
 */
const HEAVY_DIRS = ['test/differential/', 'test/hostile/', 'test/buildkit-oracle/', 'test/buildkit/'];
const HEAVY_USES = [
  /helpers\/docker-oracle/, // the docker CLI and its stub daemon
  /helpers\/suggest-keeps/, // checks suggestions against the docker CLI's upload
  /buildkit-oracle|setup-buildkit|dockerd/, // a real BuildKit
  /helpers\/sarif-multitool/, // the .NET SARIF Multitool
  /playwright-core/, // Chromium
  /requireTool\('pre-commit'/, // pre-commit
  /\bnpm', \['pack'/, // npm pack and an install
];
function heavy(file) {
  const posix = file.split('\\').join('/');
  if (HEAVY_DIRS.some((d) => posix.startsWith(d))) return true;
  const text = readFileSync(file, 'utf8');
  return HEAVY_USES.some((re) => re.test(text));
}

const args = process.argv.slice(2);
let quick = false;
let list = false;
let jobs = Number(process.env.CTX_AUDIT_TEST_JOBS) || availableParallelism();
const filters = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--quick') quick = true;
  else if (args[i] === '--list') list = true;
  else if (args[i] === '--jobs') jobs = Number(args[++i]);
  else filters.push(args[i]);
}
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error('run-tests: --jobs expects a positive whole number');
  process.exit(2);
}

let files = collect('test', []).filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));
if (quick) files = files.filter((f) => !heavy(f));
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
// The heavy files start first: with several files at once, the long ones should not be the last
// to begin (the suite's time is then about the longest file's, not the sum of the stragglers).
files.sort((a, b) => Number(heavy(b)) - Number(heavy(a)));
if (list) {
  for (const f of files) console.log(`${heavy(f) ? 'full ' : 'quick'} ${f}`);
  process.exit(0);
}

const started = Date.now();
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${jobs}`, '--test-reporter=spec', ...files], { stdio: 'inherit' });
console.log(`run-tests: ${files.length} files${quick ? ' (quick: no daemons or external tools)' : ''}, ${jobs} at a time, ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(r.status ?? 1);
