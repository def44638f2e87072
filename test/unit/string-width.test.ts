// src/reporters/string-width.ts answers as string-width 4 does (the library cli-table3 pads with),
// taking a shortcut for printable ASCII bare or in chalk's SGR codes: the two must agree everywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import stringWidthLib from 'string-width';
import { Chalk } from 'chalk';
import stringWidth from '../../src/reporters/string-width.js';

function agree(s: string): void {
  assert.equal(stringWidth(s), stringWidthLib(s), JSON.stringify(s));
}

test('every code point below 0x100 alone, and inside text, measures as string-width measures it', () => {
  for (let c = 0; c < 0x100; c++) {
    const ch = String.fromCharCode(c);
    agree(ch);
    agree(`ab${ch}cd`);
    agree(`\x1b[31m${ch}\x1b[39m`);
  }
});

test('wide, combining, emoji and keycap text goes to string-width (two columns, none, one sequence)', () => {
  for (const s of ['漢字', 'Ｗ', 'e\u0301', '😀', '#\ufe0f\u20e3', '1\u20e3', '👨‍👩‍👧', '🇫🇷', 'a\u200bb', 'path/漢/f.txt', '\x1b[1m漢\x1b[22m']) agree(s);
  assert.equal(stringWidth('漢字'), 4);
  assert.equal(stringWidth('e\u0301'), 1);
});

test('colour codes: chalk at every level, and escape sequences that are not what chalk writes', () => {
  for (const level of [1, 2, 3] as const) {
    const c = new Chalk({ level });
    for (const s of [c.bold('Findings'), c.red.bold('FAIL'), c.dim('  note'), c.hex('#ff8800')('x'), c.ansi256(202)('y'), c.bgRgb(1, 2, 3).underline('z q')]) agree(s);
  }
  // ansi-regex cuts `\x1b[12345m` after four digits, leaving `m`; `\x1b[m` and a BEL-ended sequence are its own too.
  for (const s of ['\x1b[12345mabc', '\x1b[1;12345mabc', '\x1b[mabc', '\x1b[;1mabc', '\x1b[31mfoo\x07bar', '\x1b]8;;http://x\x07link\x1b]8;;\x07', '\x1b[2J', '\x1b[1;;mabc', '\u009b31mabc']) agree(s);
});

test('random ASCII with random SGR codes agrees (seeded)', () => {
  let seed = 42;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let i = 0; i < 5000; i++) {
    let s = '';
    const n = rnd(30);
    for (let k = 0; k < n; k++) {
      const r = rnd(10);
      if (r === 0) s += `\x1b[${rnd(120)}${rnd(3) === 0 ? `;${rnd(300)}` : ''}m`;
      else if (r === 1) s += String.fromCharCode(rnd(0x80));
      else s += String.fromCharCode(0x20 + rnd(0x5f));
    }
    agree(s);
  }
});
