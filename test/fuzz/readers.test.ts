// Property tests for the two text readers on hostile bytes: the .dockerignore reader and the config
// reader. Random bytes, huge lines (around bufio.Scanner's 65,536-byte buffer), NULs, invalid UTF-8,
// BOMs and CRLF: the only failures allowed are typed (IgnoreFileError / InputError).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadConfig, parseConfig } from '../../src/config/config.js';
import { MAX_IGNORE_FILE_BYTES, MAX_IGNORE_PATTERNS, readIgnoreFileAt } from '../../src/context/discover.js';
import { MAX_BUILD_FILE_BYTES } from '../../src/context/read-regular.js';
import { interpolate, InterpolationError, MAX_INTERPOLATION_DEPTH } from '../../src/targets/interpolate.js';
import { IgnoreFileError, readIgnoreRules } from '../../src/context/ignore-file.js';
import { InputError } from '../../src/errors.js';
import { byteString, fuzzParams, tokenString } from './fuzz-settings.js';

const LINE_PIECES = ['\n', '\r\n', '\r', '\x00', '\xef\xbb\xbf', '\xff', '\xc3', '\xc3\xa9', '#', '!', ' ', '\t', '/', '..', '*', 'a', '\xc2\xa0', '\xe3\x80\x80'];

/** Content with, now and then, a line right at or past bufio.Scanner's limit. */
const ignoreContent = fc
  .tuple(tokenString(LINE_PIECES, 40), fc.option(fc.constantFrom(65_534, 65_535, 65_536, 70_000), { nil: undefined }), fc.constantFrom('', '\n', '\r\n'), fc.nat())
  .map(([text, huge, end, at]) => {
    if (huge === undefined) return text;
    const i = at % (text.length + 1);
    return text.slice(0, i) + '\n' + 'a'.repeat(huge) + end + text.slice(i);
  });

test('ignore file: random bytes give rules or IgnoreFileError, never anything else', () => {
  fc.assert(
    fc.property(ignoreContent, (text) => {
      const buf = Buffer.from(text, 'latin1');
      let rules;
      try {
        rules = readIgnoreRules(buf);
      } catch (e) {
        assert.ok(e instanceof IgnoreFileError, String(e));
        assert.equal((e as Error).message, 'bufio.Scanner: token too long');
        // bufio.Scanner (64 KiB buffer, hand reasoning from Go's source): only a line of 65,536 bytes
        // or more (its \r included, its \n not) fails.
        assert.ok(text.split('\n').some((l) => l.length >= 65_536), 'token too long without a long line');
        return;
      }
      assert.ok(text.split('\n').every((l) => l.length < 65_536), 'a line of 65,536+ bytes was accepted');
      const lineCount = text.split('\n').length;
      for (const r of rules) {
        assert.ok(r.line >= 1 && r.line <= lineCount);
        assert.ok(!r.pattern.includes('\n'));
        assert.notEqual(r.pattern, '');
      }
    }),
    fuzzParams(400),
  );
});

test('ignore file read from disk: bytes become rules or an InputError naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ctx-audit-fuzz-'));
  try {
    const file = join(dir, '.dockerignore');
    fc.assert(
      fc.property(ignoreContent, (text) => {
        writeFileSync(file, Buffer.from(text, 'latin1'));
        try {
          readIgnoreFileAt(file, '.dockerignore', 'error reading .dockerignore');
        } catch (e) {
          assert.ok(e instanceof InputError, String(e));
          assert.match((e as Error).message, /^error reading \.dockerignore: bufio\.Scanner: token too long$/);
        }
      }),
      fuzzParams(150),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const CONFIG_KEYS = ['failOn', 'maxFileSize', 'maxContextSize', 'secretContent', 'rules', 'ignore', '$schema', '__proto__', 'constructor', 'toString'];
const configValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom('error', 'warning', 'info', 'off', 'never', '10MB', '1e400', '-1', 'CTX001', 'CTX202', '**', '', '\u0000'),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...CONFIG_KEYS, 'enabled', 'maxBytes', 'paths', 'CTX001', 'CTX999'), tie('value'), { maxKeys: 4 }),
  ),
})).value;
const configDoc = fc.dictionary(fc.constantFrom(...CONFIG_KEYS), configValue, { maxKeys: 5 });

test('config: any parsed document is a Config or an InputError', () => {
  fc.assert(
    fc.property(fc.oneof(configDoc, configValue), (doc) => {
      try {
        const cfg = parseConfig(doc, 'cfg');
        assert.equal(typeof cfg, 'object');
      } catch (e) {
        assert.ok(e instanceof InputError, String(e));
        assert.ok(!(e as Error).message.includes('\n'), 'one line');
      }
    }),
    fuzzParams(1000),
  );
});

test('config file: random bytes, BOMs, NULs, CRLF and YAML bombs as .json/.yaml give a Config or an InputError', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ctx-audit-fuzz-'));
  const yamlPieces = ['failOn: ', 'rules:\n', '  CTX001: off\n', 'ignore:\n', '- paths: [', ']\n', '&a ', '*a', '[*a,*a,*a,*a]', '!!binary ', '---\n', '\r\n', '\xef\xbb\xbf', '\x00', '\xff', '{', '}', '"', "'", ':', '? ', '%YAML 1.2\n', '<<: *a\n'];
  const bomb = 'a: &a [x,x,x,x,x,x,x,x,x]\n' + Array.from({ length: 9 }, (_, i) => `${'b'.repeat(i + 1)}: &${'a'.repeat(i + 2)} [${Array(9).fill('*' + 'a'.repeat(i + 1)).join(',')}]\n`).join('');
  try {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          byteString(200),
          tokenString(yamlPieces, 30),
          configDoc.map((d) => JSON.stringify(d) ?? ''),
          fc.constant(bomb),
          fc.constant('\xef\xbb\xbf{"failOn":"never"}'),
          fc.constant('{"rules":{"CTX001":"off"}}\x00'),
        ),
        fc.constantFrom('.ctx-audit.json', '.ctx-audit.yaml', '.ctx-audit.yml'),
        async (text, name) => {
          const file = join(dir, name);
          writeFileSync(file, Buffer.from(text, 'latin1'));
          try {
            await loadConfig(file);
          } catch (e) {
            assert.ok(e instanceof InputError, String(e));
            assert.ok(!(e as Error).message.includes('\n'), `one line: ${(e as Error).message}`);
          }
        },
      ),
      fuzzParams(300),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ---- At the size limits (issue 16 item 5): every input just under, at or past a limit gives a
// result or one clean error, in bounded time; nothing recurses as deep as the input.

test('ignore file at its limits: around 1 MiB and 2,000 patterns, rules or one InputError (size or count), never more patterns than the limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ctx-audit-fuzz-'));
  try {
    const file = join(dir, '.dockerignore');
    fc.assert(
      fc.property(
        tokenString(['*', '!', '**/', 'a', '/', '\\', '#', ' ', '\r', '[', ']', '\xef\xbb\xbf'], 12).map((l) => l.replace(/\n/g, '') + '\n'),
        fc.constantFrom('bytes', 'patterns'),
        fc.integer({ min: -2, max: 2 }),
        (line, which, delta) => {
          const content =
            which === 'bytes'
              ? Buffer.alloc(Math.max(0, MAX_IGNORE_FILE_BYTES + delta), Buffer.from(line, 'latin1'))
              : Buffer.from(Array.from({ length: MAX_IGNORE_PATTERNS + delta }, (_, i) => `p${i}${line}`).join(''), 'latin1');
          writeFileSync(file, content);
          const started = Date.now();
          try {
            const r = readIgnoreFileAt(file, '.dockerignore', 'error reading .dockerignore');
            assert.ok(r.rules.length <= MAX_IGNORE_PATTERNS, `${r.rules.length} rules`);
            assert.ok(content.length <= MAX_IGNORE_FILE_BYTES);
          } catch (e) {
            assert.ok(e instanceof InputError, String(e));
            assert.match((e as Error).message, /more than ctx-audit (reads|checks) in an ignore file|bufio\.Scanner: token too long/);
          }
          assert.ok(Date.now() - started < 10_000, 'reading took over 10 s');
        },
      ),
      fuzzParams(12),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const templateToken = fc.constantFrom('$', '$$', '${', '}', 'A', 'B_1', ':-', '-', ':?', '?', ':+', '+', 'x', ' ', '{', '\n');

test('Compose interpolator: random templates, nesting up to twice the limit and strings up to the file limit give a string or an InterpolationError', () => {
  const lookup = (k: string) => (k === 'A' ? 'va' : undefined);
  fc.assert(
    fc.property(fc.array(templateToken, { maxLength: 60 }), fc.integer({ min: 0, max: MAX_INTERPOLATION_DEPTH * 2 }), fc.constantFrom('${A:-', '${B-', '${A:+', '${B+'), (tokens, depth, open) => {
      const inner = tokens.join('');
      const template = open.repeat(depth) + inner + '}'.repeat(depth);
      try {
        assert.equal(typeof interpolate(template, lookup), 'string');
      } catch (e) {
        assert.ok(e instanceof InterpolationError, `${JSON.stringify(template.slice(0, 80))}: ${String(e)}`);
        if (depth < MAX_INTERPOLATION_DEPTH - 1 && /nested deeper/.test((e as Error).message)) assert.fail(`depth ${depth} refused`);
      }
    }),
    fuzzParams(2000),
  );
  // One string as large as a Compose file may be, dense with substitutions: linear, not quadratic.
  const big = '${A}$$x'.repeat(Math.floor(MAX_BUILD_FILE_BYTES / 7));
  const started = Date.now();
  assert.equal(interpolate(big, lookup).length, big.length / 7 * 4);
  assert.ok(Date.now() - started < 10_000, `a 1 MiB template took ${Date.now() - started} ms`);
});
