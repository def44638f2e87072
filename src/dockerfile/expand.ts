// A shell-style word expander for Dockerfile sources, ARG defaults and ENV values. Mirrors the
// subset of BuildKit's shell lexer (frontend/dockerfile/shell/lex.go, `ProcessWord`) that matters
// for paths: quotes, the escape character, `$VAR`, `${VAR}`, `${VAR:-d}`, `${VAR-d}`, `${VAR:+a}`,
// `${VAR+a}`, `${VAR:?m}`, `${VAR?m}`. dockerfile-ast's own expansion gets `:-`/`:+` wrong.

/** Variables visible at one point of a Dockerfile: name -> value (an ARG without value is absent). */
export type VarScope = ReadonlyMap<string, string>;

export interface Expansion {
  value: string;
  /** Names referenced while unset (they expanded to ""), in order of appearance. */
  unset: string[];
}

export interface ExpandOptions {
  /** The Dockerfile escape character (`\` unless `# escape=` says otherwise). */
  escape?: string;
  /** Process quotes (shell form). JSON-form arguments arrive unquoted, so quotes stay literal. */
  quotes?: boolean;
}

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

/** Expands one word. Never throws: malformed `${` is kept literally, as far as it goes. */
export function expandWord(word: string, vars: VarScope, opts: ExpandOptions = {}): Expansion {
  const esc = opts.escape ?? '\\';
  const quotes = opts.quotes ?? true;
  const unset: string[] = [];
  let i = 0;

  const lookup = (name: string): string | undefined => {
    const v = vars.get(name);
    return v;
  };

  /** Reads until one of `stops` at nesting depth 0 (used for `${...}` words). */
  const readWord = (stops: string, inDouble: boolean): string => {
    let out = '';
    while (i < word.length) {
      const c = word[i];
      if (stops.includes(c)) return out;
      if (c === esc && i + 1 < word.length) {
        const n = word[i + 1];
        // Inside double quotes the escape only protects $, ", the escape itself and `}` (lex.go processDoubleQuote).
        if (!inDouble || n === '$' || n === '"' || n === esc || n === '}') {
          out += n;
          i += 2;
          continue;
        }
        out += c;
        i++;
        continue;
      }
      if (quotes && !inDouble && c === "'") {
        const end = word.indexOf("'", i + 1);
        if (end < 0) {
          out += word.slice(i + 1);
          i = word.length;
          return out;
        }
        out += word.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      if (quotes && c === '"') {
        i++;
        out += readWord('"', true);
        if (i < word.length && word[i] === '"') i++;
        continue;
      }
      if (c === '$') {
        out += readDollar(inDouble);
        continue;
      }
      out += c;
      i++;
    }
    return out;
  };

  const readDollar = (inDouble: boolean): string => {
    i++; // the $
    if (i >= word.length) return '$';
    const c = word[i];
    if (c === '{') {
      const start = i - 1;
      i++;
      let name = '';
      while (i < word.length && NAME_CHAR.test(word[i])) name += word[i++];
      if (name === '' || i >= word.length) {
        // Not a parameter expansion we understand: keep it literal.
        i = start + 1;
        return '$';
      }
      const v = lookup(name);
      if (word[i] === '}') {
        i++;
        if (v === undefined) unset.push(name);
        return v ?? '';
      }
      let op = word[i];
      let colon = false;
      if (op === ':') {
        colon = true;
        i++;
        op = word[i] ?? '';
      }
      if (op !== '-' && op !== '+' && op !== '?') {
        // Unsupported modifier (#, %, /, ...): skip to the brace, treat as the plain value.
        const close = word.indexOf('}', i);
        i = close < 0 ? word.length : close + 1;
        if (v === undefined) unset.push(name);
        return v ?? '';
      }
      i++;
      const alt = readWord('}', inDouble);
      if (i < word.length && word[i] === '}') i++;
      const isSet = v !== undefined && (!colon || v !== '');
      switch (op) {
        case '-':
          return isSet ? (v as string) : alt;
        case '+':
          return isSet ? alt : '';
        default:
          // `?`: BuildKit fails the build when unset; we report it as unset and expand to "".
          if (!isSet) unset.push(name);
          return isSet ? (v as string) : '';
      }
    }
    if (NAME_START.test(c)) {
      let name = '';
      while (i < word.length && NAME_CHAR.test(word[i])) name += word[i++];
      const v = lookup(name);
      if (v === undefined) unset.push(name);
      return v ?? '';
    }
    return '$';
  };

  const value = readWord('', false);
  return { value, unset };
}

/** True when the word contains something the expander would substitute. */
export function hasVariable(word: string): boolean {
  return /\$(\{|[A-Za-z_])/.test(word);
}
