// Every rule, by id. Ids are never reused or renumbered (ruff's rule). Ranges: CTX0xx size,
// CTX1xx Dockerfile cross-check, CTX2xx secrets and leaks, CTX3xx ignore-file hygiene, CTX9xx
// ctx-audit itself. Adding an id to RULE_IDS without a rule here (or the reverse) fails to compile.
import type { Rule } from './rule.js';
import { largeFile } from './ctx001-large-file.js';
import { contextTooLarge } from './ctx002-context-too-large.js';
import { heavyDirectory } from './ctx003-heavy-directory.js';
import { unusedFile } from './ctx004-unused-file.js';
import { wholeContextCopy } from './ctx005-whole-context-copy.js';
import { manySmallFiles } from './ctx006-many-small-files.js';
import { dockerfileUnparseable } from './ctx100-dockerfile-unparseable.js';
import { missingCopySource } from './ctx101-missing-copy-source.js';
import { copySourceIgnored } from './ctx102-copy-source-ignored.js';
import { copySourceOutsideContext } from './ctx103-copy-source-outside-context.js';
import { secretFile } from './ctx201-secret-file.js';
import { secretContent } from './ctx202-secret-content.js';
import { gitignoredButSent } from './ctx203-gitignored-but-sent.js';
import { missingDockerignore } from './ctx301-missing-dockerignore.js';
import { unusedIgnorePattern } from './ctx302-unused-ignore-pattern.js';
import { rootAnchoredPattern } from './ctx303-root-anchored-pattern.js';
import { ineffectiveException } from './ctx304-ineffective-exception.js';
import { builderIgnoreMismatch } from './ctx305-builder-ignore-mismatch.js';
import { unusedSuppression } from './ctx901-unused-suppression.js';

export const RULE_IDS = [
  'CTX001', 'CTX002', 'CTX003', 'CTX004', 'CTX005', 'CTX006',
  'CTX100', 'CTX101', 'CTX102', 'CTX103',
  'CTX201', 'CTX202', 'CTX203',
  'CTX301', 'CTX302', 'CTX303', 'CTX304', 'CTX305',
  'CTX901',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each rule has its own data type
export type AnyRule = Rule<any>;

export const RULES = {
  CTX001: largeFile,
  CTX002: contextTooLarge,
  CTX003: heavyDirectory,
  CTX004: unusedFile,
  CTX005: wholeContextCopy,
  CTX006: manySmallFiles,
  CTX100: dockerfileUnparseable,
  CTX101: missingCopySource,
  CTX102: copySourceIgnored,
  CTX103: copySourceOutsideContext,
  CTX201: secretFile,
  CTX202: secretContent,
  CTX203: gitignoredButSent,
  CTX301: missingDockerignore,
  CTX302: unusedIgnorePattern,
  CTX303: rootAnchoredPattern,
  CTX304: ineffectiveException,
  CTX305: builderIgnoreMismatch,
  CTX901: unusedSuppression,
} as const satisfies Record<RuleId, AnyRule>;

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

/** Rules in id order. */
export function allRules(): AnyRule[] {
  return RULE_IDS.map((id) => RULES[id]);
}

/** Accepts an id (`CTX201`, any case) or a name (`secret-file`). */
export function findRule(idOrName: string): AnyRule | undefined {
  const upper = idOrName.toUpperCase();
  return allRules().find((r) => r.id === upper || r.name === idOrName);
}

/**
 * The project's home: where the repository will be published (not there yet; set the real one
 * before publishing). Change it here and every link follows (SARIF informationUri and helpUri, the
 * Markdown report's rule links, the config schema's $id, docs/rules.md via `npm run docs`).
 * `ctx-audit explain` points at the docs/rules.md shipped in the package instead, which always resolves.
 */
export const REPOSITORY_URL = 'https://github.com/ctx-audit/ctx-audit';
/** docs/rules.md on the default branch; each rule is a heading there (`## CTX001 large-file`). */
export const RULE_DOCS_BASE = `${REPOSITORY_URL}/blob/main/docs/rules.md`;

/** Where a rule's docs live (SARIF helpUri, explain output). */
export function helpUri(rule: AnyRule): string {
  return `${RULE_DOCS_BASE}#${rule.id.toLowerCase()}-${rule.name}`;
}
