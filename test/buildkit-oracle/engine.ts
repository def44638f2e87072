// A real BuildKit for the oracle tests: dockerd (Debian trixie's 26.1.5, embedded BuildKit v0.13)
// and docker-buildx 0.13.1 from the cache scripts/setup-buildkit.sh fills. This module owns the
// daemon's whole life: a private socket and state directory, vfs storage, no networking, and a
// watcher process that kills the daemon if the test process dies without stopping it.
// Every observed build goes through a recording unix-socket proxy; wire.ts decodes the session.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, symlinkSync, chmodSync, copyFileSync } from 'node:fs';
import { request } from 'node:http';
import { createConnection, createServer, type Socket } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDocker, runProcess, type RunResult } from '../helpers/docker-oracle.js';
import { decodeSession, type WireTransfer } from './wire.js';

export function engineDir(): string {
  return process.env.CTX_AUDIT_BUILDKIT_DIR ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'ctx-audit', 'buildkit');
}

/** Null when the engine is ready, else why not (the test fails loudly with it). */
export function engineMissing(): string | null {
  const dir = engineDir();
  if (!existsSync(join(dir, 'READY'))) return `no BuildKit engine in ${dir}: run scripts/setup-buildkit.sh (.ci/run does)`;
  if (process.getuid?.() !== 0) return 'the BuildKit oracle runs dockerd and needs root';
  return null;
}

export interface Observation {
  build: RunResult;
  /** All DiffCopy transfers of the session, in stream order. */
  transfers: WireTransfer[];
  /** The `context` local's transfer that carries the build context (null when none was made). */
  context: WireTransfer | null;
  /** The `.dockerignore` load (the `context` local with followpaths [.dockerignore] and no excludes). */
  dockerignore: WireTransfer | null;
  /** `transferring context: X` as printed for the build context and for the .dockerignore load. */
  printed: { context: string | null; dockerignore: string | null };
  /** Milliseconds spent emptying the build cache and building. */
  ms: { prune: number; build: number };
}

export interface BuildOptions {
  /** Passed before the context: -f, --target, --build-arg, ... */
  args?: string[];
  cwd?: string;
  /** Bytes on buildx's stdin (`-f -`). */
  stdin?: Buffer;
  /**
   * Run the client (docker + buildx) as uid/gid 65534: BuildKit's client reads the context with that
   * user's permissions (the daemon still runs as root). The context must be reachable by it.
   */
  runAsNobody?: boolean;
}

export interface Engine {
  version: string;
  startSeconds: number;
  build(context: string, opts?: BuildOptions): Promise<Observation>;
  /** The same daemon's legacy builder (`DOCKER_BUILDKIT=0 docker build`): its outcome only, no session to record. */
  legacyBuild(context: string, opts?: BuildOptions): Promise<RunResult>;
  stop(): Promise<void>;
}

const BASE_IMAGE = 'oracle/busybox';

export async function startEngine(): Promise<Engine> {
  const missing = engineMissing();
  if (missing) throw new Error(missing);
  const dir = engineDir();
  const fs = join(dir, 'fs');
  const state = mkdtempSync(join(tmpdir(), 'ctx-audit-bk-'));
  const sock = join(state, 'd.sock');
  const cfg = join(state, 'dockercfg');
  mkdirSync(join(cfg, 'cli-plugins'), { recursive: true });
  symlinkSync(join(fs, 'usr/libexec/docker/cli-plugins/docker-buildx'), join(cfg, 'cli-plugins', 'docker-buildx'));
  const env: Record<string, string> = {
    PATH: `${join(fs, 'usr/bin')}:${join(fs, 'usr/sbin')}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
    HOME: state,
    DOCKER_CONFIG: cfg,
    NO_COLOR: '1',
  };
  const log = openSync(join(state, 'dockerd.log'), 'a');
  const t0 = Date.now();
  const daemon: ChildProcess = spawn(
    join(fs, 'usr/sbin/dockerd'),
    [
      '--host', `unix://${sock}`, '--data-root', join(state, 'root'), '--exec-root', join(state, 'exec'),
      '--pidfile', join(state, 'd.pid'), '--iptables=false', '--ip6tables=false', '--bridge=none',
      '--storage-driver=vfs', '--config-file', '/dev/null',
    ].concat(process.env.CTX_AUDIT_BK_DEBUG ? ['--debug'] : []),
    { env, stdio: ['ignore', log, log] },
  );
  closeSync(log);
  let exited = false;
  daemon.on('exit', () => (exited = true));
  // If this process dies (crash, SIGKILL, timeout) the watcher stops the daemon and its containerd.
  const watcher = spawn(
    '/bin/sh',
    ['-c', `while kill -0 ${process.pid} 2>/dev/null && kill -0 ${daemon.pid} 2>/dev/null; do sleep 1; done; kill -TERM ${daemon.pid} 2>/dev/null; sleep 10; kill -KILL ${daemon.pid} 2>/dev/null; rm -rf '${state}'`],
    { detached: true, stdio: 'ignore' },
  );
  watcher.unref();

  const stop = async () => {
    if (!exited) {
      daemon.kill('SIGTERM');
      const done = new Promise<void>((r) => daemon.once('exit', () => r()));
      const t = setTimeout(() => daemon.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(t);
    }
    try {
      process.kill(watcher.pid as number, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(state, { recursive: true, force: true });
  };

  try {
    for (let i = 0; ; i++) {
      if (exited) throw new Error(`dockerd exited at start:\n${readFileSync(join(state, 'dockerd.log'), 'utf8').slice(-2000)}`);
      if (await ping(sock)) break;
      if (i > 300) throw new Error('dockerd did not answer /_ping within 30 s');
      await sleep(100);
    }
    const startSeconds = (Date.now() - t0) / 1000;
    const docker = findDocker();
    const dk = (args: string[], host = sock, cwd = state, timeoutMs = 120_000, stdin?: Buffer) => runProcess(docker, ['-H', `unix://${host}`, ...args], { cwd, env, timeoutMs, stdin });
    const version = (await dk(['version', '--format', '{{.Server.Version}}'])).stdout.trim();
    // A base image for RUN --mount cases: Debian's static busybox, imported (nothing can be pulled).
    const bb = join(state, 'bbroot');
    mkdirSync(join(bb, 'bin'), { recursive: true });
    mkdirSync(join(bb, 'tmp'));
    const imp = await runProcess('/bin/sh', ['-c', `cp '${join(fs, 'bin/busybox')}' bin/ && for c in sh ls cat true; do ln -s busybox bin/$c; done && tar -c . | '${docker}' -H 'unix://${sock}' import - ${BASE_IMAGE}`], { cwd: bb, env, timeoutMs: 60_000 });
    if (imp.exitCode !== 0) throw new Error(`docker import failed: ${imp.stderr}`);
    let n = 0;
    // uid 65534 cannot reach root's cache or the 0700 state directory: it gets a docker config of its
    // own (buildx writes there) with its own copy of the buildx plugin, made on its first build.
    let nobodyCfg: string | null = null;
    const nobodyConfig = (): string => {
      if (nobodyCfg) return nobodyCfg;
      const d = join(state, 'nobody');
      mkdirSync(join(d, 'cli-plugins'), { recursive: true });
      copyFileSync(join(fs, 'usr/libexec/docker/cli-plugins/docker-buildx'), join(d, 'cli-plugins', 'docker-buildx'));
      chmodSync(join(d, 'cli-plugins', 'docker-buildx'), 0o755);
      chmodSync(join(d, 'cli-plugins'), 0o755);
      chmodSync(d, 0o777);
      chmodSync(state, 0o711);
      return (nobodyCfg = d);
    };

    const build = async (context: string, opts: BuildOptions = {}): Promise<Observation> => {
      // With a warm cache BuildKit asks only for changed files: start every build from nothing.
      const t0 = Date.now();
      // POST /build/prune?all=1 (what `docker builder prune -af` asks for, without starting a CLI).
      const prune = await api(sock, 'POST', '/build/prune?all=1');
      const t1 = Date.now();
      if (prune.status !== 200) throw new Error(`build cache prune failed: ${prune.status} ${prune.body}`);
      const proxySock = join(state, `p${++n}.sock`);
      const proxy = await startProxy(proxySock, sock);
      let r: RunResult;
      try {
        const argv = ['-H', `unix://${proxySock}`, 'buildx', 'build', '--progress=plain', '--network=none', ...(opts.args ?? []), context];
        if (opts.runAsNobody) {
          chmodSync(proxySock, 0o666);
          const cfgDir = nobodyConfig();
          r = await runProcess(docker, argv, { cwd: opts.cwd ?? context, env: { ...env, HOME: cfgDir, DOCKER_CONFIG: cfgDir }, timeoutMs: 120_000, stdin: opts.stdin, runAsNobody: true });
        } else r = await dk(argv.slice(2), proxySock, opts.cwd ?? context, 120_000, opts.stdin);
      } finally {
        await proxy.close();
      }
      let transfers: WireTransfer[] = [];
      for (const c of proxy.connections) {
        if (/^POST [^ ]*\/session /.test(c.c2s.subarray(0, 200).toString('latin1'))) transfers = transfers.concat(await decodeSession(c.c2s, c.s2c));
      }
      const locals = transfers.filter((t) => t.dirName === 'context');
      const isProbe = (t: WireTransfer) => t.followPaths.length === 1 && t.followPaths[0] === '.dockerignore' && t.excludePatterns.length === 0;
      const dockerignore = locals.find(isProbe) ?? null;
      const rest = locals.filter((t) => t !== dockerignore);
      if (rest.length > 1) throw new Error(`${rest.length} build-context transfers in one build`);
      return { build: r, transfers, context: rest[0] ?? null, dockerignore, printed: printedFigures(r.stderr), ms: { prune: t1 - t0, build: Date.now() - t1 } };
    };
    const legacyBuild = (context: string, opts: BuildOptions = {}): Promise<RunResult> => {
      let e: Record<string, string> = { ...env, DOCKER_BUILDKIT: '0' };
      if (opts.runAsNobody) {
        chmodSync(sock, 0o666);
        const cfgDir = nobodyConfig();
        e = { ...e, HOME: cfgDir, DOCKER_CONFIG: cfgDir };
      }
      return runProcess(docker, ['-H', `unix://${sock}`, 'build', '--network=none', '-q', ...(opts.args ?? []), context], { cwd: opts.cwd ?? context, env: e, timeoutMs: 120_000, stdin: opts.stdin, runAsNobody: opts.runAsNobody });
    };
    return { version, startSeconds, build, legacyBuild, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** From `--progress=plain`: `#3 [internal] load .dockerignore` ... `#3 transferring context: 2B done`. */
export function printedFigures(log: string): { context: string | null; dockerignore: string | null } {
  const names = new Map<string, string>();
  const last = new Map<string, string>();
  for (const line of log.split('\n')) {
    const v = /^#(\d+) \[internal\] load (build context|\.dockerignore)\s*$/.exec(line);
    if (v) names.set(v[1], v[2]);
    const t = /^#(\d+) transferring context: (\S+)/.exec(line);
    if (t) last.set(t[1], t[2]);
  }
  const out = { context: null as string | null, dockerignore: null as string | null };
  for (const [id, name] of names) {
    const fig = last.get(id) ?? null;
    if (name === 'build context') out.context = fig;
    else out.dockerignore = fig;
  }
  return out;
}

function api(sock: string, method: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath: sock, method, path, timeout: 120_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timed out`)));
    req.end();
  });
}

function ping(sock: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ socketPath: sock, path: '/_ping', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Recorded {
  c2s: Buffer;
  s2c: Buffer;
}

/** A unix-socket proxy that records both directions of every connection. */
async function startProxy(listen: string, upstream: string): Promise<{ connections: Recorded[]; close(): Promise<void> }> {
  const conns: { up: Buffer[]; down: Buffer[]; sockets: Socket[] }[] = [];
  const server = createServer((client) => {
    const rec = { up: [] as Buffer[], down: [] as Buffer[], sockets: [client] as Socket[] };
    conns.push(rec);
    const u = createConnection(upstream);
    rec.sockets.push(u);
    client.on('data', (b: Buffer) => {
      rec.up.push(b);
      u.write(b);
    });
    u.on('data', (b: Buffer) => {
      rec.down.push(b);
      client.write(b);
    });
    client.on('end', () => u.end());
    u.on('end', () => client.end());
    client.on('error', () => u.destroy());
    u.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(listen, r));
  chmodSync(listen, 0o600);
  return {
    get connections() {
      return conns.map((c) => ({ c2s: Buffer.concat(c.up), s2c: Buffer.concat(c.down) }));
    },
    close: async () => {
      // Let the daemon's last frames (the session's end) arrive before cutting connections.
      await sleep(150);
      for (const c of conns) for (const s of c.sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
