import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  contextFromGitUrl,
  contextFromUrl
} from "./chunk-25E5TQF2.mjs";
import {
  remoteContextKind
} from "./chunk-CAMEKKVL.mjs";
import {
  InputError
} from "./chunk-C2U46XUJ.mjs";

// src/inputs/url-targets.ts
const path = require("node:path");
function dockerfileInContext(t) {
  if (t.dockerfile === void 0) return void 0;
  return path.relative(path.resolve(t.context), t.dockerfile);
}
async function fetchUrlTargets(targets, env) {
  const fetched = /* @__PURE__ */ new Map();
  const cleanups = [];
  const out = [];
  try {
    for (const t of targets) {
      const kind = t.skipReason !== void 0 && t.error === void 0 ? remoteContextKind(t.context) : null;
      if (!kind) {
        out.push(t);
        continue;
      }
      const file = dockerfileInContext(t);
      try {
        const input = kind === "git" ? await contextFromGitUrl(t.context, { file, env }) : await contextFromUrl(t.context, { file });
        cleanups.push(input.cleanup);
        if (input.dockerfileError) throw new InputError(input.dockerfileError);
        const next = { ...t, context: input.dir, dockerfile: input.file, skipReason: void 0 };
        out.push(next);
        fetched.set(next, { label: t.context, audit: input.audit, notice: input.notice });
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        out.push({ ...t, skipReason: void 0, error: e.message });
      }
    }
  } catch (e) {
    for (const c of cleanups) c();
    throw e;
  }
  return { targets: out, fetched, cleanup: () => cleanups.forEach((c) => c()) };
}
function fetchedAuditOptions(f) {
  return f ? { repository: void 0, ...f.audit } : {};
}

export {
  fetchUrlTargets,
  fetchedAuditOptions
};
