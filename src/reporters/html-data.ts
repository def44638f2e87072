// Shapes an audit result into the data the HTML report draws: a condensed tree of what is sent
// (area = tar bytes, coloured by status), a tree of what the ignore file keeps out, summary figures
// and finding rows linked to tree nodes. Pure: no I/O. The page lays the trees out itself with
// d3-hierarchy; this module only decides what is worth drawing.
//
// A context can hold a million files; a page cannot. Each directory keeps the children that hold
// at least `minShare` of its bytes and merges the rest into one "N smaller items" node, and
// directories are opened largest first until `maxNodes` is spent, so the budget goes to the
// directories that explain the size. Every finding stays attached to the node that stands for it.
import { formatCount } from '../units.js';
import type { AuditResult } from '../audit.js';
import { byteStringToText } from '../context/bytes.js';
import type { EntryKind } from '../context/walk.js';
import type { Finding, Severity } from '../findings/finding.js';
import { VERSION } from '../version.js';
import { safeText } from './safe-text.js';
import { compressedBytes, compressedFigure, compressedSentence } from './compressed.js';

/**
 * What a rectangle's colour says. `used`: a COPY/ADD/bind source covers it; `unused`: none does;
 * `sent`: no usable Dockerfile cross-check, so use is unknown; `build`: the Dockerfile or ignore
 * file the CLI always sends; `excluded`: kept out by the ignore file.
 */
export type Status = 'secret' | 'oversized' | 'used' | 'unused' | 'build' | 'sent' | 'excluded';

export const STATUSES: readonly Status[] = ['secret', 'oversized', 'used', 'unused', 'build', 'sent', 'excluded'];

/** Rules whose finding marks a path (and everything under it) as a secret, or as oversized. */
const SECRET_RULES = new Set(['CTX201', 'CTX202']);
const OVERSIZED_RULES = new Set(['CTX001']);

export type NodeKind = 'dir' | 'file' | 'link' | 'other' | 'group' | 'collapsed';

/** A node of the drawn tree. */
export interface ViewNode {
  /** Unique within its tree; findings link to it. */
  id: number;
  /** Display text (UTF-8, controls made visible): never markup. */
  name: string;
  /** `group`: several small siblings merged; `collapsed`: a directory left closed by the node budget. */
  kind: NodeKind;
  /** Tar bytes of the subtree (content bytes in the excluded tree). */
  bytes: number;
  files: number;
  status: Status;
  /** For a group: how many siblings it merges. */
  items?: number;
  /** Indices into `HtmlReportData.findings` of the findings this node stands for. */
  findings: number[];
  children?: ViewNode[];
}

export interface FindingRow {
  ruleId: string;
  name: string;
  severity: Severity;
  message: string;
  path: string | null;
  /** `Dockerfile:12` for findings about a line. */
  location: string | null;
  /** The rectangle that stands for the finding's path, if it is drawn in either tree. */
  target: { tree: 'sent' | 'excluded'; id: number } | null;
}

export interface HtmlReportData {
  tool: { name: 'ctx-audit'; version: string };
  root: string;
  dockerfile: string;
  ignoreFile: string | null;
  builder: string;
  summary: {
    tarBytes: number;
    dockerFigure: string;
    /** The legacy CLI's refusal of this context (a path this user may not read), or null. */
    legacyRefusedBy: string | null;
    entries: number;
    files: number;
    contentBytes: number;
    /** Null totals: a pruned directory was not looked inside (the page says so; see ExcludedTotals). */
    excluded: { entries: number | null; files: number | null; bytes: number | null; unmeasuredDirectories: number };
    buildkit: { requestedBytes: number; requestedFiles: number; eligibleBytes: number; usesContext: boolean; figure: string | null; dockerignoreFigure: string | null } | null;
    /** --compress only: the figure `docker build --compress` prints (or its range) and the sentence. */
    compressed?: { figure: string; bytes: string; sentence: string };
  };
  /** Tar bytes per status over the sent leaves, for the legend. */
  statusBytes: Partial<Record<Status, number>>;
  sent: ViewNode;
  excluded: ViewNode | null;
  findings: FindingRow[];
  findingsOmitted: number;
  limits: { minShare: number; maxNodes: number; maxExcludedNodes: number };
}

export interface HtmlDataOptions {
  /** Children under this share of their directory's bytes merge into one node (default 0.1%). */
  minShare?: number;
  /** Most nodes drawn for the sent tree (default 3000) and the excluded tree (default 1000). */
  maxNodes?: number;
  maxExcludedNodes?: number;
  /** Most rows in the findings table (default 2000). */
  maxFindings?: number;
}

export const DEFAULT_HTML_LIMITS = { minShare: 0.001, maxNodes: 3000, maxExcludedNodes: 1000, maxFindings: 2000 } as const;

/** The full tree, before condensing. Paths are engine byte strings. */
export interface FullNode {
  name: string;
  path: string;
  kind: 'dir' | 'file' | 'link' | 'other';
  /** Own bytes (a directory's header) until `sumTree` folds the subtree in. */
  bytes: number;
  files: number;
  status: Status;
  children: FullNode[] | null;
  findings: number[] | null;
}

export interface TreeItem {
  path: string;
  kind: EntryKind | 'excluded-dir';
  bytes: number;
  files: number;
}

function kindOf(k: TreeItem['kind']): FullNode['kind'] {
  if (k === 'dir') return 'dir';
  if (k === 'file') return 'file';
  // An excluded directory is one opaque item: its contents were never listed one by one.
  if (k === 'excluded-dir') return 'dir';
  if (k === 'symlink' || k === 'hardlink') return 'link';
  return 'other';
}

const baseName = (p: string) => p.slice(p.lastIndexOf('/') + 1);
const parentPath = (p: string) => (p.lastIndexOf('/') < 0 ? '' : p.slice(0, p.lastIndexOf('/')));

/**
 * Builds the tree from context-relative paths in any order. Parents the list never names become
 * plain directories: a file re-included under an excluded directory has no entry for that
 * directory in docker's tar (R27), and excluded items are listed without their parents.
 */
export function buildTree(items: Iterable<TreeItem>, defaultStatus: Status): FullNode {
  const root: FullNode = { name: '.', path: '', kind: 'dir', bytes: 0, files: 0, status: defaultStatus, children: [], findings: null };
  const dirs = new Map<string, FullNode>([['', root]]);
  const dirFor = (p: string): FullNode => {
    let d = dirs.get(p);
    if (d) return d;
    d = { name: baseName(p), path: p, kind: 'dir', bytes: 0, files: 0, status: defaultStatus, children: [], findings: null };
    dirs.set(p, d);
    dirFor(parentPath(p)).children!.push(d);
    return d;
  };
  for (const it of items) {
    if (it.kind === 'dir') {
      dirFor(it.path).bytes += it.bytes;
      continue;
    }
    const node: FullNode = { name: baseName(it.path), path: it.path, kind: kindOf(it.kind), bytes: it.bytes, files: it.files, status: defaultStatus, children: null, findings: null };
    dirFor(parentPath(it.path)).children!.push(node);
  }
  sumTree(root);
  return root;
}

/** Folds children's bytes and files into every directory (iteratively: trees can be deep). */
function sumTree(root: FullNode): void {
  const order: FullNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    order.push(n);
    if (n.children) stack.push(...n.children);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const n = order[i];
    if (!n.children) continue;
    for (const c of n.children) {
      n.bytes += c.bytes;
      n.files += c.files;
    }
  }
}

/** `dir/` and `.` as findings write them -> the path as the tree names it. */
export function normalizeFindingPath(p: string): string {
  if (p === '.' || p === './') return '';
  return p.endsWith('/') ? p.slice(0, -1) : p;
}

/** A finding row placed by path: `path` as the tree names it (see normalizeFindingPath). */
export interface LocatedFinding {
  row: number;
  path: string;
  ruleId: string;
}

/**
 * Walks the tree once with display paths, attaching findings to the node their path names and
 * settling each leaf's status: a secret finding marks its subtree, then oversized, then the
 * leaf's own status from `statusOf`. Returns the rows it placed.
 */
export function attachFindings(root: FullNode, located: readonly LocatedFinding[], statusOf: (n: FullNode) => Status): Set<number> {
  const byPath = new Map<string, LocatedFinding[]>();
  for (const f of located) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  const placed = new Set<number>();
  const stack: { node: FullNode; text: string; secret: boolean }[] = [{ node: root, text: '', secret: false }];
  while (stack.length > 0) {
    const { node, text, secret } = stack.pop()!;
    const own = byPath.size > 0 ? byPath.get(text) : undefined;
    let isSecret = secret;
    let isOversized = false;
    if (own) {
      byPath.delete(text); // a duplicate display path (two invalid-UTF-8 names) links to the first
      node.findings = own.map((f) => f.row);
      for (const f of own) placed.add(f.row);
      isSecret ||= own.some((f) => SECRET_RULES.has(f.ruleId));
      isOversized = own.some((f) => OVERSIZED_RULES.has(f.ruleId));
    }
    if (node.children) {
      for (const c of node.children) {
        const name = byteStringToText(c.name);
        stack.push({ node: c, text: text === '' ? name : text + '/' + name, secret: isSecret });
      }
    } else {
      node.status = isSecret ? 'secret' : isOversized ? 'oversized' : statusOf(node);
    }
  }
  return placed;
}

/**
 * The colour of a node that stands for many files (a group or a collapsed directory): secret when
 * any secret is inside, so a merge can never hide one; otherwise the status with the most bytes.
 */
export function dominantStatus(bytesByStatus: ReadonlyMap<Status, number>, fallback: Status): Status {
  if ((bytesByStatus.get('secret') ?? 0) > 0) return 'secret';
  let best: Status = fallback;
  let most = -1;
  for (const s of STATUSES) {
    const b = bytesByStatus.get(s);
    if (b !== undefined && b > most) [best, most] = [s, b];
  }
  return best;
}

function compareNodes(a: FullNode, b: FullNode): number {
  return b.bytes - a.bytes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** A binary max-heap on bytes: directories are opened largest first. */
class LargestFirst<T extends { full: FullNode }> {
  private items: T[] = [];
  get size(): number {
    return this.items.length;
  }
  push(x: T): void {
    const a = this.items;
    a.push(x);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (compareNodes(a[p].full, a[i].full) <= 0) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): T {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && compareNodes(a[l].full, a[m].full) < 0) m = l;
        if (r < a.length && compareNodes(a[r].full, a[m].full) < 0) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

/**
 * Condenses a full tree into at most `maxNodes` drawn nodes (the root included). Node ids are
 * assigned in creation order, so they are stable for a given tree and limits.
 */
export function condenseTree(root: FullNode, opts: { minShare: number; maxNodes: number }): ViewNode {
  let nextId = 0;
  const view = (n: FullNode): ViewNode => ({
    id: nextId++,
    name: safeText(byteStringToText(n.name)),
    kind: n.kind,
    bytes: n.bytes,
    files: n.files,
    status: n.status,
    findings: n.findings ? [...n.findings] : [],
  });
  // Everything under `nodes` folds into `into`: its findings, and its colour by bytes per status.
  const fold = (nodes: readonly FullNode[], into: ViewNode): void => {
    const byStatus = new Map<Status, number>();
    const stack = [...nodes];
    into.findings = [];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.findings) into.findings.push(...n.findings);
      if (n.children) stack.push(...n.children);
      else byStatus.set(n.status, (byStatus.get(n.status) ?? 0) + n.bytes);
    }
    into.status = dominantStatus(byStatus, root.status);
    into.findings.sort((a, b) => a - b);
  };
  const top = view(root);
  let budget = opts.maxNodes - 1;
  const queue = new LargestFirst<{ full: FullNode; view: ViewNode }>();
  if (root.children && root.children.length > 0) queue.push({ full: root, view: top });
  while (queue.size > 0) {
    const { full, view: v } = queue.pop();
    const children = [...full.children!].sort(compareNodes);
    const threshold = opts.minShare * full.bytes;
    let kept = children.findIndex((c) => c.bytes < threshold);
    if (kept < 0) kept = children.length;
    // Merging a single item would only rename it.
    if (kept === children.length - 1) kept = children.length;
    const cost = kept + (kept < children.length ? 1 : 0);
    if (cost > budget) {
      v.kind = 'collapsed';
      fold([full], v);
      continue;
    }
    budget -= cost;
    v.children = [];
    for (const c of children.slice(0, kept)) {
      const cv = view(c);
      v.children.push(cv);
      if (c.children && c.children.length > 0) queue.push({ full: c, view: cv });
    }
    if (kept < children.length) {
      const rest = children.slice(kept);
      const g: ViewNode = { id: nextId++, name: '', kind: 'group', bytes: 0, files: 0, status: root.status, items: rest.length, findings: [] };
      for (const c of rest) {
        g.bytes += c.bytes;
        g.files += c.files;
      }
      g.name = `${formatCount(rest.length)} smaller items`;
      fold(rest, g);
      v.children.push(g);
    }
  }
  return top;
}

/** Every node of a drawn tree, depth first. */
export function* viewNodes(root: ViewNode): Generator<ViewNode> {
  const stack = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    yield n;
    if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
}

function findingRow(f: Finding): FindingRow {
  return {
    ruleId: f.ruleId,
    name: f.name,
    severity: f.severity,
    message: safeText(f.message),
    path: f.path === undefined ? null : safeText(f.path),
    location: f.file === undefined ? null : safeText(f.file) + (f.line !== undefined ? `:${f.line}` : ''),
    target: null,
  };
}

export function buildHtmlData(result: AuditResult, options: HtmlDataOptions = {}): HtmlReportData {
  const limits = { ...DEFAULT_HTML_LIMITS, ...options };
  const ctx = result.context;
  const legacy = result.legacy;
  const shown = result.findings.slice(0, limits.maxFindings);
  const rows = shown.map(findingRow);
  const located: LocatedFinding[] = [];
  shown.forEach((f, row) => f.path !== undefined && located.push({ row, path: normalizeFindingPath(f.path), ruleId: f.ruleId }));

  // Use is known only when the Dockerfile parsed into stages (the same condition CTX004 needs).
  const cross = result.crossCheck;
  const isUseKnown = cross !== null && cross.parsed.problems.length === 0 && cross.parsed.stages.length > 0;
  const buildFiles = new Set<string>([legacy.resolved.relDockerfile, '.dockerignore', legacy.resolved.relDockerfile + '.dockerignore']);
  for (const i of legacy.injected) buildFiles.add(i.name);
  const statusOf = (n: FullNode): Status => {
    if (buildFiles.has(n.path)) return 'build';
    if (!isUseKnown) return 'sent';
    return cross!.references.has(n.path) ? 'used' : 'unused';
  };

  const sentItems: TreeItem[] = legacy.walk.entries.map((e) => ({ path: e.path, kind: e.kind, bytes: e.tarBytes, files: e.kind === 'file' ? 1 : 0 }));
  // Entries the CLI appends after the walk (R40): a header and the padded content, near enough for an area.
  for (const i of legacy.injected) sentItems.push({ path: i.name, kind: 'file', bytes: 512 + Math.ceil(i.contentBytes / 512) * 512, files: 1 });
  const sentFull = buildTree(sentItems, isUseKnown ? 'unused' : 'sent');
  const placed = attachFindings(sentFull, located, statusOf);

  const statusBytes: Partial<Record<Status, number>> = {};
  const stack = [sentFull];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.children) stack.push(...n.children);
    else statusBytes[n.status] = (statusBytes[n.status] ?? 0) + n.bytes;
  }
  const sent = condenseTree(sentFull, { minShare: limits.minShare, maxNodes: limits.maxNodes });
  for (const n of viewNodes(sent)) for (const i of n.findings) rows[i].target = { tree: 'sent', id: n.id };

  let excluded: ViewNode | null = null;
  // Directories the walk entered only for an exception hold nothing excluded of their own (R27).
  const excludedItems = legacy.walk.excluded.filter((x) => !x.enteredForExceptions);
  if (excludedItems.length > 0) {
    const exFull = buildTree(
      excludedItems.map((x) => ({ path: x.path, kind: x.isDir ? ('excluded-dir' as const) : ('file' as const), bytes: x.bytes, files: x.files })),
      'excluded',
    );
    // A finding about an excluded path (CTX102's ignored source) links to the excluded item holding it.
    const rest = located.filter((f) => !placed.has(f.row)).map((f) => ({ ...f, path: excludedHolder(exFull, f.path) }));
    attachFindings(exFull, rest, () => 'excluded');
    excluded = condenseTree(exFull, { minShare: limits.minShare, maxNodes: limits.maxExcludedNodes });
    for (const n of viewNodes(excluded)) for (const i of n.findings) rows[i].target = { tree: 'excluded', id: n.id };
  }

  const bk = ctx.buildkit;
  return {
    tool: { name: 'ctx-audit', version: VERSION },
    root: safeText(ctx.root),
    dockerfile: safeText(ctx.dockerfile),
    ignoreFile: ctx.ignoreFile === null ? null : safeText(ctx.ignoreFile),
    builder: ctx.builder,
    summary: {
      tarBytes: ctx.tarBytes,
      dockerFigure: ctx.dockerFigure,
      legacyRefusedBy: ctx.legacyRefusedBy === null ? null : safeText(ctx.legacyRefusedBy),
      entries: ctx.entries,
      files: ctx.files,
      contentBytes: ctx.contentBytes,
      excluded: { entries: ctx.excluded.entries, files: ctx.excluded.files, bytes: ctx.excluded.bytes, unmeasuredDirectories: ctx.excluded.unmeasuredDirectories },
      buildkit:
        bk && bk.error === null
          ? {
              requestedBytes: bk.requested.bytes,
              requestedFiles: bk.transfer?.requestedFiles ?? bk.requested.files - bk.requested.links,
              eligibleBytes: bk.eligible.bytes,
              usesContext: bk.usesContext,
              figure: bk.transfer?.figure ?? null,
              dockerignoreFigure: bk.dockerignoreTransfer?.figure ?? null,
            }
          : null,
      ...(ctx.compressed
        ? { compressed: { figure: compressedFigure(ctx.compressed), bytes: compressedBytes(ctx.compressed), sentence: compressedSentence(ctx.compressed, ctx.tarBytes) } }
        : {}),
    },
    statusBytes,
    sent,
    excluded,
    findings: rows,
    findingsOmitted: result.findings.length - shown.length,
    limits: { minShare: limits.minShare, maxNodes: limits.maxNodes, maxExcludedNodes: limits.maxExcludedNodes },
  };
}

/** The display path of the excluded item at or above `text`, or `text` when none holds it. */
function excludedHolder(root: FullNode, text: string): string {
  let node = root;
  let at = '';
  for (const part of text === '' ? [] : text.split('/')) {
    const next = node.children?.find((c) => byteStringToText(c.name) === part);
    if (!next) return text;
    at = at === '' ? part : at + '/' + part;
    if (!next.children) return at;
    node = next;
  }
  return text;
}

/**
 * JSON for a `<script type="application/json">` element: `<`, `>` and `&` are escaped so no name
 * can close the element or open a comment, and U+2028/2029 so the text is also valid JavaScript.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
