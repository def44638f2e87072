// Compose variable interpolation (compose-go template): `$$` is a literal `$`, `$VAR` and `${VAR}`
// substitute, `${VAR:-d}`/`${VAR-d}` default when unset-or-empty/unset, `${VAR:?e}`/`${VAR?e}`
// fail, `${VAR:+r}`/`${VAR+r}` replace when set. Defaults may themselves hold `${...}`. A `$`
// followed by anything else (`$(date)`, `$?`, `$ `, `$1`) stays as written: compose-go's pattern
// (template/template.go, `\$(?i:(?P<escaped>\$)|(?P<named>...)|{(?:(?P<braced>...)}|(?P<invalid>)))`)
// reports an invalid template only for a `${` that does not close on a name; docker compose v1
// rejected every lone `$`. An unclosed or nameless `${` is invalid.

export class InterpolationError extends Error {}

/** `${VAR:?msg}` / `${VAR?msg}` with VAR unset (or empty): the file needs a value from its user. */
export class MissingVariableError extends InterpolationError {}

export type Lookup = (name: string) => string | undefined;

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;

/** Index of the `}` closing the `${` whose body starts at `from`, counting nested `${`. */
function closingBrace(s: string, from: number): number {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '$' && s[i + 1] === '$') i++;
    else if (s[i] === '$' && s[i + 1] === '{') {
      depth++;
      i++;
    } else if (s[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function braced(body: string, lookup: Lookup, whole: string, depth: number): string {
  const m = NAME.exec(body);
  if (!m) throw new InterpolationError(`invalid interpolation format for "${whole}"`);
  const name = m[0];
  const rest = body.slice(name.length);
  const value = lookup(name);
  if (rest === '') return value ?? '';
  const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest);
  if (!op) throw new InterpolationError(`invalid interpolation format for "${whole}"`);
  const arg = rest.slice(op[0].length);
  const isEmpty = value === undefined || value === '';
  switch (op[0]) {
    case ':-':
      return isEmpty ? interpolate(arg, lookup, depth + 1) : (value as string);
    case '-':
      return value === undefined ? interpolate(arg, lookup, depth + 1) : value;
    case ':?':
    case '?':
      // The message as written, not interpolated: it may name other variables, whose values stay unshown.
      if (op[0] === ':?' ? isEmpty : value === undefined) throw new MissingVariableError(`required variable ${name} is missing a value${arg ? `: ${arg}` : ''}`);
      return value as string;
    case ':+':
      return isEmpty ? '' : interpolate(arg, lookup, depth + 1);
    default:
      return value === undefined ? '' : interpolate(arg, lookup, depth + 1);
  }
}

/**
 * Whether interpolating `s` reads a variable `lookup` has no value for, where nothing stands in for it: `$X`,
 * `${X}`, `${X?e}` with X unset, or such a name in the default or alternative the value takes
 * (`${X:-${Y}}` reads Y only when X is unset or empty; the review of 83000383, RB-D4). Invalid text: false.
 */
export function readsUnset(s: string, lookup: Lookup, depth = 0): boolean {
  if (!s.includes('$') || depth >= MAX_INTERPOLATION_DEPTH) return false;
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '$') continue;
    if (s[i + 1] === '$') {
      i++;
      continue;
    }
    if (s[i + 1] === '{') {
      const end = closingBrace(s, i + 2);
      if (end < 0) return false;
      const body = s.slice(i + 2, end);
      const m = NAME.exec(body);
      if (!m) return false;
      const value = lookup(m[0]);
      const rest = body.slice(m[0].length);
      const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0] ?? '';
      const arg = rest.slice(op.length);
      const isEmpty = value === undefined || value === '';
      if ((op === '' || op.endsWith('?')) && value === undefined) return true;
      if ((op === ':-' && isEmpty) || (op === '-' && value === undefined) || (op === ':+' && !isEmpty) || (op === '+' && value !== undefined)) {
        if (readsUnset(arg, lookup, depth + 1)) return true;
      }
      i = end;
      continue;
    }
    const m = NAME.exec(s.slice(i + 1, i + 257));
    if (m && lookup(m[0]) === undefined) return true;
    if (m) i += m[0].length;
  }
  return false;
}

/**
 * How deep `${A:-${B:-...}}` may nest (issue 16 item 5): each level is a call, and 5,000 levels in a
 * stranger's Compose file ended in "Maximum call stack size exceeded". Real files nest one or two.
 */
export const MAX_INTERPOLATION_DEPTH = 32;

/** Interpolates one string value. */
export function interpolate(s: string, lookup: Lookup, depth = 0): string {
  if (!s.includes('$')) return s;
  if (depth >= MAX_INTERPOLATION_DEPTH) throw new InterpolationError(`interpolation nested deeper than ${MAX_INTERPOLATION_DEPTH} levels`);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '$') {
      out += s[i];
      continue;
    }
    const next = s[i + 1];
    if (next === '$') {
      out += '$';
      i++;
    } else if (next === '{') {
      const end = closingBrace(s, i + 2);
      if (end < 0) throw new InterpolationError(`invalid interpolation format for "${s}"`);
      out += braced(s.slice(i + 2, end), lookup, s, depth);
      i = end;
    } else {
      const m = NAME.exec(s.slice(i + 1));
      if (!m) {
        out += '$';
        continue;
      }
      out += lookup(m[0]) ?? '';
      i += m[0].length;
    }
  }
  return out;
}

/**
 * A `.env` file as Compose reads it: `KEY=VALUE` lines, `export ` allowed, `#` comments, single
 * quotes literal, double quotes with `\n` escapes and interpolation, unquoted values trimmed with
 * a ` #` comment cut off and interpolated. Earlier keys and the environment are visible.
 */
export function parseDotEnv(text: string, outer: Lookup): Record<string, string> {
  const vars: Record<string, string> = {};
  const lookup: Lookup = (k) => outer(k) ?? vars[k];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([_a-zA-Z][_a-zA-Z0-9.-]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, raw] = m;
    let value: string;
    if (raw.startsWith("'") && raw.indexOf("'", 1) > 0) value = raw.slice(1, raw.indexOf("'", 1));
    else if (raw.startsWith('"') && closingQuote(raw) > 0) {
      const body = raw.slice(1, closingQuote(raw));
      value = interpolate(body.replace(/\\n/g, '\n').replace(/\\"/g, '"'), lookup);
    } else {
      value = interpolate(raw.replace(/\s+#.*$/, '').trim(), lookup);
    }
    vars[key] = value;
  }
  return vars;
}

/** Index of the first unescaped `"` after the opening one, or -1. */
function closingQuote(raw: string): number {
  for (let i = 1; i < raw.length; i++) {
    if (raw[i] === '\\') i++;
    else if (raw[i] === '"') return i;
  }
  return -1;
}
