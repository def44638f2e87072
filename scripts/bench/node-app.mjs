// Synthetic twins of Node applications for the benchmark (issue 18, target 1): a source tree that
// is sent, and an installed node_modules plus a .git directory that the .dockerignore keeps out, the
// case where docker prunes almost everything. Fixed seed: every run builds the same tree. Sent
// files hold a little text (the secret scan reads them); the excluded ones are sparse (ftruncate).
//   node app:  ~225 entries sent, ~28.6k on disk (an app with a dozen dependencies)
//   umami twin: ~1.7k entries sent, ~80k excluded (a Next.js app with its dependencies installed)
import * as fs from 'node:fs';
import { join } from 'node:path';
import { rng } from './tree.mjs';

export const NODE_APP_DOCKERIGNORE = ['node_modules', '.git', 'npm-debug.log', 'coverage', '.env', '*.md', '!README.md'].join('\n') + '\n';

const PKG_WORDS = ['core', 'utils', 'parser', 'plugin', 'types', 'loader', 'runtime', 'compat', 'helpers', 'config', 'cli', 'react', 'babel', 'eslint', 'webpack', 'lodash'];
const SRC_DIRS = ['components', 'lib', 'pages', 'api', 'hooks', 'styles', 'utils', 'store', 'queries', 'lang'];

/**
 * `sentEntries`: about how many entries the source tree has (sent); `modulesEntries` / `gitEntries`:
 * about how many entries node_modules and .git have (excluded).
 */
export function buildNodeApp(root, { seed = 11, sentEntries = 225, modulesEntries = 26_000, gitEntries = 2_400 } = {}) {
  const r = rng(seed);
  fs.rmSync(root, { recursive: true, force: true });
  fs.mkdirSync(root, { recursive: true });
  let made = 0;
  const dir = (p) => {
    fs.mkdirSync(p, { recursive: true });
    made++;
  };
  const sparse = (p, size) => {
    const fd = fs.openSync(p, 'w');
    if (size > 0) fs.ftruncateSync(fd, size);
    fs.closeSync(fd);
    made++;
  };
  const text = (p, s) => {
    fs.writeFileSync(p, s);
    made++;
  };

  // --- sent: the application's own files
  text(join(root, 'package.json'), JSON.stringify({ name: 'bench-app', version: '1.0.0', private: true, main: 'src/index.js' }, null, 2) + '\n');
  text(join(root, 'package-lock.json'), '{\n  "lockfileVersion": 3\n}\n');
  text(join(root, 'README.md'), '# bench app\n');
  text(join(root, '.gitignore'), 'node_modules\n');
  text(join(root, 'Dockerfile'), 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "src/index.js"]\n');
  dir(join(root, 'src'));
  const srcDirs = [join(root, 'src')];
  for (let i = 0; made < sentEntries; i++) {
    if (r() < 0.15 || srcDirs.length < 4) {
      const parent = srcDirs[Math.floor(r() * srcDirs.length)];
      const d = join(parent, SRC_DIRS[Math.floor(r() * SRC_DIRS.length)] + i.toString(36));
      dir(d);
      srcDirs.push(d);
    } else {
      const d = srcDirs[Math.floor(r() * srcDirs.length)];
      const ext = ['.js', '.ts', '.tsx', '.json', '.css'][i % 5];
      text(join(d, `f${i.toString(36)}${ext}`), `// module ${i}\nexport const value${i} = ${Math.floor(r() * 1e6)};\n`.repeat(1 + Math.floor(r() * 20)));
    }
  }

  // --- excluded: node_modules, packages of 5-60 entries, some with their own nested node_modules
  const nm = join(root, 'node_modules');
  const start = made;
  dir(nm);
  dir(join(nm, '.bin'));
  for (let p = 0; made - start < modulesEntries; p++) {
    const scoped = r() < 0.15;
    const name = PKG_WORDS[Math.floor(r() * PKG_WORDS.length)] + '-' + p.toString(36);
    const pkg = scoped ? join(nm, '@' + PKG_WORDS[p % PKG_WORDS.length], name) : join(nm, name);
    dir(pkg);
    for (const f of ['package.json', 'README.md', 'LICENSE', 'index.js']) sparse(join(pkg, f), 200 + Math.floor(r() * 4000));
    const subdirs = 1 + Math.floor(r() * 4);
    for (let s = 0; s < subdirs; s++) {
      const sd = join(pkg, ['lib', 'dist', 'esm', 'cjs', 'types'][s] + (r() < 0.3 ? '/' + PKG_WORDS[Math.floor(r() * PKG_WORDS.length)] : ''));
      dir(sd);
      const files = 1 + Math.floor(r() * 14);
      for (let f = 0; f < files; f++) sparse(join(sd, `m${f}.${['js', 'd.ts', 'js.map', 'mjs'][f % 4]}`), Math.floor(r() * 30000));
    }
    if (r() < 0.05) {
      const nested = join(pkg, 'node_modules', 'dep-' + p.toString(36));
      dir(nested);
      for (let f = 0; f < 6; f++) sparse(join(nested, `n${f}.js`), Math.floor(r() * 8000));
    }
  }

  // --- excluded: .git (loose objects in fan-out directories, refs, hooks, logs)
  const git = join(root, '.git');
  const gstart = made;
  for (const d of ['', 'hooks', 'info', 'logs/refs/heads', 'refs/heads', 'refs/tags', 'objects/pack', 'objects/info']) dir(join(git, d));
  for (const f of ['HEAD', 'config', 'description', 'index', 'COMMIT_EDITMSG', 'info/exclude', 'logs/HEAD', 'logs/refs/heads/main', 'refs/heads/main']) sparse(join(git, f), 40 + Math.floor(r() * 2000));
  for (let h = 0; h < 13; h++) sparse(join(git, 'hooks', `hook${h}.sample`), 500 + Math.floor(r() * 4000));
  for (let o = 0; made - gstart < gitEntries; o++) {
    const fan = join(git, 'objects', (o % 256).toString(16).padStart(2, '0'));
    if (o < 256) dir(fan);
    else sparse(join(fan, Math.floor(r() * 2 ** 48).toString(16).padStart(38, '0')), 50 + Math.floor(r() * 3000));
  }
  fs.writeFileSync(join(root, '.dockerignore'), NODE_APP_DOCKERIGNORE);
  return { ok: true, entries: made + 1 };
}
