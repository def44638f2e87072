import { formatSize } from '../units.js';
import { defineRule } from './rule.js';
import { text } from './paths.js';

export interface GitignoredButSentData {
  path: string;
  isDir: boolean;
  files: number;
  bytes: number;
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
    fix: 'Mirror the .gitignore entries that matter in .dockerignore (remember `**/` for any depth), or switch to an allowlist .dockerignore.',
    bad: '# .gitignore\n.env\ndist/\n# .dockerignore\nnode_modules',
    good: '# .dockerignore\nnode_modules\n**/.env\ndist',
  },
  check(ctx) {
    const ignored = ctx.isGitIgnored;
    if (!ignored) return [];
    const out: { path: string; data: GitignoredButSentData }[] = [];
    let open: GitignoredButSentData | null = null;
    let openRaw = '';
    for (const e of ctx.entries) {
      if (open && e.path.startsWith(openRaw + '/')) {
        if (e.kind === 'file') {
          open.files++;
          open.bytes += e.contentBytes;
        }
        continue;
      }
      open = null;
      if (e.path === '.git' || e.path.startsWith('.git/')) continue;
      if (!ignored(e.path, e.kind === 'dir')) continue;
      const data = { path: text(e.path), isDir: e.kind === 'dir', files: e.kind === 'file' ? 1 : 0, bytes: e.contentBytes };
      out.push({ path: e.path, data });
      if (e.kind === 'dir') [open, openRaw] = [data, e.path];
    }
    return out;
  },
  message: (d) => (d.isDir ? `directory ignored by git is sent (${d.files} files, ${formatSize(d.bytes)})` : 'file ignored by git is sent'),
});
