import { formatCount, formatSize } from '../units.js';
import { defineRule } from './rule.js';
import { text } from './paths.js';
import { deliberateLookup } from './deliberate.js';
import { runNaming } from '../dockerfile/run-names.js';

export interface GitignoredButSentData {
  path: string;
  isDir: boolean;
  files: number;
  bytes: number;
  /** Files below it left out of `files` because an exception or a COPY source names them; absent when 0. */
  deliberate?: number;
  /** The line of a RUN of a whole-context build that names it (src/dockerfile/run-names.ts): the build reads it. */
  namedByRun?: number;
}

export const gitignoredButSent = defineRule<GitignoredButSentData>({
  id: 'CTX203',
  name: 'gitignored-but-sent',
  severity: 'warning',
  security: {
    severity: 4.0,
    why: 'Medium, at the bottom of that band: git-ignored files are often local secrets (`.env`, credentials) but as often build output or caches, so most of these findings are size, not exposure.',
  },
  docs: {
    summary: 'A sent file is ignored by the repository\'s .gitignore files.',
    why: 'What git ignores is usually local: build output, caches, .env files, editor state. Docker does not read .gitignore, so those files are sent anyway; this is the usual way secrets and junk reach an image, and why CI builds differ from local ones.',
    fix: 'Mirror the .gitignore entries that matter in .dockerignore (remember `**/` for any depth), or switch to an allowlist .dockerignore. A path a RUN of a build that takes the whole context names (`go build -pgo=cpu.pprof`, a profile a workflow step downloads) is info: the build reads it. Not reported: a path git tracks (committed or staged, e.g. force-added: the index is read, so .gitignore does not decide for it), a directory holding a tracked path (its untracked ignored files are reported one by one), and files brought in on purpose: re-included by a .dockerignore exception that names them or their directory, or named by a COPY/ADD/bind source (`COPY dist/ /srv`). Outside a git repository the rule is silent, and so is it for a context that is itself a git-ignored directory holding no tracked file (a build output a CI step fills and builds: everything in it is ignored, and it is what the image runs).',
    bad: '# .gitignore\n.env\ndist/\n# .dockerignore\nnode_modules',
    good: '# .dockerignore\nnode_modules\n**/.env\ndist',
  },
  check(ctx) {
    const ignored = ctx.isGitIgnored;
    if (!ignored) return [];
    // A context that is itself git-ignored output (SunbirdEd-portal's src/app/app_dist, which CI
    // fills with `cp` and builds): everything in it is "ignored by git", and excluding any of it
    // drops what the image runs. Nothing to say per file.
    if (ctx.repoPath?.('') !== '' && ignored('', true) && !ctx.entries.some((e) => ctx.isGitTracked?.(e.path) === true)) return [];
    const deliberate = deliberateLookup(ctx);
    const out: { path: string; data: GitignoredButSentData }[] = [];
    let open: GitignoredButSentData | null = null;
    let openRaw = '';
    for (const e of ctx.entries) {
      if (open && e.path.startsWith(openRaw + '/')) {
        if (e.kind === 'file') {
          if (deliberate(e.path, openRaw)) open.deliberate = (open.deliberate ?? 0) + 1;
          else {
            open.files++;
            open.bytes += e.contentBytes;
          }
        }
        continue;
      }
      open = null;
      if (e.path === '.git' || e.path.startsWith('.git/')) continue;
      if (!ignored(e.path, e.kind === 'dir')) continue;
      if (e.kind !== 'dir' && deliberate(e.path, e.path)) continue;
      const data: GitignoredButSentData = { path: text(e.path), isDir: e.kind === 'dir', files: e.kind === 'file' ? 1 : 0, bytes: e.contentBytes };
      out.push({ path: e.path, data });
      if (e.kind === 'dir') [open, openRaw] = [data, e.path];
    }
    // A directory whose files were all brought in on purpose is not a finding.
    const kept = out.filter((f) => !(f.data.isDir && f.data.files === 0 && (f.data.deliberate ?? 0) > 0));
    // One a RUN of a build that takes the whole context names is one it reads, made by a step before
    // it (autobrr: `RUN --mount=target=. go build -pgo=cpu.pprof`): info, saying so.
    const cross = ctx.crossCheck;
    if (!cross?.resolved.coversWholeContext || kept.length === 0) return kept;
    const runs = cross.resolved.needed.stages.flatMap((i) => cross.parsed.stages[i]?.runs ?? []);
    return kept.map((f) => {
      const run = runNaming(runs, f.data.path, !f.data.isDir);
      return run === undefined ? f : { ...f, data: { ...f.data, namedByRun: run.line }, maxSeverity: 'info' as const };
    });
  },
  message: (d) =>
    (d.isDir ? `directory ignored by git is sent (${formatCount(d.files)} file${d.files === 1 ? '' : 's'}, ${formatSize(d.bytes)})` : 'file ignored by git is sent') +
    (d.namedByRun !== undefined ? `; the RUN at line ${d.namedByRun} names it: a file the build reads, made by a step before it` : ''),
});
