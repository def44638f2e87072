// Values that came from interpolation are shown as the expression, never the value (issue 16 item 3).
// A Compose file's `${NPM_TOKEN}` takes its value from the environment or `.env` (a CI secret, or a
// `.env` that is someone's credentials file); reports and messages must not print it. The Compose
// loader records every variable it substituted; each text a multi-target report shows for that
// target (its args, stage, context, Dockerfile, error, finding messages) has those values replaced
// by `${NAME}`.

export interface Redaction {
  value: string;
  expression: string;
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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with every redacted value replaced by its expression, in one pass (a replacement is never matched again). */
export function redactText(text: string, redactions: readonly Redaction[]): string {
  if (redactions.length === 0 || text === '') return text;
  const byValue = new Map(redactions.map((r) => [r.value, r.expression]));
  const re = new RegExp(redactions.map((r) => escape(r.value)).join('|'), 'g');
  return text.replace(re, (m) => byValue.get(m) as string);
}

export function redactRecord(rec: Record<string, string>, redactions: readonly Redaction[]): Record<string, string> {
  return Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, redactText(v, redactions)]));
}
