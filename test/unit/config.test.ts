import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../../src/config/config.js';
import { InputError } from '../../src/errors.js';
import { buildTree } from '../helpers/trees.js';
import { runCli } from '../reporters/cli-io.js';

test('parseConfig reads thresholds, severities and path ignores', () => {
  const c = parseConfig({ failOn: 'warning', maxFileSize: '5MB', maxContextSize: 1000, rules: { CTX001: 'off', CTX302: 'warning' }, ignore: [{ paths: 'fixtures/**', rules: ['CTX201'] }] }, 'cfg');
  assert.equal(c.failOn, 'warning');
  assert.equal(c.maxFileSize, 5_000_000);
  assert.equal(c.maxContextSize, 1000);
  assert.deepEqual(c.rules, { CTX001: 'off', CTX302: 'warning' });
  assert.deepEqual(c.ignores, [{ paths: ['fixtures/**'], rules: ['CTX201'] }]);
});

test('unknown keys, rule ids and bad values are InputErrors that name the key', () => {
  const cases: [unknown, RegExp][] = [
    [{ maxFileSise: 1 }, /cfg: maxFileSise: unknown key/],
    [{ rules: { CTX999: 'off' } }, /rules\.CTX999: unknown rule id/],
    [{ rules: { CTX001: 'loud' } }, /rules\.CTX001: expected one of/],
    [{ maxFileSize: 'huge' }, /maxFileSize: expected a size/],
    [{ ignore: [{ paths: ['a'], rule: [] }] }, /ignore\[0\]\.rule: unknown key/],
    [{ secretContent: { max: 1 } }, /secretContent\.max: unknown key/],
  ];
  for (const [doc, re] of cases) assert.throws(() => parseConfig(doc, 'cfg'), (e: unknown) => e instanceof InputError && re.test(e.message));
});

test('the config is found upward, flags override it, and a bad one exits 2 naming the key', async () => {
  // release.jks: a keystore, judged by its name alone (an .env is read, and one without a
  // secret-looking assignment is info at most, whatever the config says).
  const tree = buildTree({ files: ['app/Dockerfile', 'app/release.jks', 'app/fixtures/id_rsa', 'app/big.bin'], dockerignore: null, outside: {} });
  try {
    mkdirSync(join(tree.ctx, '.git'));
    writeFileSync(join(tree.ctx, 'app/.dockerignore'), '');
    writeFileSync(join(tree.ctx, '.ctx-audit.yaml'), 'failOn: never\nrules:\n  CTX201: warning\nignore:\n  - paths: [fixtures/]\n    rules: [CTX201]\n');
    const app = join(tree.ctx, 'app');
    // The legacy builder sends every entry (BuildKit would request none: no stage reads the context).
    const r = await runCli([app, '--format', 'json', '--builder', 'legacy'], tree.ctx);
    assert.equal(r.code, 0, r.stderr);
    const f = JSON.parse(r.stdout).findings.filter((x: { ruleId: string }) => x.ruleId === 'CTX201');
    assert.deepEqual(f.map((x: { path: string; severity: string }) => [x.path, x.severity]), [['release.jks', 'warning']]);
    const flagged = await runCli([app, '--format', 'json', '--fail-on', 'warning', '--builder', 'legacy'], tree.ctx);
    assert.equal(flagged.code, 1);
    writeFileSync(join(tree.ctx, 'bad.json'), JSON.stringify({ rules: { CTX777: 'off' } }));
    const bad = await runCli([app, '--config', join(tree.ctx, 'bad.json')], tree.ctx);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /rules\.CTX777/);
  } finally {
    tree.cleanup();
  }
});
