// Which report goes where: `--format F=FILE`, `--format F --output FILE`, and the orders that are
// refused because they could mean either report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCommand } from '../../src/cli/args.js';
import { parseSuggest } from '../../src/cli/commands/suggest.js';
import { parseWhy } from '../../src/cli/commands/why.js';
import { UsageError } from '../../src/errors.js';

function outputs(argv: string[]) {
  const cmd = parseCommand(argv);
  assert.equal(cmd.kind, 'audit');
  return (cmd as Extract<typeof cmd, { kind: 'audit' }>).outputs;
}

test('--format F=FILE and --format F --output FILE name the same pairing', () => {
  assert.deepEqual(outputs(['.', '--format', 'json=r.json', '--format', 'github']), [{ format: 'json', file: 'r.json' }, { format: 'github' }]);
  assert.deepEqual(outputs(['.', '--format', 'json', '-o', 'r.json', '--format', 'github']), [{ format: 'json', file: 'r.json' }, { format: 'github' }]);
  assert.deepEqual(outputs(['.', '--format=sarif=a=b.sarif']), [{ format: 'sarif', file: 'a=b.sarif' }]);
});

test('an --output alone is the table to that file; nothing at all is the table to stdout', () => {
  assert.deepEqual(outputs(['.', '-o', 'report.txt']), [{ format: 'table', file: 'report.txt' }]);
  assert.deepEqual(outputs(['.']), [{ format: 'table' }]);
});

test('an --output before any --format is refused, naming both ways to say it', () => {
  assert.throws(() => outputs(['.', '-o', 'y.out', '--format', 'json']), (e: unknown) => e instanceof UsageError && /before any --format/.test(e.message) && e.message.includes('--format json=y.out'));
  assert.throws(() => outputs(['.', '-o', 'a', '-o', 'b']), UsageError);
  assert.throws(() => outputs(['.', '--format', 'json', '-o', 'a', '-o', 'b']), /each --output follows its own --format/);
  assert.throws(() => outputs(['.', '--format', 'json=']), /expected FORMAT=FILE/);
  assert.throws(() => outputs(['.', '--format', 'yaml=x']), /--format: expected one of/);
  assert.throws(() => outputs(['.', '--format', 'json', '--format', 'sarif']), /only one format can go to stdout/);
});

test('--color and --no-color: the last one wins; -q sets quiet', () => {
  const audit = (argv: string[]) => parseCommand(argv) as Extract<ReturnType<typeof parseCommand>, { kind: 'audit' }>;
  assert.equal(audit(['.']).color, 'auto');
  assert.equal(audit(['.', '--no-color']).color, 'never');
  assert.equal(audit(['.', '--no-color', '--color=always']).color, 'always');
  assert.equal(audit(['.', '--color', 'always', '--no-color']).color, 'never');
  assert.throws(() => audit(['.', '--color=sometimes']), /--color: expected one of auto, always, never/);
  assert.equal(audit(['.', '-q']).quiet, true);
  assert.equal(audit(['.']).quiet, false);
  assert.equal(audit(['.', '-q', '--format', 'table', '--format', 'json=r.json']).quiet, true, 'a table is written too');
  assert.throws(() => audit(['.', '-q', '--format', 'json=r.json']), /no --format table/);
  assert.throws(() => audit(['.', '-q', '--format', 'json']), /-q\/--quiet shapes the table report/);
});

test('every command accepts --color/--no-color (an alias or CI template passing them breaks none) and refuses a bad value', () => {
  for (const argv of [['ls', '.'], ['tar', '.', '-o', 'x.tar'], ['rules'], ['explain', 'CTX001']]) {
    assert.doesNotThrow(() => parseCommand([...argv, '--no-color']), argv.join(' '));
    assert.doesNotThrow(() => parseCommand([...argv, '--color=always']), argv.join(' '));
    assert.throws(() => parseCommand([...argv, '--color=sometimes']), /--color: expected one of auto, always, never/, argv.join(' '));
  }
  assert.equal(parseSuggest(['.', '--no-color'])?.context, '.');
  assert.throws(() => parseSuggest(['.', '--color=sometimes']), /--color: expected one of/);
  assert.doesNotThrow(() => parseWhy(['src', '--no-color']));
  assert.throws(() => parseWhy(['src', '--color=sometimes']), /--color: expected one of/);
});
