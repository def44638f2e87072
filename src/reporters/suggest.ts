// `suggest` output: a unified diff (stdout), a summary with before/after figures (stderr) and JSON.
// Pure functions of the engine's SuggestResult. Ignore-file lines and names are untrusted: every
// text line goes through safeText (terminal controls, C1, bidi overrides escaped) and the whole
// output through neutralizeCommands (no CI workflow command), with or without a terminal. JSON keeps
// the data exact but writes those code points as \u escapes, so it is as inert in a log.
import { formatCount, formatSize } from '../units.js';
import type { Figures } from '../suggest/evaluate.js';
import type { Stopped, SuggestResult } from '../suggest/suggest.js';
import { neutralizeCommands, neutralizeJson, safeText } from './safe-text.js';
import { unifiedDiff } from './unified-diff.js';

const n = (x: number) => formatCount(x);

function figures(a: Figures, b: Figures): string {
  return `files ${n(a.files)} -> ${n(b.files)}, legacy tar ${n(a.legacyTarBytes)} -> ${n(b.legacyTarBytes)} B, BuildKit requested ${n(a.buildkitRequestedBytes)} -> ${n(b.buildkitRequestedBytes)} B`;
}

function stoppedText(who: string, s: Stopped): string | null {
  if (s.files === 0) return null;
  const largest = s.largest.map((l) => `${safeText(l.path)} (${formatSize(l.bytes)})`).join(', ');
  return `${who} stops sending ${n(s.files)} file${s.files === 1 ? '' : 's'}, ${formatSize(s.bytes)}${largest ? `; largest: ${largest}` : ''}`;
}

/** The diff of the ignore file, every line escaped; empty when nothing changes. */
export function renderSuggestDiff(r: SuggestResult): string {
  if (!r.changed) return '';
  const esc = (lines: readonly string[]) => lines.map(safeText);
  return neutralizeCommands(unifiedDiff(safeText(r.diffName), r.lines.before === null ? null : esc(r.lines.before), esc(r.lines.after), r.lines.unterminated));
}

export function renderSuggestSummary(r: SuggestResult): string {
  const out: string[] = [];
  const readers = r.readBy.length === 2 ? 'the legacy builder and BuildKit' : 'BuildKit only: the legacy builder reads .dockerignore';
  out.push(`ctx-audit suggest: ${safeText(r.displayName)} (read by ${readers})`);
  if (r.sharedWith.length > 0) out.push(`  also read by ${r.sharedWith.map(safeText).join(', ')} (other builds that read it): each change is checked against them too`);
  if (r.allowlistProblem) out.push(`  no allowlist: ${safeText(r.allowlistProblem)}`);
  if (r.wholeContext && r.suggestions.length > 0) {
    out.push('  the Dockerfile uses the whole context (COPY . . or a bind mount of .): check what each change stops sending');
  }
  r.suggestions.forEach((s, i) => {
    const what = s.replaces ? `line ${s.replaces.line}: ${safeText(s.replaces.pattern)} -> ${safeText(s.lines[0])}` : s.lines.map((l) => '+ ' + safeText(l)).join(', ');
    out.push(`  ${i + 1}. ${s.kind} ${what}`);
    // A file created: the first change's counts hold it (the legacy builder sends .dockerignore), so
    // "files 4 -> 4" beside "stops sending 1 file" says why (sweep 47/A-W2, G-W2).
    out.push(`     ${figures(s.before, s.after)}${i === 0 && r.lines.before === null ? ` (with the new ${safeText(r.displayName)}, which is sent too)` : ''}`);
    const legacy = stoppedText('legacy', s.stops.legacy);
    const buildkit = stoppedText('BuildKit', s.stops.buildkit);
    if (legacy) out.push(`     ${legacy}`);
    if (buildkit) out.push(`     ${buildkit}`);
  });
  if (r.rejected.length) {
    out.push('  not suggested (verification failed):');
    for (const x of r.rejected) out.push(`  - ${x.kind} ${x.lines.map(safeText).join(', ')}: ${x.reasons.map(safeText).join('; ')}`);
  }
  if (r.notEvaluated > 0) out.push(`  ${n(r.notEvaluated)} more candidate change${r.notEvaluated === 1 ? ' was' : 's were'} not evaluated, past this run's limit${r.changed ? ': apply these and run suggest again' : ''}`);
  if (!r.changed) out.push('  nothing to change');
  else out.push(`  total: ${figures(r.before, r.after)} (tar ${formatSize(r.before.legacyTarBytes)} -> ${formatSize(r.after.legacyTarBytes)})`);
  return neutralizeCommands(out.join('\n') + '\n');
}

/** `wrote .dockerignore` after --write. */
export function renderSuggestWrote(r: SuggestResult): string {
  return neutralizeCommands(`wrote ${safeText(r.displayName)}\n`);
}

/** Code points JSON.stringify leaves raw that a terminal or a log viewer would act on: DEL, C1, bidi, line separators, BOM. */
const RAW_UNSAFE = /[\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

export function renderSuggestJson(r: SuggestResult): string {
  const { original: _o, proposed, lines: _l, root: _r, ...rest } = r;
  const doc = { schemaVersion: 1, ...rest, diff: r.changed ? unifiedDiff(r.diffName, r.lines.before, r.lines.after, r.lines.unterminated) : '', proposed: proposed.toString('utf8') };
  const json = JSON.stringify(doc, null, 2).replace(RAW_UNSAFE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  return neutralizeJson(json + '\n');
}
