// The baseline section of the table and Markdown reports. Pure: data in, lines out. Paths are
// untrusted names: `clean` (safeText for the terminal, md() for Markdown) is applied to each.
import { formatCount } from '../units.js';
import type { BaselineComparison, Delta, MaxGrowth } from '../baseline/baseline.js';

const count = (n: number) => formatCount(n);
const signed = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±') + count(Math.abs(n));

function deltaText(d: Delta): string {
  if (d.before === null || d.after === null || d.delta === null) return 'not comparable (no figure on one side)';
  const pct = d.before === 0 ? '' : `, ${d.delta >= 0 ? '+' : '−'}${Math.abs((d.delta / d.before) * 100).toFixed(1)}%`;
  return `${count(d.before)} B → ${count(d.after)} B (${signed(d.delta)} B${pct})`;
}

function limitText(l: MaxGrowth): string {
  return 'bytes' in l ? `${count(l.bytes)} B` : `${l.percent}%`;
}

const MEASURE = { 'legacy-tar-bytes': 'legacy tar bytes', 'buildkit-requested-bytes': 'BuildKit requested bytes' } as const;

export function gateText(b: BaselineComparison): string | null {
  const g = b.growth;
  if (!g.limit) return null;
  const grew = `${MEASURE[g.measure]} grew ${signed(g.delta)} B${g.percent === null ? '' : ` (${g.percent >= 0 ? '+' : '−'}${Math.abs(g.percent).toFixed(1)}%)`}`;
  return `--max-growth ${limitText(g.limit)}: ${g.exceeded ? 'EXCEEDED' : 'ok'}, ${grew}`;
}

function filesSummary(b: BaselineComparison): string {
  const f = b.files;
  if (!f) return 'not compared (the baseline has no sentFiles list)';
  return `${count(f.addedCount)} added (${signed(f.addedBytes)} B), ${count(f.removedCount)} removed (${signed(-f.removedBytes)} B), ${count(f.grownCount)} grown (${signed(f.grownBytes)} B), ${count(f.shrunkCount)} shrunk`;
}

/** Rows of the largest changes: [change, path, bytes]. */
function changeRows(b: BaselineComparison, top: number): [string, string, string][] {
  const f = b.files;
  if (!f) return [];
  return [
    ...f.added.slice(0, top).map((x): [string, string, string] => ['added', x.path, signed(x.bytes) + ' B']),
    ...f.grown.slice(0, top).map((x): [string, string, string] => ['grown', x.path, `${signed(x.delta)} B (${count(x.before)} → ${count(x.after)})`]),
    ...f.removed.slice(0, top).map((x): [string, string, string] => ['removed', x.path, signed(-x.bytes) + ' B']),
  ];
}

function findingsText(b: BaselineComparison): string {
  return `${b.findings.new} new, ${b.findings.unchanged} unchanged, ${b.findings.fixed.length} fixed`;
}

export function renderBaselineText(b: BaselineComparison, clean: (s: string) => string, top = 10): string[] {
  const out = [`Compared with ${clean(b.file)}`];
  out.push(`  legacy tar:          ${deltaText(b.legacyTarBytes)}`);
  out.push(`  BuildKit requested:  ${deltaText(b.buildkitRequestedBytes)}`);
  out.push(`  files:               ${filesSummary(b)}`);
  for (const [kind, path, bytes] of changeRows(b, top)) out.push(`    ${kind.padEnd(8)} ${clean(path)}  ${bytes}`);
  out.push(`  findings:            ${findingsText(b)}`);
  const gate = gateText(b);
  if (gate) out.push(`  ${gate}`);
  return out;
}

/** `md` for prose, `name` for paths (a code span in the Markdown reporter). */
export function renderBaselineMarkdown(b: BaselineComparison, md: (s: string) => string, top = 5, name: (s: string) => string = md): string[] {
  const out = [`**Compared with ${name(b.file)}**`, ''];
  out.push('| | before → after |', '|---|---|');
  out.push(`| legacy tar | ${deltaText(b.legacyTarBytes)} |`);
  out.push(`| BuildKit requested | ${deltaText(b.buildkitRequestedBytes)} |`);
  out.push(`| files | ${filesSummary(b)} |`);
  out.push(`| findings | ${findingsText(b)} |`);
  const gate = gateText(b);
  if (gate) out.push(`| gate | ${b.growth.exceeded ? '🔴 ' : ''}${md(gate)} |`);
  const rows = changeRows(b, top);
  if (rows.length > 0) {
    out.push('', '| change | path | bytes |', '|---|---|---:|');
    for (const [kind, path, bytes] of rows) out.push(`| ${kind} | ${name(path)} | ${bytes} |`);
  }
  out.push('');
  return out;
}
