// Makes a trimmed skeleton of a public repository for the corpus test (issue 14): every path of the
// committed tree with its git mode and size (manifest.tsv), and the verbatim text of the files the
// audit reads for meaning (Dockerfiles, ignore files, Compose/Bake/workflow files, small secret-named
// files whose content holds nothing secret-looking) in texts.json. Everything else is generated at
// test time (test/integrations/corpus.test.ts).
// Usage: node test/corpus/extract.mjs <bare git dir> <name> <source url>
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [gitDir, name, url] = process.argv.slice(2);
const git = (...a) => execFileSync('git', ['--git-dir', gitDir, ...a], { maxBuffer: 1 << 30 });
const commit = git('rev-parse', 'HEAD').toString().trim();
const rows = git('ls-tree', '-r', '-l', '-z', '--full-tree', 'HEAD').toString('latin1').split('\0').filter(Boolean);
const TEXT = /(^|\/)(Dockerfile[^/]*|[^/]*\.[Dd]ockerfile|\.dockerignore|[^/]*\.dockerignore|\.gitignore|(docker-)?compose[^/]*\.ya?ml|docker-bake[^/]*|podman-compose[^/]*\.ya?ml)$|^\.github\/workflows\/[^/]+\.ya?ml$/;
const SECRETISH = /(^|\/)(\.env[^/]*|\.npmrc|\.pypirc|\.netrc)$/;
const LOOKS_SECRET = /AKIA|ASIA|-----BEGIN|gh[pousr]_|github_pat_|glpat-|xox[baprs]-|npm_[A-Za-z0-9]{20}|[sr]k_live_|_auth|password[ \t]*[=:][ \t]*\S{8}/i;
const manifest = [];
const texts = {};
const unknown = [];
for (const row of rows) {
  const tab = row.indexOf('\t');
  const [mode, type, sha, size] = row.slice(0, tab).split(/\s+/);
  const path = row.slice(tab + 1);
  if (/[\t\n]/.test(path)) throw new Error(`path with a tab or newline: ${JSON.stringify(path)}`);
  if (type === 'commit') {
    manifest.push(`${mode}\t0\t${path}`);
    continue;
  }
  if (mode === '120000') {
    manifest.push(`${mode}\t${size}\t${path}\t${git('cat-file', 'blob', sha).toString('latin1')}`);
    continue;
  }
  // An object the snapshot lacks (ls-tree prints BAD): its size is unknown, it is materialized empty.
  if (size === 'BAD') unknown.push(path);
  manifest.push(`${mode}\t${size === 'BAD' ? 0 : size}\t${path}`);
  if (Number(size) <= 64 * 1024 && (TEXT.test(path) || SECRETISH.test(path))) {
    const body = git('cat-file', 'blob', sha);
    if (body.includes(0)) continue;
    const text = body.toString('utf8');
    // Placeholders (changethis, example) are what these files hold; anything else that looks like a
    // secret is never committed: that file is left to generation and named here.
    if (SECRETISH.test(path) && LOOKS_SECRET.test(text.replace(/[=:]\s*["']?(?:changethis|changeme|[^\s"']*example[^\s"']*)/gi, '='))) {
      console.log(`  ${path}: looks secret, not stored`);
      continue;
    }
    texts[path] = text;
  }
}
const out = join(dirname(fileURLToPath(import.meta.url)), name);
mkdirSync(out, { recursive: true });
const note = unknown.length ? `# size unknown (object not in the snapshot), materialized empty: ${unknown.join(', ')}\n` : '';
writeFileSync(join(out, 'manifest.tsv'), `# ${url} ${commit}\n# mode\tsize\tpath[\tsymlink target]\n${note}` + manifest.join('\n') + '\n');
writeFileSync(join(out, 'texts.json'), JSON.stringify(texts, null, 1) + '\n');
console.log(`${name}: ${manifest.length} paths, ${Object.keys(texts).length} texts`);
