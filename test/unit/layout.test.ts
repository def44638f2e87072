// Fitting the table report to a terminal: widths, middle-shortened paths, wrapping, column fitting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitColumns, layoutWidth, shortenMiddle, visibleWidth, wrapCell, wrapSpans } from '../../src/reporters/layout.js';

test('visibleWidth ignores colour escapes; box and block characters take one column', () => {
  assert.equal(visibleWidth('\x1b[1mbold\x1b[22m'), 4);
  assert.equal(visibleWidth('█▌…'), 3);
});

test('layoutWidth: 80 when unknown, the terminal otherwise, never below 40', () => {
  assert.equal(layoutWidth(undefined), 80);
  assert.equal(layoutWidth(132), 132);
  assert.equal(layoutWidth(20), 40);
  assert.equal(layoutWidth(0), 80);
});

test('shortenMiddle keeps both ends, the end (the file name) a little longer, within the width', () => {
  const p = 'services/payments/internal/adapters/postgres/migrations/0001_create_ledger.sql';
  const s = shortenMiddle(p, 30);
  assert.equal([...s].length, 30);
  assert.ok(s.startsWith('serv'), s);
  assert.ok(s.endsWith('…/0001_create_ledger.sql') || s.endsWith('/0001_create_ledger.sql'), s);
  assert.ok(shortenMiddle(p, 50).startsWith('services/pay'), 'more room keeps more of the start');
  assert.equal(s.split('…').length, 2);
  assert.equal(shortenMiddle('short.txt', 30), 'short.txt');
});

test('wrapSpans wraps at words with a hanging indent, keeps whole spans together, cuts an overlong word', () => {
  const lines = wrapSpans([{ text: 'PREFIX', whole: true }, { text: 'one two three four five six seven' }], 16, 4);
  assert.deepEqual(lines, ['PREFIX one two', '    three four', '    five six', '    seven']);
  const long = wrapSpans([{ text: 'x' }, { text: 'a'.repeat(40) }], 20, 2);
  for (const l of long) assert.ok([...l].length <= 20, l);
  assert.ok(long.some((l) => l.includes('…')));
});

test('fitColumns shares the cuts among the shrinkable columns and respects their minimums', () => {
  const cells = [['label', 'aaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbb'], ['x', 'y', 'z']];
  // Natural: 5 + 20 + 20 content, plus 3 per column and 1 = 55.
  const widths = fitColumns(cells, 45, [1, 2], 4);
  assert.equal(widths.reduce((a, w) => a + w + 1, 1), 45);
  assert.equal(widths[0], 7, 'a column that may not shrink keeps its width');
  assert.ok(Math.abs(widths[1] - widths[2]) <= 1, `shared: ${widths}`);
  const tight = fitColumns(cells, 10, [1, 2], 6);
  assert.deepEqual(tight, [7, 8, 8], 'no column goes below its minimum, even when the table cannot fit');
});

// Issue 17: terminal columns, not code points. Wide (CJK, fullwidth) characters take two columns,
// combining marks none; a shortened or wrapped line fits by what the terminal shows.
test('visibleWidth counts East Asian wide characters as two columns and combining marks as none', () => {
  assert.equal(visibleWidth('漢字.txt'), 8);
  assert.equal(visibleWidth('Ｗide'), 5);
  assert.equal(visibleWidth('cafe\u0301'), 4); // e + COMBINING ACUTE ACCENT
  assert.equal(visibleWidth('\x1b[1m漢\x1b[22m'), 2);
});

test('shortenMiddle fits wide names in the columns and never splits a mark from its letter', () => {
  const p = 'データ/アーカイブ/二〇二六年/報告書/最終版/ファイル一覧.csv';
  for (const max of [12, 17, 20, 31]) {
    const s = shortenMiddle(p, max);
    assert.ok(visibleWidth(s) <= max, `${max}: ${s} is ${visibleWidth(s)} columns`);
    assert.ok(visibleWidth(s) >= max - 1, `${max}: ${s} wastes columns`); // a wide char may leave one free
    assert.ok(s.includes('…') && s.endsWith('.csv'), s);
  }
  const accents = 'e\u0301'.repeat(30) + '/x.txt';
  const s = shortenMiddle(accents, 12);
  assert.equal(visibleWidth(s), 12);
  assert.ok(!/…\u0301|^\u0301/.test(s), 'a combining mark lost its letter');
});

test('wrapSpans wraps by columns: a line of wide characters stays within the width', () => {
  const lines = wrapSpans([{ text: '報告書 '.repeat(20) + 'データ'.repeat(30) }], 40, 2);
  for (const l of lines) assert.ok(visibleWidth(l) <= 40, `${visibleWidth(l)}: ${l}`);
});

// The --all table's target names: `docke…uilds it)` hid what told two rows apart (keda's,
// opentelemetry-operator's). A name now wraps, after a space, /, :, - or _, else cut; four lines at most.
test('wrapCell keeps a long name whole over lines, breaking after separators; cuts what has none; shortens past four lines', () => {
  assert.equal(wrapCell('.github/workflows/ci.yml:b step 2', 13), '.github/\nworkflows/\nci.yml:b step\n2');
  assert.equal(wrapCell('.github/workflows/ci.yml:b step 2', 13, 3), '.github/\nworkflows/\nci.y…b step 2');
  assert.equal(wrapCell('.github/workflows/ci.yml:b step 2', 20), '.github/workflows/\nci.yml:b step 2');
  assert.equal(wrapCell('cmd/operator-controller-manager', 13), 'cmd/operator-\ncontroller-\nmanager');
  assert.equal(wrapCell('abcdefghijklmnopqrstu', 5), 'abcde\nfghij\nklmno\np…stu');
  assert.equal(wrapCell('short', 13), 'short');
  for (const line of wrapCell('docker/build.sh (as it builds the graph-node stage)', 12).split('\n')) assert.ok(visibleWidth(line) <= 12, line);
  // An emoji made so by U+FE0F stays whole and counts two columns (the review of fd90184d).
  for (const [text, width] of [['cloud-☁️-service-name', 6], ['ab☁️cd', 3], ['abcde☁️fgh', 6], ['☁️☁️☁️☁️', 3]] as const) {
    for (const line of wrapCell(text, width).split('\n')) assert.ok(visibleWidth(line) <= width && !line.startsWith('\uFE0F'), JSON.stringify([text, line]));
  }
  assert.equal(shortenMiddle('ab☁️cdefgh', 6).includes('\uFE0F') ? shortenMiddle('ab☁️cdefgh', 6).includes('☁\uFE0F') : true, true);
  // A wide character in a one-column cell still ends (it overflows rather than looping).
  assert.equal(wrapCell('漢字', 1, 5), '漢\n字');
});
