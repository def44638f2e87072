// Targets that share a context report its ignore file's findings alike (adopt-dont-shop: 33 builds of
// one context, 4 CTX303 warnings 132 times). Every report but JSON shows such a finding once, naming
// the other targets; a second context's own ignore file with the same line stays its own finding.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './cli-io.js';
import { writeTree } from '../targets/helpers.js';

const FILES = {
  // Three builds of the root context, one of `other/`, each context with the same root-anchored
  // `*.md` and a README.md one level down that none of the Dockerfiles copies.
  'compose.yaml':
    'services:\n' +
    '  api:\n    build:\n      context: .\n      dockerfile: api.Dockerfile\n' +
    '  web:\n    build:\n      context: .\n      dockerfile: web.Dockerfile\n' +
    '  worker:\n    build:\n      context: .\n      dockerfile: worker.Dockerfile\n' +
    '  other:\n    build: ./other\n',
  '.dockerignore': '*.md\n',
  'docs/README.md': 'docs\n',
  'api.Dockerfile': 'FROM alpine\nCOPY api.txt /\n',
  'web.Dockerfile': 'FROM alpine\nCOPY web.txt /\n',
  'worker.Dockerfile': 'FROM alpine\nCOPY worker.txt /\n',
  'api.txt': 'a\n',
  'web.txt': 'w\n',
  'worker.txt': 'k\n',
  'other/.dockerignore': '*.md\n',
  'other/docs/README.md': 'docs\n',
  'other/Dockerfile': 'FROM alpine\nCOPY app.txt /\n',
  'other/app.txt': 'o\n',
};

const SHARED = /"\*\.md" matches only at the context root/g;

async function report(format: string, extra: string[] = []): Promise<string> {
  const tree = writeTree(FILES);
  try {
    const r = await runCli(['--compose', '--no-config', '--format', format, '--fail-on', 'never', ...extra], tree.root);
    assert.equal(r.code, 0, r.stderr);
    return r.stdout;
  } finally {
    tree.cleanup();
  }
}

test('annotations: one per finding the targets of one context share, titled with the others; the second context keeps its own', async () => {
  const out = await report('github');
  const ctx303 = out.split('\n').filter((l) => l.includes('CTX303'));
  assert.equal(ctx303.length, 2, out);
  // A notice: BuildKit requests none of the README files; only the legacy builder sends them.
  assert.match(ctx303[0], /^::notice file=\.dockerignore,line=1,title=api \(also for web and 1 more target\)%3A CTX303 /);
  assert.match(ctx303[1], /^::notice file=other\/\.dockerignore,line=1,title=other%3A CTX303 /);
  // CTX004 on `.` reads alike for the three ("5 files in ./ are eligible") but over other files
  // (each Dockerfile copies its own): three findings, not one.
  assert.equal(out.split('\n').filter((l) => l.includes('CTX004') && l.includes('file=.,')).length, 3, out);
});

test('human report: a shared finding is printed once, under its first target, and counted once in the headline', async () => {
  const out = await report('table');
  assert.equal(out.match(SHARED)?.length, 2, out);
  assert.match(out, /also for web, worker\n/);
  // web and worker share CTX303 and CTX004 on docs/ and other/ with api.
  assert.equal(out.match(/\+ 3 findings shown under api\n/g)?.length, 2, out);
  // Distinct findings: api's 4, web's and worker's own CTX004 on `.`, other's 2; and, as the targets' I
  // column adds up, 4 + 4 + 4 + 2 (sweep 47/E-W2: the headline and the columns disagreed, unexplained).
  assert.match(out.split('\n')[0], /: 0 errors, 0 warnings, 8 info$/);
  assert.match(out.split('\n')[1], /^ {2}\(counted per target: 14 info\) · 4 targets$/);
  // Each target's own line still counts what it reported.
  assert.match(out, /^web: 0 errors, 0 warnings, 4 info$/m);
  const quiet = await report('table', ['--quiet']);
  assert.match(quiet.split('\n')[0], /: 0 errors, 0 warnings, 8 info \(counted per target: 14 info\) · 4 targets$/);
  assert.equal(quiet.match(SHARED)?.length, 2, quiet);
  assert.match(quiet, /^api \(also for web, worker\): \.dockerignore:1: info CTX303 /m);
});

test('Markdown summary: one row for the shared finding, a line under each other target saying where it is', async () => {
  const out = await report('markdown');
  assert.equal(out.match(/\\\*\.md" matches only at the context root/g)?.length, 2, out);
  assert.match(out, /_\(also for `web`, `worker`\)_ \|\n/);
  assert.equal(out.match(/^\+ 3 findings listed under `api`$/gm)?.length, 2, out);
  assert.match(out, /^### ctx-audit: .*: 0 errors, 0 warnings, 8 info \(counted per target: 14 info\) · 4 targets$/m);
});

test('SARIF: one result for the shared finding, every target in properties.targets; JSON keeps one finding per target', async () => {
  const sarif = JSON.parse(await report('sarif'));
  const results = sarif.runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'CTX303');
  assert.deepEqual(
    results.map((r: { properties: Record<string, unknown> }) => r.properties),
    [{ target: 'api', targets: ['api', 'web', 'worker'] }, { target: 'other' }],
  );
  const json = JSON.parse(await report('json'));
  const perTarget = json.findings.filter((f: { ruleId: string }) => f.ruleId === 'CTX303').map((f: { target: string }) => f.target);
  assert.deepEqual(perTarget.sort(), ['api', 'other', 'web', 'worker']);
});
