// `ctx-audit ls`: the entry list `tar tf` gives of Docker's upload, in tar order.
import type { SentEntry } from '../context/walk.js';
import { escapeName, neutralizeCommands } from './safe-text.js';

export interface LsOptions {
  long: boolean;
  /** NUL-separated raw names (names may contain newlines). */
  nul: boolean;
}

const TYPE_CHAR: Record<SentEntry['kind'], string> = {
  file: '-',
  dir: 'd',
  symlink: 'l',
  hardlink: 'h',
  fifo: 'p',
  char: 'c',
  block: 'b',
};

type LsEntry = Pick<SentEntry, 'name' | 'kind' | 'size' | 'mode' | 'linkname' | 'tarBytes'>;

function line(e: LsEntry, opts: LsOptions): string {
  if (opts.nul) return opts.long ? longLine(e, e.name, e.linkname) : e.name;
  // Escaped names are for people and CI logs: a name like `::error::x` must not start a command.
  return neutralizeCommands(opts.long ? longLine(e, escapeName(e.name), escapeName(e.linkname)) : escapeName(e.name));
}

function longLine(e: LsEntry, name: string, linkname: string): string {
  const link = e.kind === 'symlink' || e.kind === 'hardlink' ? ` -> ${linkname}` : '';
  return `${TYPE_CHAR[e.kind]} ${e.mode.toString(8).padStart(4, '0')} ${String(e.size).padStart(12)} ${String(e.tarBytes).padStart(12)} ${name}${link}`;
}

/**
 * The listing in chunks of about `chunkChars` characters, so a million-entry context never becomes
 * one giant string. Raw names (-0) are byte strings (write them as latin1); escaped ones are UTF-8 text.
 */
export function* renderLsChunks(entries: Iterable<LsEntry>, opts: LsOptions, chunkChars = 1 << 16): Generator<string> {
  const sep = opts.nul ? '\0' : '\n';
  let buf = '';
  for (const e of entries) {
    buf += line(e, opts) + sep;
    if (buf.length >= chunkChars) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** The whole listing as one string (small contexts, tests). */
export function renderLs(entries: readonly LsEntry[], opts: LsOptions): string {
  return [...renderLsChunks(entries, opts)].join('');
}
