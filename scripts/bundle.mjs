// Builds the published program with esbuild straight from src/ (tsc only typechecks):
//   dist/ctx-audit.mjs          the CLI (bin/ctx-audit.js imports it), every library inlined
//   dist/ctx-audit-worker.mjs   the background worker (a Worker needs a file of its own)
//   dist/THIRD-PARTY-LICENSES.txt  the licence of every package inlined into them
// These files are committed: the pre-commit hook and the GitHub Action run them from a checkout
// with nothing installed or built, and the npm package has no dependencies. The output is
// deterministic (same sources and lockfile, same bytes), so `npm run check:bundle` (`--check`)
// rebuilds in memory and fails when the committed files differ from what the sources give.
//
// Usage: node scripts/bundle.mjs [--check]
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

/**
 * Modules that find files at run time when the sources run (tests, through tsx) and that the
 * bundle replaces, so that the published program reads nothing from node_modules or src/:
 * - src/reporters/d3-source.ts reads d3-hierarchy's UMD build: the bundle holds the file's text;
 * - src/parallel/new-worker.ts starts src/parallel/worker.ts under tsx: the bundle starts
 *   dist/ctx-audit-worker.mjs, the file beside it.
 */
const D3_UMD = path.join(ROOT, 'node_modules/d3-hierarchy/dist/d3-hierarchy.min.js');
const REPLACED = {
  'src/reporters/d3-source.ts': () =>
    `export function d3HierarchyUmd(): string {\n  return ${JSON.stringify(readFileSync(D3_UMD, 'utf8'))};\n}\n`,
  'src/parallel/new-worker.ts': () =>
    [
      "import { Worker, type WorkerOptions } from 'node:worker_threads';",
      'export function newWorker(options: WorkerOptions): Worker {',
      "  return new Worker(new URL('./ctx-audit-worker.mjs', import.meta.url), options);",
      '}',
      '',
    ].join('\n'),
};
const replaceForBundle = {
  name: 'replace-for-bundle',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/](reporters[\\/]d3-source|parallel[\\/]new-worker)\.ts$/ }, (args) => {
      const rel = path.relative(ROOT, args.path).split(path.sep).join('/');
      const make = REPLACED[rel];
      if (!make) throw new Error(`bundle: no replacement for ${rel}`);
      return { contents: make(), loader: 'ts', watchFiles: [D3_UMD] };
    });
  },
};

const result = await build({
  absWorkingDir: ROOT,
  entryPoints: { 'ctx-audit': 'src/cli/main.ts', 'ctx-audit-worker': 'src/parallel/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS libraries (cli-table3, dockerfile-ast, yaml, ...) call require() for Node built-ins: give the module one.
  banner: { js: "import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);" },
  // Licences go to THIRD-PARTY-LICENSES.txt in full, not as scattered comments.
  legalComments: 'none',
  charset: 'utf8',
  metafile: true,
  write: false,
  logLevel: 'warning',
  plugins: [replaceForBundle],
});

/** The `/*! ... *\/` comment opening a package's main file, naming its licences, or null. */
function legalHeader(dir, pkg) {
  if (typeof pkg.main !== 'string') return null;
  const m = /^\/\*!([\s\S]*?)\*\//.exec(readFileSync(path.join(dir, pkg.main), 'utf8'));
  return m && /licen[sc]e/i.test(m[1]) ? m[1].split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n') : null;
}

/** Every package whose code went into an output, with its licence text. */
function licenses(metafile) {
  const pkgs = new Map();
  for (const input of Object.keys(metafile.inputs)) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input.split(path.sep).join('/'));
    if (m) pkgs.set(m[1], path.join(ROOT, input.slice(0, m.index + m[0].length)));
  }
  pkgs.set('d3-hierarchy', path.join(ROOT, 'node_modules/d3-hierarchy/')); // inlined as text (REPLACED)
  const parts = [
    'ctx-audit bundles the following third-party packages into dist/ctx-audit.mjs and',
    'dist/ctx-audit-worker.mjs. Their licences follow.',
    '',
  ];
  for (const name of [...pkgs.keys()].sort()) {
    const dir = pkgs.get(name);
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).filter((f) => /^(licen[sc]e|copying)([.-]|$)/i.test(f)).sort()[0];
    // A package that ships no licence file may state its licences in the legal comment (`/*! ... */`)
    // that opens its main file (xz-decompress does): that comment is then the text included.
    const text = file ? readFileSync(path.join(dir, file), 'utf8') : legalHeader(dir, pkg);
    if (!text) throw new Error(`${name}: no LICENSE file (nor a /*! licence */ header in its main file) to include in THIRD-PARTY-LICENSES.txt`);
    parts.push('='.repeat(78), `${name}@${pkg.version} (${pkg.license})`, '', text.trim(), '');
  }
  return parts.join('\n');
}

const outputs = new Map(result.outputFiles.map((f) => [path.relative(ROOT, f.path).split(path.sep).join('/'), f.text]));
outputs.set('dist/THIRD-PARTY-LICENSES.txt', licenses(result.metafile));

if (check) {
  const stale = [...outputs].filter(([file, text]) => !existsSync(path.join(ROOT, file)) || readFileSync(path.join(ROOT, file), 'utf8') !== text).map(([f]) => f);
  if (stale.length > 0) {
    console.error(`check:bundle: ${stale.join(', ')} differ from what the sources build. Run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log(`check:bundle: ${[...outputs.keys()].join(', ')} match the sources`);
} else {
  mkdirSync(path.join(ROOT, 'dist'), { recursive: true });
  for (const [file, text] of outputs) writeFileSync(path.join(ROOT, file), text);
}
