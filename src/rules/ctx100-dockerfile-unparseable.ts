import { crossCheckRule } from './from-cross-check.js';

export const dockerfileUnparseable = crossCheckRule('CTX100', {
  summary: 'The Dockerfile (or the --target asked for) cannot be parsed, so its sources cannot be checked.',
  why: 'BuildKit rejects a Dockerfile it cannot parse before it sends anything; ctx-audit reports the line instead of guessing which files the build needs.',
  fix: 'Fix the syntax at the reported line (an unterminated heredoc, a JSON array that is not JSON, an unknown stage name in --target).',
  bad: 'FROM alpine\nCOPY ["src", "/app"\n',
  good: 'FROM alpine\nCOPY ["src", "/app"]\n',
});
