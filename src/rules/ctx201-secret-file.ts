import { defineRule } from './rule.js';
import { baseName, text } from './paths.js';

export type SecretFileKind =
  | 'dotenv'
  | 'ssh-private-key'
  | 'private-key-or-certificate'
  | 'keystore'
  | 'registry-credentials'
  | 'cloud-credentials'
  | 'kubeconfig'
  | 'terraform-state'
  | 'password-file';

/** Names that hold templates, not secrets (`.env.example` is meant to be committed and sent). */
const DOTENV_TEMPLATES = /^\.env\.(example|sample|template|dist|defaults)$/i;

/** Classifies a byte-string path by its name; null when the name does not say "secret". */
export function secretFileKind(path: string): SecretFileKind | null {
  const name = baseName(path);
  const lower = name.toLowerCase();
  if ((lower === '.env' || lower.startsWith('.env.')) && !DOTENV_TEMPLATES.test(name)) return 'dotenv';
  if (/^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/.test(lower) || (/^id_(rsa|dsa|ecdsa|ed25519)/.test(lower) && !lower.endsWith('.pub'))) return 'ssh-private-key';
  if (/\.(pem|key)$/.test(lower)) return 'private-key-or-certificate';
  if (/\.(p12|pfx|jks|keystore)$/.test(lower)) return 'keystore';
  if (lower === '.npmrc' || lower === '.pypirc' || lower === '.netrc' || lower === '.git-credentials' || path.endsWith('.docker/config.json')) return 'registry-credentials';
  if (path === '.aws/credentials' || path.endsWith('/.aws/credentials') || lower === 'gcloud-service-key.json' || lower === 'credentials.json') return 'cloud-credentials';
  if (lower === 'kubeconfig' || path === '.kube/config' || path.endsWith('/.kube/config')) return 'kubeconfig';
  if (/\.tfstate(\.backup)?$/.test(lower)) return 'terraform-state';
  if (lower === '.htpasswd' || lower === '.pgpass') return 'password-file';
  return null;
}

export interface SecretFileData {
  path: string;
  kind: SecretFileKind;
}

export const secretFile = defineRule<SecretFileData>({
  id: 'CTX201',
  name: 'secret-file',
  severity: 'error',
  security: {
    severity: 7.5,
    why: 'High: names like `.env`, `id_rsa` or `*.pem` nearly always hold credentials, but only the name is known, not that the content is a live secret (CTX202 is the rule that reads content).',
  },
  docs: {
    summary: 'A sent file\'s name says it holds a secret (.env, id_rsa, *.pem, ...).',
    why: 'Everything in the context reaches the builder, and a broad `COPY . .` puts it in a layer that anyone who can pull the image can read, even if a later step deletes it. Names like `.env`, `id_rsa` or `*.pem` almost always hold credentials. When a COPY or ADD of the target\'s stages brings the file into the image, the finding names that instruction; it is an error already, and a severity lowered in the config is raised one level, because a copied secret is readable by anyone who can pull the image.',
    fix: 'Exclude the file in .dockerignore (at any depth: `**/.env`) and pass secrets at build time with `RUN --mount=type=secret` or at run time with environment variables.',
    bad: '# .dockerignore\nnode_modules\n# (.env and deploy/id_rsa are sent)',
    good: '# .dockerignore\nnode_modules\n**/.env\n**/.env.*\n!**/.env.example\n**/id_rsa*',
  },
  check(ctx) {
    const out = [];
    for (const e of ctx.entries) {
      if (e.kind !== 'file' && e.kind !== 'hardlink' && e.kind !== 'symlink') continue;
      const kind = secretFileKind(e.path);
      if (kind) out.push({ path: e.path, data: { path: text(e.path), kind } });
    }
    return out;
  },
  message: (d) => `a file whose name suggests a secret (${d.kind}) is sent`,
});
