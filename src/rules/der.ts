// Binary (DER) public material under a key file's name: `openssl crl -outform DER` and `openssl x509
// -outform DER` write it to any name, `.pem` included (django-ca's docs/source/_files/crl/*.pem,
// COMODO's revocation lists, read with `-inform DER`). Such a file is judged by its structure: an
// X.509 certificate (Node parses it), a certificate revocation list or a public key (SPKI). A DER
// private key, an encrypted one, or anything not recognised whole gives null (no claim).
import { nodeCrypto } from '../lazy-builtins.js';

interface Tlv {
  tag: number;
  /** Where the content starts and ends in the buffer. */
  start: number;
  end: number;
}

/** The DER element at `at` (definite lengths only), or null when it does not fit in [at, limit). */
function tlvAt(buf: Buffer, at: number, limit: number): Tlv | null {
  if (at + 2 > limit) return null;
  const tag = buf[at];
  let n = buf[at + 1];
  let start = at + 2;
  if (n & 0x80) {
    const bytes = n & 0x7f;
    if (bytes === 0 || bytes > 4 || start + bytes > limit) return null;
    n = 0;
    for (let i = 0; i < bytes; i++) n = n * 256 + buf[start + i];
    start += bytes;
  }
  const end = start + n;
  return end <= limit ? { tag, start, end } : null;
}

/** The elements a constructed element holds, or null unless they fill it exactly. */
function children(buf: Buffer, t: Tlv): Tlv[] | null {
  const out: Tlv[] = [];
  for (let at = t.start; at < t.end; ) {
    const c = tlvAt(buf, at, t.end);
    if (c === null) return null;
    out.push(c);
    at = c.end;
  }
  return out;
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const BIT_STRING = 0x03;
const OID = 0x06;
const UTC_TIME = 0x17;
const GENERALIZED_TIME = 0x18;

/** CertificateList (RFC 5280 5.1): SEQUENCE { tbsCertList, signatureAlgorithm, signatureValue }. */
function isCrl(buf: Buffer, top: Tlv): boolean {
  const parts = children(buf, top);
  if (parts === null || parts.length !== 3 || parts[0].tag !== SEQUENCE || parts[1].tag !== SEQUENCE || parts[2].tag !== BIT_STRING) return false;
  const alg = children(buf, parts[1]);
  if (alg === null || alg.length === 0 || alg[0].tag !== OID) return false;
  // TBSCertList: version INTEGER OPTIONAL, signature AlgorithmIdentifier, issuer Name, thisUpdate Time, ...
  const tbs = children(buf, parts[0]);
  if (tbs === null) return false;
  let i = tbs[0]?.tag === INTEGER ? 1 : 0;
  if (tbs[i]?.tag !== SEQUENCE || tbs[i + 1]?.tag !== SEQUENCE) return false;
  i += 2;
  return tbs[i]?.tag === UTC_TIME || tbs[i]?.tag === GENERALIZED_TIME;
}

/** What public DER material the whole buffer is, or null. */
export function publicDer(buf: Buffer): 'certificate' | 'crl' | 'public-key' | null {
  if (buf.length < 2 || buf[0] !== SEQUENCE) return null;
  const top = tlvAt(buf, 0, buf.length);
  if (top === null || top.end !== buf.length) return null;
  const crypto = nodeCrypto();
  try {
    new crypto.X509Certificate(buf);
    return 'certificate';
  } catch {
    // not a certificate
  }
  if (isCrl(buf, top)) return 'crl';
  try {
    crypto.createPublicKey({ key: buf, format: 'der', type: 'spki' });
    return 'public-key';
  } catch {
    return null;
  }
}
