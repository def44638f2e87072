import { crossCheckRule } from './from-cross-check.js';

export const wholeContextCopy = crossCheckRule('CTX005', {
  summary: '`COPY . .` (or an equivalent) copies everything sent into the image.',
  why: 'Whatever the ignore file lets through lands in a layer: .git history, .env files, keys, local build output. The finding lists the largest and the sensitive things it drags in.',
  fix: 'Copy what the image needs by name, or make .dockerignore an allowlist so `COPY . .` can only bring what you chose.',
  bad: 'COPY . /app',
  good: 'COPY package.json package-lock.json /app/\nCOPY src/ /app/src/',
});
