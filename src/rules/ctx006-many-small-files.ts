import { formatCount, formatSize } from '../units.js';
import { defineRule } from './rule.js';
import { text } from './paths.js';

export interface ManySmallFilesData {
  /** Sent entries (files, directories, links). */
  entries: number;
  contentBytes: number;
  /** Tar headers, PAX records and padding: what the entries cost beyond their content. */
  overheadBytes: number;
  /** The top-level path holding the most entries, and how many ('' when the root itself does). */
  busiest: { path: string; entries: number } | null;
}

/** Below this the overhead is noise whatever the ratio (about 10,000 small files). */
export const MANY_SMALL_FILES_MIN_OVERHEAD = 10_000_000;

export const manySmallFiles = defineRule<ManySmallFilesData>({
  id: 'CTX006',
  name: 'many-small-files',
  severity: 'warning',
  docs: {
    summary: 'The number of files, not their content, is what the upload costs: tar headers and padding outweigh the content (and exceed 10 MB).',
    why: 'The legacy builder uploads a tar: every entry takes a 512-byte header and each file is padded to a multiple of 512 bytes, so 200,000 small files holding 27 MB of content make a 205 MB upload. BuildKit does not send a tar, but it still stats, sends and checks every entry one by one, so the file count is its cost too. Content-based budgets (CTX001, CTX002) do not show it; the count does.',
    fix: 'Exclude the directory that holds most of the files (the finding names it: usually node_modules, a cache, a .git or a generated tree) and build or install it inside the image instead, or copy it as one archive.',
    bad: '# .dockerignore\n.git\n# (node_modules/: 180,000 files, 24 MB of content, 190 MB of tar)',
    good: '# .dockerignore\n.git\nnode_modules\n# RUN npm ci inside the image instead',
  },
  check(ctx) {
    let contentBytes = 0;
    let overheadBytes = 0;
    const byTop = new Map<string, number>();
    for (const e of ctx.entries) {
      contentBytes += e.contentBytes;
      overheadBytes += e.tarBytes - e.contentBytes;
      const slash = e.path.indexOf('/');
      const top = slash < 0 ? (e.kind === 'dir' ? e.path : '') : e.path.slice(0, slash);
      byTop.set(top, (byTop.get(top) ?? 0) + 1);
    }
    if (overheadBytes <= contentBytes || overheadBytes < MANY_SMALL_FILES_MIN_OVERHEAD) return [];
    let busiest: ManySmallFilesData['busiest'] = null;
    for (const [path, entries] of [...byTop].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (!busiest || entries > busiest.entries) busiest = { path, entries };
    return [{ path: busiest && busiest.path !== '' ? busiest.path : undefined, data: { entries: ctx.entries.length, contentBytes, overheadBytes, busiest: busiest && { path: text(busiest.path), entries: busiest.entries } } }];
  },
  message: (d) =>
    `${formatCount(d.entries)} entries cost ${formatSize(d.overheadBytes)} of tar headers and padding, more than their ${formatSize(d.contentBytes)} of content` +
    (d.busiest && d.busiest.path !== '' ? `; ${formatCount(d.busiest.entries)} of them are under ${d.busiest.path}/` : ''),
});
