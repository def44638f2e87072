// Builds the published program with esbuild straight from src/ (tsc only typechecks):
//   dist/ctx-audit.mjs          the CLI (bin/ctx-audit.js imports it), every library inlined
//   dist/ctx-audit-worker.mjs   the background worker (a Worker needs a file of its own)
//   dist/chunks/*.mjs           code both share, and what the CLI loads only when a run needs it
//                               (Compose and --all, archives and URLs, suggest, why, HTML, YAML):
//                               V8 compiles every byte of a module it imports, so a default audit
//                               should import only what it runs (start-up, issue 18)
//   dist/THIRD-PARTY-LICENSES.txt  the licence of every package inlined into them
// These files are committed: the pre-commit hook and the GitHub Action run them from a checkout
// with nothing installed or built, and the npm package has no dependencies. The output is
// deterministic (same sources and lockfile, same bytes), so `npm run check:bundle` (`--check`)
// rebuilds in memory and fails when the committed files differ from what the sources give.
//
// Usage: node scripts/bundle.mjs [--check]
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync, rmSync } from 'node:fs';
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
 *   dist/ctx-audit-worker.mjs, by its path from the output file the code lands in (an entry in
 *   dist/ or a chunk in dist/chunks/, which esbuild decides).
 */
const WORKER_URL = '__CTX_AUDIT_WORKER_URL__';
const D3_UMD = path.join(ROOT, 'node_modules/d3-hierarchy/dist/d3-hierarchy.min.js');
const REPLACED = {
  'src/reporters/d3-source.ts': () =>
    `export function d3HierarchyUmd(): string {\n  return ${JSON.stringify(readFileSync(D3_UMD, 'utf8'))};\n}\n`,
  'src/parallel/new-worker.ts': () =>
    [
      "import type { Worker, WorkerOptions } from 'node:worker_threads';",
      "import { nodeWorkerThreads } from '../lazy-builtins.js';",
      'export function newWorker(options: WorkerOptions): Worker {',
      // WORKER_URL becomes the worker's path relative to the output file this code lands in (below).
      `  return new (nodeWorkerThreads().Worker)(new URL('${WORKER_URL}', import.meta.url), options);`,
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

/**
 * cli-table3 measures every cell with string-width; the bundle gives it src/reporters/string-width.ts
 * instead, the same answers with a fast path for ASCII (that module says why; its unit test checks
 * the two agree). cli-table3 calls `require('string-width')` as a function: a CommonJS module that
 * exports our function as itself. Our own module still imports the real string-width.
 */
const FAST_WIDTH = path.join(ROOT, 'src/reporters/string-width.ts');
const cliTableWidth = {
  name: 'cli-table3-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      /[\\/]node_modules[\\/]cli-table3[\\/]/.test(args.importer) ? { path: 'string-width-for-cli-table3', namespace: 'ctx-audit' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'ctx-audit' }, () => ({
      contents: `module.exports = require(${JSON.stringify(FAST_WIDTH)}).default;`,
      loader: 'js',
      resolveDir: ROOT,
    }));
  },
};

const result = await build({
  absWorkingDir: ROOT,
  entryPoints: { 'ctx-audit': 'src/cli/main.ts', 'ctx-audit-worker': 'src/parallel/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  // Content-hashed names: the same sources give the same files, and a changed chunk gets a new name.
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS libraries (cli-table3, dockerfile-ast, yaml, ...) call require() for Node built-ins: give the module one.
  banner: { js: "import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);" },
  // Licences go to THIRD-PARTY-LICENSES.txt in full, not as scattered comments.
  legalComments: 'none',
  // ASCII output (other characters as \\u escapes): V8 then holds the source as one byte per
  // character and decodes it on the fast path; measured 6 ms of start-up (issue 18).
  charset: 'ascii',
  metafile: true,
  write: false,
  logLevel: 'warning',
  plugins: [replaceForBundle, cliTableWidth],
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

/**
 * An output's `import ... from "node:x"` statements as `require("node:x")`, through the `require`
 * the banner makes. Importing a built-in as an ES module makes Node build its module namespace,
 * which reads every export, and some are getters that load more of Node: `node:fs`'s `promises`,
 * `ReadStream` and `WriteStream` load fs/promises, readline and the whole streams stack, ~10 ms of
 * every run's start-up (issue 18). `require` returns the module object and a destructuring reads only
 * the names the code uses. esbuild writes the three forms below and nothing else for a built-in;
 * any other form stops the build rather than pass through unnoticed.
 */
function builtinsRequired(file, text) {
  return text.replace(/^import (.*) from "(node:[a-z_/]+)";$/gm, (line, clause, id) => {
    let m;
    if ((m = /^\* as ([\w$]+)$/.exec(clause)) || (m = /^([\w$]+)$/.exec(clause))) return `const ${m[1]} = require("${id}");`;
    if ((m = /^\{ ([\w$]+(?: as [\w$]+)?(?:, [\w$]+(?: as [\w$]+)?)*) \}$/.exec(clause))) {
      return `const { ${m[1].replace(/ as /g, ': ')} } = require("${id}");`;
    }
    throw new Error(`bundle: ${file}: an import of ${id} in a form this build does not rewrite: ${line}`);
  });
}

/** An output's text, with the worker placeholder replaced by the worker's path from that output. */
function finalText(file, text) {
  text = builtinsRequired(file, text);
  if (!text.includes(WORKER_URL)) return text;
  const rel = path.posix.relative(path.posix.dirname(file), 'dist/ctx-audit-worker.mjs');
  return text.replaceAll(WORKER_URL, rel.startsWith('.') ? rel : `./${rel}`);
}

const outputs = new Map(
  result.outputFiles.map((f) => {
    const file = path.relative(ROOT, f.path).split(path.sep).join('/');
    return [file, finalText(file, f.text)];
  }),
);
if (![...outputs.values()].some((t) => t.includes('ctx-audit-worker.mjs'))) throw new Error('bundle: no output starts the worker');
outputs.set('dist/THIRD-PARTY-LICENSES.txt', licenses(result.metafile));

/** The files dist/ holds now that a build makes (chunks included), so a chunk no longer built is found. */
function builtFilesOnDisk() {
  const chunks = path.join(ROOT, 'dist/chunks');
  const inChunks = existsSync(chunks) ? readdirSync(chunks).map((f) => `dist/chunks/${f}`) : [];
  return new Set([...inChunks, ...[...outputs.keys()].filter((f) => !f.startsWith('dist/chunks/'))]);
}

if (check) {
  const stale = [...outputs].filter(([file, text]) => !existsSync(path.join(ROOT, file)) || readFileSync(path.join(ROOT, file), 'utf8') !== text).map(([f]) => f);
  const extra = [...builtFilesOnDisk()].filter((f) => !outputs.has(f));
  if (stale.length > 0 || extra.length > 0) {
    const what = [...stale.map((f) => `${f} differs from what the sources build`), ...extra.map((f) => `${f} is no longer built`)];
    console.error(`check:bundle: ${what.join('; ')}. Run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log(`check:bundle: ${[...outputs.keys()].join(', ')} match the sources`);
} else {
  for (const f of builtFilesOnDisk()) if (!outputs.has(f)) rmSync(path.join(ROOT, f));
  mkdirSync(path.join(ROOT, 'dist/chunks'), { recursive: true });
  for (const [file, text] of outputs) writeFileSync(path.join(ROOT, file), text);
}
