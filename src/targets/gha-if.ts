// A GitHub Actions step's `if:`, evaluated as far as a checkout can tell: literals, `matrix.*`
// values of one combination, comparisons, `!`, `&&`, `||` and parentheses. Anything else (a
// function, `github.*`, `env.*`, `steps.*`, `needs.*`) is unknown, and unknown stays unknown
// through the operators (Kleene logic), so a step is left out only when its condition is false
// whatever those are: neon's "Build neon extensions test image" (`if: matrix.version.pg >= 'v16'`)
// never runs for v14 and v15, whose patch file does not exist.
// Semantics from GitHub's expression docs: strings compare ignoring case; operands of different
// types are compared as numbers (a string that is no number is NaN, which compares false).

export type Value = string | number | boolean | null;
/** `undefined`: not known from the checkout. */
type Maybe = Value | undefined;

type Token = { kind: 'lit'; value: Value } | { kind: 'ref'; name: string } | { kind: 'op'; op: string } | { kind: 'call' } | { kind: 'fn'; name: StringFunction };

/** The functions read here (GitHub's, over strings, ignoring case): the rest are unknown. */
type StringFunction = 'contains' | 'startswith' | 'endswith';
const STRING_FUNCTIONS: ReadonlySet<string> = new Set(['contains', 'startswith', 'endswith']);

/** A string function's value: GitHub casts numbers and booleans to strings and ignores case. */
function applyFunction(name: StringFunction, args: Value[]): Value | undefined {
  // A null is also what a list-valued matrix key reads as here, where contains() asks for membership:
  // unknown (the review of afe2b375: `contains(matrix.tags, 'latest')` was false, and a step dropped).
  if (args.length !== 2 || args.some((a) => a === null)) return undefined;
  const [a, b] = args.map((v) => (v === null ? '' : String(v).toLowerCase()));
  return name === 'contains' ? a.includes(b) : name === 'startswith' ? a.startsWith(b) : a.endsWith(b);
}

function tokenize(s: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'") {
      let v = '';
      i++;
      for (;;) {
        if (i >= s.length) return null;
        if (s[i] === "'") {
          if (s[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        v += s[i++];
      }
      out.push({ kind: 'lit', value: v });
      continue;
    }
    const two = s.slice(i, i + 2);
    if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
      out.push({ kind: 'op', op: two });
      i += 2;
      continue;
    }
    if ('<>!(),'.includes(c)) {
      out.push({ kind: 'op', op: c });
      i++;
      continue;
    }
    const num = /^-?(?:0x[0-9a-f]+|\d+(?:\.\d+)?(?:e[+-]?\d+)?)/i.exec(s.slice(i));
    if (num) {
      out.push({ kind: 'lit', value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][\w-]*(?:\.[\w-]+|\[[^\]]*\]|\.\*)*/.exec(s.slice(i));
    if (!id) return null;
    i += id[0].length;
    const name = id[0];
    let j = i;
    while (j < s.length && /\s/.test(s[j])) j++;
    if (s[j] === '(' && STRING_FUNCTIONS.has(name.toLowerCase())) {
      // contains(), startsWith(), endsWith(): read (huginn's `contains(matrix.docker_image, 'single-process')
      // && 'single-process' || 'multi-process'` chose its Dockerfile; sweep 49/E-F2). Its arguments follow.
      out.push({ kind: 'fn', name: name.toLowerCase() as StringFunction });
      i = j;
      continue;
    }
    if (s[j] === '(') {
      // A function call: its arguments are skipped, its value unknown.
      let depth = 0;
      for (; j < s.length; j++) {
        if (s[j] === "'") {
          j++;
          while (j < s.length && !(s[j] === "'" && s[j + 1] !== "'")) j += s[j] === "'" ? 2 : 1;
        } else if (s[j] === '(') depth++;
        else if (s[j] === ')' && --depth === 0) break;
      }
      if (depth !== 0) return null;
      i = j + 1;
      out.push({ kind: 'call' });
      continue;
    }
    if (name === 'true' || name === 'false') out.push({ kind: 'lit', value: name === 'true' });
    else if (name === 'null') out.push({ kind: 'lit', value: null });
    else out.push({ kind: 'ref', name });
  }
  return out;
}

function toNumber(v: Value): number {
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const t = v.trim();
  return t === '' ? 0 : Number(t);
}

function truthy(v: Value): boolean {
  return !(v === null || v === false || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));
}

function compare(op: string, a: Value, b: Value): boolean {
  let x: string | number;
  let y: string | number;
  if (typeof a === 'string' && typeof b === 'string') {
    x = a.toLowerCase();
    y = b.toLowerCase();
  } else if (typeof a === typeof b && a !== null && typeof a !== 'string') {
    x = toNumber(a);
    y = toNumber(b as Value);
  } else if (a === null && b === null) {
    x = 0;
    y = 0;
  } else {
    x = toNumber(a);
    y = toNumber(b);
  }
  switch (op) {
    case '==':
      return x === y;
    case '!=':
      return x !== y;
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>':
      return x > y;
    default:
      return x >= y;
  }
}

/**
 * Whether the condition holds for one matrix combination (`matrix`: `version.pg` -> `v14`):
 * true, false, or null when the checkout cannot tell. A missing or empty `if:` holds.
 */
export function stepCondition(expr: unknown, matrix: Readonly<Record<string, string>>): boolean | null {
  if (expr === undefined || expr === null) return true;
  if (typeof expr === 'boolean') return expr;
  if (typeof expr === 'number') return expr !== 0;
  if (typeof expr !== 'string') return null;
  let s = expr.trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(s);
  if (wrapped) s = wrapped[1];
  else if (s.includes('${{')) return null;
  if (s.trim() === '') return true;
  const v = evaluate(s, (name) => {
    if (!name.startsWith('matrix.')) return undefined;
    const key = name.slice('matrix.'.length);
    return key in matrix ? matrix[key] : undefined;
  });
  return v === undefined ? null : truthy(v);
}

/**
 * The text an expression's value puts in a string (`${{ inputs.image == 'nginx' && '.nginx' || '' }}`
 * of nginx-gateway-fabric's reusable build.yml, called with `image: ngf`: ''), `ref` giving the
 * values a checkout knows (a caller's `inputs.*`); undefined when it cannot tell.
 */
export function expressionText(inner: string, ref: (name: string) => Value | undefined): string | undefined {
  // Every reference known and no function call: `&&`/`||` over an unknown operand give a truthiness,
  // not a value.
  const tokens = tokenize(inner);
  if (tokens === null || tokens.some((t) => t.kind === 'call')) return undefined;
  let unknown = false;
  const v = evaluate(inner, (name) => {
    const x = ref(name);
    if (x === undefined) unknown = true;
    return x;
  });
  if (v === undefined || unknown) return undefined;
  return v === null ? '' : String(v);
}

/** The value of an expression's text (no `${{ }}`), or undefined when a reference, a call or its syntax makes it unknown. */
function evaluate(s: string, ref: (name: string) => Maybe): Maybe {
  const tokens = tokenize(s);
  if (tokens === null) return undefined;
  let pos = 0;
  const peek = () => tokens[pos];
  const isOp = (op: string) => peek()?.kind === 'op' && (peek() as { op: string }).op === op;
  let broken = false;

  const primary = (): Maybe => {
    const t = tokens[pos++];
    if (!t) {
      broken = true;
      return undefined;
    }
    if (t.kind === 'lit') return t.value;
    if (t.kind === 'call') return undefined;
    if (t.kind === 'ref') return ref(t.name);
    if (t.kind === 'fn') {
      if (!isOp('(')) {
        broken = true;
        return undefined;
      }
      pos++;
      const args: Maybe[] = [];
      if (!isOp(')')) {
        for (;;) {
          args.push(or());
          if (!isOp(',')) break;
          pos++;
        }
      }
      if (!isOp(')')) {
        broken = true;
        return undefined;
      }
      pos++;
      return args.some((a) => a === undefined) ? undefined : applyFunction(t.name, args as Value[]);
    }
    if (t.op === '(') {
      const v = or();
      if (!isOp(')')) broken = true;
      else pos++;
      return v;
    }
    if (t.op === '!') {
      const v = primary();
      return v === undefined ? undefined : !truthy(v);
    }
    broken = true;
    return undefined;
  };
  const relational = (): Maybe => {
    let a = primary();
    while (['<', '<=', '>', '>='].some(isOp)) {
      const op = (tokens[pos++] as { op: string }).op;
      const b = primary();
      a = a === undefined || b === undefined ? undefined : compare(op, a, b);
    }
    return a;
  };
  const equality = (): Maybe => {
    let a = relational();
    while (isOp('==') || isOp('!=')) {
      const op = (tokens[pos++] as { op: string }).op;
      const b = relational();
      a = a === undefined || b === undefined ? undefined : compare(op, a, b);
    }
    return a;
  };
  // `&&` and `||` give one of their operands; only truthiness matters for the step.
  const and = (): Maybe => {
    let a = equality();
    while (isOp('&&')) {
      pos++;
      const b = equality();
      if (a !== undefined && !truthy(a)) continue;
      if (b !== undefined && !truthy(b)) a = b;
      else a = a === undefined || b === undefined ? undefined : b;
    }
    return a;
  };
  const or = (): Maybe => {
    let a = and();
    while (isOp('||')) {
      pos++;
      const b = and();
      if (a !== undefined && truthy(a)) continue;
      if (b !== undefined && truthy(b)) a = b;
      else a = a === undefined || b === undefined ? undefined : b;
    }
    return a;
  };
  const v = or();
  if (broken || pos !== tokens.length) return undefined;
  return v;
}
