import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  makeTempDir
} from "./chunk-L2MQREZJ.mjs";
import {
  hideUrlCredentials
} from "./chunk-SJYW3XAE.mjs";
import {
  InputError
} from "./chunk-C2U46XUJ.mjs";
import "./chunk-5POXV72P.mjs";

// src/inputs/git-clone.ts
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");
var GIT_TIMEOUT_MS = 10 * 6e4;
var SAFE_CONFIG = ["-c", "protocol.file.allow=never", "-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false", "-c", "credential.helper="];
function gitEnvironment(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === void 0) continue;
    if (/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|COMMON_DIR|NAMESPACE|CONFIG.*|EXEC_PATH|ASKPASS)$/.test(k)) continue;
    if (k === "SSH_ASKPASS") continue;
    out[k] = v;
  }
  out.GIT_TERMINAL_PROMPT = "0";
  out.GIT_PROTOCOL_FROM_USER = "0";
  out.GIT_CONFIG_NOSYSTEM = "1";
  out.HOME = "/dev/null";
  if (out.GIT_SSH_COMMAND === void 0 && out.GIT_SSH === void 0) out.GIT_SSH_COMMAND = "ssh -o BatchMode=yes";
  return out;
}
function runGit(args, cwd, env) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", [...SAFE_CONFIG, ...args], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    let size = 0;
    const keep = (c) => {
      if (size < 64 << 10) out.push(c);
      size += c.length;
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => child.kill("SIGKILL"), GIT_TIMEOUT_MS);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e.code === "ENOENT" ? new InputError("unable to prepare context: unable to find 'git': a git URL context is cloned with the git on PATH") : e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output: Buffer.concat(out).toString("utf8") });
    });
  });
}
function gitMessage(output) {
  const lines = output.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("hint:"));
  return hideUrlCredentials(lines.slice(-2).join(" ")).replace(/[\0-\x1f\x7f]/g, " ") || "git failed";
}
async function supportsShallowClone(remote) {
  if (!/^https?:/i.test(remote)) return true;
  const service = remote + "/info/refs?service=git-upload-pack";
  for (const method of ["HEAD", "GET"]) {
    try {
      const res = await fetch(service, { method, redirect: "follow", signal: AbortSignal.timeout(6e4) });
      await res.body?.cancel();
      if (res.status === 200) return res.headers.get("content-type") === "application/x-git-upload-pack-advertisement";
    } catch {
    }
  }
  return false;
}
async function cloneGitRepository(repo, shownUrl, env) {
  const { dir: root, cleanup } = makeTempDir("ctx-audit-git-");
  const gitEnv = gitEnvironment(env);
  const fail = (step, output) => {
    throw new InputError(`unable to prepare context: ${shownUrl}: ${step}: ${gitMessage(output)}`);
  };
  try {
    let r = await runGit(["init"], root, gitEnv);
    if (r.code !== 0) fail("git init", r.output);
    r = await runGit(["remote", "add", "--", "origin", repo.remote], root, gitEnv);
    if (r.code !== 0) fail("git remote add", r.output);
    const depth = await supportsShallowClone(repo.remote) ? ["--depth", "1"] : [];
    r = await runGit(["fetch", ...depth, "origin", "--", repo.ref], root, gitEnv);
    if (r.code !== 0) fail(`error fetching ${repo.ref}`, r.output);
    r = await runGit(["checkout", repo.ref], root, gitEnv);
    if (r.code !== 0 && (await runGit(["checkout", "FETCH_HEAD"], root, gitEnv)).code !== 0) fail(`error checking out ${repo.ref}`, r.output);
    r = await runGit(["submodule", "update", "--init", "--recursive", "--depth=1"], root, gitEnv);
    if (r.code !== 0) fail("error initializing submodules", r.output);
    r = await runGit(["rev-parse", "HEAD"], root, gitEnv);
    if (r.code !== 0) fail("git rev-parse HEAD", r.output);
    const commit = r.output.trim();
    let dir = root;
    if (repo.subdir !== "") {
      let real;
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
export {
  cloneGitRepository,
  gitEnvironment
};
