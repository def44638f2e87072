// Values that came from interpolation are shown as the expression, never the value (issue 16 item 3).
// A Compose file's `${NPM_TOKEN}` takes its value from the environment or `.env` (a CI secret, or a
// `.env` that is someone's credentials file); reports and messages must not print it.
//
// Which values: only those that can reach a report. The Compose loader records, per service, the
// variables it substituted into what the audit reads of its `build` (context, dockerfile,
// dockerfile_inline, target, args, additional_contexts; a bare arg's value from the environment
// too) and the resource names a fragment's skip reason quotes. A variable used only in `image:`,
// `volumes: - ${PWD}/data:/data`, `environment:` or `build.tags` is never printed by the audit, so
// its value is not hidden: hiding it anyway rewrote unrelated text (`${PWD}` equals the working
// directory, so the context root became `${PWD}` and no GitHub annotation landed on its file; a
// `.env`'s `TAG=config` turned a literal `COPY config/app.yml` into `${TAG}/app.yml`).
//
// Where: text that may carry a value (args, stage, finding messages, paths and data, BuildKit's
// requested paths, error and skip reasons) has every occurrence of every such value replaced by
// `${NAME}`: an ARG-expanded COPY source carries the value (CTX101's message and path are that
// source), and text does not say which part came from an ARG, so a build arg's value is hidden
// even where the Dockerfile happens to write the same text.
// Filesystem locations are not such text: the context root, the Dockerfile, ignore files and named
// contexts are rewritten only with the values interpolated into those location fields (`build:`,
// `context:`, `dockerfile:`, `additional_contexts:`), never with a build arg's; and no text ever has
// the Compose project directory or one of its parents rewritten where it begins a path: that is
// the checkout's own location, found on disk rather than interpolated, which reports print anyway
// (a context's absolute root). So `args: {ROOT: ${PWD}}` or `context: ${PWD}/app` leave the context
// root real, and such an arg shows as the path it is: a value that is the checkout's own directory
// is no credential.
// Decision for `build: ${APP_DIR}` (or `context: app/${APP_DIR}`): the value really is part of that
// path, and ctx-audit cannot tell a directory name from a secret (`context: app/${NPM_TOKEN}` must
// not print the token, test/targets/redact.test.ts), so it stays hidden there: the context reads
// `<project>/${APP_DIR}`, and that target's annotations name `${APP_DIR}/Dockerfile` rather than
// risk printing a credential.
import { escapeRegExp as escape } from '../context/build-scripts.js';

export interface Redaction {
  value: string;
  expression: string;
}

/** What a multi-target report hides of one target; see the comment at the top of this file. */
export interface TargetRedaction {
  /** Values that may reach any text of the target's report, longest first. */
  text: Redaction[];
  /** Values interpolated into the build's location fields (a subset of `text`): the only ones hidden in its paths. */
  locations: Redaction[];
  /** Absolute directories never rewritten where they begin a path: the Compose project directory and its parents. */
  keep: string[];
}

/**
 * Values shorter than this are left as they are: they are not credentials, and replacing `1` or `on`
 * everywhere would garble every message. Longer values are replaced wherever they appear.
 */
export const MIN_REDACTED_LENGTH = 4;

/** The redactions for the variables a run substituted (name -> value), longest value first. */
export function redactionsFor(used: ReadonlyMap<string, string>): Redaction[] {
  const byValue = new Map<string, string>();
  for (const [name, value] of [...used].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (value.length >= MIN_REDACTED_LENGTH && !byValue.has(value)) byValue.set(value, '${' + name + '}');
  }
  return [...byValue].map(([value, expression]) => ({ value, expression })).sort((a, b) => b.value.length - a.value.length);
}

/** `dir` and each of its parents, the filesystem root left out (it begins every absolute path). */
export function dirAndParents(dir: string, dirname: (p: string) => string): string[] {
  const out: string[] = [];
  for (let d = dir; dirname(d) !== d; d = dirname(d)) out.push(d);
  return out;
}

/** Both targets' redactions (identical builds audited once): everything either hides. */
export function mergeTargetRedactions(a: TargetRedaction | undefined, b: TargetRedaction | undefined): TargetRedaction | undefined {
  if (!a || !b) return a ?? b;
  const merge = (x: Redaction[], y: Redaction[]) => {
    const byValue = new Map([...x, ...y].map((r) => [r.value, r.expression] as const));
    return [...byValue].map(([value, expression]) => ({ value, expression })).sort((p, q) => q.value.length - p.value.length);
  };
  return { text: merge(a.text, b.text), locations: merge(a.locations, b.locations), keep: [...new Set([...a.keep, ...b.keep])] };
}


/** What may stand right before or after a path in a message, a field or a workflow command. */
const DELIMITER = `\\s"'\`(){}\\[\\]<>,;:=|`;

/**
 * A function hiding `redactions` in a text: every occurrence replaced by its expression in one pass
 * (longest value first; a replacement is never matched again), except an occurrence lying wholly
 * inside one of `keep` where that is a whole path (nothing path-like right before it; after it, a
 * separator, a delimiter or the end). A value running past such a path is hidden, even the part inside.
 */
export function redactor(redactions: readonly Redaction[], keep: readonly string[] = []): (text: string) => string {
  if (redactions.length === 0) return (text) => text;
  const byValue = new Map(redactions.map((r) => [r.value, r.expression]));
  const values = new RegExp(redactions.map((r) => escape(r.value)).join('|'), 'g');
  const kept = keep.filter((k) => k !== '').sort((a, b) => b.length - a.length);
  const paths = kept.length === 0 ? null : new RegExp(`(?<=^|[${DELIMITER}])(?:${kept.map(escape).join('|')})(?=$|[/\\\\${DELIMITER}])`, 'g');
  return (text) => {
    if (text === '') return text;
    const spans = paths === null ? [] : [...text.matchAll(paths)].map((m) => [m.index as number, (m.index as number) + m[0].length] as const);
    if (spans.length === 0) return text.replace(values, (m) => byValue.get(m) as string);
    let out = '';
    let last = 0;
    values.lastIndex = 0;
    for (let m = values.exec(text); m !== null; m = values.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (spans.some(([s, e]) => s <= start && end <= e)) {
        // Part of a kept path; a longer or later value starting inside it is still looked for.
        values.lastIndex = start + 1;
        continue;
      }
      out += text.slice(last, start) + (byValue.get(m[0]) as string);
      last = values.lastIndex = end;
    }
    return out + text.slice(last);
  };
}

/** `text` with every redacted value replaced by its expression, in one pass (a replacement is never matched again). */
export function redactText(text: string, redactions: readonly Redaction[], keep: readonly string[] = []): string {
  return redactor(redactions, keep)(text);
}

export function redactRecord(rec: Record<string, string>, redactions: readonly Redaction[]): Record<string, string> {
  const hide = redactor(redactions);
  return Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, hide(v)]));
}
