// The performance benchmark (issue 6). Not part of the test suite; `npm run bench` builds first.
//
//   node scripts/bench.mjs [--reps N] [--huge] [--only synthetic,monorepo,node,huge] [--keep] [--workdir DIR]
//
// Builds its inputs in a temp dir from a fixed seed:
//   (a) synthetic: ~100k files in ~10k dirs at depth 3-12, sparse files of mixed sizes, a .dockerignore with exceptions
//   (b) huge (--huge): the same shape at 1M files / 100k dirs
//   (m) monorepo: a documenso-like JS monorepo (apps, packages, node_modules, .next, .env) for suggest
//   (c) node: a real `npm install` of a dozen popular packages + `git init` and one commit, measured
//       with no .dockerignore and with a typical one
// For each context it measures, alternating the order every repetition (warm cache, one warm-up round
// first): the full audit, `ctx-audit suggest`, `ctx-audit ls`, `find -printf '%s\n'` (the metadata floor) and the docker
// CLI's own upload (DOCKER_BUILDKIT=0) to a stub daemon that discards the body. Wall time is taken
// around the process; peak RSS comes from /usr/bin/time -v. Writes bench-results/latest.json and
// bench-results/latest.md (copy the latter into docs/benchmarks.md).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSyntheticTree } from './bench/tree.mjs';
import { buildMonorepo } from './bench/monorepo.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPO, 'bin', 'ctx-audit.js');
const SEED = 20240607;

// ---------------------------------------------------------------- arguments
const argv = process.argv.slice(2);
const opt = { reps: 5, huge: false, only: null, keep: false, workdir: null };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--reps') opt.reps = Number(argv[++i]);
  else if (a === '--huge') opt.huge = true;
  else if (a === '--only') opt.only = argv[++i].split(',');
  else if (a === '--keep') opt.keep = true;
  else if (a === '--workdir') opt.workdir = resolve(argv[++i]);
  else if (a === '-h' || a === '--help') {
    console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 4).join('\n').replace(/^\/\/ ?/gm, ''));
    process.exit(0);
  } else {
    console.error(`bench: unknown argument ${a}`);
    process.exit(2);
  }
}
if (!(opt.reps >= 1)) throw new Error('--reps must be >= 1');
const want = (name) => (opt.only ? opt.only.includes(name) : name !== 'huge' || opt.huge);

// ---------------------------------------------------------------- tools
function log(msg) {
  process.stderr.write(`[bench] ${msg}\n`);
}

function ensureGnuTime() {
  const ok = () => spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size');
  if (fs.existsSync('/usr/bin/time') && ok()) return;
  log('GNU time missing: installing Debian package `time` (apt-get)');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  spawnSync([...sudo, 'apt-get', 'update'].join(' '), { shell: true, stdio: 'inherit' });
  spawnSync([...sudo, 'apt-get', 'install', '-y', 'time'].join(' '), { shell: true, stdio: 'inherit' });
  if (!ok()) throw new Error('/usr/bin/time -v is needed for peak RSS and could not be installed');
}

function findDocker() {
  for (const c of [process.env.CTX_AUDIT_DOCKER, '/usr/local/bin/docker', '/usr/bin/docker']) if (c && fs.existsSync(c)) return c;
  const w = spawnSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' });
  return w.status === 0 ? w.stdout.trim() : null;
}

async function startStub(dir) {
  const sock = join(dir, 'docker.sock');
  const bytesLog = join(dir, 'last-build-bytes');
  const child = spawn(process.execPath, [join(REPO, 'scripts', 'bench', 'stub-daemon.mjs'), sock, bytesLog], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((res, rej) => {
    child.stdout.once('data', () => res());
    child.once('exit', (c) => rej(new Error(`stub daemon exited (${c})`)));
  });
  return { sock, bytesLog, stop: () => child.kill('SIGTERM') };
}

/** Runs argv under /usr/bin/time -v with stdout to /dev/null; returns wall ms and peak RSS KiB. */
function measure(cmd, args, env, cwd) {
  const devnull = fs.openSync('/dev/null', 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { stdio: ['ignore', devnull, 'pipe'], env, cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.closeSync(devnull);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const exit = Number(/Exit status: (\d+)/.exec(r.stderr)?.[1] ?? r.status);
  if (exit !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${exit}:\n${r.stderr.slice(0, 2000)}`);
  return { ms, rssKiB: rss };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---------------------------------------------------------------- inputs
const NODE_PACKAGES = ['express', 'lodash', 'react', 'react-dom', 'typescript', 'axios', 'moment', 'webpack', 'eslint', 'jest', '@babel/core', 'prettier'];
const NODE_DOCKERIGNORE = ['node_modules', 'npm-debug.log', '.git', '.gitignore', 'Dockerfile*', '.dockerignore', 'coverage', '*.md', '.env', '**/.DS_Store', '!README.md'].join('\n') + '\n';

function buildNodeApp(root) {
  fs.mkdirSync(join(root, 'src'), { recursive: true });
  fs.writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'bench-app', version: '1.0.0', private: true, main: 'src/index.js' }, null, 2) + '\n');
  fs.writeFileSync(join(root, 'src', 'index.js'), "const express = require('express');\nexpress().listen(3000);\n");
  fs.writeFileSync(join(root, 'README.md'), '# bench app\n');
  fs.writeFileSync(join(root, '.gitignore'), 'node_modules\n');
  fs.writeFileSync(join(root, 'Dockerfile'), 'FROM node:20\nWORKDIR /app\nCOPY . .\nCMD ["node", "src/index.js"]\n');
  log(`npm install ${NODE_PACKAGES.join(' ')} (real registry)…`);
  const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...NODE_PACKAGES], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], shell: false });
  if (npm.status !== 0) return { ok: false, why: `npm install exited ${npm.status ?? npm.error}` };
  // gc.auto=0: no background `git gc` repacking .git while the benchmark copies or measures it.
  const git = (...a) => spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'init.defaultBranch=main', '-c', 'gc.auto=0', ...a], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  git('init', '-q');
  git('add', '-A'); // node_modules stays untracked (.gitignore), as in most real repos
  if (git('commit', '-q', '-m', 'bench').status !== 0) return { ok: false, why: 'git commit failed' };
  return { ok: true };
}

// ---------------------------------------------------------------- run
async function main() {
  ensureGnuTime();
  const docker = findDocker();
  if (!docker) throw new Error('docker CLI not found: set CTX_AUDIT_DOCKER');
  const work = opt.workdir ?? fs.mkdtempSync(join(tmpdir(), 'ctx-audit-bench-'));
  fs.mkdirSync(work, { recursive: true });
  log(`inputs under ${work}`);
  const dockerCfg = join(work, 'docker-config');
  fs.mkdirSync(dockerCfg, { recursive: true });
  const stub = await startStub(work);
  const contexts = [];
  const skipped = [];

  const prepare = (name, build) => {
    const dir = join(work, name);
    const marker = join(work, `${name}.ready`);
    if (!fs.existsSync(marker)) {
      fs.rmSync(dir, { recursive: true, force: true });
      const t0 = Date.now();
      const info = build(dir);
      if (info && info.ok === false) return info;
      fs.writeFileSync(marker, JSON.stringify(info ?? {}));
      log(`${name}: built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    return { ok: true, dir };
  };

  try {
    if (want('synthetic')) {
      const p = prepare('synthetic-100k', (d) => buildSyntheticTree(d, { files: 100_000, dirs: 10_000, seed: SEED }));
      contexts.push({ name: 'synthetic 100k (.dockerignore w/ exceptions)', dir: p.dir, target: 2 });
    }
    if (want('monorepo')) {
      // suggest's case: a documenso-like monorepo with ~15 verified suggestions (issue 18, target 3).
      const p = prepare('monorepo', (d) => buildMonorepo(d));
      contexts.push({ name: 'JS monorepo (~15 suggest candidates)', dir: p.dir, target: 3 });
    }
    if (want('huge')) {
      log('building the 1M-file tree (takes a few minutes)…');
      const p = prepare('synthetic-1m', (d) => buildSyntheticTree(d, { files: 1_000_000, dirs: 100_000, seed: SEED + 1 }));
      contexts.push({ name: 'synthetic 1M (.dockerignore w/ exceptions)', dir: p.dir, target: 2.5, rssTargetKiB: 1024 * 1024 });
    }
    if (want('node')) {
      const p = prepare('node-app', buildNodeApp);
      if (!p.ok) {
        const why = `SKIPPED the Node app context: ${p.why}`;
        log('!'.repeat(70));
        log(why);
        log('!'.repeat(70));
        skipped.push(why);
      } else {
        // The same tree without and with a typical .dockerignore (a second copy, so no file flips mid-run).
        const withIgnore = join(work, 'node-app-ignored');
        if (!fs.existsSync(withIgnore)) {
          spawnSync('cp', ['-a', p.dir, withIgnore], { stdio: 'inherit' });
          fs.writeFileSync(join(withIgnore, '.dockerignore'), NODE_DOCKERIGNORE);
        }
        fs.rmSync(join(p.dir, '.dockerignore'), { force: true });
        contexts.push({ name: 'node app, no .dockerignore', dir: p.dir, target: 3 });
        contexts.push({ name: 'node app, typical .dockerignore', dir: withIgnore, target: 3 });
      }
    }

    const env = { ...process.env, DOCKER_BUILDKIT: '0', DOCKER_CONFIG: dockerCfg, NO_COLOR: '1' };
    const tools = {
      audit: [process.execPath, [CLI, null, '--format', 'json', '--fail-on', 'never']],
      // issue 18 target 3: suggest evaluates its candidates against the audit's recorded walk (≤ 3× one audit).
      suggest: [process.execPath, [CLI, 'suggest', null]],
      ls: [process.execPath, [CLI, 'ls', null]],
      find: ['find', [null, '-printf', '%s\n']],
      docker: [docker, ['-H', `unix://${stub.sock}`, 'build', '-q', null]],
    };
    const toolNames = Object.keys(tools);
    const results = [];
    for (const ctx of contexts) {
      const entriesOnDisk = Number(spawnSync('sh', ['-c', `find "$1" | wc -l`, 'sh', ctx.dir], { encoding: 'utf8' }).stdout.trim());
      const audit = JSON.parse(spawnSync(process.execPath, [CLI, ctx.dir, '--format', 'json', '--fail-on', 'never'], { cwd: ctx.dir, encoding: 'utf8', maxBuffer: 256 << 20 }).stdout);
      log(`${ctx.name}: ${entriesOnDisk} entries on disk, ${audit.context.entries} sent, ${audit.context.tarBytes} tar bytes`);
      const samples = Object.fromEntries(toolNames.map((t) => [t, []]));
      const run = (t) => {
        const [cmd, args] = tools[t];
        // Run from inside the context: ctx-audit refuses a context outside the repository it runs in.
        return measure(cmd, args.map((a) => (a === null ? ctx.dir : a)), env, ctx.dir);
      };
      // Warm-up round (page cache, dentries, docker's first-run work), not recorded.
      for (const t of toolNames) run(t);
      const uploaded = Number(fs.readFileSync(stub.bytesLog, 'utf8'));
      for (let rep = 0; rep < opt.reps; rep++) {
        // Alternate: rotate the order every repetition so no tool always runs right after another.
        const order = toolNames.map((_, i) => toolNames[(i + rep) % toolNames.length]);
        if (rep % 2 === 1) order.reverse();
        for (const t of order) samples[t].push(run(t));
        log(`${ctx.name}: rep ${rep + 1}/${opt.reps}: ` + toolNames.map((t) => `${t} ${samples[t].at(-1).ms.toFixed(0)} ms`).join(', '));
      }
      const stats = {};
      for (const t of toolNames) {
        const ms = samples[t].map((s) => s.ms);
        stats[t] = { medianMs: median(ms), minMs: Math.min(...ms), maxMs: Math.max(...ms), peakRssKiB: Math.max(...samples[t].map((s) => s.rssKiB)), samplesMs: ms };
      }
      const r = {
        context: ctx.name,
        entriesOnDisk,
        entriesSent: audit.context.entries,
        predictedTarBytes: audit.context.tarBytes,
        dockerUploadedBytes: uploaded,
        predictionMatches: uploaded === audit.context.tarBytes || audit.context.tarBytesAlternatives.includes(uploaded),
        tools: stats,
        ratios: {
          auditOverFind: stats.audit.medianMs / stats.find.medianMs,
          lsOverFind: stats.ls.medianMs / stats.find.medianMs,
          dockerOverAudit: stats.docker.medianMs / stats.audit.medianMs,
          suggestOverAudit: stats.suggest.medianMs / stats.audit.medianMs,
        },
        usPerEntry: (stats.audit.medianMs * 1000) / entriesOnDisk,
        targets: { auditOverFind: ctx.target, dockerOverAudit: 20, peakRssKiB: ctx.rssTargetKiB ?? null },
      };
      r.targetsMet = {
        auditOverFind: r.ratios.auditOverFind <= ctx.target,
        dockerOverAudit: r.ratios.dockerOverAudit >= 20,
        suggestOverAudit: r.ratios.suggestOverAudit <= 3,
        ...(ctx.rssTargetKiB ? { peakRss: stats.audit.peakRssKiB < ctx.rssTargetKiB } : {}),
      };
      if (!r.predictionMatches) log(`WARNING: ${ctx.name}: docker uploaded ${uploaded} bytes, ctx-audit predicted ${audit.context.tarBytes}`);
      results.push(r);
    }

    const machine = { date: new Date().toISOString().slice(0, 10), nproc: cpus().length, cpu: cpus()[0]?.model ?? '?', node: process.version, docker: spawnSync(docker, ['--version'], { encoding: 'utf8' }).stdout.trim(), reps: opt.reps };
    const out = { machine, skipped, results };
    fs.mkdirSync(join(REPO, 'bench-results'), { recursive: true });
    fs.writeFileSync(join(REPO, 'bench-results', 'latest.json'), JSON.stringify(out, null, 2) + '\n');
    const md = markdown(out);
    fs.writeFileSync(join(REPO, 'bench-results', 'latest.md'), md);
    process.stdout.write('\n' + md);
    log('wrote bench-results/latest.json and bench-results/latest.md');
  } finally {
    stub.stop();
    if (!opt.keep && !opt.workdir) fs.rmSync(work, { recursive: true, force: true });
    else log(`kept inputs in ${work} (reuse with --workdir ${work})`);
  }
}

function markdown({ machine, skipped, results }) {
  const f = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  const spread = (s) => `${f(s.medianMs)} (${f(s.minMs)}–${f(s.maxMs)})`;
  const mb = (k) => `${(k / 1024).toFixed(0)} MB`;
  const ok = (b) => (b ? '✓' : '✗');
  const lines = [];
  lines.push(`Measured ${machine.date} on ${machine.nproc} cores (${machine.cpu}), Node ${machine.node}, ${machine.docker}; median of ${machine.reps} warm runs (min–max).`, '');
  lines.push('| context | entries on disk / sent | `ctx-audit` (audit) | `ctx-audit ls` | `find -printf` | `docker build` upload | audit / find | docker / audit | µs per entry |');
  lines.push('|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const t = r.tools;
    lines.push(
      `| ${r.context} | ${r.entriesOnDisk.toLocaleString('en')} / ${r.entriesSent.toLocaleString('en')} | ${spread(t.audit)} | ${spread(t.ls)} | ${spread(t.find)} | ${spread(t.docker)} | ` +
        `${r.ratios.auditOverFind.toFixed(2)}× ${ok(r.targetsMet.auditOverFind)} (≤ ${r.targets.auditOverFind}) | ${r.ratios.dockerOverAudit.toFixed(1)}× ${ok(r.targetsMet.dockerOverAudit)} (≥ 20) | ${r.usPerEntry.toFixed(1)} |`,
    );
  }
  lines.push('', '| context | `ctx-audit suggest` | audit | suggest / audit |', '|---|---|---|---|');
  for (const r of results) lines.push(`| ${r.context} | ${spread(r.tools.suggest)} | ${spread(r.tools.audit)} | ${r.ratios.suggestOverAudit.toFixed(2)}× ${ok(r.targetsMet.suggestOverAudit)} (≤ 3) |`);
  lines.push('', '| context | peak RSS: audit | ls | find | docker | predicted = uploaded bytes |', '|---|---|---|---|---|---|');
  for (const r of results) {
    const t = r.tools;
    const rssOk = r.targetsMet.peakRss === undefined ? '' : ` ${ok(r.targetsMet.peakRss)} (< 1 GB)`;
    lines.push(`| ${r.context} | ${mb(t.audit.peakRssKiB)}${rssOk} | ${mb(t.ls.peakRssKiB)} | ${mb(t.find.peakRssKiB)} | ${mb(t.docker.peakRssKiB)} | ${r.predictionMatches ? `yes (${r.predictedTarBytes.toLocaleString('en')})` : `NO: ${r.predictedTarBytes} vs ${r.dockerUploadedBytes}`} |`);
  }
  for (const s of skipped) lines.push('', `**${s}**`);
  return lines.join('\n') + '\n';
}

main().catch((e) => {
  console.error(`bench: ${e.stack ?? e}`);
  process.exit(1);
});
