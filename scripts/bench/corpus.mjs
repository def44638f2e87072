// Issue 18, target 1 on real repositories: is the audit ever slower than docker's own upload?
//
//   node scripts/bench/corpus.mjs LIST [--reps N] [--cli PATH] [--timeout S]
//
// LIST holds one context directory per line (a checkout with a Dockerfile at its root; `#` starts a
// comment). For each, after one warm-up round, it times `DOCKER_BUILDKIT=0 docker build -q DIR`
// against the stub daemon (scripts/bench/stub-daemon.mjs, which swallows the upload) and
// `ctx-audit DIR --format json --fail-on never` (run from inside DIR), alternating which goes first,
// and checks the audit's predicted tar size against the bytes docker uploaded. Target 1: never slower
// than the upload where the upload takes 0.3 s or more; otherwise within Node's own start-up of it.
// Not part of the test suite (the corpus is the machine's, not the repository's). Writes
// bench-results/corpus.json and bench-results/corpus.md.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureGnuTime, findDocker, log, machineInfo, measure, median, startStub, writeResults } from './tools.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
const opt = { list: null, reps: 3, cli: join(REPO, 'bin', 'ctx-audit.js'), timeoutS: 120 };
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--reps') opt.reps = Number(argv[++i]);
  else if (a === '--cli') opt.cli = resolve(argv[++i]);
  else if (a === '--timeout') opt.timeoutS = Number(argv[++i]);
  else if (a.startsWith('-')) {
    console.error(`corpus: unknown argument ${a}`);
    process.exit(2);
  } else opt.list = a;
}
if (!opt.list || !(opt.reps >= 1)) {
  console.error('usage: node scripts/bench/corpus.mjs LIST [--reps N] [--cli PATH] [--timeout S]');
  process.exit(2);
}

const dirs = fs
  .readFileSync(opt.list, 'utf8')
  .split('\n')
  .map((l) => l.replace(/#.*/, '').trim())
  .filter(Boolean)
  .map((d) => resolve(d));

async function main() {
  ensureGnuTime();
  const docker = findDocker();
  if (!docker) throw new Error('docker CLI not found: set CTX_AUDIT_DOCKER');
  const work = fs.mkdtempSync(join(tmpdir(), 'ctx-audit-corpus-'));
  const dockerCfg = join(work, 'docker-config');
  fs.mkdirSync(dockerCfg);
  const stub = await startStub(work);
  const env = { ...process.env, DOCKER_BUILDKIT: '0', DOCKER_CONFIG: dockerCfg, NO_COLOR: '1' };
  const timeout = opt.timeoutS * 1000;
  const startup = median(Array.from({ length: 5 }, () => measure(process.execPath, ['-e', '0'], env, work).ms));
  const results = [];
  const failed = [];
  try {
    for (const [n, dir] of dirs.entries()) {
      const tools = {
        docker: [docker, ['-H', `unix://${stub.sock}`, 'build', '-q', dir]],
        audit: [process.execPath, [opt.cli, dir, '--format', 'json', '--fail-on', 'never']],
      };
      try {
        // The warm-up: the audit's report (for the prediction) and docker's upload (for its byte count).
        const report = spawnSync(process.execPath, [opt.cli, dir, '--format', 'json', '--fail-on', 'never'], { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 30, timeout });
        if (report.status !== 0) throw new Error(`ctx-audit exited ${report.status}: ${report.stderr.trim().split('\n')[0]}`);
        const ctx = JSON.parse(report.stdout).context;
        fs.rmSync(stub.bytesLog, { force: true });
        measure(...tools.docker, env, dir, timeout);
        const uploaded = Number(fs.readFileSync(stub.bytesLog, 'utf8'));
        const samples = { docker: [], audit: [] };
        for (let rep = 0; rep < opt.reps; rep++) {
          const order = rep % 2 === 0 ? ['docker', 'audit'] : ['audit', 'docker'];
          for (const t of order) samples[t].push(measure(...tools[t], env, dir, timeout));
        }
        const ms = (t) => median(samples[t].map((s) => s.ms));
        const r = {
          dir,
          entriesSent: ctx.entries,
          excludedUnmeasured: ctx.excluded.unmeasuredDirectories ?? 0,
          predictedTarBytes: ctx.tarBytes,
          uploadedBytes: uploaded,
          predictionMatches: uploaded === ctx.tarBytes || (ctx.tarBytesAlternatives ?? []).includes(uploaded),
          dockerMs: ms('docker'),
          auditMs: ms('audit'),
          dockerCpuMs: median(samples.docker.map((s) => s.cpuMs)),
          auditCpuMs: median(samples.audit.map((s) => s.cpuMs)),
          auditOverDocker: median(samples.audit.map((s, i) => s.ms / samples.docker[i].ms)),
        };
        r.meetsTarget = r.dockerMs >= 300 ? r.auditOverDocker <= 1 : r.auditMs <= r.dockerMs + startup;
        results.push(r);
        log(`${n + 1}/${dirs.length} ${dir}: docker ${r.dockerMs.toFixed(0)} ms, audit ${r.auditMs.toFixed(0)} ms${r.meetsTarget ? '' : ' MISSED'}${r.predictionMatches ? '' : ` PREDICTION ${r.predictedTarBytes} vs ${uploaded}`}`);
      } catch (e) {
        failed.push({ dir, error: String(e.message ?? e).split('\n')[0] });
        log(`${n + 1}/${dirs.length} ${dir}: not measured: ${failed.at(-1).error}`);
      }
    }
  } finally {
    stub.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
  const out = { machine: machineInfo({ reps: opt.reps, nodeStartupMs: startup }), results, failed };
  writeResults('corpus', out, markdown(out));
}

function markdown({ machine, results, failed }) {
  const f = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
  const big = results.filter((r) => r.dockerMs >= 300);
  const small = results.filter((r) => r.dockerMs < 300);
  const lines = [
    `Measured ${machine.date} on ${machine.nproc} cores (${machine.cpu}), Node ${machine.node}; ${results.length} contexts, median of ${machine.reps} paired warm runs each. ` +
      `Node start-up (\`node -e 0\`): ${f(machine.nodeStartupMs)}. Load average at the end: ${machine.loadAverageAtEnd}.`,
    '',
    '| docker upload | contexts | target met | audit / docker (paired): median | worst |',
    '|---|---|---|---|---|',
  ];
  for (const [name, set, rule] of [
    ['≥ 0.3 s', big, 'audit ≤ upload'],
    ['< 0.3 s', small, 'audit ≤ upload + start-up'],
  ]) {
    const ratios = set.map((r) => r.auditOverDocker);
    lines.push(`| ${name} (${rule}) | ${set.length} | ${set.filter((r) => r.meetsTarget).length} | ${set.length ? `${median(ratios).toFixed(2)}×` : '—'} | ${set.length ? `${Math.max(...ratios).toFixed(2)}×` : '—'} |`);
  }
  const mism = results.filter((r) => !r.predictionMatches);
  lines.push('', `Predicted tar size = bytes docker uploaded: ${results.length - mism.length} of ${results.length}.`);
  for (const r of mism) lines.push(`- ${r.dir}: predicted ${r.predictedTarBytes}, uploaded ${r.uploadedBytes}`);
  const missed = results.filter((r) => !r.meetsTarget).sort((a, b) => b.auditMs - b.dockerMs - (a.auditMs - a.dockerMs));
  if (missed.length) {
    lines.push('', 'Target missed:', '', '| context | sent | docker | audit | behind by | CPU: docker / audit |', '|---|---|---|---|---|---|');
    for (const r of missed) lines.push(`| ${r.dir} | ${r.entriesSent} | ${f(r.dockerMs)} | ${f(r.auditMs)} | ${f(r.auditMs - r.dockerMs)} | ${f(r.dockerCpuMs)} / ${f(r.auditCpuMs)} |`);
  }
  const slowest = [...results].sort((a, b) => b.auditOverDocker - a.auditOverDocker).slice(0, 10);
  lines.push('', 'Highest audit / docker ratios:', '', '| context | sent | docker | audit | ratio |', '|---|---|---|---|---|');
  for (const r of slowest) lines.push(`| ${r.dir} | ${r.entriesSent} | ${f(r.dockerMs)} | ${f(r.auditMs)} | ${r.auditOverDocker.toFixed(2)}× |`);
  if (failed.length) {
    lines.push('', `Not measured (${failed.length}):`);
    for (const x of failed) lines.push(`- ${x.dir}: ${x.error}`);
  }
  return lines.join('\n') + '\n';
}

main().catch((e) => {
  console.error(`corpus: ${e.stack ?? e}`);
  process.exit(1);
});
