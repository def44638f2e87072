import { formatBytes, formatSize } from '../units.js';
import { defineRule } from './rule.js';

export interface ContextTooLargeData {
  tarBytes: number;
  limit: number;
}

export const contextTooLarge = defineRule<ContextTooLargeData>({
  id: 'CTX002',
  name: 'context-too-large',
  severity: 'error',
  docs: {
    summary: 'The whole upload is larger than --max-context-size.',
    why: 'The whole context is uploaded before the build starts. A budget catches the day someone adds a data directory or drops a .dockerignore line, before CI time and cache size grow with it.',
    fix: 'Look at the largest files and heaviest directories in the report and exclude what the image does not need, or raise the budget (--max-context-size, `maxContextSize` in the config).',
    bad: '# ctx-audit --max-context-size 50MB\n# Sending build context to Docker daemon  812MB',
    good: '# .dockerignore\n.git\nnode_modules\ndata/\n# Sending build context to Docker daemon  3.1MB',
  },
  check(ctx) {
    const limit = ctx.settings.maxContextSize;
    if (limit === null || ctx.tarBytes <= limit) return [];
    return [{ data: { tarBytes: ctx.tarBytes, limit } }];
  },
  message: (d) => `the context is ${formatSize(d.tarBytes)} (${formatBytes(d.tarBytes)} of tar), above the ${formatSize(d.limit)} budget`,
});
