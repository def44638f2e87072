// Fitting text to a terminal: visible width (colour escapes do not count), paths shortened in the
// middle (the file name and the top directory are what identify a path), word wrapping with a
// hanging indent, and column widths for cli-table3 that keep a table inside the width. Pure.
import stringWidth from './string-width.js';

/** Columns a report is laid out for when the terminal's width is unknown (a pipe, a file, CI). */
export const DEFAULT_WIDTH = 80;
/** Narrower terminals still get a readable layout; lines may then exceed the width. */
const MIN_WIDTH = 40;

export function layoutWidth(columns: number | undefined): number {
  return columns !== undefined && Number.isFinite(columns) && columns > 0 ? Math.max(MIN_WIDTH, Math.floor(columns)) : DEFAULT_WIDTH;
}

// Only our own colour codes reach these helpers: untrusted text went through safeText first,
// which makes any ESC in a name visible as `\033`.
//
// Width is what a terminal gives a character: East Asian wide and fullwidth characters (`漢`, `Ｗ`)
// and emoji take two columns, combining marks (U+0300-U+036F) none. string-width 4 measures it: the
// same function cli-table3 pads its cells with (./string-width.ts: with a fast path for ASCII), so our
// column widths and its borders agree.

/** Terminal columns a string takes, colour escapes excluded. */
export function visibleWidth(s: string): number {
  return stringWidth(s);
}

const CLUSTER_TAIL = /^[\p{M}\u200D\uFE00-\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]$/u;

/**
 * The string cut into what must stay together on screen: a character with the zero-width marks
 * that follow it (`e` + U+0301), each with its width.
 */
function clusters(s: string): { text: string; width: number }[] {
  const out: { text: string; width: number }[] = [];
  for (const ch of s) {
    const w = stringWidth(ch);
    // Marks, variation selectors, skin tones and tag characters belong to the character before them,
    // and so does whatever follows a zero-width joiner (string-width measures U+FE0F alone as 1).
    const prev = out[out.length - 1];
    if (prev !== undefined && (w === 0 || CLUSTER_TAIL.test(ch) || prev.text.endsWith('\u200D'))) {
      // What it marks is measured again: U+FE0F makes `☁` an emoji two columns wide (the review of fd90184d).
      const last = out[out.length - 1];
      last.text += ch;
      last.width = stringWidth(last.text);
    } else out.push({ text: ch, width: w });
  }
  return out;
}

/** The longest run of clusters from the start (or, with `fromEnd`, from the end) within `max` columns. */
function takeWidth(cs: readonly { text: string; width: number }[], max: number, fromEnd = false): string {
  let used = 0;
  const kept: string[] = [];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[fromEnd ? cs.length - 1 - i : i];
    if (used + c.width > max) break;
    used += c.width;
    kept.push(c.text);
  }
  return (fromEnd ? kept.reverse() : kept).join('');
}

/** `a/very/long/path/to/file.ts` -> `a/very/…/to/file.ts` within `max` columns (plain text only). */
export function shortenMiddle(s: string, max: number): string {
  if (visibleWidth(s) <= max) return s;
  if (max <= 1) return '…'.slice(0, Math.max(0, max));
  const cs = clusters(s);
  // The end names the file: it keeps the larger share, and the whole last component (from its
  // slash) when that leaves a few columns of the start.
  const slash = s.lastIndexOf('/', s.length - 2);
  const last = slash < 0 ? 0 : visibleWidth(s.slice(slash));
  const share = Math.ceil((max - 1) * 0.6);
  const tail = takeWidth(cs, last > share && last <= max - 1 - 4 ? last : share, true);
  // A wide character that does not fit leaves a column free: the start gets it.
  return takeWidth(cs, max - 1 - visibleWidth(tail)) + '…' + tail;
}

/** A run of text with one style; `whole` keeps it on one line (it is shortened instead). */
export interface Span {
  text: string;
  style?: (s: string) => string;
  whole?: boolean;
}

/**
 * Lays spans out in lines of at most `width` columns: words are kept whole where they fit, the
 * lines after the first start with `indent` spaces, and a word longer than a line is cut.
 */
export function wrapSpans(spans: readonly Span[], width: number, indent: number): string[] {
  const words: { text: string; style?: (s: string) => string; gap: boolean }[] = [];
  for (const span of spans) {
    const pieces = span.whole ? [span.text] : span.text.split(' ');
    pieces.forEach((p, i) => {
      if (p === '' && !span.whole) return;
      words.push({ text: p, style: span.style, gap: i > 0 || words.length > 0 });
    });
  }
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const room = () => (lines.length === 0 ? width : width - indent);
  const flush = () => {
    lines.push((lines.length === 0 ? '' : ' '.repeat(indent)) + line);
    line = '';
    used = 0;
  };
  for (const w of words) {
    let text = w.text;
    let len = visibleWidth(text);
    if (used > 0 && used + 1 + len > room()) flush();
    if (len > room()) {
      text = shortenMiddle(text, room() - (used > 0 ? used + 1 : 0));
      len = visibleWidth(text);
    }
    if (used > 0) {
      line += ' ';
      used++;
    }
    line += w.style ? w.style(text) : text;
    used += len;
  }
  if (used > 0 || lines.length === 0) flush();
  return lines;
}

/**
 * Column widths (cli-table3's `colWidths`, padding included) that keep a table of these cells
 * within `width`: columns listed in `shrinkable` give up space one character at a time, the widest
 * first, down to `minimum` characters each.
 */
export function fitColumns(cells: readonly (readonly string[])[], width: number, shrinkable: readonly number[], minimum: number | readonly number[] = 8): number[] {
  const min = (i: number) => (typeof minimum === 'number' ? minimum : (minimum[i] ?? 8));
  const columns = Math.max(0, ...cells.map((r) => r.length));
  // A cell may hold several lines (a head stacked on two): its widest line counts.
  const cellWidth = (cell: string) => Math.max(0, ...cell.split('\n').map(visibleWidth));
  const natural = Array.from({ length: columns }, (_, i) => Math.max(0, ...cells.map((r) => cellWidth(r[i] ?? ''))));
  // Each column adds a space either side of its content and one border; plus the final border.
  const total = () => natural.reduce((a, w) => a + w + 3, 1);
  while (total() > width) {
    const candidates = shrinkable.filter((i) => natural[i] > min(i));
    if (candidates.length === 0) break;
    // One column at a time, always the widest (the rightmost of equals), so the cuts are shared.
    const widest = candidates.reduce((a, b) => (natural[b] >= natural[a] ? b : a));
    natural[widest]--;
  }
  return natural.map((w) => w + 2);
}

/**
 * A table cell of plain text in lines of at most `max` columns, broken after a space, `/`, `:`, `-` or `_`
 * where it can be (`.github/workflows/` over `ci.yml:build step 2`), else cut; at most `maxLines`
 * lines, the last shortened in the middle. Where a long name must stay whole (a build's target
 * name tells two rows apart by its end and its start), wrapping keeps both.
 */
export function wrapCell(s: string, max: number, maxLines = 4): string {
  if (max < 1 || visibleWidth(s) <= max) return s;
  const pieces = s.match(/[^ /:_-]*(?:[ /:_-]|$)/g)?.filter((p) => p !== '') ?? [s];
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < pieces.length; i++) {
    if (lines.length === maxLines - 1) {
      lines.push(shortenMiddle((line + pieces.slice(i).join('')).trim(), max));
      return lines.join('\n');
    }
    const p = pieces[i];
    if (visibleWidth((line + p).trimEnd()) <= max) {
      line += p;
      continue;
    }
    if (line !== '') {
      lines.push(line.trimEnd());
      line = '';
      i--;
      continue;
    }
    // A piece wider than a line: cut it, and carry the rest.
    const cs = clusters(p);
    const head = takeWidth(cs, max) || cs[0].text; // a wide character in a one-column cell: it overflows
    lines.push(head);
    pieces[i] = p.slice(head.length);
    i--;
  }
  if (line.trimEnd() !== '') lines.push(line.trimEnd());
  return lines.join('\n');
}
