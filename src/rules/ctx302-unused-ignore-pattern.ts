import { defineRule, ignoreFileLocation, type RuleContext } from './rule.js';
import { analyzeIgnore, rawLine } from './ignore-analysis.js';
import { literalComponents, splitAtWildcard, text } from './paths.js';
import { filepathMatch } from '../dockerfile/sources.js';
import { PROTECTED_NAMES, protectiveKind } from './protective.js';
import { secretFileKind } from './ctx201-secret-file.js';
import { toByteString } from '../context/bytes.js';

export interface UnusedIgnorePatternData {
  pattern: string;
  line: number;
  exception: boolean;
  /** Line of an earlier pattern that already excludes everything this one could (no exception in between). */
  shadowedBy?: number;
  /** The pattern holds `{a,b}`, which Docker matches literally. */
  braces?: true;
  /** The pattern holds ` #`: a comment after it is part of it (synapse-rust's `docker/nginx/ # ...`). */
  inlineComment?: true;
  /** The line starts with `//`, written as a comment: Docker reads it as a pattern (its slashes cleaned away). */
  slashComment?: true;
}

/**
 * Whether an exclusion names what a working tree makes on its own beyond the names the rule knows:
 * a secret's name (rubygems.org's `/config/master.key`, Rails' key) or a path git ignores there
 * (its `/public/assets`, `REVISION`, `/storage/*`: build output, stamps and uploads that .gitignore
 * keeps out of commits, and a clean checkout lacks). Deleting such a line ships them once they exist.
 */
function guardsWorkingTreeFile(ctx: RuleContext, pattern: string): boolean {
  const split = splitAtWildcard(pattern);
  const literal = split.literal.join('/');
  const whole = split.wildcard === null;
  if (whole && literal !== '' && secretFileKind(literal) !== null) return true;
  // A name that says secret, wildcards or not (progcoder's `**/secrets.dev.yaml`, auction's
  // `**/secrets.*.yaml` under a "# Secrets" heading): a guard for a file a working tree may hold.
  if (pattern.split('/').some((c) => /secret|credential/i.test(c))) return true;
  const ignored = ctx.isGitIgnored;
  if (ignored === null) return false;
  // A glob that git ignores as written (`*` matches itself): .gitignore keeps the same names out
  // (wakapi's `config*.yml`, its local config with the password salt, in both files; a committed
  // `config.default.yml` that the next line of both lets back in is the glob's only match today).
  // As a file or as a directory: openui's `**/wandb` beside `.gitignore`'s directory-only `wandb/`.
  if (!whole && (ignored(toByteString(pattern), false) || ignored(toByteString(pattern), true))) return true;
  if (literal === '') return false;
  const p = toByteString(literal);
  // What git ignores inside it counts too: smtp4dev's `.gitignore` has `/Rnwood.Smtp4dev/wwwroot/*`
  // (the web build's output) for its `.dockerignore` line `Rnwood.Smtp4dev/wwwroot`.
  return ignored(p, !whole) || ignored(p, true) || ignored(`${p}/x`, false);
}

/** Whether git ignores the path an exception names (its literal part, as a file or a directory, or what is in it). */
function letsInGitIgnored(ctx: RuleContext, pattern: string): boolean {
  const ignored = ctx.isGitIgnored;
  const literal = splitAtWildcard(pattern).literal.join('/');
  if (ignored === null || literal === '') return false;
  const p = toByteString(literal);
  return ignored(p, false) || ignored(p, true) || ignored(`${p}/x`, false);
}

/**
 * The line of an earlier exclusion that covers everything `text` can match, with no exception
 * between them: the same pattern, or one that matches the literal directory `text` starts with.
 */
function shadowingLine(ctx: RuleContext, patternText: string, index: number): number | null {
  const pats = ctx.tarMatcher.patterns;
  const literal = literalComponents(patternText);
  for (let j = index - 1; j >= 0; j--) {
    const e = pats[j];
    if (e.exclusion) return null; // an exception in between may bring paths back for this line to decide
    if (e.sourceIndex >= ctx.ignore.rules.length) continue;
    let covers = e.text === patternText;
    for (let k = 1; !covers && k <= literal.length; k++) {
      try {
        covers = ctx.tarMatcher.testPattern(j, literal.slice(0, k).join('/'));
      } catch {
        covers = false;
      }
    }
    if (covers) return ctx.ignore.rules[e.sourceIndex].line;
  }
  return null;
}

export const unusedIgnorePattern = defineRule<UnusedIgnorePatternData>({
  id: 'CTX302',
  name: 'unused-ignore-pattern',
  severity: 'info',
  docs: {
    summary: 'A .dockerignore line decides nothing, and is not a protective line.',
    why: `A line that decides nothing is either dead (the files are gone, or an earlier line already covers them) or, more often, a typo or a pattern that does not mean what its author thought. Either way it misleads the next reader. Protective lines are not reported: a line that matches nothing today but names a path that appears on its own in working trees is a defence (a clean checkout has no \`node_modules\`; \`npm ci\` makes one). So is a line naming a secret\'s file (\`/config/master.key\`, or any name with \`secret\` or \`credential\` in it: \`**/secrets.*.yaml\`) or a path git ignores in this repository (\`/public/assets\`, \`REVISION\`: .gitignore says a working tree makes them), or a glob git ignores as written (\`config*.yml\` in both files, though its only match today is a committed default an exception lets back in). A line is protective when one of its components (other than a bare \`*\` or \`**\`) matches one of these names: ${Object.entries(PROTECTED_NAMES).map(([k, v]) => `${k}: ${v.map((n) => `\`${n}\``).join(', ')}`).join('; ')} (\`x\` stands for any name, so \`*.log\` is a log line). Nor is a line naming a path in a git submodule this checkout has not checked out (a CI checkout with its submodules has it). Other lines are still reported when they decide nothing, including one shadowed by an earlier line; one written as a comment in another language (\`// Ignore everything\`) says that only \`#\` starts a comment. Nor is an exception that lets in a path a COPY/ADD names (a build output made before the build: \`**\` then \`!build/_output/bin/app\`), or a path git ignores (a build output another Dockerfile reading the same ignore file may copy: \`!build/distributions\`). An exception that re-includes only what an earlier one does is not reported when its text is what makes the legacy builder enter an excluded directory where files are sent (it enters one only when an exception\'s text starts with it): removing it would drop them.`,
    fix: 'Delete the line, or fix it so it matches what it was meant to (Docker patterns are anchored at the context root; use `**/` to match at any depth).',
    bad: '# .dockerignore\nnode_modules\nnode_module/',
    good: '# .dockerignore\nnode_modules',
  },
  check(ctx) {
    const a = analyzeIgnore(ctx);
    const out = [];
    // The main-context paths the Dockerfile names (missing ones too: a build output made before the build).
    const named = (ctx.crossCheck?.parsed.stages ?? []).flatMap((st) => st.sources.filter((x) => x.fromContext && x.mountType !== 'cache').map((x) => x.source.replace(/^\.?\/+/, '')));
    for (const [idx, p] of ctx.tarMatcher.patterns.entries()) {
      const i = p.sourceIndex;
      if (i >= ctx.ignore.rules.length || a.used.has(i) || a.rootAnchored.has(i) || a.ineffective.has(i)) continue;
      const rule = ctx.ignore.rules[i];
      // A protective line stays, unless an earlier line already does its job (shadowed).
      const shadowedBy = p.exclusion ? null : shadowingLine(ctx, p.text, idx);
      if (!p.exclusion && shadowedBy === null && (protectiveKind(p.text, filepathMatch) !== null || guardsWorkingTreeFile(ctx, p.text))) continue;
      // An exception that lets in what a COPY/ADD names, made before the build (vitess-operator's
      // `**` then `!build/_output/bin/vitess-operator`, the binary `build/Dockerfile` ADDs): the line
      // the build needs once the file is there.
      // The exception may name the source or a directory above it, as Docker's parent matching lets
      // it in (caddy-docker-proxy's `*` then `!artifacts`, for `COPY artifacts/binaries/$TARGETPLATFORM/caddy`).
      if (p.exclusion && named.some((src) => src === p.text || selfOrParents(src).some((q) => filepathMatch(p.text, q)))) continue;
      // An exception that lets in what git ignores: a build output made before a build, this
      // Dockerfile's or another's reading the same file (openwhisk's core/controller: `!build/distributions`
      // for Dockerfile, `!build/tmp/docker-coverage` for Dockerfile.cov; each was "dead" for the other).
      if (p.exclusion && letsInGitIgnored(ctx, p.text)) continue;
      // A line naming a path in a git submodule this checkout has not checked out decides there once CI
      // checks it out (nitro's `go-ethereum/tests`, `contracts/cache` with `submodules: recursive`; sweep 49/C-F3).
      const literal = splitAtWildcard(p.text).literal;
      if (literal.length > 0 && ctx.submoduleOf?.(toByteString(literal.join('/'))) != null) continue;
      // `*.{yaml,yml}` (src-cli): gitignore and shells expand braces, Go's filepath.Match does not.
      const braces = /\{[^{}]*,[^{}]*\}/.test(p.text);
      // Docker reads `#` as a comment only at the start of a line: `docker/nginx/  # the proxy` is one
      // pattern, spaces and all, which matches nothing (synapse-rust's .dockerignore line 50).
      const inlineComment = /\s#/.test(p.text);
      // `// Ignore everything` (vaultwarden's .dockerignore): a comment in other languages, a pattern
      // here, " Ignore everything" once Docker cleans the slashes away (sweep 46/A).
      const slashComment = !p.exclusion && /^\/\/\s*\S/.test(rawLine(ctx.ignore.content, rule.line) ?? '') && /\s/.test(p.text);
      out.push({ file: ignoreFileLocation(ctx), line: rule.line, data: { pattern: text(rule.pattern), line: rule.line, exception: p.exclusion, ...(shadowedBy !== null ? { shadowedBy } : {}), ...(braces ? { braces: true as const } : {}), ...(inlineComment ? { inlineComment: true as const } : {}), ...(slashComment ? { slashComment: true as const } : {}) } });
    }
    return out;
  },
  message: (d) =>
    `${d.exception ? 'exception' : 'pattern'} "${d.pattern}" decides nothing in this context${d.shadowedBy !== undefined ? `: line ${d.shadowedBy} already excludes everything it could match` : ''}${d.braces === true ? '; Docker patterns have no {a,b} alternatives (the braces match themselves): write one line per name' : ''}${d.inlineComment === true ? '; a .dockerignore comment takes a whole line: the " #" and what follows are part of the pattern, so move the comment to a line of its own' : ''}${d.slashComment === true ? '; only "#" starts a .dockerignore comment: a line starting with "//" is a pattern (Docker cleans the slashes away), so write "#" there' : ''}`,
});

/** `a/b/c` -> `a/b/c`, `a/b`, `a`. */
function selfOrParents(p: string): string[] {
  const out = [p];
  for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) out.push(p.slice(0, i));
  return out;
}
