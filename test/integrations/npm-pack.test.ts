// The package as npm would publish it: `npm pack`, install the tarball into an empty project
// offline with an EMPTY npm cache (the package has no dependencies: the committed bundle inlines
// every library), and run `npx ctx-audit` from there through every command and format, so a
// missing `files` entry, a wrong `bin`, an import of a library or an install-time build shows up
// here rather than for the first user.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { builtinModules } from 'node:module';
import { describe, offlineNpmEnv, ROOT, run, tempDir, writeFiles, removeTempDirs } from './helpers.js';

after(removeTempDirs);

const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};
let consumer = '';
let packed: string[] = [];
let sample = '';
/** An npm cache that starts empty: the install below can only succeed if it needs nothing from it. */
let emptyCache = '';

before(() => {
  // Packs the committed bundle as it is on disk; scripts are skipped, and none would build anything.
  assert.ok(fs.existsSync(path.join(ROOT, 'dist/ctx-audit.mjs')), 'dist/ctx-audit.mjs is missing: run `npm run build`');
  const out = tempDir('pack');
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], { cwd: ROOT });
  assert.equal(pack.status, 0, describe(pack));
  const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info.files.map((f) => f.path).sort();
  consumer = tempDir('consumer');
  emptyCache = tempDir('empty-npm-cache');
  writeFiles(consumer, { 'package.json': JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }) });
  const install = run('npm', ['install', '--no-save', path.join(out, info.filename)], { cwd: consumer, env: offlineNpmEnv({ npm_config_cache: emptyCache }) });
  assert.equal(install.status, 0, describe(install));
  // A copy of the sample, so nothing the commands below might write can land in the repository. It
  // lies under the directory npx runs in: ctx-audit reads nothing outside its working directory's repository.
  sample = path.join(consumer, 'sample', 'multistage-broken');
  fs.cpSync(path.join(ROOT, 'sample-contexts/multistage-broken'), sample, { recursive: true });
});

function npx(args: string[], extra: Record<string, string> = {}) {
  // npm_config_yes=false: use the installed bin or fail, never fetch one.
  return run('npx', ['--offline', 'ctx-audit', ...args], { cwd: consumer, env: offlineNpmEnv({ npm_config_yes: 'false', npm_config_cache: emptyCache, ...extra }) });
}

test('npm pack: the tarball holds the bundle (entry, worker and chunks), its shim, the licences, the README, the rule docs and the config schema, and nothing else', () => {
  // The chunks are what `npm run build` wrote (check:bundle holds them to exactly what the sources build).
  const chunks = fs.readdirSync(path.join(ROOT, 'dist/chunks')).map((f) => `dist/chunks/${f}`);
  assert.ok(chunks.length > 0 && chunks.every((f) => f.endsWith('.mjs')), `dist/chunks: ${chunks.join(', ')}`);
  const expected = [
    'LICENSE',
    'README.md',
    'ctx-audit.schema.json',
    'bin/package.json', // "type": "commonjs": the shim require()s the bundle
    'dist/THIRD-PARTY-LICENSES.txt',
    'dist/ctx-audit-worker.mjs',
    'dist/ctx-audit.mjs',
    ...chunks,
    'docs/rules.md',
    'package.json',
    ...Object.values(PKG.bin).map((b) => b.replace(/^\.\//, '')),
  ].sort();
  assert.deepEqual(packed, expected);
});

test('package.json: no dependency of any kind and no script that runs on install or pack', () => {
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies'] as const) {
    assert.deepEqual(Object.keys(PKG[field] ?? {}), [], `${field} must be empty: the bundle inlines every library`);
  }
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack']) assert.equal(PKG.scripts[hook], undefined, hook);
});

test('npm pack: the tarball installs offline from an empty npm cache (any dependency would be ENOTCACHED), and installs nothing but ctx-audit', () => {
  const modules = fs.readdirSync(path.join(consumer, 'node_modules')).filter((n) => !n.startsWith('.')).sort();
  assert.deepEqual(modules, [PKG.name]);
});

test('npm pack: every module the packed code imports or requires is a Node built-in or a packed file', () => {
  const dir = path.join(consumer, 'node_modules', PKG.name);
  const builtins = new Set(builtinModules);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const file of packed.filter((p) => /\.m?js$/.test(p))) {
    const code = fs.readFileSync(path.join(dir, file), 'utf8');
    // Static `import … from`, `export … from`, side-effect `import '…'`, dynamic `import('…')`,
    // `require('…')` (the bundled CommonJS libraries) and `new URL('…', import.meta.url)` (the worker).
    const specs = [
      ...code.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm),
      ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
      ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
      ...code.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g),
      ...code.matchAll(/\bnew URL\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g),
    ].map((m) => m[1]);
    for (const spec of specs) {
      seen.add(spec);
      if (spec.startsWith('.')) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
        if (!packed.includes(target)) problems.push(`${file}: ${spec} (not packed)`);
        continue;
      }
      if (!builtins.has(spec.replace(/^node:/, ''))) problems.push(`${file}: ${spec}`);
    }
  }
  assert.deepEqual(problems, []);
  // The scan is not vacuous: it sees the bundle, the worker and built-ins imported both ways.
  for (const spec of ['../dist/ctx-audit.mjs', 'node:fs', 'node:worker_threads']) assert.ok(seen.has(spec), `import scan never saw ${spec}: ${[...seen].join(', ')}`);
  assert.ok([...seen].some((s) => /^\.\.?\/ctx-audit-worker\.mjs$/.test(s)), `import scan never saw the worker: ${[...seen].join(', ')}`);
  // The split bundle: the entry imports its chunks by relative path (test/e2e/startup-modules checks which load when).
  assert.ok([...seen].some((s) => s.startsWith('./chunks/')), 'no static import of a chunk');
});

test('npm pack: the licences ship, with one entry for each library inlined into the bundle', () => {
  const dir = path.join(consumer, 'node_modules', PKG.name);
  assert.match(fs.readFileSync(path.join(dir, 'LICENSE'), 'utf8'), /^MIT License/);
  const third = fs.readFileSync(path.join(dir, 'dist/THIRD-PARTY-LICENSES.txt'), 'utf8');
  for (const lib of ['chalk', 'cli-table3', 'd3-hierarchy', 'dockerfile-ast', 'fast-glob', 'ignore', 'tar-stream', 'unbzip2-stream', 'xz-decompress', 'yaml']) {
    const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', lib, 'package.json'), 'utf8')) as { version: string }).version;
    assert.ok(third.includes(`\n${lib}@${version} (`), `${lib}@${version} is missing from THIRD-PARTY-LICENSES.txt`);
  }
});

test('npx ctx-audit --version from the installed tarball prints the package version', () => {
  const r = npx(['--version']);
  assert.equal(r.status, 0, describe(r));
  assert.equal(r.stdout, PKG.version + '\n');
});

test('npx ctx-audit audits the broken sample: exit 1, CTX101 on Dockerfile:24 (COPY config/production.json; only config/prod.json exists)', () => {
  const r = npx([sample, '--format', 'json']);
  assert.equal(r.status, 1, describe(r));
  const report = JSON.parse(r.stdout) as { findings: Array<{ ruleId: string; line?: number }> };
  assert.ok(report.findings.some((f) => f.ruleId === 'CTX101' && f.line === 24), r.stdout);
});

test('npx ctx-audit: every command and format loads and runs from the installed package', () => {
  const out = tempDir('pack-outputs');
  const runs: Array<[string[], number]> = [
    [[sample], 1],
    [[sample, '--format', 'sarif'], 1],
    [[sample, '--format', 'github'], 1],
    [[sample, '--format', 'markdown'], 1],
    [[sample, '--format', 'html', '--output', path.join(out, 'r.html')], 1],
    [['--all', sample, '--format', 'json'], 1],
    [['ls', sample], 0],
    [['tar', sample, '-o', path.join(out, 'ctx.tar')], 0],
    [['rules'], 0],
    [['explain', 'CTX101'], 0],
    [['why', 'config/prod.json', '-C', sample], 0],
    [['suggest', sample], 0],
    [['--help'], 0],
  ];
  // A YAML config (the YAML parser is bundled) that turns CTX101 off: the broken sample then passes.
  // It lives in the consumer project (the repository boundary): a config outside it is not read.
  const yamlConfig = path.join(consumer, 'ctx-audit-test.yaml');
  fs.writeFileSync(yamlConfig, 'rules:\n  CTX101: off\n');
  runs.push([[sample, '--config', yamlConfig, '--format', 'json'], 0]);
  for (const [args, code] of runs) {
    const r = npx(args);
    assert.equal(r.status, code, `ctx-audit ${args.join(' ')}\n${describe(r)}`);
    assert.doesNotMatch(r.stderr, /ERR_MODULE_NOT_FOUND|Cannot find (module|package)|internal error/, args.join(' '));
  }
  // explain points at the docs/rules.md the package ships, inside the installed package.
  const more = /^More: (.+), section "CTX101 /m.exec(npx(['explain', 'CTX101']).stdout);
  assert.ok(more && fs.existsSync(more[1]) && more[1].includes(`${path.sep}node_modules${path.sep}ctx-audit${path.sep}docs${path.sep}rules.md`), more?.[1]);
  assert.ok(fs.statSync(path.join(out, 'r.html')).size > 0);
  assert.equal(fs.statSync(path.join(out, 'ctx.tar')).size % 512, 0);
});

test('npx ctx-audit: the background worker loads from the installed package and answers (same report as without it)', () => {
  // A preload that proves the worker's own code ran: in the worker thread it logs each message the
  // worker posts (only dist/ctx-audit-worker.mjs posts any); on the main thread, once a Worker is
  // created, the next lstat waits (up to 20 s) for that line, so the audit cannot end before the
  // worker had its chance to answer, however loaded the machine.
  const dir = tempDir('worker-probe');
  const log = path.join(dir, 'worker.log');
  const hook = path.join(dir, 'probe.cjs');
  fs.writeFileSync(
    hook,
    [
      `const fs = require('fs'); const wt = require('worker_threads'); const log = ${JSON.stringify(log)};`,
      'if (!wt.isMainThread) {',
      '  const post = wt.MessagePort.prototype.postMessage;',
      "  wt.MessagePort.prototype.postMessage = function (...a) { fs.appendFileSync(log, 'posted\\n'); return post.apply(this, a); };",
      '} else {',
      '  let created = false; let waited = false;',
      '  const Base = wt.Worker;',
      '  wt.Worker = class extends Base { constructor(...a) { super(...a); created = true; } };',
      '  const lstat = fs.lstatSync;',
      '  fs.lstatSync = function (...a) {',
      "    if (created && !waited) { waited = true; const end = Date.now() + 20000; while (!fs.existsSync(log) && Date.now() < end); }",
      '    return lstat.apply(this, a);',
      '  };',
      "  require('module').syncBuiltinESMExports();",
      '}',
    ].join('\n'),
  );
  const always = npx([sample, '--format', 'json', '--fail-on', 'never'], { CTX_AUDIT_PARALLEL: 'always', NODE_OPTIONS: `--require ${hook}` });
  assert.equal(always.status, 0, describe(always));
  assert.ok(fs.existsSync(log), `the worker never posted a reply: ${describe(always)}`);
  const never = npx([sample, '--format', 'json', '--fail-on', 'never'], { CTX_AUDIT_PARALLEL: 'never' });
  assert.equal(never.status, 0, describe(never));
  assert.equal(always.stdout, never.stdout);
});
