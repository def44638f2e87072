// The one place ctx-audit runs a program: `git`, to clone a git URL given as CONTEXT, the way the
// docker CLI does for the legacy builder (cli/command/image/build/internal/git): `git init` in a
// fresh temporary directory, `git remote add origin`, `git fetch --depth 1 origin -- <ref>` (no
// depth from a dumb HTTP server), `git checkout <ref>` or else FETCH_HEAD, then
// `git submodule update --init --recursive --depth=1`. Docker then sends that checkout, .git
// included, so the same commands in the same order leave the same files of the same sizes.
//
// It runs only on a URL the user typed on the command line (or passed with --allow-url-contexts for
// a Compose/Bake file), never because a repository's file said so. Every git call has hooks and
// fsmonitor off, no credential or terminal prompt, no protocol.file (a submodule cannot read this
// machine's repositories), docker's isolation from the user's and system's git config, and an
// environment that cannot point git at another repository; the URL always follows `--`.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { InputError } from '../errors.js';
import { makeTempDir } from '../context/temp-dir.js';
import { hideUrlCredentials } from '../context/url-credentials.js';
import type { GitRemote } from './git-url.js';

export interface GitCheckout {
  /** The clone's top level (its .git beside it): the repository boundary of the audit. */
  root: string;
  /** The context: the checkout, or its subdirectory. */
  dir: string;
  commit: string;
  cleanup(): void;
}

/** Per git call; a clone that hangs (a server that never answers) ends here. */
const GIT_TIMEOUT_MS = 10 * 60_000;
const SAFE_CONFIG = ['-c', 'protocol.file.allow=never', '-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'credential.helper='];

/** The environment git runs with: the user's, less what would redirect it, plus docker's isolation and no prompts. */
export function gitEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) continue;
    // Another repository, index, object store or config injected through the environment.
    if (/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|COMMON_DIR|NAMESPACE|CONFIG.*|EXEC_PATH|ASKPASS)$/.test(k)) continue;
    if (k === 'SSH_ASKPASS') continue;
    out[k] = v;
  }
  out.GIT_TERMINAL_PROMPT = '0';
  out.GIT_PROTOCOL_FROM_USER = '0';
  out.GIT_CONFIG_NOSYSTEM = '1';
  out.HOME = '/dev/null';
  // ssh must not ask for a passphrase or a host key either.
  if (out.GIT_SSH_COMMAND === undefined && out.GIT_SSH === undefined) out.GIT_SSH_COMMAND = 'ssh -o BatchMode=yes';
  return out;
}

function runGit(args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', [...SAFE_CONFIG, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let size = 0;
    const keep = (c: Buffer) => {
      // Only the start of git's messages is ever shown.
      if (size < 64 << 10) out.push(c);
      size += c.length;
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => child.kill('SIGKILL'), GIT_TIMEOUT_MS);
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(e.code === 'ENOENT' ? new InputError("unable to prepare context: unable to find 'git': a git URL context is cloned with the git on PATH") : e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output: Buffer.concat(out).toString('utf8') });
    });
  });
}

/** git's last meaningful line, credentials removed (git may echo the URL it was given). */
function gitMessage(output: string): string {
  const lines = output.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('hint:'));
  return hideUrlCredentials(lines.slice(-2).join(' ')).replace(/[\0-\x1f\x7f]/g, ' ') || 'git failed';
}

/** supportsShallowClone: an http(s) server that answers the smart protocol's advertisement (HEAD, else GET). */
async function supportsShallowClone(remote: string): Promise<boolean> {
  if (!/^https?:/i.test(remote)) return true;
  const service = remote + '/info/refs?service=git-upload-pack';
  for (const method of ['HEAD', 'GET']) {
    try {
      const res = await fetch(service, { method, redirect: 'follow', signal: AbortSignal.timeout(60_000) });
      await res.body?.cancel();
      if (res.status === 200) return res.headers.get('content-type') === 'application/x-git-upload-pack-advertisement';
    } catch {
      // try GET, then give up like docker (a full fetch)
    }
  }
  return false;
}

/** Clones `repo` as the docker CLI does; the temporary directory is removed by `cleanup` (and at exit). */
export async function cloneGitRepository(repo: GitRemote, shownUrl: string, env: Record<string, string | undefined>): Promise<GitCheckout> {
  const { dir: root, cleanup } = makeTempDir('ctx-audit-git-');
  const gitEnv = gitEnvironment(env);
  const fail = (step: string, output: string): never => {
    throw new InputError(`unable to prepare context: ${shownUrl}: ${step}: ${gitMessage(output)}`);
  };
  try {
    let r = await runGit(['init'], root, gitEnv);
    if (r.code !== 0) fail('git init', r.output);
    r = await runGit(['remote', 'add', '--', 'origin', repo.remote], root, gitEnv);
    if (r.code !== 0) fail('git remote add', r.output);
    const depth = (await supportsShallowClone(repo.remote)) ? ['--depth', '1'] : [];
    r = await runGit(['fetch', ...depth, 'origin', '--', repo.ref], root, gitEnv);
    if (r.code !== 0) fail(`error fetching ${repo.ref}`, r.output);
    r = await runGit(['checkout', repo.ref], root, gitEnv);
    if (r.code !== 0 && (await runGit(['checkout', 'FETCH_HEAD'], root, gitEnv)).code !== 0) fail(`error checking out ${repo.ref}`, r.output);
    r = await runGit(['submodule', 'update', '--init', '--recursive', '--depth=1'], root, gitEnv);
    if (r.code !== 0) fail('error initializing submodules', r.output);
    r = await runGit(['rev-parse', 'HEAD'], root, gitEnv);
    if (r.code !== 0) fail('git rev-parse HEAD', r.output);
    const commit = r.output.trim();
    let dir = root;
    if (repo.subdir !== '') {
      // FollowSymlinkInScope: the subdirectory, links resolved, must stay in the clone and be a directory.
      let real: string;
      try {
        real = fs.realpathSync(path.join(root, repo.subdir));
      } catch {
        throw new InputError(`unable to prepare context: ${shownUrl}: no directory ${JSON.stringify(repo.subdir)} in the repository at ${repo.ref}`);
      }
      if (real !== root && !real.startsWith(root + path.sep)) throw new InputError(`unable to prepare context: error setting git context, ${JSON.stringify(repo.subdir)} not within git root`);
      if (!fs.statSync(real).isDirectory()) throw new InputError(`unable to prepare context: error setting git context, not a directory: ${repo.subdir}`);
      dir = real;
    }
    return { root, dir, commit, cleanup };
  } catch (e) {
    cleanup();
    throw e;
  }
}
