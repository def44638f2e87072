import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-C2U46XUJ.mjs";

// src/context/boundary.ts
const fs = require("node:fs");
const path = require("node:path");
var ALLOW_OUTSIDE_FLAG = "--allow-outside-repo";
var OutsideRepositoryError = class extends InputError {
};
function findRepoRoot(start) {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (fs.lstatSync(path.join(dir, ".git"), { throwIfNoEntry: false })) return dir;
    if (path.dirname(dir) === dir) return null;
  }
}
function realpathOr(p) {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
function repoBoundary(cwd, allowOutside = false) {
  const real = realpathOr(cwd);
  return { root: realpathOr(findRepoRoot(real) ?? real), allowOutside };
}
function resolvedLocation(p) {
  let head = path.resolve(p);
  const tail = [];
  for (; ; ) {
    try {
      return path.join(fs.realpathSync(head), ...tail);
    } catch {
      const parent = path.dirname(head);
      if (parent === head) return path.resolve(p);
      tail.unshift(path.basename(head));
      head = parent;
    }
  }
}
function isInside(root, p) {
  const rel = path.relative(root, p);
  return rel === "" || !rel.startsWith(".." + path.sep) && rel !== ".." && !path.isAbsolute(rel);
}
function assertInsideRepo(boundary, p, what, shown = p) {
  if (!boundary || boundary.allowOutside) return;
  const abs = path.resolve(p);
  if (boundary.ours?.includes(abs)) return;
  const leads = resolvedLocation(abs);
  if (isInside(boundary.root, leads)) return;
  const where = isInside(boundary.root, abs) ? `leads outside the repository ${boundary.root} (to ${leads})` : `is outside the repository ${boundary.root}`;
  throw new OutsideRepositoryError(`${what} ${shown} ${where}: not read (${ALLOW_OUTSIDE_FLAG} allows it)`);
}
function assertInsideRepoIfExists(boundary, p, what, shown = (x) => x) {
  if (!boundary || boundary.allowOutside) return;
  let exists;
  try {
    exists = fs.lstatSync(p, { throwIfNoEntry: false }) !== void 0;
  } catch {
    exists = false;
  }
  if (exists) assertInsideRepo(boundary, p, what, shown(path.resolve(p)));
}

export {
  ALLOW_OUTSIDE_FLAG,
  OutsideRepositoryError,
  findRepoRoot,
  realpathOr,
  repoBoundary,
  resolvedLocation,
  isInside,
  assertInsideRepo,
  assertInsideRepoIfExists
};
