// A unified diff (diff -u / git style, 3 lines of context) of two small line lists. Ignore files
// are short, so a plain LCS table is enough; a huge pair degrades to one replace-all hunk.

const CONTEXT = 3;
const MAX_CELLS = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; text: string };

function diffOps(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if ((n + 1) * (m + 1) > MAX_CELLS) return [...a.map((text) => ({ kind: '-' as const, text })), ...b.map((text) => ({ kind: '+' as const, text }))];
  // lcs[i][j]: LCS length of a[i..] and b[j..]
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: ' ', text: a[i++] });
      j++;
    } else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push({ kind: '-', text: a[i++] });
    else ops.push({ kind: '+', text: b[j++] });
  }
  return ops;
}

/** Stands for "no newline after this line": it makes a last line differ from the same text with one. */
const NO_EOL = '\u0000no-eol';

/**
 * `--- a/NAME` / `+++ b/NAME` diff; `before === null` means the file does not exist yet. Empty when
 * equal. `unterminated`: which file's last line has no newline after it: that line then differs from
 * the same text ending in one, and is followed by `\ No newline at end of file`, as diff and git
 * print it (without it `git apply` refuses the patch).
 */
export function unifiedDiff(name: string, before: readonly string[] | null, after: readonly string[], unterminated?: { before: boolean; after: boolean }): string {
  const mark = (ls: readonly string[], on: boolean | undefined) => (on === true && ls.length > 0 ? [...ls.slice(0, -1), ls[ls.length - 1] + NO_EOL] : ls);
  const ops = diffOps(mark(before ?? [], unterminated?.before), mark(after, unterminated?.after));
  if (!ops.some((o) => o.kind !== ' ')) return '';
  const out = [before === null ? '--- /dev/null' : `--- a/${name}`, `+++ b/${name}`];
  // Group changes into hunks with CONTEXT lines around them.
  let k = 0;
  while (k < ops.length) {
    while (k < ops.length && ops[k].kind === ' ') k++;
    if (k >= ops.length) break;
    let start = Math.max(0, k - CONTEXT);
    let end = k;
    for (;;) {
      while (end < ops.length && ops[end].kind !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next].kind === ' ') next++;
      if (next < ops.length && next - end <= 2 * CONTEXT) end = next;
      else {
        end = Math.min(ops.length, end + CONTEXT);
        break;
      }
    }
    // Line numbers of the hunk's first line in each file.
    let aLine = 1;
    let bLine = 1;
    for (let x = 0; x < start; x++) {
      if (ops[x].kind !== '+') aLine++;
      if (ops[x].kind !== '-') bLine++;
    }
    const body = ops.slice(start, end);
    const aLen = body.filter((o) => o.kind !== '+').length;
    const bLen = body.filter((o) => o.kind !== '-').length;
    const range = (line: number, len: number) => `${len === 0 ? line - 1 : line}${len === 1 ? '' : ',' + len}`;
    out.push(`@@ -${range(aLine, aLen)} +${range(bLine, bLen)} @@`);
    for (const o of body) {
      if (o.text.endsWith(NO_EOL)) out.push(o.kind + o.text.slice(0, -NO_EOL.length), '\\ No newline at end of file');
      else out.push(o.kind + o.text);
    }
    k = end;
    start = end;
  }
  return out.join('\n') + '\n';
}
