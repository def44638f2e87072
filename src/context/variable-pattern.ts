// A word or path with shell variables in it (`shlink_db_${{ inputs.platform }}`, `COPY ${CODE_PATH}/conf`)
// read as a pattern of what it may be once the variables have values: each variable stands for any text.
// Matched by a scan over the text, never a backtracking regular expression: the words come from a
// stranger's repository, and `$a$a$a...-` as `^.*.*.*-$` takes exponential time (the review of 9bb66d90).

/** One piece of a pattern: literal text, any text, any text without `/`, one character but `/`, or nothing or any text ending in `/`. */
export type PatternToken = { kind: 'text'; text: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'one' } | { kind: 'dirs' };

/** A variable as the shell or a CI system writes one: `${{ expr }}`, `${NAME...}`, `$NAME`, `$(command)`. */
const VARIABLE = /\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$[A-Za-z_]\w*|\$\([^)]*\)/y;

/** Whether `word` holds a variable. */
export function hasVariable(word: string): boolean {
  for (let i = word.indexOf('$'); i >= 0; i = word.indexOf('$', i + 1)) {
    VARIABLE.lastIndex = i;
    if (VARIABLE.test(word)) return true;
  }
  return false;
}

/**
 * The tokens of `word`. With `glob`, `*`, `?` and `[...]` are wildcards of a path component (a
 * character class read as any one character: never narrower than what it matches) and `\` escapes;
 * with `dirs`, a variable right before a `/` may also be nothing (`${DIR}/server.key` is server.key
 * when DIR is empty). Without them every other character is literal.
 */
export function variablePattern(word: string, opts: { glob?: boolean; dirs?: boolean } = {}): PatternToken[] {
  const out: PatternToken[] = [];
  let text = '';
  const push = (t: PatternToken) => {
    if (text !== '') out.push({ kind: 'text', text });
    text = '';
    // Adjacent "any" pieces are one.
    const last = out[out.length - 1];
    if (t.kind === 'any' && last !== undefined && last.kind === 'any') return;
    out.push(t);
  };
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    if (c === '$') {
      VARIABLE.lastIndex = i;
      const v = VARIABLE.exec(word);
      if (v !== null) {
        i += v[0].length - 1;
        if (opts.dirs === true && word[i + 1] === '/') {
          push({ kind: 'dirs' });
          i++;
        } else push({ kind: 'any' });
        continue;
      }
    }
    if (opts.glob === true && c === '*') push({ kind: 'star' });
    else if (opts.glob === true && (c === '?' || c === '[')) {
      push({ kind: 'one' });
      if (c === '[') {
        const close = word.indexOf(']', i + 1);
        if (close > i) i = close;
      }
    } else if (opts.glob === true && c === '\\' && i + 1 < word.length) text += word[++i];
    else text += c;
  }
  if (text !== '') out.push({ kind: 'text', text });
  return out;
}

/**
 * Where in `s` each match of `tokens` from its start can end (1 at those positions). With `open`, true
 * as soon as `s` ends inside the tokens: some text they match begins with `s`. Time: tokens × characters.
 */
function ends(tokens: readonly PatternToken[], s: string, open: boolean): Uint8Array | true {
  const n = s.length;
  let cur = new Uint8Array(n + 1);
  cur[0] = 1;
  for (const t of tokens) {
    if (open && cur[n] === 1) return true;
    const next = new Uint8Array(n + 1);
    switch (t.kind) {
      case 'text':
        for (let p = 0; p < n || (p === n && t.text === ''); p++) {
          if (cur[p] !== 1) continue;
          if (s.startsWith(t.text, p)) next[p + t.text.length] = 1;
          // `s` ends inside this piece of text.
          else if (open && t.text.startsWith(s.slice(p))) return true;
        }
        break;
      case 'one':
        for (let p = 0; p < n; p++) if (cur[p] === 1 && s[p] !== '/') next[p + 1] = 1;
        break;
      case 'any': {
        let reached = 0;
        for (let p = 0; p <= n; p++) next[p] = reached |= cur[p];
        break;
      }
      case 'star': {
        let reached = 0;
        for (let p = 0; p <= n; p++) {
          if (p > 0 && s[p - 1] === '/') reached = 0;
          next[p] = reached |= cur[p];
        }
        break;
      }
      case 'dirs': {
        let reached = 0;
        for (let p = 0; p <= n; p++) {
          next[p] = cur[p] | (p > 0 && s[p - 1] === '/' ? reached : 0);
          reached |= cur[p];
        }
        break;
      }
    }
    cur = next;
  }
  return cur;
}

/**
 * Whether `tokens` match the whole of `s`, or, with `orBelow`, `s` up to a `/` (a directory the pattern
 * names holds what lies below it).
 */
export function matchesPattern(tokens: readonly PatternToken[], s: string, orBelow = false): boolean {
  const at = ends(tokens, s, false) as Uint8Array;
  if (at[s.length] === 1) return true;
  if (orBelow) for (let p = 0; p < s.length; p++) if (at[p] === 1 && s[p] === '/') return true;
  return false;
}

/** Whether some text `tokens` match begins with `prefix` (what a pattern names may lie below a directory). */
export function matchesPrefix(tokens: readonly PatternToken[], prefix: string): boolean {
  const at = ends(tokens, prefix, true);
  return at === true || at[prefix.length] === 1;
}
