import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  hideUrlCredentials
} from "./chunk-SJYW3XAE.mjs";
import {
  InputError
} from "./chunk-C2U46XUJ.mjs";

// src/inputs/git-url.ts
function isHttpUrl(s) {
  return s.startsWith("https://") || s.startsWith("http://");
}
function isGitUrl(s) {
  if (isHttpUrl(s) && /\.git(?:#.+)?$/s.test(s)) return true;
  return ["git://", "github.com/", "git@"].some((p) => s.startsWith(p));
}
function scheme(s) {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(s);
  return m ? m[1].toLowerCase() : "";
}
function parseGitUrl(url) {
  let s = url;
  const transport = s.startsWith("git@") || ["git", "http", "https", "ssh"].includes(scheme(s));
  if (!transport) s = "https://" + s;
  const hash = s.indexOf("#");
  const remote = hash < 0 ? s : s.slice(0, hash);
  const fragment = hash < 0 ? "" : s.slice(hash + 1);
  const colon = fragment.indexOf(":");
  const ref = (colon < 0 ? fragment : fragment.slice(0, colon)) || "master";
  const subdir = colon < 0 ? "" : fragment.slice(colon + 1);
  if (ref.startsWith("-")) throw new InputError(`unable to prepare context: invalid refspec: ${ref}`);
  if (/[\0-\x1f\x7f]/.test(remote)) throw new InputError(`unable to prepare context: invalid URL ${JSON.stringify(hideUrlCredentials(remote))}`);
  return { remote, ref, subdir };
}

export {
  isHttpUrl,
  isGitUrl,
  parseGitUrl
};
