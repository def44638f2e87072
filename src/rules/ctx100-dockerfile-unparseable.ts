import { crossCheckRule } from './from-cross-check.js';

export const dockerfileUnparseable = crossCheckRule('CTX100', {
  summary: 'The Dockerfile (or the --target asked for) cannot be read or parsed, so its sources cannot be checked.',
  why: 'BuildKit rejects a Dockerfile it cannot parse before it sends anything; ctx-audit reports the line instead of guessing which files the build needs.',
  fix: 'Fix the syntax at the reported line (an unterminated heredoc, a JSON array that is not JSON, an unknown stage name in --target), or name a file where -f (or Compose\'s `dockerfile:`) names a directory. A heredoc written with a space after `<<` (`RUN cat > f << EOF`) is a warning: the Dockerfile frontend reads it since 1.16 (BuildKit v0.22, Docker Engine 28.2, or `# syntax=docker/dockerfile:1` on any engine, and then nothing is reported), while earlier ones read its body lines as instructions and refuse the Dockerfile; `<<EOF` builds everywhere. A Dockerfile whose `# syntax=` names a frontend other than Docker\'s own (devthefuture/dockerfile-x and its `INCLUDE`) is read by that frontend under BuildKit: a line only it reads is info, and BuildKit\'s figure is the whole eligible context, since which paths it asks for is not known; the legacy builder ignores the directive and refuses the line.',
  bad: 'FROM alpine\nCOPY ["src", "/app"\n',
  good: 'FROM alpine\nCOPY ["src", "/app"]\n',
}, (raw) => (typeof raw.data.frontend === 'string' ? { ...raw, maxSeverity: 'info' as const } : raw.data.olderBuilders === true ? { ...raw, maxSeverity: 'warning' as const } : raw));
