// A documenso-like JavaScript monorepo for the `suggest` row of the benchmark (issue 18, target 3):
// apps/* and packages/* with source trees, per-package node_modules and build output (.next,
// .turbo), .env files and private keys (CTX201), a .git directory, a `COPY . .` build stage and a
// .dockerignore that already excludes the root node_modules: enough findings for ~15 suggestions.
// Fixed seed; files are sparse (ftruncate) except the few whose content a rule reads.
import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { rng } from './tree.mjs';

export function buildMonorepo(root, { seed = 7, scale = 1 } = {}) {
  const rnd = rng(seed);
  fs.rmSync(root, { recursive: true, force: true });
  const sized = (p, size) => {
    fs.mkdirSync(dirname(join(root, p)), { recursive: true });
    const fd = fs.openSync(join(root, p), 'w');
    fs.ftruncateSync(fd, size);
    fs.closeSync(fd);
  };
  const text = (p, s) => {
    fs.mkdirSync(dirname(join(root, p)), { recursive: true });
    fs.writeFileSync(join(root, p), s);
  };
  const WORDS = ['components', 'lib', 'utils', 'hooks', 'server', 'api', 'ui', 'features', 'types'];
  const EXTS = ['ts', 'tsx', 'json', 'css', 'md'];
  const tree = (base, n, depth) => {
    for (let i = 0; i < Math.round(n * scale); i++) {
      const d = Array.from({ length: 1 + Math.floor(rnd() * depth) }, () => WORDS[Math.floor(rnd() * WORDS.length)] + Math.floor(rnd() * 6)).join('/');
      sized(`${base}/${d}/f${i}.${EXTS[i % EXTS.length]}`, Math.floor(rnd() * 20000));
    }
  };
  for (const a of ['web', 'marketing', 'docs', 'remix']) {
    tree(`apps/${a}/src`, 2500, 4);
    tree(`apps/${a}/public`, 200, 2);
    tree(`apps/${a}/.next/cache`, 600, 3);
    tree(`apps/${a}/node_modules`, 300, 3);
    // A generated value each run: nothing secret-looking is committed.
    text(`apps/${a}/.env`, `NEXTAUTH_SECRET=${randomBytes(16).toString('hex')}\n`);
    text(`apps/${a}/package.json`, '{}\n');
  }
  const pkgs = ['api', 'app-tests', 'assets', 'auth', 'ee', 'email', 'eslint-config', 'lib', 'prisma', 'signing', 'tailwind-config', 'trpc', 'tsconfig', 'ui', 'sdk', 'pdf', 'webhooks', 'jobs'];
  for (const p of pkgs) {
    tree(`packages/${p}/src`, 600, 3);
    tree(`packages/${p}/node_modules`, 120, 2);
    tree(`packages/${p}/.turbo`, 5, 1);
    text(`packages/${p}/package.json`, '{}\n');
  }
  for (let i = 1; i <= 4; i++) text(`packages/p${i}/secrets/id_ed25519`, `-----BEGIN OPENSSH PRIVATE KEY-----\n${randomBytes(300).toString('base64')}\n-----END OPENSSH PRIVATE KEY-----\n`);
  tree('node_modules', 40000, 4);
  tree('.git/objects', 300, 1);
  text('Dockerfile', 'FROM node:20 AS base\nFROM base AS builder\nWORKDIR /app\nCOPY . .\nRUN npx turbo prune --scope=@documenso/web --docker\nFROM base AS runner\nCOPY --from=builder /app/out/full/ .\nCOPY apps/web/public ./apps/web/public\n');
  text('package.json', '{}\n');
  text('.dockerignore', 'node_modules\n*.log\n');
  return { ok: true };
}
