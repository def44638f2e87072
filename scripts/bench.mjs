// The performance benchmark (issues 6 and 18). Not part of the test suite; `npm run bench` builds first.
//
//   node scripts/bench.mjs [--reps N] [--huge] [--only synthetic,node,umami,monorepo,huge] [--keep] [--workdir DIR]
//
// Builds its inputs in a temp dir from a fixed seed:
//   (a) synthetic: ~100k files in ~10k dirs at depth 3-12, sparse files of mixed sizes, a .dockerignore with exceptions
//   (b) huge (--huge): 1M files in ~100k dirs 3-12 deep, same ignore file
//   (c) node: a Node app twin (~225 entries sent, ~28.6k on disk: node_modules and .git kept out by
//       its .dockerignore), and the same tree without a .dockerignore
//   (u) umami: a Next.js app twin (~1.7k entries sent, ~80k kept out)
//   (m) monorepo: a documenso-like JS monorepo (apps, packages, node_modules, .next, .env) for suggest
// For each context it measures, alternating the order every repetition (warm cache, one warm-up round
// first): the Node floor (scripts/bench/floor.mjs: readdirSync every directory, lstatSync every
// entry, nothing else), `find -printf '%s\n'`, the docker CLI's own upload (DOCKER_BUILDKIT=0) to a
// stub daemon that discards the body, the full audit, `ctx-audit ls` and (synthetic and monorepo)
// `ctx-audit suggest`, and `ctx-audit --version` (Node and the bundle's loading, no work). Wall time
// is taken around the process; peak RSS comes from /usr/bin/time -v.
// Writes bench-results/latest.json and bench-results/latest.md (copy the latter into docs/benchmarks.md).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSyntheticTree } from './bench/tree.mjs';
import { buildMonorepo } from './bench/monorepo.mjs';
import { buildNodeApp } from './bench/node-app.mjs';
import { ensureGnuTime, findDocker, log, machineInfo, measure, median, startStub, writeResults } from './bench/tools.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPO, 'bin', 'ctx-audit.js');
const FLOOR = join(REPO, 'scripts', 'bench', 'floor.mjs');
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
      contexts.push({ name: 'synthetic 100k (.dockerignore w/ exceptions)', dir: p.dir, suggest: true, floorTarget: 1.4, lsTarget: 1.15 });
    }
    if (want('node')) {
      // issue 18: ~225 entries sent, ~28.6k on disk; node_modules and .git kept out.
      const p = prepare('node-app', (d) => buildNodeApp(d, { seed: 11, sentEntries: 225, modulesEntries: 25_200, gitEntries: 2_400 }));
      contexts.push({ name: 'node app (node_modules, .git kept out)', dir: p.dir, floorTarget: 1.5, plusStartup: true });
      // The same tree without a .dockerignore (a second copy, so no file flips mid-run): everything is sent.
      const bare = join(work, 'node-app-no-ignore');
      if (!fs.existsSync(bare)) {
        spawnSync('cp', ['-a', p.dir, bare], { stdio: 'inherit' });
        fs.rmSync(join(bare, '.dockerignore'), { force: true });
      }
      contexts.push({ name: 'node app, no .dockerignore', dir: bare });
    }
    if (want('umami')) {
      // issue 18: a synthetic twin of umami with node_modules installed (~1.7k sent, ~80k kept out).
      const p = prepare('umami-twin', (d) => buildNodeApp(d, { seed: 12, sentEntries: 1_700, modulesEntries: 74_700, gitEntries: 3_000 }));
      contexts.push({ name: 'umami twin (~80k kept out)', dir: p.dir });
    }
    if (want('monorepo')) {
      // suggest's case: a documenso-like monorepo with ~15 verified suggestions (issue 18, target 3).
      const p = prepare('monorepo', (d) => buildMonorepo(d));
      contexts.push({ name: 'JS monorepo (~15 suggest candidates)', dir: p.dir, suggest: true });
    }
    if (want('huge')) {
      log('building the 1M-file tree (takes a few minutes)…');
      const p = prepare('synthetic-1m', (d) => buildSyntheticTree(d, { files: 1_000_000, dirs: 100_000, seed: SEED + 1 }));
      // No docker column: its upload of this tree takes about a minute per run (56.8 s in the
      // 2026-11-28 run, 8.7× the audit), and the row is about the floor ratio and peak RSS.
      contexts.push({ name: 'synthetic 1M (.dockerignore w/ exceptions)', dir: p.dir, floorTarget: 1.4, rssTargetKiB: 1024 * 1024, noDocker: true, maxReps: 3 });
    }

    const env = { ...process.env, DOCKER_BUILDKIT: '0', DOCKER_CONFIG: dockerCfg, NO_COLOR: '1' };
    const tools = {
      floor: [process.execPath, [FLOOR, null]],
      find: ['find', [null, '-printf', '%s\n']],
      docker: [docker, ['-H', `unix://${stub.sock}`, 'build', '-q', null]],
      // The program's own start-up: Node, then loading the bundle, and no work (what a small context's audit cannot go below).
      startup: [process.execPath, [CLI, '--version']],
      audit: [process.execPath, [CLI, null, '--format', 'json', '--fail-on', 'never']],
      ls: [process.execPath, [CLI, 'ls', null]],
      // issue 18 target 3: suggest evaluates its candidates against the audit's recorded walk (≤ 3× one audit).
      suggest: [process.execPath, [CLI, 'suggest', null]],
    };
    // Node's own start-up (`node -e 0`), the constant in the Node app target (≤ 1.5× floor + start-up).
    const startup = median(Array.from({ length: 5 }, () => measure(process.execPath, ['-e', '0'], env, work).ms));
    const results = [];
    for (const ctx of contexts) {
      const toolNames = Object.keys(tools).filter((t) => (t !== 'suggest' || ctx.suggest) && (t !== 'docker' || !ctx.noDocker) && (t !== 'startup' || !ctx.noDocker));
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
      const uploaded = ctx.noDocker ? null : Number(fs.readFileSync(stub.bytesLog, 'utf8'));
      const reps = Math.min(opt.reps, ctx.maxReps ?? Infinity);
      for (let rep = 0; rep < reps; rep++) {
        // Alternate: rotate the order every repetition so no tool always runs right after another.
        const order = toolNames.map((_, i) => toolNames[(i + rep) % toolNames.length]);
        if (rep % 2 === 1) order.reverse();
        for (const t of order) samples[t].push(run(t));
        log(`${ctx.name}: rep ${rep + 1}/${reps}: ` + toolNames.map((t) => `${t} ${samples[t].at(-1).ms.toFixed(0)} ms`).join(', '));
      }
      const stats = {};
      for (const t of toolNames) {
        const ms = samples[t].map((s) => s.ms);
        stats[t] = { medianMs: median(ms), minMs: Math.min(...ms), maxMs: Math.max(...ms), cpuMedianMs: median(samples[t].map((s) => s.cpuMs)), peakRssKiB: Math.max(...samples[t].map((s) => s.rssKiB)), samplesMs: ms };
      }
      // Paired ratios: the median of the per-repetition ratios (both taken in the same repetition).
      const paired = (a, b) => median(samples[a].map((s, i) => s.ms / samples[b][i].ms));
      const r = {
        context: ctx.name,
        entriesOnDisk,
        entriesSent: audit.context.entries,
        excluded: audit.context.excluded,
        predictedTarBytes: audit.context.tarBytes,
        dockerUploadedBytes: uploaded,
        predictionMatches: uploaded === null ? null : uploaded === audit.context.tarBytes || audit.context.tarBytesAlternatives.includes(uploaded),
        tools: stats,
        ratios: {
          auditOverFloor: paired('audit', 'floor'),
          lsOverFloor: paired('ls', 'floor'),
          floorOverFind: paired('floor', 'find'),
          ...(ctx.noDocker ? {} : { auditOverDocker: paired('audit', 'docker') }),
          ...(ctx.suggest ? { suggestOverAudit: paired('suggest', 'audit') } : {}),
        },
        usPerEntry: (stats.audit.medianMs * 1000) / entriesOnDisk,
      };
      r.targets = {
        // issue 18 target 1: never slower than docker's upload where it takes ≥ 0.3 s, else within Node's start-up of it.
        ...(ctx.noDocker ? {} : { auditVsDocker: stats.docker.medianMs >= 300 ? r.ratios.auditOverDocker <= 1 : stats.audit.medianMs <= stats.docker.medianMs + startup }),
        ...(ctx.floorTarget ? { auditOverFloor: ctx.plusStartup ? stats.audit.medianMs <= ctx.floorTarget * stats.floor.medianMs + startup : r.ratios.auditOverFloor <= ctx.floorTarget } : {}),
        ...(ctx.lsTarget ? { lsOverFloor: r.ratios.lsOverFloor <= ctx.lsTarget } : {}),
        ...(ctx.suggest ? { suggestOverAudit: r.ratios.suggestOverAudit <= 3 } : {}),
        ...(ctx.rssTargetKiB ? { peakRss: stats.audit.peakRssKiB < ctx.rssTargetKiB } : {}),
      };
      r.targetText = { auditOverFloor: ctx.floorTarget ? `≤ ${ctx.floorTarget}×${ctx.plusStartup ? ' + start-up' : ''}` : null, lsOverFloor: ctx.lsTarget ? `≤ ${ctx.lsTarget}×` : null };
      if (r.predictionMatches === false) log(`WARNING: ${ctx.name}: docker uploaded ${uploaded} bytes, ctx-audit predicted ${audit.context.tarBytes}`);
      results.push(r);
    }

    const machine = machineInfo({ docker: spawnSync(docker, ['--version'], { encoding: 'utf8' }).stdout.trim(), reps: opt.reps, nodeStartupMs: startup });
    const out = { machine, skipped, results };
    writeResults('latest', out, markdown(out));
  } finally {
    stub.stop();
    if (!opt.keep && !opt.workdir) fs.rmSync(work, { recursive: true, force: true });
    else log(`kept inputs in ${work} (reuse with --workdir ${work})`);
  }
}

function markdown({ machine, skipped, results }) {
  const f = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  const cell = (s) => (s ? `${f(s.medianMs)} (${f(s.minMs)}–${f(s.maxMs)})` : '—');
  const mb = (k) => `${(k / 1024).toFixed(0)} MB`;
  const ok = (b) => (b === undefined ? '' : b ? ' ✓' : ' ✗');
  const x = (v) => `${v.toFixed(2)}×`;
  const lines = [];
  lines.push(
    `Measured ${machine.date} on ${machine.nproc} cores (${machine.cpu}), Node ${machine.node}, ${machine.docker}; median of ${machine.reps} warm runs (min–max; the 1M row: 3), ` +
      `ratios are medians of the per-repetition ratios (paired). Node start-up (\`node -e 0\`): ${f(machine.nodeStartupMs)}. Load average at the end: ${machine.loadAverageAtEnd}.`,
    '',
  );
  lines.push('| context | entries on disk / sent | Node floor | `find` | docker upload | start-up (`--version`) | audit | `ls` | `suggest` | audit / floor | `ls` / floor | audit / docker | suggest / audit |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const t = r.tools;
    const tt = r.targetText ?? {};
    lines.push(
      `| ${r.context} | ${r.entriesOnDisk.toLocaleString('en')} / ${r.entriesSent.toLocaleString('en')} | ${cell(t.floor)} | ${cell(t.find)} | ${cell(t.docker)} | ${cell(t.startup)} | ${cell(t.audit)} | ${cell(t.ls)} | ${cell(t.suggest)} | ` +
        `${x(r.ratios.auditOverFloor)}${ok(r.targets.auditOverFloor)}${tt.auditOverFloor ? ` (${tt.auditOverFloor})` : ''} | ${x(r.ratios.lsOverFloor)}${ok(r.targets.lsOverFloor)}${tt.lsOverFloor ? ` (${tt.lsOverFloor})` : ''} | ` +
        `${r.ratios.auditOverDocker === undefined ? '—' : `${x(r.ratios.auditOverDocker)}${ok(r.targets.auditVsDocker)}`} | ${r.ratios.suggestOverAudit === undefined ? '—' : `${x(r.ratios.suggestOverAudit)}${ok(r.targets.suggestOverAudit)} (≤ 3×)`} |`,
    );
  }
  lines.push('', 'CPU time (user + system, all threads; median), which the other jobs on a shared machine disturb less than wall time:', '');
  lines.push('| context | floor | `find` | docker | audit | `ls` | `suggest` | audit CPU / floor CPU |', '|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const t = r.tools;
    const c = (s) => (s ? f(s.cpuMedianMs) : '—');
    lines.push(`| ${r.context} | ${c(t.floor)} | ${c(t.find)} | ${c(t.docker)} | ${c(t.audit)} | ${c(t.ls)} | ${c(t.suggest)} | ${x(t.audit.cpuMedianMs / t.floor.cpuMedianMs)} |`);
  }
  lines.push('', '| context | peak RSS: floor | `find` | docker | audit | `ls` | `suggest` | excluded as reported | predicted = uploaded bytes |', '|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    const t = r.tools;
    const ex = r.excluded;
    const exText = ex.unmeasuredDirectories ? `${ex.items.toLocaleString('en')} path(s), ${ex.unmeasuredDirectories} dir(s) not measured` : `${ex.entries.toLocaleString('en')} entries`;
    lines.push(
      `| ${r.context} | ${mb(t.floor.peakRssKiB)} | ${mb(t.find.peakRssKiB)} | ${t.docker ? mb(t.docker.peakRssKiB) : '—'} | ${mb(t.audit.peakRssKiB)}${r.targets.peakRss === undefined ? '' : `${ok(r.targets.peakRss)} (< 1 GiB)`} | ${mb(t.ls.peakRssKiB)} | ${t.suggest ? mb(t.suggest.peakRssKiB) : '—'} | ${exText} | ` +
        `${r.predictionMatches === null ? 'not uploaded' : r.predictionMatches ? `yes (${r.predictedTarBytes.toLocaleString('en')})` : `NO: ${r.predictedTarBytes} vs ${r.dockerUploadedBytes}`} |`,
    );
  }
  for (const s of skipped) lines.push('', `**${s}**`);
  return lines.join('\n') + '\n';
}

main().catch((e) => {
  console.error(`bench: ${e.stack ?? e}`);
  process.exit(1);
});
