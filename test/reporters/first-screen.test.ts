// The table report's first screen: the verdict comes first, the findings before the tables, and
// every line fits 80 columns (or the terminal's width) even when paths are long.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './cli-io.js';
import { Writable } from 'node:stream';
import { run } from '../../src/cli/run.js';

function tempTree(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-screen-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

// Long enough that no 80-column table could hold them whole.
const DEEP = 'services/payments-gateway/internal/adapters/outbound/persistence/postgres/migrations';
const LONG_FILE = `${DEEP}/20240101120000_create_the_ledger_entries_table_with_indexes.sql`;

function longPathContext(): string {
  return tempTree({
    Dockerfile: 'FROM scratch\nCOPY services/ /srv/\nCOPY config/production.json /etc/app.json\n',
    'config/prod.json': '{}\n',
    [LONG_FILE]: 'x'.repeat(5000),
    [`${DEEP}/another_rather_long_name_for_a_second_migration_file.sql`]: 'y'.repeat(3000),
    '.dockerignore': '.git\n',
  });
}

test('the table report opens with the verdict, lists findings before the tables, and fits 80 columns with long paths', async () => {
  const root = longPathContext();
  try {
    const r = await runCli([root], os.tmpdir());
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.split('\n');
    // Line 1: fail at the threshold, with the counts; then what each builder sends.
    assert.match(lines[0], /^FAIL \(--fail-on error\): 1 error, 0 warnings\b/);
    const opening = lines.slice(0, 2).join(' ');
    assert.match(opening, /legacy: 5 files, [0-9.]+ kB/);
    assert.match(opening, /BuildKit: 2 files, [0-9.]+ k?B/);
    const findings = lines.indexOf('Findings');
    const firstTable = lines.findIndex((l) => l.startsWith('┌'));
    assert.ok(findings > 0 && findings < 4, `Findings heading right after the verdict (line ${findings})`);
    assert.ok(firstTable > findings, 'the tables come after the findings');
    assert.match(lines[findings + 1], /^ {2}error {3}CTX101 Dockerfile:3 /);
    for (const line of lines) assert.ok([...line].length <= 80, `${[...line].length} columns: ${line}`);
    // The long file is there, shortened in the middle: its start and its end survive.
    const row = lines.find((l) => l.includes('…') && l.includes('indexes.sql'));
    assert.ok(row, 'the long path is shortened in the middle, keeping the file name');
    assert.ok(row.includes('services/'), row);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('the terminal width is used when known; a wide terminal shows long paths whole', async () => {
  const root = longPathContext();
  try {
    const out: Buffer[] = [];
    const stdout = Object.assign(
      new Writable({
        write(chunk: Buffer, _e, cb) {
          out.push(Buffer.from(chunk));
          cb();
        },
      }),
      { isTTY: true, columns: 200 },
    );
    const sink = new Writable({ write: (_c, _e, cb) => cb() });
    await run([root, '--no-color'], { stdout, stderr: sink, env: {}, cwd: os.tmpdir() });
    const text = Buffer.concat(out).toString('utf8');
    assert.ok(text.includes(LONG_FILE), 'at 200 columns the path is not shortened');
    assert.ok(text.split('\n').some((l) => [...l].length > 80), 'lines use the width');
    for (const line of text.split('\n')) assert.ok([...line].length <= 200, line);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a clean context says PASS on its first line; --quiet prints the verdict and one line per finding only', async () => {
  const root = tempTree({ Dockerfile: 'FROM scratch\nCOPY app.txt /\n', 'app.txt': 'hello\n', '.dockerignore': 'Dockerfile\n.dockerignore\n' });
  try {
    const clean = await runCli([root], os.tmpdir());
    assert.equal(clean.code, 0, clean.stderr);
    assert.match(clean.stdout.split('\n')[0], /^PASS \(--fail-on error\): no findings/);
    fs.writeFileSync(path.join(root, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /\nCOPY missing.txt /\n');
    const q = await runCli([root, '-q', '--fail-on', 'never'], os.tmpdir());
    assert.equal(q.code, 0, q.stderr);
    const lines = q.stdout.trimEnd().split('\n');
    assert.match(lines[0], /^PASS \(--fail-on never\): 1 error, 0 warnings · legacy: 3 files, .* · BuildKit: 1 file, [\d.]+ k?B$/);
    assert.deepEqual(lines.slice(1).map((l) => l.replace(/ matches nothing.*/, '')), ['Dockerfile:3: error CTX101 COPY source "missing.txt"']);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('--color=always colours despite NO_COLOR; --no-color wins over FORCE_COLOR', async () => {
  const root = tempTree({ Dockerfile: 'FROM scratch\nCOPY missing.txt /\n' });
  try {
    const always = await runCli([root, '--color=always'], os.tmpdir(), { NO_COLOR: '1' });
    assert.ok(always.stdout.includes('\x1b['), 'coloured');
    const never = await runCli([root, '--no-color'], os.tmpdir(), { FORCE_COLOR: '1' });
    assert.ok(!never.stdout.includes('\x1b['), 'not coloured');
    const auto = await runCli([root], os.tmpdir(), { FORCE_COLOR: '1' });
    assert.ok(auto.stdout.includes('\x1b['), 'auto follows FORCE_COLOR');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a narrow terminal (60 columns) still gets every line within its width', async () => {
  const root = longPathContext();
  try {
    const out: Buffer[] = [];
    const stdout = Object.assign(
      new Writable({
        write(chunk: Buffer, _e, cb) {
          out.push(Buffer.from(chunk));
          cb();
        },
      }),
      { isTTY: true, columns: 60 },
    );
    await run([root, '--no-color'], { stdout, stderr: new Writable({ write: (_c, _e, cb) => cb() }), env: {}, cwd: os.tmpdir() });
    const text = Buffer.concat(out).toString('utf8');
    assert.match(text, /^FAIL /);
    for (const line of text.split('\n')) assert.ok([...line].length <= 60, `${[...line].length}: ${line}`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('wide (CJK) and accented names: every line fits 80 terminal columns and table borders line up', async () => {
  const { default: stringWidth } = await import('string-width');
  const deep = 'データ/アーカイブ/二〇二六年/報告書/最終版';
  const root = tempTree({
    Dockerfile: 'FROM scratch\nCOPY src/ /srv/\n',
    'src/a.js': 'a\n',
    [`${deep}/ファイル一覧と集計結果の詳細な説明書.csv`]: 'x'.repeat(6000),
    [`${deep}/résumé-cafe\u0301-naïve-documentation-for-the-archive.txt`]: 'y'.repeat(4000),
    '.dockerignore': '.git\n',
  });
  try {
    const r = await runCli([root, '--fail-on', 'never'], os.tmpdir());
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    for (const line of lines) assert.ok(stringWidth(line) <= 80, `${stringWidth(line)} columns: ${line}`);
    // Within each table, every line (borders and rows) is as wide as its top border.
    let top = -1;
    for (const line of lines) {
      if (line.startsWith('┌')) top = stringWidth(line);
      else if (top >= 0 && /^[│├└]/.test(line)) assert.equal(stringWidth(line), top, line);
      if (line.startsWith('└')) top = -1;
    }
    assert.ok(lines.some((l) => l.includes('…') && l.includes('.csv')), 'the wide path is shortened in the middle');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
