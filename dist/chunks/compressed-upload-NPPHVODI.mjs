import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  injectDockerfile,
  injectsDockerfile,
  planTar,
  walkTarItems
} from "./chunk-XMY72ZJH.mjs";
import "./chunk-U6NIXFFM.mjs";
import {
  GoGzipWriter
} from "./chunk-JYNGW7U3.mjs";
import {
  humanSize,
  paddingFor,
  writeTar
} from "./chunk-WE6XP7M2.mjs";
import "./chunk-PCHR3W3Q.mjs";
import "./chunk-C2U46XUJ.mjs";
import "./chunk-5POXV72P.mjs";

// src/context/compressed-upload.ts
const { Writable } = require("node:stream");
const { createRequire } = require("node:module");
var MIN_R40_DRAWS = 4;
var MAX_R40_DRAWS = 70;
var R40_BUDGET_BYTES = 64 << 20;
var EXTREME_NAMES = ["00000000000000000000", "77777777777777777777", "ffffffffffffffffffff", "abcfedacbdefbacefdab", "fedcbadbfeacfbdcaefb", "9a8b9c8dae9f8a9b8cad"];
var R40_TIME_SPAN_MS = 3e5;
var R40_TOP_MARGIN = 2;
function r40Draws(now, total) {
  const { randomBytes, randomInt } = createRequire(import.meta.url)("node:crypto");
  const t = now.getTime();
  const extremes = EXTREME_NAMES.slice(0, Math.max(1, Math.min(EXTREME_NAMES.length, total - 2)));
  const draws = extremes.map((n, i) => ({ name: ".dockerfile." + n, now: new Date(t + i % 2 * 1e3) }));
  for (let i = 0, n = Math.max(1, total - extremes.length); i < n; i++) {
    draws.push({ name: ".dockerfile." + randomBytes(10).toString("hex"), now: new Date(i === 0 ? t : t - 1e4 + randomInt(R40_TIME_SPAN_MS)) });
  }
  return draws;
}
var GoGzipStream = class extends Writable {
  constructor(out, gz) {
    super({ highWaterMark: 4 << 20 });
    this.out = out;
    this.gz = gz ?? new GoGzipWriter(out ? (b) => this.pending.push(Buffer.from(b)) : null);
  }
  out;
  gz;
  pending = [];
  forward(cb) {
    const out = this.out;
    if (!out || this.pending.length === 0) return cb();
    const chunk = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    this.pending = [];
    if (out.write(chunk)) return cb();
    const onDrain = () => {
      out.off("error", onError);
      cb();
    };
    const onError = (err) => {
      out.off("drain", onDrain);
      cb(err);
    };
    out.once("drain", onDrain);
    out.once("error", onError);
  }
  _write(chunk, _enc, cb) {
    try {
      this.gz.write(chunk);
    } catch (e) {
      return cb(e);
    }
    this.forward(cb);
  }
  _final(cb) {
    try {
      this.gz.close();
    } catch (e) {
      return cb(e);
    }
    this.forward(cb);
  }
};
function end(stream) {
  return new Promise((resolve, reject) => {
    stream.once("error", reject);
    stream.end(() => resolve());
  });
}
async function writePlan(plan, stream) {
  await writeTar(plan.items, stream, { truncatedEnd: plan.truncatedEnd, finalHeaderOnly: plan.headerOnlyLast ?? void 0 });
}
async function writeCompressedTar(plan, out) {
  const gzs = new GoGzipStream(out);
  await writePlan(plan, gzs);
  await end(gzs);
  return gzs.gz.bytesOut;
}
async function countPlan(plan, from) {
  const gzs = new GoGzipStream(null, from);
  await writePlan(plan, gzs);
  await end(gzs);
  return gzs.gz.bytesOut;
}
async function measureCompressedUpload(ctx, opts = {}) {
  const now = opts.now ?? /* @__PURE__ */ new Date();
  const r40 = injectsDockerfile(ctx);
  let min;
  let max;
  let samples = 1;
  let exact = !r40;
  let topMargin;
  if (!r40 && opts.buildTimeEntries?.length) {
    const plan = planTar(ctx, now);
    const names = new Set(opts.buildTimeEntries);
    const first = Math.floor(now.getTime() / 1e3) - 10;
    const seconds = Math.floor(R40_TIME_SPAN_MS / 1e3) + 10;
    samples = opts.samples ?? Math.min(seconds, Math.max(16, Math.floor(R40_BUDGET_BYTES / Math.max(1, ctx.tarBytes))));
    exact = false;
    min = Infinity;
    max = -Infinity;
    for (let i = 0; i < samples; i++) {
      const t = first + i % seconds;
      const size = await countPlan({ ...plan, items: plan.items.map((it) => names.has(it.name) ? { ...it, mtime: t } : it) });
      if (size < min) min = size;
      if (size > max) max = size;
    }
  } else if (!r40) {
    min = max = await countPlan(planTar(ctx, now));
  } else {
    const walkItems = walkTarItems(ctx);
    const ignoreIdx = walkItems.findIndex((i) => i.name === ".dockerignore");
    const split = ignoreIdx >= 0 ? ignoreIdx : walkItems.length;
    const prefix = new GoGzipStream(null);
    const head = walkItems.slice(0, split);
    await writeTar(head, prefix, { truncatedEnd: true });
    const last = head[head.length - 1];
    if (last && last.type === "0" && paddingFor(last.size) > 0) await new Promise((r, j) => prefix.write(Buffer.alloc(paddingFor(last.size)), (e) => e ? j(e) : r()));
    await new Promise((resolve) => prefix.writableNeedDrain ? prefix.once("drain", resolve) : resolve());
    const suffixBytes = walkItems.slice(split).reduce((n, i) => n + 512 + i.size, 0) + 2048;
    const draws = r40Draws(now, opts.samples ?? Math.max(MIN_R40_DRAWS, Math.min(MAX_R40_DRAWS, Math.floor(R40_BUDGET_BYTES / suffixBytes))));
    samples = draws.length;
    min = Infinity;
    max = -Infinity;
    for (const draw of draws) {
      for (const dockerfileFirst of ignoreIdx >= 0 ? [true] : [true, false]) {
        const plan = injectDockerfile(ctx, walkItems, { ...draw, dockerfileFirst });
        const size = await countPlan({ ...plan, items: plan.items.slice(split) }, prefix.gz.clone(null));
        if (size < min) min = size;
        if (size > max) max = size;
      }
    }
    max += R40_TOP_MARGIN;
    topMargin = R40_TOP_MARGIN;
  }
  return {
    bytes: min,
    bytesMax: max,
    dockerFigure: humanSize(min),
    dockerFigureMax: humanSize(max),
    exact,
    samples,
    ...topMargin ? { topMargin } : {},
    savedBytes: Math.max(0, ctx.tarBytes - max),
    builder: "legacy",
    ...opts.unreproducible ? { exact: false, unreproducible: opts.unreproducible } : {}
  };
}
export {
  GoGzipStream,
  measureCompressedUpload,
  writeCompressedTar
};
