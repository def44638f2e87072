// `docker build --compress` (legacy builder): the CLI pipes the context tar through Go's
// gzip.NewWriter (build.Compress -> archive.CompressStream) and prints the compressed byte count.
// We write the same tar into the same gzip (go-gzip.ts) and count, or write, what comes out.
// Memory stays bounded: the tar is streamed from disk and the compressor keeps a 64 KiB window.
import { Writable } from 'node:stream';
import { createRequire } from 'node:module';
import { GoGzipWriter } from './go-gzip.js';
import { humanSize, paddingFor, writeTar } from './tar-format.js';
import type { TarWriteItem } from './tar-format.js';
import { injectDockerfile, injectsDockerfile, planTar, walkTarItems, type TarPlan } from './tar-stream-plan.js';
import type { LegacyContext } from './legacy-context.js';

/** The `context.compressed` object of the report (present only when --compress was asked for). */
export interface CompressedReport {
  /** Bytes docker sends with --compress; the smallest of the range when `exact` is false. */
  bytes: number;
  /** Equal to `bytes` when exact; else the largest of the range (the draws' largest plus `topMargin`). */
  bytesMax: number;
  /** "Sending build context to Docker daemon  <this>" with --compress. */
  dockerFigure: string;
  /** Equal to dockerFigure when exact. */
  dockerFigureMax: string;
  /**
   * False when docker's stream holds a random name and the build time (a Dockerfile outside the
   * context, R40): the range then comes from `samples` draws of what docker draws.
   */
  exact: boolean;
  samples: number;
  /** Bytes the top of the range adds to the draws' largest (a random name: rarer names compress a byte or two worse than any draw). */
  topMargin?: number;
  /** The tar bytes --compress would not send (tarBytes - bytesMax: at least this much). */
  savedBytes: number;
  /** Only the legacy builder compresses; BuildKit ignores the flag (it streams files over its session). */
  builder: 'legacy';
  /** Why docker's bytes vary from build to build beyond what the draws cover (a git URL's clone), when they do. */
  unreproducible?: string;
}

// R40 ranges: random draws of the name, plus names made to sit at the ends of the range. The
// draws compress everything from the first entry that varies; their number shrinks when that is
// large (a .dockerignore early in a big context) so the pass costs at most ~R40_BUDGET_BYTES.
const MIN_R40_DRAWS = 4;
const MAX_R40_DRAWS = 70;
const R40_BUDGET_BYTES = 64 << 20;
/**
 * Names that compress best (runs, octal digits that match header fields) and worst (no repeated
 * 4-gram, so no match inside the name; letters that tar headers never hold).
 */
const EXTREME_NAMES = ['00000000000000000000', '77777777777777777777', 'ffffffffffffffffffff', 'abcfedacbdefbacefdab', 'fedcbadbfeacfbdcaefb', '9a8b9c8dae9f8a9b8cad'];
/** Build times: docker stamps its entries with the time of the build; we assume it starts within a few minutes. */
const R40_TIME_SPAN_MS = 300_000;
/** Bytes added to the top of a sampled R40 range: how far above the draws' largest a random name was seen to reach, and one more. */
const R40_TOP_MARGIN = 2;

function r40Draws(now: Date, total: number): { name: string; now: Date }[] {
  const { randomBytes, randomInt } = createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  const t = now.getTime();
  const extremes = EXTREME_NAMES.slice(0, Math.max(1, Math.min(EXTREME_NAMES.length, total - 2)));
  const draws = extremes.map((n, i) => ({ name: '.dockerfile.' + n, now: new Date(t + (i % 2) * 1000) }));
  for (let i = 0, n = Math.max(1, total - extremes.length); i < n; i++) {
    draws.push({ name: '.dockerfile.' + randomBytes(10).toString('hex'), now: new Date(i === 0 ? t : t - 10_000 + randomInt(R40_TIME_SPAN_MS)) });
  }
  return draws;
}

/**
 * A Writable that gzips what writeTar writes, the way Go's gzip.Writer does, and hands the
 * compressed bytes to `out` (with its backpressure) or only counts them.
 */
export class GoGzipStream extends Writable {
  readonly gz: GoGzipWriter;
  private pending: Buffer[] = [];

  constructor(private readonly out: Writable | null, gz?: GoGzipWriter) {
    super({ highWaterMark: 4 << 20 });
    this.gz = gz ?? new GoGzipWriter(out ? (b) => this.pending.push(Buffer.from(b)) : null);
  }

  private forward(cb: (err?: Error | null) => void): void {
    const out = this.out;
    if (!out || this.pending.length === 0) return cb();
    const chunk = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending);
    this.pending = [];
    if (out.write(chunk)) return cb();
    const onDrain = (): void => {
      out.off('error', onError);
      cb();
    };
    const onError = (err: Error): void => {
      out.off('drain', onDrain);
      cb(err);
    };
    out.once('drain', onDrain);
    out.once('error', onError);
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (err?: Error | null) => void): void {
    try {
      this.gz.write(chunk);
    } catch (e) {
      return cb(e as Error);
    }
    this.forward(cb);
  }

  override _final(cb: (err?: Error | null) => void): void {
    try {
      this.gz.close();
    } catch (e) {
      return cb(e as Error);
    }
    this.forward(cb);
  }
}

function end(stream: Writable): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

async function writePlan(plan: TarPlan, stream: Writable): Promise<void> {
  await writeTar(plan.items, stream, { truncatedEnd: plan.truncatedEnd, finalHeaderOnly: plan.headerOnlyLast ?? undefined });
}

/** Writes the gzip docker sends with --compress (one draw of its random choices under R40) to `out`; `out` is not ended. */
export async function writeCompressedTar(plan: TarPlan, out: Writable): Promise<number> {
  const gzs = new GoGzipStream(out);
  await writePlan(plan, gzs);
  await end(gzs);
  return gzs.gz.bytesOut;
}

/** The compressed size of one plan, counted, nothing kept. */
async function countPlan(plan: TarPlan, from?: GoGzipWriter): Promise<number> {
  const gzs = new GoGzipStream(null, from);
  await writePlan(plan, gzs);
  await end(gzs);
  return gzs.gz.bytesOut;
}

/**
 * What `docker build --compress` sends for this context. Exact, unless docker injects a Dockerfile
 * from outside the context (R40): then every draw of its random name, the build time and the
 * entry order gives another stream, and the result is the range over `samples` draws. The entries
 * before the first one that varies are compressed once and the compressor state is copied.
 */
export async function measureCompressedUpload(
  ctx: LegacyContext,
  opts: {
    samples?: number;
    now?: Date;
    /** Entries docker writes itself at build time (`docker build - < Dockerfile`): their mtime is the build time. */
    buildTimeEntries?: readonly string[];
    /**
     * Docker's stream is made from files it writes itself (a git URL's clone: checkout times, the
     * index's stat data), so its bytes vary by a few from build to build: this says why, and the
     * figure is this tree's, not exact.
     */
    unreproducible?: string;
  } = {},
): Promise<CompressedReport> {
  const now = opts.now ?? new Date();
  const r40 = injectsDockerfile(ctx);
  let min: number;
  let max: number;
  let samples = 1;
  let exact = !r40;
  let topMargin: number | undefined;
  if (!r40 && opts.buildTimeEntries?.length) {
    // The stream is fixed but for those entries' mtime: the range over build times in the next minutes.
    // Every second of the window when that is cheap (a stdin Dockerfile's tar is a few KiB): one
    // second's digits can compress a byte or two differently from its neighbours'. A bigger tar gets
    // the seconds the budget affords, consecutive from 10 s before now: the build that follows an
    // audit is in them. (Sixteen random draws over the five minutes missed docker's size by up to 6
    // bytes, 4 times in 6, on a 380 kB stdin "Dockerfile": the archive differential, seed 4138474219.)
    const plan = planTar(ctx, now);
    const names = new Set(opts.buildTimeEntries);
    const first = Math.floor(now.getTime() / 1000) - 10;
    const seconds = Math.floor(R40_TIME_SPAN_MS / 1000) + 10;
    samples = opts.samples ?? Math.min(seconds, Math.max(16, Math.floor(R40_BUDGET_BYTES / Math.max(1, ctx.tarBytes))));
    exact = false;
    min = Infinity;
    max = -Infinity;
    for (let i = 0; i < samples; i++) {
      const t = first + (i % seconds);
      const size = await countPlan({ ...plan, items: plan.items.map((it) => (names.has(it.name) ? { ...it, mtime: t } : it)) });
      if (size < min) min = size;
      if (size > max) max = size;
    }
  } else if (!r40) {
    min = max = await countPlan(planTar(ctx, now));
  } else {
    const walkItems = walkTarItems(ctx);
    // Items before .dockerignore (rewritten in place) or before the appended entries never vary.
    const ignoreIdx = walkItems.findIndex((i) => i.name === '.dockerignore');
    const split = ignoreIdx >= 0 ? ignoreIdx : walkItems.length;
    const prefix = new GoGzipStream(null);
    const head = walkItems.slice(0, split);
    await writeTar(head, prefix, { truncatedEnd: true });
    // writeTar leaves the last entry's padding to the next header; write it here.
    const last: TarWriteItem | undefined = head[head.length - 1];
    if (last && last.type === '0' && paddingFor(last.size) > 0) await new Promise<void>((r, j) => prefix.write(Buffer.alloc(paddingFor(last.size)), (e) => (e ? j(e) : r())));
    await new Promise<void>((resolve) => (prefix.writableNeedDrain ? prefix.once('drain', resolve) : resolve()));
    const suffixBytes = walkItems.slice(split).reduce((n, i) => n + 512 + i.size, 0) + 2048;
    const draws = r40Draws(now, opts.samples ?? Math.max(MIN_R40_DRAWS, Math.min(MAX_R40_DRAWS, Math.floor(R40_BUDGET_BYTES / suffixBytes))));
    samples = draws.length;
    min = Infinity;
    max = -Infinity;
    for (const draw of draws) {
      // Without a .dockerignore, Go's map order decides which appended entry comes first: both count.
      for (const dockerfileFirst of ignoreIdx >= 0 ? [true] : [true, false]) {
        const plan = injectDockerfile(ctx, walkItems, { ...draw, dockerfileFirst });
        const size = await countPlan({ ...plan, items: plan.items.slice(split) }, prefix.gz.clone(null));
        if (size < min) min = size;
        if (size > max) max = size;
      }
    }
    // Docker's own draw is one of 16^20 names: a rare one compresses a byte worse than any of ours
    // (1,500 random draws on a 30 kB context: 1 a byte above the largest of 70 draws; docker's draw
    // once was, seed 1449768609 case 6 of the compress differential). The top of the range says so.
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
    ...(topMargin ? { topMargin } : {}),
    savedBytes: Math.max(0, ctx.tarBytes - max),
    builder: 'legacy',
    ...(opts.unreproducible ? { exact: false, unreproducible: opts.unreproducible } : {}),
  };
}
