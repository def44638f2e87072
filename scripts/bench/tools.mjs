// What the benchmarks share: GNU time for CPU and peak RSS, the docker CLI, and the stub daemon that
// swallows the legacy builder's upload (scripts/bench.mjs, scripts/bench/corpus.mjs).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function log(msg) {
  process.stderr.write(`[bench] ${msg}\n`);
}

export function ensureGnuTime() {
  const ok = () => spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' }).stderr?.includes('Maximum resident set size');
  if (fs.existsSync('/usr/bin/time') && ok()) return;
  log('GNU time missing: installing Debian package `time` (apt-get)');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  spawnSync([...sudo, 'apt-get', 'update'].join(' '), { shell: true, stdio: 'inherit' });
  spawnSync([...sudo, 'apt-get', 'install', '-y', 'time'].join(' '), { shell: true, stdio: 'inherit' });
  if (!ok()) throw new Error('/usr/bin/time -v is needed for peak RSS and could not be installed');
}

export function findDocker() {
  for (const c of [process.env.CTX_AUDIT_DOCKER, '/usr/local/bin/docker', '/usr/bin/docker']) if (c && fs.existsSync(c)) return c;
  const w = spawnSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' });
  return w.status === 0 ? w.stdout.trim() : null;
}

export async function startStub(dir) {
  const sock = join(dir, 'docker.sock');
  const bytesLog = join(dir, 'last-build-bytes');
  const child = spawn(process.execPath, [join(REPO, 'scripts', 'bench', 'stub-daemon.mjs'), sock, bytesLog], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((res, rej) => {
    child.stdout.once('data', () => res());
    child.once('exit', (c) => rej(new Error(`stub daemon exited (${c})`)));
  });
  return { sock, bytesLog, stop: () => child.kill('SIGTERM') };
}

/**
 * Runs argv under /usr/bin/time -v with stdout to /dev/null; returns wall ms, CPU ms (user + system,
 * all threads) and peak RSS KiB. Throws when it exits non-zero or runs past `timeoutMs`.
 */
export function measure(cmd, args, env, cwd, timeoutMs = 0) {
  const devnull = fs.openSync('/dev/null', 'w');
  const t0 = process.hrtime.bigint();
  // coreutils' timeout kills the command itself (killing /usr/bin/time would leave it running).
  const argv = timeoutMs > 0 ? ['-v', 'timeout', '-s', 'KILL', String(timeoutMs / 1000), cmd, ...args] : ['-v', cmd, ...args];
  const r = spawnSync('/usr/bin/time', argv, { stdio: ['ignore', devnull, 'pipe'], env, cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.closeSync(devnull);
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const secs = (what) => Number(new RegExp(`${what} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN);
  const cpuMs = (secs('User') + secs('System')) * 1000;
  const exit = Number(/Exit status: (\d+)/.exec(r.stderr)?.[1] ?? r.status);
  if (exit !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${exit}:\n${r.stderr.slice(0, 2000)}`);
  return { ms, cpuMs, rssKiB: rss };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The machine a run measured on: date, cores, CPU, Node, the load average at the end, and `extra`. */
export function machineInfo(extra) {
  const load = fs.existsSync('/proc/loadavg') ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?';
  return { date: new Date().toISOString().slice(0, 10), nproc: cpus().length, cpu: cpus()[0]?.model ?? '?', node: process.version, ...extra, loadAverageAtEnd: load };
}

/** Writes bench-results/NAME.json and NAME.md (git-ignored) and prints the Markdown. */
export function writeResults(name, out, md) {
  const dir = join(REPO, 'bench-results');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(join(dir, `${name}.json`), JSON.stringify(out, null, 2) + '\n');
  fs.writeFileSync(join(dir, `${name}.md`), md);
  process.stdout.write('\n' + md);
  log(`wrote bench-results/${name}.json and bench-results/${name}.md`);
}
