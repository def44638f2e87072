// The docker CLI oracle: runs the real `docker build` (legacy builder) against a stub daemon and
// captures the exact bytes it uploads as the build context. The stub is the method described in
// docker-context-facts.md §0: a unix socket that answers /_ping and saves the body of
// POST /vX/build. No real daemon and no buildx are needed; only the docker client binary.
import { spawn } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** uid/gid used for the permission vectors (R18–R21): as root nothing is unreadable. */
export const NOBODY_UID = 65534;
export const NOBODY_GID = 65534;

// Docker 28.2 speaks API 1.50 at most; answering with it avoids version negotiation surprises.
const API_VERSION = '1.50';
const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * The docker client to use as the oracle. CI must never silently skip the differential suite,
 * so a missing binary is a loud failure, not a skip.
 */
export function findDocker(): string {
  const candidates: string[] = [];
  if (process.env.CTX_AUDIT_DOCKER) candidates.push(process.env.CTX_AUDIT_DOCKER);
  candidates.push('/usr/local/bin/docker');
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir) candidates.push(join(dir, 'docker'));
  for (const c of candidates) {
    try {
      if (!statSync(c).isFile()) continue;
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // try the next candidate
    }
  }
  throw new Error(
    'docker CLI not found (looked at $CTX_AUDIT_DOCKER, /usr/local/bin/docker and $PATH). ' +
      'The differential tests need the docker client binary (no daemon); install it rather than skipping.',
  );
}

export function findSetpriv(): string {
  for (const c of ['/usr/bin/setpriv', '/bin/setpriv']) if (existsSync(c)) return c;
  throw new Error('setpriv not found: the permission vectors must run docker as an unprivileged user');
}

/** What one POST /build carried. */
export interface CapturedBuild {
  body: Buffer;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
}

export interface StubDaemon {
  socketPath: string;
  /** Every completed POST /build, in arrival order. */
  builds: CapturedBuild[];
  close(): Promise<void>;
}

function fakeImageId(): string {
  let hex = '';
  for (let i = 0; i < 64; i++) hex += Math.floor(Math.random() * 16).toString(16);
  return hex;
}

/**
 * Starts a stub daemon on a fresh unix socket inside its own temp dir. The dir and socket are
 * world-accessible so docker run as uid 65534 can connect.
 */
export async function startStubDaemon(): Promise<StubDaemon> {
  const dir = mkdtempSync(join(tmpdir(), 'ctx-audit-stub-'));
  chmodSync(dir, 0o755);
  const socketPath = join(dir, 'docker.sock');
  const builds: CapturedBuild[] = [];

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://stub');
    const path = url.pathname;
    if ((req.method === 'GET' || req.method === 'HEAD') && /^(\/v[\d.]+)?\/_ping$/.test(path)) {
      req.resume();
      res.writeHead(200, {
        'Api-Version': API_VERSION,
        'Docker-Experimental': 'false',
        Ostype: 'linux',
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': '2',
      });
      res.end(req.method === 'HEAD' ? undefined : 'OK');
      return;
    }
    if (req.method === 'POST' && /^\/v[\d.]+\/build$/.test(path)) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      // Answer only after the request body has fully ended. If the stub replies early, the client
      // sees the response, closes the connection and stops writing: the captured body is cut
      // short at a random point (the race the naive stub has).
      req.on('end', () => {
        builds.push({ body: Buffer.concat(chunks), query: url.searchParams, headers: req.headers });
        res.writeHead(200, { 'Content-Type': 'application/json', 'Api-Version': API_VERSION });
        res.write(JSON.stringify({ stream: 'Step 1/1 : FROM scratch\n' }) + '\n');
        res.write(JSON.stringify({ stream: ' ---> Running in stub\n' }) + '\n');
        res.end(JSON.stringify({ aux: { ID: `sha256:${fakeImageId()}` } }) + '\n');
      });
      req.on('error', () => res.destroy());
      return;
    }
    req.resume();
    res.writeHead(404, { 'Content-Type': 'application/json', 'Api-Version': API_VERSION });
    res.end(JSON.stringify({ message: 'not found' }) + '\n');
  };

  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  chmodSync(socketPath, 0o777);
  return {
    socketPath,
    builds,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          rmSync(dir, { recursive: true, force: true });
          resolve();
        });
      }),
  };
}

export interface CaptureOptions {
  /** The context argument, passed as is. */
  context: string;
  /** The `-f` argument, passed as is (relative paths resolve against `cwd`, R4). */
  dockerfile?: string;
  /** Working directory for docker; defaults to the context. */
  cwd?: string;
  /** Run docker as uid/gid 65534 through setpriv (permission vectors). */
  runAsNobody?: boolean;
  extraArgs?: string[];
  timeoutMs?: number;
  /** Bytes on docker's stdin (`-f -`); an empty stdin otherwise. */
  stdin?: Buffer;
}

export interface CaptureResult extends RunResult {
  /** The complete uploaded body, or null when docker never posted a build. */
  tar: Buffer | null;
  query: URLSearchParams | null;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  /** stdout as raw bytes (NUL-separated listings may hold invalid UTF-8 names). */
  stdoutBytes: Buffer;
  stderr: string;
}

/**
 * Spawns a command with exactly the given environment, collects output, and kills it (loudly) on
 * timeout. Shared by the oracle and by the ctx-audit side of the differential tests.
 */
export function runProcess(
  command: string,
  args: string[],
  opts: { cwd: string; env: Record<string, string>; timeoutMs?: number; runAsNobody?: boolean; stdin?: Buffer },
): Promise<RunResult> {
  let cmd = command;
  let argv = args;
  if (opts.runAsNobody) {
    argv = [`--reuid=${NOBODY_UID}`, `--regid=${NOBODY_GID}`, '--clear-groups', command, ...args];
    cmd = findSetpriv();
  }
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, argv, { cwd: opts.cwd, env: opts.env, stdio: ['pipe', 'pipe', 'pipe'] });
    // stdin: the given bytes, else none (an immediate EOF).
    child.stdin.on('error', () => {}); // a process that exits without reading all of it
    child.stdin.end(opts.stdin);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out after ${timeoutMs} ms: ${cmd} ${argv.join(' ')}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdoutBytes = Buffer.concat(out);
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        stdout: stdoutBytes.toString('utf8'),
        stdoutBytes,
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** The last non-empty line of a stream, which is where docker prints its fatal error. */
export function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
  return lines.length === 0 ? '' : lines[lines.length - 1];
}

/**
 * Runs `DOCKER_BUILDKIT=0 docker -H unix://<stub> build [-f F] CONTEXT` and returns the uploaded
 * body. The environment is built from scratch so a developer's DOCKER_HOST, DOCKER_CONTEXT or
 * ~/.docker config (context, proxies, content trust) cannot change what is sent.
 */
export async function captureUpload(opts: CaptureOptions): Promise<CaptureResult> {
  const docker = findDocker();
  const stub = await startStubDaemon();
  const configDir = mkdtempSync(join(tmpdir(), 'ctx-audit-dockercfg-'));
  chmodSync(configDir, 0o777);
  try {
    const args = ['-H', `unix://${stub.socketPath}`, 'build'];
    if (opts.dockerfile !== undefined) args.push('-f', opts.dockerfile);
    args.push(...(opts.extraArgs ?? []), opts.context);
    const env: Record<string, string> = {
      PATH: '/usr/local/bin:/usr/bin:/bin',
      HOME: configDir,
      DOCKER_CONFIG: configDir,
      DOCKER_BUILDKIT: '0',
      NO_COLOR: '1',
    };
    const r = await runProcess(docker, args, {
      cwd: opts.cwd ?? opts.context,
      env,
      timeoutMs: opts.timeoutMs,
      runAsNobody: opts.runAsNobody,
      stdin: opts.stdin,
    });
    if (stub.builds.length > 1) throw new Error(`docker posted ${stub.builds.length} builds; expected at most one`);
    const build = stub.builds[0];
    return { ...r, tar: build ? build.body : null, query: build ? build.query : null };
  } finally {
    await stub.close();
    rmSync(configDir, { recursive: true, force: true });
  }
}
