// Bundles the built CLI (dist/, from tsc) into two files: dist/bundle/ctx-audit.js and the
// background worker dist/bundle/worker.js (sync-worker.ts finds it next to itself). One file
// instead of ~90 modules and their package lookups takes ~50 ms off every run's start-up, which
// is most of a pre-commit run on a small context. Dependencies are bundled too; `yaml` (loaded with
// createRequire on demand) and d3-hierarchy's file (read for the HTML report) still resolve from
// node_modules at run time.
import { build } from 'esbuild';

await build({
  entryPoints: { 'ctx-audit': 'dist/cli/main.js', worker: 'dist/parallel/worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies (cli-table3, dockerfile-ast, ...) call require(): give the ES module one.
  banner: { js: "import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);" },
  legalComments: 'eof',
  logLevel: 'warning',
});
