// Issue 16 item 4: a CI runner reads `::name ...` at the start of a line (after whitespace) and the
// legacy `##[name ...]` (and Azure's `##vso[`) anywhere in a line as commands. File names that hold
// them must come out inert in every output meant for people or CI logs; `ls -0` stays byte-exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildTree, makeScratchDir } from '../helpers/trees.js';
import { runCli } from './cli-io.js';
import { neutralizeCommands } from '../../src/reporters/safe-text.js';

const NAMES = [
  '##[add-mask]app.pem',
  'x##[error title=pwn]owned.pem',
  '##vso[task.setvariable variable=x]y.pem',
  '::warning::root.pem', // at the context root: `ls` prints it at the start of a line
  '##[group]',
];

/** Lines a GitHub Actions / Azure runner would act on. */
function commandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).filter((l) => /^[\s\u0085]*::/.test(l) || /##(vso)?\[/i.test(l));
}

function withTree<T>(fn: (ctx: string) => Promise<T>): Promise<T> {
  const tree = buildTree({ files: ['Dockerfile', ...NAMES.map((n) => (n.startsWith('::') ? n : 'd/' + n))], dockerignore: '' });
  return fn(tree.ctx).finally(() => tree.cleanup());
}

for (const format of ['table', 'markdown', 'json', 'sarif']) {
  test(`${format}: no line a CI runner would read as a command`, async () => {
    await withTree(async (ctx) => {
      const r = await runCli([ctx, '--format', format, '--no-config', '--fail-on', 'never'], ctx);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(commandLines(r.stdout), []);
      // The names are still reported (CTX201 flags every .pem by path), escaped, not dropped.
      assert.match(r.stdout, /x#\\{1,2}(043|u0023)\\?\[error title=pwn\\?\]owned\.pem/);
    });
  });
}

test('json: the escaped names parse back to the exact names', async () => {
  await withTree(async (ctx) => {
    const r = await runCli([ctx, '--format', 'json', '--no-config', '--fail-on', 'never'], ctx);
    const paths = new Set(JSON.parse(r.stdout).findings.map((f: { path?: string }) => f.path));
    for (const n of NAMES.filter((x) => x.endsWith('.pem'))) assert.ok(paths.has(n.startsWith('::') ? n : 'd/' + n), n);
  });
});

test('github: only the lines ctx-audit means are commands', async () => {
  await withTree(async (ctx) => {
    const r = await runCli([ctx, '--format', 'github', '--no-config', '--fail-on', 'never'], ctx);
    const lines = r.stdout.trimEnd().split('\n');
    assert.ok(lines.length >= 4);
    for (const l of lines) {
      assert.match(l, /^::(error|warning|notice) /);
      assert.doesNotMatch(l, /##(vso)?\[/i);
    }
  });
});

test('ls (escaped, and -l): inert; ls -0: the raw names, byte for byte', async () => {
  await withTree(async (ctx) => {
    for (const args of [[], ['-l']]) {
      const r = await runCli(['ls', ctx, '--builder', 'legacy', ...args], ctx);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(commandLines(r.stdout), [], args.join(' '));
      if (args.length === 0) assert.ok(r.stdout.split('\n').includes(':\\072warning::root.pem'), r.stdout);
    }
    const raw = await runCli(['ls', ctx, '--builder', 'legacy', '-0'], ctx);
    const names = raw.stdout.split('\0');
    for (const n of NAMES) assert.ok(names.includes(n.startsWith('::') ? n : 'd/' + n), n);
  });
});

test('why: the path heading and the pattern lines are inert', async () => {
  await withTree(async (ctx) => {
    writeFileSync(join(ctx, '.dockerignore'), '##[error]*.pem\n::warning::*\n');
    for (const p of ['::warning::root.pem', 'd/##[add-mask]app.pem']) {
      const r = await runCli(['why', p, ctx], ctx);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(commandLines(r.stdout), [], r.stdout);
    }
  });
});

test('baseline rows: an added file named like a command is inert in table and markdown', async () => {
  const scratch = makeScratchDir();
  try {
    const tree = buildTree({ files: ['Dockerfile'], dockerignore: '' });
    try {
      const base = join(scratch.dir, 'base.json');
      const first = await runCli([tree.ctx, '--format', 'json', '--output', base, '--no-config', '--fail-on', 'never'], tree.ctx);
      assert.equal(first.code, 0, first.stderr);
      writeFileSync(join(tree.ctx, '##[error]added.txt'), 'x'.repeat(100));
      writeFileSync(join(tree.ctx, '::error::added.txt'), 'x'.repeat(100));
      for (const format of ['table', 'markdown']) {
        const r = await runCli([tree.ctx, '--baseline', base, '--format', format, '--no-config', '--fail-on', 'never'], tree.ctx);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, /added/);
        assert.deepEqual(commandLines(r.stdout), [], format);
      }
    } finally {
      tree.cleanup();
    }
  } finally {
    scratch.cleanup();
  }
});

test('neutralizeCommands: every line start and every legacy prefix, nothing else', () => {
  const cases: [string, string][] = [
    ['::error::x', ':\\072error::x'],
    ['  \t::x', '  \t:\\072x'],
    ['a\n::b\r::c\u2028::d', 'a\n:\\072b\r:\\072c\u2028:\\072d'],
    ['\u00a0::nbsp', '\u00a0:\\072nbsp'],
    ['x##[error]y', 'x#\\043[error]y'],
    ['###[', '##\\043['],
    ['##VSO[task]', '#\\043VSO[task]'],
    ['ok: ::not at the start; ## [ spaced; #[ single', 'ok: ::not at the start; ## [ spaced; #[ single'],
  ];
  for (const [input, want] of cases) {
    assert.equal(neutralizeCommands(input), want, JSON.stringify(input));
    assert.deepEqual(commandLines(neutralizeCommands(input)), []);
  }
});
