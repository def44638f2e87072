// Shared by the rule tests: build a tree, run the engine, keep one rule's findings.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runAudit, type AuditOptions } from '../../src/audit.js';
import type { Finding } from '../../src/findings/finding.js';
import { buildTree, type TreeShape } from '../helpers/trees.js';

export interface RuleCase extends TreeShape {
  /** Extra files with given content (path -> text, bytes, or a size in bytes of zeros). */
  contents?: Record<string, string | number | Buffer>;
}

export function auditTree(shape: RuleCase, opts: Partial<AuditOptions> = {}): { findings: Finding[]; ctx: string } {
  const files = shape.files.includes('Dockerfile') ? shape.files : [...shape.files, 'Dockerfile'];
  const tree = buildTree({ ...shape, files });
  try {
    for (const [p, c] of Object.entries(shape.contents ?? {})) {
      const abs = join(tree.ctx, p);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, typeof c === 'number' ? Buffer.alloc(c) : c);
    }
    const result = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy', ...opts });
    return { findings: result.findings, ctx: tree.ctx };
  } finally {
    tree.cleanup();
  }
}

export function findingsOf(ruleId: string, shape: RuleCase, opts: Partial<AuditOptions> = {}): Finding[] {
  return auditTree(shape, opts).findings.filter((f) => f.ruleId === ruleId);
}
