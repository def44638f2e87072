import { formatSize } from '../units.js';
import { defineRule } from './rule.js';
import { text } from './paths.js';

export interface LargeFileData {
  path: string;
  bytes: number;
  limit: number;
}

export const largeFile = defineRule<LargeFileData>({
  id: 'CTX001',
  name: 'large-file',
  severity: 'warning',
  docs: {
    summary: 'A sent file is larger than --max-file-size (default 10 MB).',
    why: 'Every byte of the context is uploaded to the builder before the first instruction runs, on every build, whether or not a COPY uses it. One forgotten dump, video or model file makes every build slow. When a COPY or ADD of the target\'s stages brings the file into the image, the finding names that instruction and is one level more severe (warning becomes error): the file then weighs on every pull too, not only on the upload. A file inside a directory CTX003 reports at the same severity or above (a `.git` pack, a binary in `node_modules`) is counted by that finding instead.',
    fix: 'Exclude the file in .dockerignore, move it out of the context, or raise --max-file-size (or `maxFileSize` in the config) if it belongs in the image.',
    bad: '# .dockerignore\nnode_modules\n# (data/dump.sql, 2 GB, is sent)',
    good: '# .dockerignore\nnode_modules\ndata/*.sql',
  },
  check(ctx) {
    const limit = ctx.settings.maxFileSize;
    return ctx.entries
      .filter((e) => e.kind === 'file' && e.contentBytes > limit)
      .map((e) => ({ path: e.path, data: { path: text(e.path), bytes: e.contentBytes, limit } }));
  },
  message: (d) => `sent file is ${formatSize(d.bytes)}, above the ${formatSize(d.limit)} limit`,
});
