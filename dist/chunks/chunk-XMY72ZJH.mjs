import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  readRegularFile
} from "./chunk-U6NIXFFM.mjs";
import {
  byteStringToText,
  fsPath,
  nodeCrypto,
  toByteString
} from "./chunk-PCHR3W3Q.mjs";
import {
  InputError
} from "./chunk-C2U46XUJ.mjs";

// src/context/tar-stream-plan.ts
const fs = require("node:fs");
function floorSeconds(ns) {
  const s = ns / 1000000000n;
  return Number(ns < 0n && s * 1000000000n !== ns ? s - 1n : s);
}
function planTar(ctx, now = /* @__PURE__ */ new Date()) {
  const items = walkTarItems(ctx);
  if (ctx.walk.truncatedAfter !== null) {
    const last = items.pop();
    return { items, truncatedEnd: false, headerOnlyLast: last };
  }
  if (!injectsDockerfile(ctx)) return { items, truncatedEnd: false, headerOnlyLast: null };
  const { randomBytes } = nodeCrypto();
  return injectDockerfile(ctx, items, { name: ".dockerfile." + randomBytes(10).toString("hex"), now, dockerfileFirst: true });
}
function injectsDockerfile(ctx) {
  return ctx.walk.truncatedAfter === null && ctx.resolved.dockerfileOutside && (ctx.resolved.dockerfileAbs !== null || ctx.resolved.dockerfileStdin !== void 0);
}
function walkTarItems(ctx) {
  const root = toByteString(ctx.resolved.root);
  return ctx.walk.entries.map((e) => {
    const abs = root + "/" + e.path;
    const st = fs.lstatSync(fsPath(abs), { bigint: true, throwIfNoEntry: false });
    const mtime = st ? floorSeconds(st.mtimeNs) : e.mtime;
    return { ...e, mtime, source: e.type === "0" && e.size > 0 ? { path: fsPath(abs) } : void 0 };
  });
}
function injectDockerfile(ctx, walkItems, variant) {
  const root = toByteString(ctx.resolved.root);
  const items = [...walkItems];
  const { name, now } = variant;
  let dockerfile;
  if (ctx.resolved.dockerfileStdin) dockerfile = ctx.resolved.dockerfileStdin;
  else {
    try {
      dockerfile = readRegularFile(fsPath(ctx.resolved.dockerfileAbs), { maxBytes: Number.MAX_SAFE_INTEGER });
    } catch (e) {
      throw new InputError(`unable to read the Dockerfile ${byteStringToText(ctx.resolved.dockerfileAbs)}: ${e.message}`);
    }
  }
  const nowSec = Math.round(now.getTime() / 1e3);
  const addition = Buffer.from("\n" + name + "\n", "latin1");
  const ignoreIdx = items.findIndex((i) => i.name === ".dockerignore");
  const injectedDockerfile = {
    name,
    type: "0",
    mode: 384,
    size: dockerfile.length,
    mtime: nowSec,
    linkname: "",
    devmajor: 0,
    devminor: 0,
    source: { bytes: dockerfile }
  };
  if (ignoreIdx >= 0) {
    const orig = items[ignoreIdx];
    const content = Buffer.concat([orig.type === "0" ? readRegularFile(fsPath(root + "/.dockerignore"), { noFollow: true, maxBytes: Number.MAX_SAFE_INTEGER }) : Buffer.alloc(0), addition]);
    items[ignoreIdx] = { ...orig, size: content.length, source: { bytes: content } };
    items.push(injectedDockerfile);
  } else {
    const content = Buffer.concat([Buffer.from(".dockerignore"), addition]);
    const ignoreItem = {
      name: ".dockerignore",
      type: "0",
      mode: 384,
      size: content.length,
      mtime: nowSec,
      linkname: "",
      devmajor: 0,
      devminor: 0,
      source: { bytes: content }
    };
    if (variant.dockerfileFirst) items.push(injectedDockerfile, ignoreItem);
    else items.push(ignoreItem, injectedDockerfile);
  }
  return { items, truncatedEnd: true, headerOnlyLast: null };
}

export {
  planTar,
  injectsDockerfile,
  walkTarItems,
  injectDockerfile
};
