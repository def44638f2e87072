// Turns an analyzed legacy context into the exact item sequence the docker CLI streams, for the
// `tar` command: walk entries re-stat-ed for nanosecond mtimes, plus R40's injected Dockerfile.
import { InputError } from '../errors.js';
import { readRegularFile } from './read-regular.js';
import * as fs from 'node:fs';
import { byteStringToText, fsPath, toByteString } from './bytes.js';
import type { LegacyContext } from './legacy-context.js';
import type { TarWriteItem } from './tar-format.js';
import { nodeCrypto } from '../lazy-builtins.js';

function floorSeconds(ns: bigint): number {
  const s = ns / 1_000_000_000n;
  return Number(ns < 0n && s * 1_000_000_000n !== ns ? s - 1n : s);
}

export interface TarPlan {
  items: TarWriteItem[];
  truncatedEnd: boolean;
  /**
   * R30: the last walk entry is a file Docker cannot read; the stream holds its header and stops
   * (no data, no padding, no end marker). The writer emits exactly that.
   */
  headerOnlyLast: TarWriteItem | null;
}

export function planTar(ctx: LegacyContext, now: Date = new Date()): TarPlan {
  const items = walkTarItems(ctx);
  if (ctx.walk.truncatedAfter !== null) {
    const last = items.pop()!;
    return { items, truncatedEnd: false, headerOnlyLast: last };
  }
  if (!injectsDockerfile(ctx)) return { items, truncatedEnd: false, headerOnlyLast: null };
  const { randomBytes } = nodeCrypto();
  return injectDockerfile(ctx, items, { name: '.dockerfile.' + randomBytes(10).toString('hex'), now, dockerfileFirst: true });
}

/** R40: the CLI appends the Dockerfile (one outside the context, or `-f -`'s from stdin). */
export function injectsDockerfile(ctx: LegacyContext): boolean {
  return ctx.walk.truncatedAfter === null && ctx.resolved.dockerfileOutside && (ctx.resolved.dockerfileAbs !== null || ctx.resolved.dockerfileStdin !== undefined);
}

/** The walk's entries as tar items, re-stat-ed for the mtime Go writes. */
export function walkTarItems(ctx: LegacyContext): TarWriteItem[] {
  const root = toByteString(ctx.resolved.root);
  return ctx.walk.entries.map((e) => {
    const abs = root + '/' + e.path;
    // Go takes mtime from the second lstat in addTarFile, floored to whole seconds.
    const st = fs.lstatSync(fsPath(abs), { bigint: true, throwIfNoEntry: false });
    const mtime = st ? floorSeconds(st.mtimeNs) : e.mtime;
    return { ...e, mtime, source: e.type === '0' && e.size > 0 ? { path: fsPath(abs) } : undefined };
  });
}

export interface InjectionVariant {
  /** `.dockerfile.` + 20 hex characters. */
  name: string;
  now: Date;
  /** Without a .dockerignore, Go's map order decides which appended entry comes first. */
  dockerfileFirst: boolean;
}

/**
 * R40: AddDockerfileToBuildContext + ReplaceFileTarWrapper, for one choice of what docker picks at
 * random (the name, the time, the order). `walkItems` is not modified.
 */
export function injectDockerfile(ctx: LegacyContext, walkItems: readonly TarWriteItem[], variant: InjectionVariant): TarPlan {
  const root = toByteString(ctx.resolved.root);
  const items = [...walkItems];
  const { name, now } = variant;
  // Never block on a FIFO given as -f; the whole file, however large (docker reads it all too).
  let dockerfile: Buffer;
  if (ctx.resolved.dockerfileStdin) dockerfile = ctx.resolved.dockerfileStdin;
  else {
    try {
      dockerfile = readRegularFile(fsPath(ctx.resolved.dockerfileAbs!), { maxBytes: Number.MAX_SAFE_INTEGER });
    } catch (e) {
      throw new InputError(`unable to read the Dockerfile ${byteStringToText(ctx.resolved.dockerfileAbs!)}: ${(e as Error).message}`);
    }
  }
  const nowSec = Math.round(now.getTime() / 1000);
  const addition = Buffer.from('\n' + name + '\n', 'latin1');
  const ignoreIdx = items.findIndex((i) => i.name === '.dockerignore');
  const injectedDockerfile: TarWriteItem = {
    name,
    type: '0',
    mode: 0o600,
    size: dockerfile.length,
    mtime: nowSec,
    linkname: '',
    devmajor: 0,
    devminor: 0,
    source: { bytes: dockerfile },
  };
  if (ignoreIdx >= 0) {
    const orig = items[ignoreIdx];
    const content = Buffer.concat([orig.type === '0' ? readRegularFile(fsPath(root + '/.dockerignore'), { noFollow: true, maxBytes: Number.MAX_SAFE_INTEGER }) : Buffer.alloc(0), addition]);
    items[ignoreIdx] = { ...orig, size: content.length, source: { bytes: content } };
    items.push(injectedDockerfile);
  } else {
    const content = Buffer.concat([Buffer.from('.dockerignore'), addition]);
    // Go map order decides which comes first; the Dockerfile first is what the oracle saw 37 times in 40.
    const ignoreItem: TarWriteItem = {
      name: '.dockerignore',
      type: '0',
      mode: 0o600,
      size: content.length,
      mtime: nowSec,
      linkname: '',
      devmajor: 0,
      devminor: 0,
      source: { bytes: content },
    };
    if (variant.dockerfileFirst) items.push(injectedDockerfile, ignoreItem);
    else items.push(ignoreItem, injectedDockerfile);
  }
  return { items, truncatedEnd: true, headerOnlyLast: null };
}
