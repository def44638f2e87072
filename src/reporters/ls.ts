// `ctx-audit ls`: the entry list `tar tf` gives of Docker's upload, in tar order.
import type { SentEntry } from '../context/walk.js';
import { escapeName } from './safe-text.js';

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

/** Returns a byte string (latin1): raw names with -0, escaped names otherwise. */
export function renderLs(entries: readonly Pick<SentEntry, 'name' | 'kind' | 'size' | 'mode' | 'linkname' | 'tarBytes'>[], opts: LsOptions): string {
  const parts: string[] = [];
  for (const e of entries) {
    const name = opts.nul ? e.name : escapeName(e.name);
    if (!opts.long) {
      parts.push(name);
      continue;
    }
    const link = e.kind === 'symlink' || e.kind === 'hardlink' ? ` -> ${opts.nul ? e.linkname : escapeName(e.linkname)}` : '';
    parts.push(`${TYPE_CHAR[e.kind]} ${e.mode.toString(8).padStart(4, '0')} ${String(e.size).padStart(12)} ${String(e.tarBytes).padStart(12)} ${name}${link}`);
  }
  if (parts.length === 0) return '';
  return parts.join(opts.nul ? '\0' : '\n') + (opts.nul ? '\0' : '\n');
}
