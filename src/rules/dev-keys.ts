// A development key: a private key whose certificate can only ever vouch for names nobody can own
// on the internet (localhost, loopback addresses, the names RFC 2606 and RFC 6761 reserve for
// tests and documentation), committed to git. penpot's devenv image copies the key of its
// self-signed `localhost` certificate for Caddy; authelia's and kong's suites carry keys for
// `*.example.com`. Such a key still lands in the image (a warning says so), but it unlocks nothing
// real, so it does not gate a build like a live key does. The certificate is looked for in the
// key's own file (a chain written after the key) and in the sent certificate files beside it,
// and it must be the key's own: its public key is checked against the private key. A key whose
// own certificate is self-signed and past its end date counts too: no client trusts it.
import { nodeCrypto } from '../lazy-builtins.js';
import { text } from './paths.js';
import type { RuleContext } from './rule.js';
import type { SentEntry } from '../context/walk.js';

/** Certificates beside a key are read up to this size (a CA bundle is ~200 kB). */
const CERT_FILE = 1024 * 1024;
/** How many sibling certificate files are tried for one key. */
const MAX_SIBLINGS = 32;
const CERT_NAME = /\.(crt|cer|cert|pem|key)$/i;

/**
 * DNS names that no one can register: `localhost` and its subdomains, the reserved top-level
 * domains `.test`, `.example`, `.invalid`, `.localhost` (RFC 2606, RFC 6761), and
 * example.com/.net/.org with their subdomains. A private network's names (`vault`, `db.internal`,
 * `printer.local`) are real ones there, so they do not qualify.
 */
const RESERVED_DNS = /^(?:\*\.)?(?:[a-z0-9_-]+\.)*(?:localhost|test|example|invalid|example\.(?:com|net|org))\.?$/i;
/** Loopback addresses, as Node prints an IP SAN. */
const LOOPBACK_IP = /^(?:127(?:\.\d{1,3}){3}|::1|0:0:0:0:0:0:0:1)$/;

/** The names a certificate vouches for, or null when it names anything this module cannot read as a host. */
function certificateNames(cert: import('node:crypto').X509Certificate): string[] | null {
  const san = cert.subjectAltName;
  if (san !== undefined && san !== '') {
    const names: string[] = [];
    for (const part of san.split(', ')) {
      const m = /^(DNS|IP Address):([^"\s,]+)$/.exec(part);
      if (!m) return null; // an email, a URI, a quoted (escaped) name: not judged
      names.push(m[2]);
    }
    return names;
  }
  const cns = cert.subject.split('\n').filter((l) => l.startsWith('CN=')).map((l) => l.slice(3));
  return cns.length > 0 ? cns : null;
}

/**
 * A self-signed certificate with neither a subjectAltName nor a CN: no TLS client accepts it for a
 * server, and it names no one (cadence's config/credentials client.crt, `O=Internet Widgits Pty Ltd`,
 * openssl's default subject; keytest.crt, `O=Uber, OU=Cadence`: keys its development configs use).
 */
function namelessSelfSigned(cert: import('node:crypto').X509Certificate): boolean {
  if ((cert.subjectAltName ?? '') !== '' || cert.subject.split('\n').some((l) => l.startsWith('CN='))) return false;
  try {
    return cert.checkIssued(cert) && cert.verify(cert.publicKey);
  } catch {
    return false;
  }
}

function onlyReservedNames(names: readonly string[]): boolean {
  return names.length > 0 && names.every((n) => RESERVED_DNS.test(n) || LOOPBACK_IP.test(n));
}

/** At most this many blocks are read from one text (a CA bundle holds ~150 certificates). */
const MAX_BLOCKS = 512;

/**
 * Every PEM block of a label matching `label` in a text, whole (BEGIN to END line). Linear in the
 * text: markers are found in one pass each, and every BEGIN is paired with the next END of its
 * label after it (a lazy BEGIN...END regexp rescans the rest of a stranger's file for each BEGIN
 * that never ends).
 */
function pemBlocks(content: string, label: RegExp): string[] {
  const ends = new Map<string, number[]>();
  const endRe = /-----END ([A-Z0-9 ]+)-----/g;
  for (let m = endRe.exec(content); m !== null; m = endRe.exec(content)) {
    const list = ends.get(m[1]);
    if (list) list.push(m.index);
    else ends.set(m[1], [m.index]);
  }
  const next = new Map<string, number>(); // per label: index into its END list
  const out: string[] = [];
  const beginRe = /-----BEGIN ([A-Z0-9 ]+)-----/g;
  let seen = 0;
  for (let m = beginRe.exec(content); m !== null && seen < MAX_BLOCKS; m = beginRe.exec(content)) {
    seen++;
    const list = ends.get(m[1]);
    if (!list) continue;
    let k = next.get(m[1]) ?? 0;
    while (k < list.length && list[k] < m.index) k++;
    next.set(m[1], k);
    if (k === list.length) continue;
    const end = list[k] + `-----END ${m[1]}-----`.length;
    // Written inside a JSON or code string (`\n` escapes: nginx-proxy-manager's API example), an
    // indented YAML block (pomerium's compose files), or strings joined line by line (emailengine's
    // tls-options.js: `'MIIE...\n' +`): as PEM again, one trimmed line per line, quotes and joins off.
    const unquote = (l: string) => l.replace(/^(?:\+\s*)?['"`]/, '').replace(/['"`]\s*[+,;)]?\s*$/, '').trim();
    if (label.test(m[1])) {
      out.push(
        content
          .slice(m.index, end)
          .replace(/\\r/g, '')
          .replace(/\\n/g, '\n')
          .split('\n')
          .map((l) => unquote(l.trim()))
          .filter((l) => l !== '' && !/^[+,;)]+$/.test(l))
          .join('\n'),
      );
    }
    beginRe.lastIndex = end; // blocks do not nest
  }
  return out;
}

/**
 * The bodies of the private keys written in a text (base64 only: line breaks, `\\n` escapes,
 * indentation, quotes and armor headers dropped), so the same key reads the same in a `.pem` file,
 * a PHP string and a JSON value. At most MAX_BLOCKS.
 */
export function privateKeyBodies(content: string): string[] {
  return pemBlocks(content, /PRIVATE KEY(?: BLOCK)?$/).map((b) =>
    b
      .split('\n')
      .slice(1, -1)
      .filter((l) => !/^[A-Za-z][A-Za-z0-9-]*: /.test(l))
      .join('')
      .replace(/[^A-Za-z0-9+/=]/g, ''),
  );
}

const siblingsCache = new WeakMap<readonly SentEntry[], Map<string, string[]>>();
/** Sent regular files by directory, built once per audit and only when a key is judged. */
function sentFilesIn(ctx: RuleContext, dir: string): string[] {
  let byDir = siblingsCache.get(ctx.entries);
  if (!byDir) {
    byDir = new Map();
    for (const e of ctx.entries) {
      if (e.kind !== 'file' || !CERT_NAME.test(e.path) || e.contentBytes > CERT_FILE) continue;
      const i = e.path.lastIndexOf('/');
      const d = i < 0 ? '' : e.path.slice(0, i);
      const list = byDir.get(d);
      if (list) list.push(e.path);
      else byDir.set(d, [e.path]);
    }
    siblingsCache.set(ctx.entries, byDir);
  }
  return byDir.get(dir) ?? [];
}

/**
 * Parsed PEM blocks, by their text: every key of a directory reads the same certificates beside it, and
 * every target of a run the same keys (300 key/certificate pairs in one directory, 30 targets: 290,000
 * certificate parses, 100 s; bunkerweb 57-132 s; sweep 53/W-F3). At most PARSED_KEPT of each kind kept.
 */
const PARSED_KEPT = 2048;
/** Blocks longer than this are parsed each time, not kept (a stranger's megabyte blocks would hold memory). */
const KEPT_BLOCK_CHARS = 8192;
const certsByBlock = new Map<string, import('node:crypto').X509Certificate | null>();
const keysByBlock = new Map<string, import('node:crypto').KeyObject | null>();
function kept<T>(cache: Map<string, T>, block: string, parse: () => T): T {
  if (block.length > KEPT_BLOCK_CHARS) return parse();
  if (cache.has(block)) return cache.get(block) as T;
  const v = parse();
  if (cache.size >= PARSED_KEPT) cache.clear();
  cache.set(block, v);
  return v;
}
function certificateOf(block: string): import('node:crypto').X509Certificate | null {
  return kept(certsByBlock, block, () => {
    try {
      return new (nodeCrypto().X509Certificate)(block);
    } catch {
      return null; // not a certificate Node can read: no evidence
    }
  });
}
function privateKeyOf(block: string): import('node:crypto').KeyObject | null {
  return kept(keysByBlock, block, () => {
    try {
      return nodeCrypto().createPrivateKey(block);
    } catch {
      return null;
    }
  });
}

/** The certificates and private keys (PEM text) of the sent certificate files of a directory, read once per audit. */
const dirPemCache = new WeakMap<readonly SentEntry[], Map<string, { path: string; certs: import('node:crypto').X509Certificate[]; keys: string[] }[]>>();
function pemsIn(ctx: RuleContext, dir: string): { path: string; certs: import('node:crypto').X509Certificate[]; keys: string[] }[] {
  let byDir = dirPemCache.get(ctx.entries);
  if (!byDir) dirPemCache.set(ctx.entries, (byDir = new Map()));
  let files = byDir.get(dir);
  if (files === undefined) {
    files = [];
    for (const sib of sentFilesIn(ctx, dir).slice(0, MAX_SIBLINGS)) {
      const buf = ctx.reader.readPrefix(sib, CERT_FILE);
      if (buf === null || buf.includes(0)) continue;
      const t = buf.toString('latin1');
      files.push({ path: sib, certs: pemBlocks(t, /^(?:X509 |TRUSTED )?CERTIFICATE$/).flatMap((b) => certificateOf(b) ?? []), keys: pemBlocks(t, /PRIVATE KEY$/) });
    }
    byDir.set(dir, files);
  }
  return files;
}

/**
 * A self-signed certificate past its end date: no client trusts it unless it pinned it, and a
 * pinned one fails the date check (AppFlowy-Cloud's nginx/ssl default, CN=appflowy.io, expired in
 * 2024; celery's example worker.pem, expired in 2019). Its end date, or null.
 */
function expiredSelfSigned(cert: import('node:crypto').X509Certificate): string | null {
  const end = Date.parse(cert.validTo);
  if (!(end < Date.now())) return null;
  try {
    if (!cert.checkIssued(cert) || !cert.verify(cert.publicKey)) return null;
  } catch {
    return null;
  }
  return new Date(end).toISOString().slice(0, 10);
}

/**
 * Issued by (or being) mkcert's local CA: mkcert names every CA it makes `O=mkcert development CA`,
 * and only machines where `mkcert -install` ran trust it (pomerium's integration/tpl/files keys).
 */
const MKCERT = /(?:^|\n)O=mkcert development CA(?:\n|$)/;

/**
 * For a sent file whose text holds private keys: what shows every one of them is a development
 * key (`a certificate for 127.0.0.1, localhost only`, `a self-signed certificate for appflowy.io
 * that expired on 2024-03-14`), or null. Null as well when git does not track the file (someone's
 * local key), when a key cannot be read (encrypted, an OpenSSH or PGP key) or when any key has no
 * such certificate.
 */
export function devKeyNames(ctx: RuleContext, path: string, content: string): string | null {
  if (ctx.isGitTracked?.(path) !== true) return null;
  const keyBlocks = pemBlocks(content, /PRIVATE KEY$/);
  if (keyBlocks.length === 0 || keyBlocks.some((b) => /ENCRYPTED|OPENSSH|PGP/.test(b.slice(0, 40)))) return null;
  let certs: import('node:crypto').X509Certificate[] | null = null;
  // The other private keys beside it (PEM text), for a CA whose own key is committed there too.
  const otherKeys: string[] = [];
  const loadCerts = () => {
    // (Each parsed once a run, each directory read once an audit: pemsIn.)
    const found = pemBlocks(content, /^(?:X509 |TRUSTED )?CERTIFICATE$/).flatMap((b) => certificateOf(b) ?? []);
    const i = path.lastIndexOf('/');
    const dir = i < 0 ? '' : path.slice(0, i);
    for (const sib of pemsIn(ctx, dir)) {
      if (sib.path === path) continue;
      found.push(...sib.certs);
      otherKeys.push(...sib.keys);
    }
    return found;
  };
  /**
   * Issued by a CA certificate beside it whose own private key is committed beside it too: a test
   * PKI anyone can issue from (emqx's certs/: ca.key, ca.crt, and the server.key its CI images copy).
   */
  const fromCommittedCa = (cert: import('node:crypto').X509Certificate): boolean =>
    (certs ?? []).some((ca) => {
      if (ca === cert) return false;
      try {
        if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return false;
      } catch {
        return false;
      }
      return otherKeys.some((k) => {
        const key = privateKeyOf(k);
        try {
          return key !== null && ca.checkPrivateKey(key);
        } catch {
          return false;
        }
      });
    });
  /**
   * The key is a self-signed CA's whose certificates beside it it issued: the same test PKI seen
   * from its root (concourse's hack/vault/certs/vault-ca.key beside vault.crt and concourse.crt,
   * whose own keys were already judged from their CA).
   */
  const issuesCommitted = (cert: import('node:crypto').X509Certificate): boolean => {
    try {
      if (!cert.checkIssued(cert) || !cert.verify(cert.publicKey)) return false;
    } catch {
      return false;
    }
    return (certs ?? []).some((other) => {
      if (other === cert) return false;
      try {
        return other.checkIssued(cert) && other.verify(cert.publicKey);
      } catch {
        return false;
      }
    });
  };
  /**
   * Past its end date and issued by a CA certificate beside it that is past its own (openhim-core-js'
   * resources/certs/ihe: an IHE Connectathon 2015-16 test PKI, leaf and CA expired in 2016; sweep 55/N-F2):
   * a chain no client accepts, as an expired self-signed certificate. Its end date, or null.
   */
  const expiredChain = (cert: import('node:crypto').X509Certificate): string | null => {
    const end = Date.parse(cert.validTo);
    if (!(end < Date.now())) return null;
    const ca = (certs ?? []).find((c) => {
      if (c === cert || !(Date.parse(c.validTo) < Date.now())) return false;
      try {
        return cert.checkIssued(c) && cert.verify(c.publicKey);
      } catch {
        return false;
      }
    });
    return ca === undefined ? null : new Date(end).toISOString().slice(0, 10);
  };
  const reserved = new Set<string>();
  const expired = new Set<string>();
  const expiredIssued = new Set<string>();
  let mkcert = false;
  let testPki = false;
  let testPkiRoot = false;
  let nameless = false;
  for (const block of keyBlocks) {
    const key = privateKeyOf(block);
    if (key === null) return null;
    certs ??= loadCerts();
    let ok = false;
    for (const cert of certs) {
      let pairs = false;
      try {
        pairs = cert.checkPrivateKey(key);
      } catch {
        pairs = false;
      }
      if (!pairs) continue;
      const names = certificateNames(cert);
      if (names !== null && onlyReservedNames(names)) {
        for (const n of names) reserved.add(n);
      } else if (MKCERT.test(cert.issuer)) {
        mkcert = true;
      } else if (fromCommittedCa(cert)) {
        testPki = true;
      } else if (issuesCommitted(cert)) {
        testPkiRoot = true;
      } else if (namelessSelfSigned(cert)) {
        nameless = true;
      } else {
        const end = expiredSelfSigned(cert);
        const chainEnd = end === null ? expiredChain(cert) : null;
        if (end === null && chainEnd === null) return null; // the key also vouches for a real name, to clients that may trust it
        (end !== null ? expired : expiredIssued).add(`${names === null || names.length === 0 ? 'no host name' : names.join(', ')} that expired on ${end ?? chainEnd}`);
      }
      ok = true;
    }
    if (!ok) return null;
  }
  const parts: string[] = [];
  if (reserved.size > 0) parts.push(`a certificate for ${[...reserved].sort().join(', ')} only`);
  if (expired.size > 0) parts.push(`a self-signed certificate for ${[...expired].sort().join('; ')}`);
  if (expiredIssued.size > 0) parts.push(`a certificate for ${[...expiredIssued].sort().join('; ')}, issued by a CA beside it that has expired too`);
  if (mkcert) parts.push("a certificate from mkcert's development CA (trusted only where `mkcert -install` ran)");
  if (testPki) parts.push('a certificate from a CA whose own private key is committed beside it (a test PKI anyone can issue from)');
  if (nameless) parts.push('a self-signed certificate that names no host and no one (no CN, no subjectAltName)');
  if (testPkiRoot) parts.push('a self-signed CA certificate that issued the certificates committed beside it (a test PKI anyone can issue from, this key included)');
  return text(parts.join(' and '));
}
