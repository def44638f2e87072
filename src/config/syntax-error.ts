// Where a JSON or YAML file fails to parse, without its content. JSON.parse's messages quote the
// text ("Unexpected token 'r', \"root:x:0:0\"... is not valid JSON") and YAML's show the line: a
// config, Compose or Bake file that is really someone's /etc/shadow must not come back in the
// error. These give a line and column only.

export interface TextPosition {
  line: number;
  column: number;
}

function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WS = /[ \t\n\r]*/y;

/** Offset just past a JSON string starting at `i` (a `"`), or -(offset of the error) - 1. */
function scanString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -j - 1;
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1) - 1;
        j += 5;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++;
      else return -(j + 1) - 1;
    }
  }
  return -text.length - 1;
}

/**
 * The offset of the first JSON syntax error in `text` (text.length when it ends too early), or -1
 * when it is valid. Iterative: nesting depth cannot exhaust the stack.
 */
export function jsonErrorOffset(text: string): number {
  const stack: ('{' | '[')[] = [];
  type State = 'value' | 'valueOrClose' | 'keyOrClose' | 'key' | 'colon' | 'commaOrClose' | 'end';
  let state = 'value' as State;
  let i = 0;
  const skip = () => {
    WS.lastIndex = i;
    WS.exec(text);
    i = WS.lastIndex;
  };
  const afterValue = () => {
    state = stack.length === 0 ? 'end' : 'commaOrClose';
  };
  for (;;) {
    skip();
    if (i >= text.length) return state === 'end' ? -1 : text.length;
    const c = text[i];
    switch (state) {
      case 'end':
        return i;
      case 'colon':
        if (c !== ':') return i;
        i++;
        state = 'value';
        continue;
      case 'commaOrClose':
        if (c === ',') {
          i++;
          state = stack[stack.length - 1] === '{' ? 'key' : 'value';
          continue;
        }
        if ((c === '}' && stack[stack.length - 1] === '{') || (c === ']' && stack[stack.length - 1] === '[')) {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        return i;
      case 'keyOrClose':
      case 'key':
        if (c === '}' && state === 'keyOrClose') {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        if (c !== '"') return i;
        {
          const end = scanString(text, i);
          if (end < 0) return -end - 1;
          i = end;
        }
        state = 'colon';
        continue;
      case 'valueOrClose':
        if (c === ']') {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        state = 'value'; // anything else must be a value
        continue;
      case 'value':
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          state = c === '{' ? 'keyOrClose' : 'valueOrClose';
          continue;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (end < 0) return -end - 1;
          i = end;
          afterValue();
          continue;
        }
        for (const lit of ['true', 'false', 'null']) {
          if (text.startsWith(lit, i)) {
            i += lit.length;
            afterValue();
            break;
          }
        }
        if (state !== 'value') continue;
        NUMBER.lastIndex = i;
        if (NUMBER.exec(text)) {
          i = NUMBER.lastIndex;
          afterValue();
          continue;
        }
        return i;
    }
  }
}

/** `line L, column C` of the first JSON syntax error (the end of the text when none is found). */
export function jsonErrorPosition(text: string): TextPosition {
  const at = jsonErrorOffset(text);
  return positionOf(text, at < 0 ? text.length : at);
}

/**
 * Options for every YAML file ctx-audit parses (config, Compose, workflows). The `yaml` library's
 * default alias budget (100) refuses real files: getsentry/self-hosted's docker-compose.yml merges
 * `<<: *defaults` 131 times and docker compose reads it. 10,000 still stops an alias bomb a few
 * levels in (each level multiplies the count), and the files are 1 MiB at most.
 */
export const YAML_OPTIONS = {
  maxAliasCount: 10_000,
  // A tag the library does not know (Compose's `!override` and `!reset`, zulip's docker-zulip) is
  // read as the plain value; the library would also print a raw Node warning about it on stderr.
  logLevel: 'error',
} as const;

/**
 * For files Go programs read with go-yaml (Compose through compose-go, GoReleaser): YAML 1.1 merge
 * keys as well, `<<: *anchor` (and `<<: [*a, *b]`), which the `yaml` library ignores by default
 * (YAML 1.2): a `build: { <<: *build, target: web }` lost its context and Dockerfile (docs.rs).
 * Not for GitHub workflows: Actions supports anchors, not merge keys.
 */
export const GO_YAML_OPTIONS = { ...YAML_OPTIONS, merge: true } as const;

/**
 * Why a YAML file did not parse, without its content: the position, or the alias budget. A key
 * repeated in one mapping (mapswipe's service with two `build:` keys, which docker compose refuses
 * and docker-compose v1 took) is named when `text` is given and the key is a plain word.
 */
export function describeYamlError(e: unknown, text?: string): string {
  if (e instanceof ReferenceError && /alias count/i.test(e.message)) return `its aliases expand past ${YAML_OPTIONS.maxAliasCount.toLocaleString('en-US')} nodes, the limit against alias bombs`;
  const pos = yamlErrorPosition(e);
  if ((e as { code?: unknown } | null)?.code === 'DUPLICATE_KEY') {
    const line = pos && text !== undefined ? (text.split(/\r?\n/)[pos.line - 1] ?? '') : '';
    const key = pos ? /^["']?([\w.-]{1,64})["']?\s*:/.exec(line.slice(pos.column - 1))?.[1] : undefined;
    return `${key !== undefined ? `the key "${key}" appears` : 'a key appears'} twice in one mapping, ${describePosition(pos)}`;
  }
  return describePosition(pos);
}

/** The position a `yaml` parse error carries (its message quotes the line, so only this is shown). */
export function yamlErrorPosition(e: unknown): TextPosition | null {
  const pos = (e as { linePos?: { line: number; col: number }[] } | null)?.linePos?.[0];
  return pos ? { line: pos.line, column: pos.col } : null;
}

export function describePosition(p: TextPosition | null): string {
  return p ? `line ${p.line}, column ${p.column}` : 'position unknown';
}
