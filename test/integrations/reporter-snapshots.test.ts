// One sample context through every format, end to end (the built bin, a minimal environment),
// compared with snapshot files in test/snapshots/ that record the command, the exit code and the
// output (arethetypeswrong's and ruff's CLI snapshots). The absolute repository path and the tool
// version are normalised. Regenerate after an intended change, then review the diff:
//   CTX_AUDIT_UPDATE_SNAPSHOTS=1 node scripts/run-tests.mjs reporter-snapshots
// The snapshots are our own output; what is asserted by hand on top of them: the Dockerfile's
// line 24 copies config/production.json while only config/prod.json exists, so every format
// reports CTX101 there and exits 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { VERSION } from '../../src/version.js';
import { ROOT } from './helpers.js';

const SNAPSHOTS = path.join(ROOT, 'test/snapshots');
const UPDATE = process.env.CTX_AUDIT_UPDATE_SNAPSHOTS === '1';
const SAMPLE = 'sample-contexts/multistage-broken';

function ctxAudit(args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/ctx-audit.js'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function normalise(text: string): string {
  return text.split(pathToFileURL(ROOT).href).join('file://<ROOT>').split(ROOT).join('<ROOT>').split(VERSION).join('<VERSION>');
}

function snapshotText(args: string[], r: { code: number | null; stdout: string; stderr: string }): string {
  return [`$ ctx-audit ${args.join(' ')}`, `# exit code: ${r.code}`, '# stdout:', normalise(r.stdout), '# stderr:', normalise(r.stderr)].join('\n');
}

const CASES: Array<{ format: string; line24: RegExp }> = [
  { format: 'table', line24: /error +CTX101 Dockerfile:24 / },
  { format: 'json', line24: /"ruleId": "CTX101",[\s\S]*?"line": 24/ },
  { format: 'sarif', line24: /"ruleId": "CTX101",[\s\S]*?"startLine": 24/ },
  // Locations from the working directory (the repository root here), not from the context.
  { format: 'github', line24: /^::error file=sample-contexts\/multistage-broken\/Dockerfile,line=24,title=CTX101 / },
  { format: 'markdown', line24: /\| \[CTX101\]\([^)]+\) missing-copy-source \| `sample-contexts\/multistage-broken\/Dockerfile:24` \|/ },
];

for (const c of CASES) {
  test(`snapshot: ${SAMPLE} --format ${c.format}`, () => {
    const args = [SAMPLE, '--format', c.format];
    const r = ctxAudit(args);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, new RegExp(c.line24.source, c.line24.flags.includes('m') ? c.line24.flags : c.line24.flags + 'm'));
    const file = path.join(SNAPSHOTS, `multistage-broken.${c.format}.snap`);
    const actual = snapshotText(args, r);
    if (UPDATE) fs.writeFileSync(file, actual);
    assert.ok(fs.existsSync(file), `${file} is missing: run with CTX_AUDIT_UPDATE_SNAPSHOTS=1 and review it`);
    assert.equal(actual, fs.readFileSync(file, 'utf8'), `output changed; if intended, regenerate with CTX_AUDIT_UPDATE_SNAPSHOTS=1 and review the diff`);
  });
}

test(`html (no snapshot: size and structure): ${SAMPLE} --format html`, () => {
  const r = ctxAudit([SAMPLE, '--format', 'html']);
  assert.equal(r.code, 1, r.stderr);
  const html = r.stdout;
  assert.match(html, /^<!doctype html>\n<html lang="en">/i);
  assert.match(html, /<\/html>\n?$/);
  // Self-contained: one CSP, the data block, no external script, style or image.
  assert.equal(html.match(/http-equiv="Content-Security-Policy"/g)?.length, 1);
  assert.equal(html.match(/<script type="application\/json"/g)?.length, 1);
  assert.doesNotMatch(html, /<(script|link|img)[^>]+(src|href)="https?:/i);
  assert.ok(html.includes('CTX101'));
  // Measured 41 KB (the page's code dominates); a tenfold change means something else was inlined or lost.
  assert.ok(html.length > 10_000 && html.length < 400_000, `html is ${html.length} bytes`);
});

test('snapshots: no stale files in test/snapshots/', () => {
  const expected = new Set(CASES.map((c) => `multistage-broken.${c.format}.snap`));
  assert.deepEqual(fs.readdirSync(SNAPSHOTS).filter((f) => !expected.has(f)), []);
});
