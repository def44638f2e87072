// The package as npm would publish it: `npm pack`, install the tarball into an empty project
// offline (runtime dependencies only, from the local npm cache), and run `npx ctx-audit` from
// there through every command and format, so a missing `files` entry, a wrong `bin`, a dev-only
// import or an install-time build shows up here rather than for the first user.
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
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
let consumer = '';
let packed: string[] = [];
let sample = '';

before(() => {
  // Packs the dist/ that `npm test` just built (`npm run build`); scripts are skipped so this test
  // never rebuilds dist/ under the feet of tests running beside it. The pre-commit test covers
  // the `prepare` build of an install from git.
  assert.ok(fs.existsSync(path.join(ROOT, 'dist/cli/main.js')), 'dist/ is missing: run `npm run build` first');
  const out = tempDir('pack');
  const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out], { cwd: ROOT });
  assert.equal(pack.status, 0, describe(pack));
  const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  packed = info.files.map((f) => f.path);
  consumer = tempDir('consumer');
  writeFiles(consumer, { 'package.json': JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }) });
  const install = run('npm', ['install', '--no-save', path.join(out, info.filename)], { cwd: consumer });
  assert.equal(install.status, 0, describe(install));
  // A copy of the sample, so nothing the commands below might write can land in the repository. It
  // lies under the directory npx runs in: ctx-audit reads nothing outside its working directory's repository.
  sample = path.join(consumer, 'sample', 'multistage-broken');
  fs.cpSync(path.join(ROOT, 'sample-contexts/multistage-broken'), sample, { recursive: true });
});

function npx(args: string[]) {
  // npm_config_yes=false: use the installed bin or fail, never fetch one.
  return run('npx', ['--offline', 'ctx-audit', ...args], { cwd: consumer, env: offlineNpmEnv({ npm_config_yes: 'false' }) });
}

test('npm pack: the tarball holds bin/, dist/, package.json and README.md, nothing from src/, test/ or scripts/', () => {
  for (const need of ['package.json', 'README.md', 'dist/cli/main.js', ...Object.values(PKG.bin).map((b) => b.replace(/^\.\//, ''))]) {
    assert.ok(packed.includes(need), `${need} is not in the tarball`);
  }
  const stray = packed.filter((p) => !/^(bin|dist)\//.test(p) && !['package.json', 'README.md', 'LICENSE'].includes(p));
  assert.deepEqual(stray, []);
});

test('npm pack: installing the tarball installs no dev dependency and runs no build', () => {
  const installed = JSON.parse(fs.readFileSync(path.join(consumer, 'node_modules', PKG.name, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  for (const hook of ['preinstall', 'install', 'postinstall']) assert.equal(installed.scripts?.[hook], undefined, hook);
  for (const dev of Object.keys(PKG.devDependencies)) {
    if (dev in PKG.dependencies) continue;
    assert.ok(!fs.existsSync(path.join(consumer, 'node_modules', dev)), `dev dependency ${dev} was installed`);
  }
});

test('npm pack: every module the packed code imports is a Node built-in, a runtime dependency or a packed file', () => {
  const dir = path.join(consumer, 'node_modules', PKG.name);
  const allowed = new Set([...builtinModules, ...Object.keys(PKG.dependencies)]);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const file of packed.filter((p) => p.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(dir, file), 'utf8');
    // Static `import … from`, `export … from`, side-effect `import '…'` and dynamic `import('…')` (tsc output).
    const specs = [
      ...code.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm),
      ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
      ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1]);
    for (const spec of specs) {
      if (spec.startsWith('.')) {
        const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
        if (!packed.includes(target)) problems.push(`${file}: ${spec} (not packed)`);
        continue;
      }
      seen.add(spec);
      const bare = spec.replace(/^node:/, '');
      const name = bare.startsWith('@') ? bare.split('/').slice(0, 2).join('/') : bare.split('/')[0];
      if (!allowed.has(name) && !allowed.has(bare)) problems.push(`${file}: ${spec}`);
    }
  }
  assert.deepEqual(problems, []);
  // The scan is not vacuous: it sees the runtime dependencies the CLI is known to import.
  for (const dep of ['yaml', 'chalk', 'node:fs']) assert.ok(seen.has(dep), `import scan never saw ${dep}: ${[...seen].join(', ')}`);
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
  for (const [args, code] of runs) {
    const r = npx(args);
    assert.equal(r.status, code, `ctx-audit ${args.join(' ')}\n${describe(r)}`);
    assert.doesNotMatch(r.stderr, /ERR_MODULE_NOT_FOUND|Cannot find (module|package)|internal error/, args.join(' '));
  }
  assert.ok(fs.statSync(path.join(out, 'r.html')).size > 0);
  assert.equal(fs.statSync(path.join(out, 'ctx.tar')).size % 512, 0);
});
