// The import graph of a TypeScript source tree, read with the TypeScript parser: static imports
// (type-only ones included), `export ... from`, dynamic `import()` and `import('x').T` types.
// test/structure/imports.test.ts checks src/ with it: no cycles, and the CLI layer kept apart.
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';

/** One import or re-export of a relative module. `names` is null when every export is reachable. */
export interface ImportEdge {
  to: string;
  names: string[] | null;
  kind: 'import' | 'export' | 'dynamic';
}

export interface ModuleInfo {
  edges: ImportEdge[];
  /** Names this file declares and exports itself. */
  declared: Set<string>;
  /** Exported name -> the module and name it is re-exported from. */
  reexports: Map<string, { from: string; name: string }>;
  /** `export * from` targets. */
  starFrom: string[];
}

/** Files keyed by their path relative to `root` (posix). */
export type ImportGraph = Map<string, ModuleInfo>;

function listTs(dir: string, root: string, out: string[]): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listTs(p, root, out);
    else if (e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(path.relative(root, p).split(path.sep).join('/'));
  }
  return out;
}

/** `./x.js` from `a/b.ts` -> `a/x.ts`; null for packages and node: builtins. */
function resolveSpecifier(from: string, spec: string, files: Set<string>): string | null {
  if (!spec.startsWith('.')) return null;
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  for (const candidate of [joined.replace(/\.js$/, '.ts'), joined, `${joined}.ts`, `${joined}/index.ts`]) {
    if (files.has(candidate)) return candidate;
  }
  throw new Error(`${from}: cannot resolve import "${spec}"`);
}

function hasExportModifier(node: ts.Node): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

function readModule(file: string, text: string, files: Set<string>): ModuleInfo {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const info: ModuleInfo = { edges: [], declared: new Set(), reexports: new Map(), starFrom: [] };
  // Local binding -> where it was imported from, so `import { a } from 'x'; export { a }` is a re-export.
  const imported = new Map<string, { from: string; name: string }>();
  const resolve = (spec: ts.Expression) => (ts.isStringLiteralLike(spec) ? resolveSpecifier(file, spec.text, files) : null);

  for (const stmt of sf.statements) {
    if (ts.isImportDeclaration(stmt)) {
      const to = resolve(stmt.moduleSpecifier);
      if (to === null) continue;
      const clause = stmt.importClause;
      let names: string[] | null = [];
      if (clause?.name) {
        names.push('default');
        imported.set(clause.name.text, { from: to, name: 'default' });
      }
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names = null;
      else if (bindings) {
        for (const el of bindings.elements) {
          const name = (el.propertyName ?? el.name).text;
          names?.push(name);
          imported.set(el.name.text, { from: to, name });
        }
      }
      info.edges.push({ to, names, kind: 'import' });
    } else if (ts.isExportDeclaration(stmt)) {
      const to = stmt.moduleSpecifier ? resolve(stmt.moduleSpecifier) : null;
      const clause = stmt.exportClause;
      if (stmt.moduleSpecifier && to === null) continue;
      if (to !== null && !clause) {
        info.starFrom.push(to);
        info.edges.push({ to, names: null, kind: 'export' });
      } else if (to !== null && clause && ts.isNamespaceExport(clause)) {
        info.declared.add(clause.name.text);
        info.edges.push({ to, names: null, kind: 'export' });
      } else if (clause && ts.isNamedExports(clause)) {
        const names: string[] = [];
        for (const el of clause.elements) {
          const local = (el.propertyName ?? el.name).text;
          if (to !== null) {
            names.push(local);
            info.reexports.set(el.name.text, { from: to, name: local });
          } else {
            const origin = imported.get(local);
            if (origin) info.reexports.set(el.name.text, origin);
            else info.declared.add(el.name.text);
          }
        }
        if (to !== null) info.edges.push({ to, names, kind: 'export' });
      }
    } else if (hasExportModifier(stmt)) {
      if (ts.isVariableStatement(stmt)) {
        for (const d of stmt.declarationList.declarations) if (ts.isIdentifier(d.name)) info.declared.add(d.name.text);
      } else if ((stmt as ts.DeclarationStatement).name && ts.isIdentifier((stmt as ts.DeclarationStatement).name as ts.Node)) {
        info.declared.add(((stmt as ts.DeclarationStatement).name as ts.Identifier).text);
      }
      if (ts.canHaveModifiers(stmt) && (ts.getModifiers(stmt) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) info.declared.add('default');
    } else if (ts.isExportAssignment(stmt)) {
      info.declared.add('default');
    }
  }

  // Dynamic imports anywhere in the file, and `import('x').T` in types.
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments.length > 0) {
      const to = resolve(node.arguments[0]);
      if (to !== null) info.edges.push({ to, names: null, kind: 'dynamic' });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const to = resolve(node.argument.literal as ts.Expression);
      const q = node.qualifier;
      if (to !== null) info.edges.push({ to, names: q && ts.isIdentifier(q) ? [q.text] : null, kind: 'import' });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return info;
}

/** Reads every `.ts` file under `root`. */
export function readImportGraph(root: string): ImportGraph {
  const list = listTs(root, root, []);
  const files = new Set(list);
  const graph: ImportGraph = new Map();
  for (const f of list) graph.set(f, readModule(f, fs.readFileSync(path.join(root, f), 'utf8'), files));
  return graph;
}

/** Every import cycle, one per strongly connected component, as `a -> b -> a`. */
export function findCycles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  const succ = (f: string) => [...new Set((graph.get(f)?.edges ?? []).map((e) => e.to))].sort();
  const strong = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of succ(v)) {
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      const self = comp.length === 1 && succ(v).includes(v);
      if (comp.length > 1 || self) components.push(comp.sort());
    }
  };
  for (const f of [...graph.keys()].sort()) if (!index.has(f)) strong(f);
  // A shortest way back to the component's first file, so the message names a real chain.
  return components.map((comp) => {
    const members = new Set(comp);
    const start = comp[0];
    const prev = new Map<string, string>();
    const reached = new Set([start]);
    const queue = [start];
    search: while (queue.length > 0) {
      const v = queue.shift()!;
      for (const w of succ(v)) {
        if (!members.has(w)) continue;
        if (w === start) {
          prev.set(start, v);
          break search;
        }
        if (reached.has(w)) continue;
        reached.add(w);
        prev.set(w, v);
        queue.push(w);
      }
    }
    const chain = [start];
    for (let v = prev.get(start)!; v !== start; v = prev.get(v)!) chain.unshift(v);
    chain.unshift(start);
    return chain;
  });
}

/**
 * The modules `name` passes through when imported from `file`, ending where it is declared; null when
 * `file` does not export it. Follows `export { x } from`, `import { x }; export { x }` and `export *`.
 */
export function exportChain(graph: ImportGraph, file: string, name: string, seen = new Set<string>()): string[] | null {
  const info = graph.get(file);
  if (!info || seen.has(file)) return null;
  seen.add(file);
  if (info.declared.has(name)) return [file];
  const re = info.reexports.get(name);
  if (re) {
    const rest = exportChain(graph, re.from, re.name, seen);
    return rest ? [file, ...rest] : [file, re.from];
  }
  if (name === 'default') return null;
  for (const from of info.starFrom) {
    const rest = exportChain(graph, from, name, seen);
    if (rest) return [file, ...rest];
  }
  return null;
}

/** Every module reachable from `file` through its re-exports alone (for `import * as`, `import()`). */
function reexportClosure(graph: ImportGraph, file: string, seen = new Set<string>()): string[][] {
  if (seen.has(file)) return [];
  seen.add(file);
  const info = graph.get(file);
  if (!info) return [];
  const targets = new Set([...info.starFrom, ...[...info.reexports.values()].map((r) => r.from)]);
  const out: string[][] = [];
  for (const t of [...targets].sort()) {
    out.push([file, t]);
    for (const chain of reexportClosure(graph, t, seen)) out.push([file, ...chain]);
  }
  return out;
}

/**
 * Each way a file of `layer` (a folder, or a test of the path) reaches a module under one of `forbidden`, directly or through a
 * re-export, as the chain of files (`cli/run.ts -> audit.ts -> context/bytes.ts`).
 */
export function layerViolations(graph: ImportGraph, layer: string | ((file: string) => boolean), forbidden: readonly string[]): string[][] {
  const isForbidden = (f: string) => forbidden.some((dir) => f.startsWith(dir));
  const inLayer = typeof layer === 'string' ? (f: string) => f.startsWith(layer) : layer;
  const out: string[][] = [];
  for (const [file, info] of [...graph].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!inLayer(file)) continue;
    for (const edge of info.edges) {
      if (isForbidden(edge.to)) {
        out.push([file, edge.to]);
        continue;
      }
      const chains = edge.names === null ? reexportClosure(graph, edge.to) : edge.names.map((n) => exportChain(graph, edge.to, n) ?? []);
      for (const chain of chains) {
        const hit = chain.findIndex(isForbidden);
        if (hit >= 0) out.push([file, ...chain.slice(0, hit + 1)]);
      }
    }
  }
  return out;
}
