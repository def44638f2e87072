import { formatSize } from '../units.js';
import { defineRule } from './rule.js';
import { text } from './paths.js';
import { ONLY_WILDCARDS } from './deliberate.js';
import { filepathMatch } from '../dockerfile/sources.js';

export interface LargeFileData {
  path: string;
  bytes: number;
  limit: number;
  /** A COPY/ADD (or bind mount) source names the file itself: the build needs it. */
  named?: true;
  /** A file of a `.git` the ignore file brings back on purpose (`*` then `!/.git`; src/rules/deliberate.ts), which CTX003 leaves alone. */
  gitKept?: true;
}


export const largeFile = defineRule<LargeFileData>({
  id: 'CTX001',
  name: 'large-file',
  severity: 'warning',
  docs: {
    summary: 'A sent file is larger than --max-file-size (default 10 MB).',
    why: 'Every byte of the context is uploaded to the builder before the first instruction runs, on every build, whether or not a COPY uses it. One forgotten dump, video or model file makes every build slow. When a COPY or ADD of the target\'s stages brings the file into the image, the finding names that instruction and is one level more severe (warning becomes error): the file then weighs on every pull too, not only on the upload. A file a COPY/ADD source names itself (`COPY build/app.jar /app/`, `COPY target/*.jar`, not a directory or `COPY . .` that sweeps it in) is what the image ships: info, not raised, since no .dockerignore line can drop it; so is a file of a `.git` a source names (`COPY .git /src/.git`: the history the build asked for) or the ignore file brings back on purpose (`*` then `!/.git`, for a build that stamps its version from git), which CTX003 leaves alone too. A file inside a directory CTX003 reports at the same severity or above (a `.git` pack, a binary in `node_modules`) is counted by that finding instead.',
    fix: 'Exclude the file in .dockerignore, move it out of the context, or raise --max-file-size (or `maxFileSize` in the config) if it belongs in the image.',
    bad: '# .dockerignore\nnode_modules\n# (data/dump.sql, 2 GB, is sent)',
    good: '# .dockerignore\nnode_modules\ndata/*.sql',
  },
  check(ctx) {
    const limit = ctx.settings.maxFileSize;
    const big = ctx.entries.filter((e) => e.kind === 'file' && e.contentBytes > limit);
    if (big.length === 0) return [];
    // Files a source names itself, by its last component (`COPY docker/app/kestra /app/`, databend's
    // `COPY ./distro/$TARGETPLATFORM/databend-query`, `COPY target/*.jar`): the product the image
    // ships, which no .dockerignore line can drop. A directory or `COPY . .` that sweeps one in is
    // how a forgotten dump lands in a layer: those stay as they are.
    const named = new Set<string>();
    // A `.git` a source names (feast's Dockerfile.dev: `COPY .git ...`, for setuptools_scm and a `git
    // diff`): its packs are the history the build asked for, as CTX003 takes it, not a dump swept in.
    const gitDirs: string[] = [];
    for (const r of ctx.crossCheck?.resolved.resolutions ?? []) {
      if (r.status !== 'sent') continue;
      const last = r.source.source.replace(/\/+$/, '').split('/').pop() ?? '';
      if (last === '' || last === '.' || ONLY_WILDCARDS.test(last)) continue;
      for (const m of r.sentMatches) {
        named.add(m);
        // (A COPY or ADD only: a RUN's bind mount of .git keeps it out of the image, the review of 8759c04.)
        if (last === '.git' && r.source.instruction !== 'RUN --mount' && (m === '.git' || m.endsWith('/.git'))) gitDirs.push(m + '/');
      }
    }
    // A `.git` the ignore file brings back on purpose (noseyparker's `*`, `!/.git`, for vergen's version
    // stamp; sweep 54/G-F1): CTX003 leaves it alone as deliberate, and its pack was an error here.
    // Only an exception that decided the file and names the .git (`!/.git`), not an exclusion inside it that
    // curates it (`.git/lfs`, which brings nothing back; the review of e5b4ebbd, RA-R7).
    const patterns = ctx.tarMatcher.patterns;
    const gitKept = (e: (typeof big)[number]): boolean => {
      if (!e.path.startsWith('.git/') && !e.path.includes('/.git/')) return false;
      const p = e.decidedBy >= 0 ? patterns[e.decidedBy] : undefined;
      return p !== undefined && p.exclusion && p.text.split('/').some((c) => c !== '' && !ONLY_WILDCARDS.test(c) && filepathMatch(c, '.git'));
    };
    return big.map((e) =>
      named.has(e.path) || gitDirs.some((d) => e.path.startsWith(d))
        ? { path: e.path, data: { path: text(e.path), bytes: e.contentBytes, limit, named: true as const }, maxSeverity: 'info' as const }
        : gitKept(e)
        ? { path: e.path, data: { path: text(e.path), bytes: e.contentBytes, limit, gitKept: true as const }, maxSeverity: 'info' as const }
        : { path: e.path, data: { path: text(e.path), bytes: e.contentBytes, limit } },
    );
  },
  message: (d) =>
    `sent file is ${formatSize(d.bytes)}, above the ${formatSize(d.limit)} limit${d.named === true ? '; a COPY/ADD source names it, so the build needs it and every build uploads it (raise --max-file-size to leave it out)' : d.gitKept === true ? '; the ignore file brings its .git back on purpose, so every build uploads it (raise --max-file-size to leave it out)' : ''}`,
});
