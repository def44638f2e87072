// Bundles the built CLI (dist/, from tsc) with esbuild: dist/bundle/cli/main.js (what
// bin/ctx-audit.js runs), the background worker dist/bundle/parallel/worker.js, and shared or
// on-demand code in dist/bundle/chunks/. A few files instead of ~90 modules and their package
// lookups take ~60 ms off every run's start-up, most of a pre-commit run on a small context; code
// loaded on demand (Compose and Bake with the YAML parser, the HTML report, suggest) stays in its
// own chunk and is not even parsed by a plain audit.
//
// Layout matters: sync-worker.ts finds the worker at ../parallel/worker.js from wherever its code
// lands (cli/, chunks/, or dist/parallel/ unbundled), so every output sits one level below the root.
// Dependencies are bundled too; `yaml` (loaded with createRequire on demand) and d3-hierarchy's file
// (read for the HTML report) still resolve from node_modules at run time.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry a content hash: without this, every rebuild would leave the old chunks behind.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: ['dist/cli/main.js', 'dist/parallel/worker.js'],
  outbase: 'dist',
  outdir: 'dist/bundle',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies (cli-table3, dockerfile-ast, ...) call require(): give each ES module one.
  banner: { js: "import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  logLevel: 'warning',
});
