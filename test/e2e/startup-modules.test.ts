// Start-up (issue 18): V8 compiles every byte of every module a run imports, so the default audit
// of a directory must not load the code only other runs use (YAML, archives and downloads, --all,
// the HTML page). The built CLI runs under a module hook that logs each file it loads; the bundle
// keeps esbuild's `// node_modules/<package>/…` and `// src/…` comments, which say what a chunk holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/ctx-audit.js');

/** Code a run on a directory has no use for, by the path comment esbuild writes above it. */
const ON_DEMAND: Record<string, RegExp> = {
  yaml: /^\/\/ node_modules\/yaml\//m,
  'tar-stream': /^\/\/ node_modules\/tar-stream\//m,
  'xz-decompress': /^\/\/ node_modules\/xz-decompress\//m,
  'fast-glob': /^\/\/ node_modules\/fast-glob\//m,
  'd3-hierarchy (HTML)': /^\/\/ src\/reporters\/d3-source\.ts$/m,
  'the multi-target audit': /^\/\/ src\/multi\/audit-targets\.ts$/m,
};

function loadedFiles(args: string[], cwd: string): { files: string[]; code: number | null; stderr: string } {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'ctx-audit-loads-'));
  const log = path.join(dir, 'loaded.log');
  const hook = path.join(dir, 'hook.mjs');
  const loader = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n'); return next(url, context); }`;
  fs.writeFileSync(hook, `import { register } from 'node:module';\nregister(${JSON.stringify('data:text/javascript,' + encodeURIComponent(loader))});\n`);
  try {
    // The shim require()s the bundle, which module hooks do not see; with require(esm) off it
    // import()s it instead, through the hooks. Either way the same modules load (the code decides).
    const r = spawnSync(process.execPath, ['--no-experimental-require-module', '--import', hook, BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    const files = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean).map((u) => fileURLToPath(u)) : [];
    return { files: [...new Set(files)], code: r.status, stderr: r.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function holding(files: string[], marker: RegExp): string[] {
  return files.filter((f) => f.startsWith(path.join(ROOT, 'dist')) && marker.test(fs.readFileSync(f, 'utf8')));
}

function tree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'ctx-audit-startup-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const APP = { Dockerfile: 'FROM node:20\nCOPY package.json ./\nCOPY src/ ./src/\n', 'package.json': '{}\n', 'src/index.js': 'console.log(1)\n', '.dockerignore': 'node_modules\n.git\n' };

for (const args of [[], ['--format', 'json'], ['--format', 'sarif'], ['ls']]) {
  test(`ctx-audit ${[...args, '.'].join(' ')} on a directory loads none of the code other runs use`, () => {
    const dir = tree(APP);
    try {
      const run = loadedFiles(args[0] === 'ls' ? ['ls', '.'] : ['.', '--fail-on', 'never', ...args], dir);
      assert.equal(run.code, 0, run.stderr);
      // Not vacuous: the hook saw the bundle, and a chunk the audit needs is recognised by its comment.
      assert.ok(run.files.includes(path.join(ROOT, 'dist/ctx-audit.mjs')), run.files.join('\n'));
      assert.ok(holding(run.files, /^\/\/ node_modules\/dockerfile-ast\//m).length > 0, 'the Dockerfile parser was not seen');
      for (const [what, marker] of Object.entries(ON_DEMAND)) assert.deepEqual(holding(run.files, marker), [], `${what} was loaded`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('a YAML config, --all and --format html load what they need (the markers above do find that code)', () => {
  const dir = tree({ ...APP, '.ctx-audit.yaml': 'rules:\n  CTX301: off\n' });
  try {
    const yaml = loadedFiles(['.', '--fail-on', 'never'], dir);
    assert.equal(yaml.code, 0, yaml.stderr);
    assert.ok(holding(yaml.files, ON_DEMAND.yaml).length > 0, 'a YAML config was read without the YAML parser?');
    const all = loadedFiles(['--all', '.', '--fail-on', 'never', '--format', 'json'], dir);
    assert.equal(all.code, 0, all.stderr);
    assert.ok(holding(all.files, ON_DEMAND['fast-glob']).length > 0, '--all ran without fast-glob?');
    const html = loadedFiles(['.', '--fail-on', 'never', '--format', 'html', '--output', path.join(dir, 'r.html')], dir);
    assert.equal(html.code, 0, html.stderr);
    assert.ok(holding(html.files, ON_DEMAND['d3-hierarchy (HTML)']).length > 0, 'HTML written without d3?');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('bin/ctx-audit.js require()s the bundle (no ES module loader on the way), and imports it where require(esm) is unavailable; no warning either way', () => {
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const run = (flags: string[]) => spawnSync(process.execPath, [...flags, BIN, '--version'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  const plain = run([]);
  assert.deepEqual([plain.status, plain.stdout, plain.stderr], [0, version + '\n', '']);
  // --trace-require-module=all reports each require() of an ES module: the shim's is the one.
  const traced = run(['--trace-require-module=all']);
  assert.equal(traced.status, 0, traced.stderr);
  assert.match(traced.stderr, /ctx-audit\.js is loading ES Module .*dist\/ctx-audit\.mjs using require\(\)/);
  // Node before 20.19 (simulated): require() of an ES module throws ERR_REQUIRE_ESM, the shim imports it.
  const fallback = run(['--no-experimental-require-module']);
  assert.deepEqual([fallback.status, fallback.stdout, fallback.stderr], [0, version + '\n', '']);
});

/** Node's own modules a run loaded (process.moduleLoadList at exit), with standard input a file holding `stdinText`. */
function nodeModulesLoaded(args: string[], cwd: string, env: Record<string, string> = {}, stdinText = ''): { modules: Set<string>; code: number | null; stdout: string; stderr: string } {
  const dir = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'ctx-audit-builtins-'));
  const log = path.join(dir, 'modules.log');
  const preload = path.join(dir, 'preload.cjs');
  const stdinFile = path.join(dir, 'stdin.txt');
  fs.writeFileSync(stdinFile, stdinText);
  fs.writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(log)}, process.moduleLoadList.join('\\n')));\n`);
  const stdin = fs.openSync(stdinFile, 'r');
  try {
    const r = spawnSync(process.execPath, ['--require', preload, BIN, ...args], { cwd, encoding: 'utf8', stdio: [stdin, 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env } });
    const modules = new Set(fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').map((m) => m.replace(/^NativeModule /, '')) : []);
    return { modules, code: r.status, stdout: r.stdout, stderr: r.stderr };
  } finally {
    fs.closeSync(stdin);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// Each of these costs every run a few ms of start-up (~10 ms together), and a small context needs
// none: the worker is for large ones, fs/promises for `tar`, crypto for a few findings, and standard
// input (a file here: an fs.ReadStream, which loads Node's file streams) only for `-f -`.
const NOT_AT_START = ['worker_threads', 'fs/promises', 'crypto', 'internal/fs/streams'];

test('the default audit of a small directory loads none of the Node built-ins only other runs use', () => {
  const dir = tree(APP);
  try {
    for (const args of [['.', '--fail-on', 'never'], ['.', '--fail-on', 'never', '--format', 'json']]) {
      const run = nodeModulesLoaded(args, dir);
      assert.equal(run.code, 0, run.stderr);
      assert.ok(run.modules.has('fs') && run.modules.has('path'), 'the load list was not read');
      assert.deepEqual(NOT_AT_START.filter((m) => run.modules.has(m)), [], args.join(' '));
    }
    // Not vacuous: a run that shares its walk (two subtrees at least) loads the worker's module, and `-f -` reads stdin.
    for (const sub of ['lib/a', 'lib/b', 'docs']) fs.mkdirSync(path.join(dir, sub), { recursive: true });
    const shared = nodeModulesLoaded(['.', '--fail-on', 'never'], dir, { CTX_AUDIT_PARALLEL: 'always' });
    assert.equal(shared.code, 0, shared.stderr);
    assert.ok(shared.modules.has('worker_threads'), 'CTX_AUDIT_PARALLEL=always ran without a worker?');
    const piped = nodeModulesLoaded(['-f', '-', '.', '--format', 'json', '--fail-on', 'never'], dir, {}, 'FROM scratch\nCOPY nowhere/ /x/\n');
    assert.equal(piped.code, 0, piped.stderr);
    assert.match(piped.stdout, /"CTX101"[^}]*nowhere/, 'the Dockerfile on stdin was not read');
    assert.ok(piped.modules.has('internal/fs/streams'), piped.stderr);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the bundle imports no Node built-in as an ES module (that reads every export, loading what its getters load); it require()s them', () => {
  const files = [...fs.readdirSync(path.join(ROOT, 'dist')).filter((f) => f.endsWith('.mjs')), ...fs.readdirSync(path.join(ROOT, 'dist/chunks')).map((f) => `chunks/${f}`)];
  assert.ok(files.length > 10, files.join(' '));
  const imports = files.flatMap((f) =>
    [...fs.readFileSync(path.join(ROOT, 'dist', f), 'utf8').matchAll(/^import [^;]*? from ["'](node:[^"']+)["'];/gm)].map((m) => `${f}: ${m[1]}`),
  );
  // The banner's import of node:module, which makes `require`, is the one each file keeps.
  assert.deepEqual(imports.filter((i) => !i.endsWith(': node:module')), []);
  assert.equal(imports.length, files.length);
});
