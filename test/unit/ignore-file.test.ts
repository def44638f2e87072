// .dockerignore parsing (facts R8-R11) and Go's filepath.Clean. Expected values come from the facts
// file, the oracle vectors in /work/shared, and Go's own test tables, cited per block.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cleanPath, goTrimSpace, IgnoreFileError, readIgnoreRules } from '../../src/context/ignore-file.js';

/** .dockerignore content given as text (UTF-8) or as raw bytes through a latin1 byte string. */
const rules = (content: string | Buffer): string[] =>
  readIgnoreRules(typeof content === 'string' ? Buffer.from(content, 'utf8') : content).map((r) => r.pattern);
const bytes = (byteString: string): Buffer => Buffer.from(byteString, 'latin1');

test('R11 worked examples (facts table "Line -> Pattern produced")', () => {
  const table: [string, string][] = [
    ['/foo/', 'foo'],
    ['./a/../b', 'b'],
    ['/', '/'],
    ['.', '.'],
    ['../x', '../x'],
    ['!', '!'],
    ['! ', '!'],
  ];
  for (const [line, want] of table) assert.deepEqual(rules(line + '\n'), [want], JSON.stringify(line));
});

test('R11: "!" is removed, the rest trimmed again and cleaned, then "!" put back', () => {
  assert.deepEqual(rules('!  foo\n'), ['!foo']); // R11 step 3 example
  assert.deepEqual(rules('! /docs/keep.md/\n'), ['!docs/keep.md']);
  assert.deepEqual(rules('!!a\n'), ['!!a']); // only one "!" is special (R12)
});

test('vector leading-slash-trailing-slash-dotslash and noop-patterns-dot-slash-dotdot', () => {
  assert.deepEqual(rules('/README.md\nsub/\n./docs/a.md\n'), ['README.md', 'sub', 'docs/a.md']);
  assert.deepEqual(rules('.\n/\n../b.txt\n./\n'), ['.', '/', '../b.txt', '.']);
});

test('R10 + vector comments-blank-whitespace: "#" only in column 0, blank lines skipped, line numbers kept', () => {
  const got = readIgnoreRules(Buffer.from('# c\n\n   \n  *.md  \n #notacomment\n\t b.txt\t\n'));
  assert.deepEqual(got, [
    { pattern: '*.md', line: 4 },
    { pattern: '#notacomment', line: 5 },
    { pattern: 'b.txt', line: 6 },
  ]);
});

test('R8: CRLF (vector crlf-lines), last line without newline, empty tail', () => {
  assert.deepEqual(rules('*.md\r\nb.txt\r\n'), ['*.md', 'b.txt']);
  assert.deepEqual(rules('a\nb'), ['a', 'b']);
  assert.deepEqual(rules(''), []);
  assert.deepEqual(rules('\n\n'), []);
});

test('R8: line length limit is 65,535 bytes including a trailing \\r (oracle: facts R8)', () => {
  const ok = (s: string): void => assert.doesNotThrow(() => readIgnoreRules(Buffer.from(s)), `length ${s.length}`);
  const bad = (s: string): void =>
    assert.throws(
      () => readIgnoreRules(Buffer.from(s)),
      (e: unknown) => e instanceof IgnoreFileError && e.message === 'bufio.Scanner: token too long',
    );
  const a = (n: number): string => 'a'.repeat(n);
  ok(a(65535));
  ok(a(65535) + '\n');
  bad(a(65536));
  bad(a(65536) + '\n');
  ok(a(65534) + '\r\n');
  bad(a(65535) + '\r\n');
  bad('x\n' + a(65536) + '\nb\n'); // any line, not just the first
  assert.equal(rules(a(65535) + '\n')[0].length, 65535);
});

test('error vectors line-too-long / line-65535-ok', () => {
  const vectors = JSON.parse(readFileSync('/work/shared/docker-error-vectors.json', 'utf8')) as {
    name: string;
    dockerignore: string | null;
    stderrLastLine?: string;
  }[];
  const tooLong = vectors.find((v) => v.name === 'line-too-long');
  const fine = vectors.find((v) => v.name === 'line-65535-ok');
  assert.ok(tooLong?.dockerignore && fine?.dockerignore);
  assert.throws(() => readIgnoreRules(Buffer.from(tooLong.dockerignore as string)), (e: unknown) => {
    return e instanceof IgnoreFileError && 'error reading .dockerignore: ' + e.message === tooLong.stderrLastLine;
  });
  assert.doesNotThrow(() => readIgnoreRules(Buffer.from(fine.dockerignore as string)));
});

test('R9: a UTF-8 BOM is stripped from the first line only (vector utf8-bom-first-line)', () => {
  assert.deepEqual(rules('\ufeff*.md\nb.txt\n'), ['*.md', 'b.txt']);
  assert.deepEqual(rules('\ufeff# comment\nb.txt\n'), ['b.txt']); // BOM goes before the "#" test
  // On line 2 it stays: Go's TrimSpace does not treat U+FEFF as space (JS trim() would).
  assert.deepEqual(rules('a\n\ufeffb\n'), ['a', '\xef\xbb\xbfb']);
});

test("Go's TrimSpace set, matched on UTF-8 bytes (facts R11 whitespace list)", () => {
  // U+0085 NEL and U+00A0 NBSP are Go spaces; U+3000, U+2028, U+205F too.
  assert.deepEqual(rules('\u0085*.md\u00a0\n'), ['*.md']);
  assert.deepEqual(rules('\u3000x\u2028\u205f\n'), ['x']);
  assert.deepEqual(rules('\u2000\u200ay\u202f\n'), ['y']);
  // U+200B ZERO WIDTH SPACE and U+FEFF are not White_Space in Go.
  assert.deepEqual(rules('\u200bz\n'), ['\xe2\x80\x8bz']);
  assert.deepEqual(rules('z\ufeff\n'), ['z\xef\xbb\xbf']);
  // Direct: JS trim() strips U+FEFF and keeps U+0085; Go does the opposite.
  assert.equal(goTrimSpace('\xc2\x85a\xc2\x85'), 'a');
  assert.equal(goTrimSpace('\xef\xbb\xbfa'), '\xef\xbb\xbfa');
  assert.equal(goTrimSpace(' \t\v\f\r\n a \n'), 'a');
  // A lone 0x85 or 0xA0 byte is invalid UTF-8, not a space.
  assert.equal(goTrimSpace('\x85a\xa0'), '\x85a\xa0');
  assert.equal(goTrimSpace('\xc2'), '\xc2');
});

test('patterns stay byte strings: non-ASCII and invalid UTF-8 survive', () => {
  assert.deepEqual(rules('é*\n'), ['\xc3\xa9*']); // vector unicode-glob, as bytes
  assert.deepEqual(rules(bytes('\xff*.txt\n')), ['\xff*.txt']);
});

test("cleanPath = Go's filepath.Clean on Unix (Go src/path/filepath/path_test.go cleantests)", () => {
  const table: [string, string][] = [
    ['abc', 'abc'],
    ['abc/def', 'abc/def'],
    ['a/b/c', 'a/b/c'],
    ['.', '.'],
    ['..', '..'],
    ['../..', '../..'],
    ['../../abc', '../../abc'],
    ['/abc', '/abc'],
    ['/', '/'],
    ['', '.'],
    ['abc/', 'abc'],
    ['abc/def/', 'abc/def'],
    ['a/b/c/', 'a/b/c'],
    ['./', '.'],
    ['../', '..'],
    ['../../', '../..'],
    ['/abc/', '/abc'],
    ['abc//def//ghi', 'abc/def/ghi'],
    ['//abc', '/abc'],
    ['///abc', '/abc'],
    ['//abc//', '/abc'],
    ['abc//', 'abc'],
    ['abc/./def', 'abc/def'],
    ['/./abc/def', '/abc/def'],
    ['abc/.', 'abc'],
    ['abc/def/ghi/../jkl', 'abc/def/jkl'],
    ['abc/def/../ghi/../jkl', 'abc/jkl'],
    ['abc/def/..', 'abc'],
    ['abc/def/../..', '.'],
    ['/abc/def/../..', '/'],
    ['abc/def/../../..', '..'],
    ['/abc/def/../../..', '/'],
    ['abc/def/../../../ghi/jkl/../../../mno', '../../mno'],
    ['/../abc', '/abc'],
    ['abc/./../def', 'def'],
    ['abc//./../def', 'def'],
    ['abc/../../././../def', '../../def'],
  ];
  for (const [input, want] of table) assert.equal(cleanPath(input), want, JSON.stringify(input));
});
