// action.yml, run the way the runner runs a composite action: each `run` step through
// `bash --noprofile --norc -eo pipefail`, in the workspace, with GITHUB_ACTION_PATH set to a fresh
// checkout (the committed bundle, no node_modules: nothing may be installed or built; npm is
// offline with an empty cache), `${{ inputs.x }}` in `env:` resolved from the inputs or their
// defaults, and step summary and output files. Expected exit codes, findings and sizes are
// hand-reasoned from the small contexts built below.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { exportWorkingTree, offlineNpmEnv, ROOT, tempDir, writeFiles, removeTempDirs } from './helpers.js';

after(removeTempDirs);

interface Step {
  name: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Array<Step & { id?: string }> };
}

const ACTION = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
let actionPath = '';
let emptyCache = '';

/** The only expressions the action may use in `env:`: `${{ inputs.NAME }}` of a declared input. */
function resolve(value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
    const m = /^inputs\.([A-Za-z0-9_-]+)$/.exec(expr);
    if (!m || !(m[1] in ACTION.inputs)) throw new Error(`unsupported expression in action.yml: \${{ ${expr} }}`);
    return inputs[m[1]] ?? ACTION.inputs[m[1]].default ?? '';
  });
}

interface StepRun {
  code: number | null;
  log: string;
  /** What the step wrote to GITHUB_OUTPUT (name=value lines). */
  outputs: Record<string, string>;
}

function runStep(step: Step, opts: { workspace: string; inputs?: Record<string, string>; summary?: string }): StepRun {
  assert.equal(step.shell, 'bash', `${step.name}: only bash steps are expected`);
  const script = path.join(tempDir('action-step'), 'step.sh');
  fs.writeFileSync(script, step.run as string);
  const outputFile = path.join(path.dirname(script), 'github_output');
  fs.writeFileSync(outputFile, '');
  const env: Record<string, string> = offlineNpmEnv({
    GITHUB_ACTION_PATH: actionPath,
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    npm_config_cache: emptyCache,
  });
  delete env.NO_COLOR;
  if (opts.summary !== undefined) env.GITHUB_STEP_SUMMARY = opts.summary;
  for (const [k, v] of Object.entries(step.env ?? {})) env[k] = resolve(v, opts.inputs ?? {});
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd: opts.workspace, env, encoding: 'utf8', timeout: 300_000 });
  const outputs: Record<string, string> = {};
  for (const line of fs.readFileSync(outputFile, 'utf8').split('\n').filter(Boolean)) {
    const eq = line.indexOf('=');
    assert.ok(eq > 0, `not a name=value line in GITHUB_OUTPUT: ${line}`);
    assert.ok(!(line.slice(0, eq) in outputs), `output ${line.slice(0, eq)} written twice`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return { code: r.status, log: r.stdout + r.stderr, outputs };
}

const auditStep = () => ACTION.runs.steps[ACTION.runs.steps.length - 1];

/** BuildKit's transfer figure from ctx-audit's JSON report, run directly (not through the Action). */
function transferBytes(cwd: string, args: string[]): number {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/ctx-audit.js'), ...args, '--format', 'json', '--fail-on', 'never'], { cwd, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const bytes = (JSON.parse(r.stdout) as { context: { buildkit?: { transfer?: { bytes: number } } } }).context.buildkit?.transfer?.bytes;
  assert.equal(typeof bytes, 'number', 'no BuildKit transfer figure in the JSON report');
  return bytes as number;
}

/** A workspace with a clean context `app/` (a broken Dockerfile beside it) and a summary file that already has content. */
function workspace(): { dir: string; summary: string } {
  const dir = tempDir('action-workspace');
  writeFiles(dir, {
    'app/Dockerfile': 'FROM scratch\nCOPY app.txt /app/\n',
    'app/Dockerfile.broken': 'FROM scratch\nCOPY missing.txt /app/\n',
    'app/.dockerignore': 'Dockerfile.broken\n',
    'app/app.txt': 'hello\n',
  });
  const summary = path.join(tempDir('action-summary'), 'step_summary.md');
  fs.writeFileSync(summary, '# earlier step\n');
  return { dir, summary };
}

before(() => {
  actionPath = tempDir('action-path');
  exportWorkingTree(actionPath);
  emptyCache = tempDir('empty-npm-cache');
});

test('action.yml: a composite action whose scripts never paste an expression (inputs come through env)', () => {
  assert.equal(ACTION.runs.using, 'composite');
  for (const name of ['context', 'dockerfile', 'format', 'fail-on', 'budget', 'builder', 'baseline', 'max-growth', 'sarif', 'html']) assert.ok(name in ACTION.inputs, name);
  assert.equal(ACTION.inputs.context.default, '.');
  assert.equal(ACTION.inputs.format.default, 'table');
  assert.equal(ACTION.inputs['fail-on'].default, 'error');
  for (const step of ACTION.runs.steps) assert.ok(!/\$\{\{/.test(step.run ?? ''), `${step.name}: \${{ }} inside run: is a shell-injection risk`);
});

test('action.yml: every output is one the audit step writes', () => {
  assert.deepEqual(Object.keys(ACTION.outputs).sort(), ['buildkit-bytes', 'bytes', 'errors', 'infos', 'legacy-bytes', 'verdict', 'warnings']);
  assert.equal(auditStep().id, 'audit');
  for (const [name, o] of Object.entries(ACTION.outputs)) assert.equal(o.value, `\${{ steps.audit.outputs.${name} }}`, name);
});

test('action: runs from a fresh checkout of the action with no node_modules, installing and building nothing', () => {
  assert.ok(fs.existsSync(path.join(actionPath, 'dist/ctx-audit.mjs')), 'the action checkout must carry the committed bundle');
  assert.ok(!fs.existsSync(path.join(actionPath, 'node_modules')), 'the action checkout must start without node_modules');
  for (const step of ACTION.runs.steps) assert.doesNotMatch(step.run ?? '', /\b(npm|npx|yarn|pnpm)\b/, `${step.name} runs a package manager`);
  for (const step of ACTION.runs.steps.slice(0, -1)) {
    const r = runStep(step, { workspace: actionPath });
    assert.equal(r.code, 0, `${step.name}: ${r.log}`);
  }
  const ws = workspace();
  const r = runStep(auditStep(), { workspace: ws.dir, summary: ws.summary, inputs: { context: 'app' } });
  assert.equal(r.code, 0, r.log);
  assert.ok(!fs.existsSync(path.join(actionPath, 'node_modules')), 'a step installed something into the action checkout');
  assert.deepEqual(fs.readdirSync(emptyCache), [], 'a step used npm');
});

test('action: outputs say the verdict, what is sent and the findings by severity; SARIF and HTML files are written when asked', () => {
  const ws = workspace();
  const r = runStep(auditStep(), {
    workspace: ws.dir,
    summary: ws.summary,
    inputs: { context: 'app', dockerfile: 'app/Dockerfile.broken', builder: 'legacy', sarif: 'out/ctx.sarif', html: 'report.html' },
  });
  assert.equal(r.code, 1, r.log);
  // Legacy tar of app/: Dockerfile, Dockerfile.broken (docker sends the named Dockerfile even when
  // ignored), .dockerignore and app.txt, each a 512-byte header and one 512-byte content block,
  // plus the 1024-byte end marker = 5120. One error (COPY missing.txt).
  assert.equal(r.outputs.verdict, 'fail');
  assert.equal(r.outputs['legacy-bytes'], '5120');
  assert.equal(r.outputs.bytes, '5120');
  assert.equal(r.outputs.errors, '1');
  assert.match(r.outputs.warnings, /^\d+$/);
  assert.match(r.outputs.infos, /^\d+$/);
  // BuildKit's figure is a transfer of protobuf packets (file metadata, then requested contents):
  // the Action relays ctx-audit's own figure for it.
  assert.equal(r.outputs['buildkit-bytes'], String(transferBytes(ws.dir, ['app', '-f', 'app/Dockerfile.broken'])));
  const sarif = JSON.parse(fs.readFileSync(path.join(ws.dir, 'out/ctx.sarif'), 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
  assert.equal(sarif.version, '2.1.0');
  assert.ok(sarif.runs[0].results.some((x) => x.ruleId === 'CTX101'));
  assert.match(fs.readFileSync(path.join(ws.dir, 'report.html'), 'utf8'), /^<!doctype html>/i);

  const clean = runStep(auditStep(), { workspace: ws.dir, summary: ws.summary, inputs: { context: 'app' } });
  assert.equal(clean.code, 0, clean.log);
  assert.equal(clean.outputs.verdict, 'pass');
  assert.equal(clean.outputs.errors, '0');
  // BuildKit (the default) requests app.txt (6 bytes of content, plus each entry's metadata): bytes
  // follows the builder, and is BuildKit's figure.
  const transfer = transferBytes(ws.dir, ['app']);
  assert.ok(transfer > 6, `BuildKit transfer ${transfer}`);
  assert.equal(clean.outputs['buildkit-bytes'], String(transfer));
  assert.equal(clean.outputs.bytes, String(transfer));

  const bad = runStep(auditStep(), { workspace: ws.dir, inputs: { context: 'app', 'fail-on': 'sometimes' } });
  assert.equal(bad.code, 2, bad.log);
  assert.deepEqual(bad.outputs, { verdict: 'error' });
});

test('action: a baseline input compares with a previous JSON report, and max-growth fails on growth past it', () => {
  const ws = workspace();
  // The legacy builder sends every file that is not ignored, so a new file is growth there.
  const first = runStep(auditStep(), { workspace: ws.dir, inputs: { context: 'app', format: 'json', builder: 'legacy' } });
  assert.equal(first.code, 0, first.log);
  fs.writeFileSync(path.join(ws.dir, 'baseline.json'), first.log.slice(first.log.indexOf('{')));
  // 10,000 more bytes in a new file (the ignore file does not exclude it).
  fs.writeFileSync(path.join(ws.dir, 'app/grown.bin'), Buffer.alloc(10_000, 1));
  const same = runStep(auditStep(), { workspace: ws.dir, inputs: { context: 'app', baseline: 'baseline.json', builder: 'legacy' } });
  assert.equal(same.code, 0, same.log);
  assert.match(same.log, /baseline\.json/);
  const grown = runStep(auditStep(), { workspace: ws.dir, inputs: { context: 'app', baseline: 'baseline.json', 'max-growth': '1KB', builder: 'legacy' } });
  assert.equal(grown.code, 1, grown.log);
  assert.equal(grown.outputs.verdict, 'fail');
});

test('action: broken COPY -> exit 1, table in the log, markdown appended to the step summary', () => {
  const ws = workspace();
  const r = runStep(auditStep(), { workspace: ws.dir, summary: ws.summary, inputs: { context: 'app', dockerfile: 'app/Dockerfile.broken' } });
  assert.equal(r.code, 1, r.log);
  assert.match(r.log, /error +CTX101 Dockerfile\.broken:2 COPY source "missing\.txt"/, r.log);
  const summary = fs.readFileSync(ws.summary, 'utf8');
  assert.ok(summary.startsWith('# earlier step\n### ctx-audit: '), summary);
  // The rule links to its docs; the location is relative to the workspace, where the context is app/.
  assert.match(summary, /\| \[CTX101\]\([^)]+\) missing-copy-source \| `app\/Dockerfile\.broken:2` \|/, summary);
});

test('action: the same context passes with the default Dockerfile, and with fail-on never despite the error', () => {
  const ws = workspace();
  const clean = runStep(auditStep(), { workspace: ws.dir, summary: ws.summary, inputs: { context: 'app' } });
  assert.equal(clean.code, 0, clean.log);
  const never = runStep(auditStep(), { workspace: ws.dir, summary: ws.summary, inputs: { context: 'app', dockerfile: 'app/Dockerfile.broken', 'fail-on': 'never' } });
  assert.equal(never.code, 0, never.log);
  // Two runs, two summaries appended after the earlier step's text.
  assert.equal(fs.readFileSync(ws.summary, 'utf8').split('### ctx-audit: ').length, 3);
});

test('action: budget and builder reach ctx-audit (legacy tar over 1KB -> CTX002, exit 1)', () => {
  // The legacy tar holds at least Dockerfile, .dockerignore and app.txt (512-byte header + 512
  // bytes of padded content each) and the 1024-byte end marker: far over 1KB.
  const ws = workspace();
  const r = runStep(auditStep(), { workspace: ws.dir, summary: ws.summary, inputs: { context: 'app', budget: '1KB', builder: 'legacy', format: 'github' } });
  assert.equal(r.code, 1, r.log);
  assert.match(r.log, /^::error [^\n]*title=CTX002 context-too-large::/m, r.log);
  assert.match(fs.readFileSync(ws.summary, 'utf8'), /\[CTX002\]\([^)]+\) context-too-large/);
});

test('action: a bad input is exit 2 with ctx-audit\'s one line, and nothing is added to the summary', () => {
  const ws = workspace();
  const r = runStep(auditStep(), { workspace: ws.dir, summary: ws.summary, inputs: { context: 'app', 'fail-on': 'sometimes' } });
  assert.equal(r.code, 2, r.log);
  assert.match(r.log, /^ctx-audit: --fail-on: expected one of error, warning, info, never, got "sometimes"/m);
  assert.equal(fs.readFileSync(ws.summary, 'utf8'), '# earlier step\n');
});

test('action: inputs are data, not shell (a $(...) in an input runs nothing); no GITHUB_STEP_SUMMARY is fine', () => {
  const ws = workspace();
  const marker = path.join(ws.dir, 'injected');
  const r = runStep(auditStep(), { workspace: ws.dir, inputs: { context: 'app', dockerfile: `$(touch ${marker})` } });
  assert.equal(r.code, 2, r.log); // no Dockerfile by that literal name
  assert.ok(!fs.existsSync(marker), 'an input was executed by the shell');
  const ok = runStep(auditStep(), { workspace: ws.dir, inputs: { context: 'app', format: 'markdown' } });
  assert.equal(ok.code, 0, ok.log);
  assert.match(ok.log, /^### ctx-audit: /m);
});
