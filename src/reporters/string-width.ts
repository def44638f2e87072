// Terminal columns a string takes: string-width 4's answer (the function cli-table3 pads its cells
// with), with a fast path for the text a report is almost all made of. string-width builds a new
// ANSI regular expression and runs its emoji expression (a few kB of alternatives) on every call,
// and a report calls it per cell, per line and per character: measured ~9 ms a render warm, more
// cold (issue 18). Printable ASCII, bare or wrapped in the SGR codes chalk writes, is one column a
// character there (string-width strips exactly those codes, and no emoji sequence is ASCII alone):
// its length, without either expression. Anything else goes to string-width as before.
// scripts/bundle.mjs gives this module to cli-table3 in place of string-width; the unit test
// (test/unit/string-width.test.ts) checks the two agree.
import stringWidthLib from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Select Graphic Rendition as chalk writes it (`\x1b[1m`, `\x1b[38;5;123m`): what ansi-regex matches there. */
const SGR = /\x1b\[\d{1,4}(?:;\d{0,4})*m/g;

export default function stringWidth(s: string): number {
  if (typeof s !== 'string') return stringWidthLib(s);
  const plain = s.includes('\x1b') ? s.replace(SGR, '') : s;
  return PRINTABLE_ASCII.test(plain) ? plain.length : stringWidthLib(s);
}
