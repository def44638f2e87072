// Real X.509 certificates made at test time (Node can sign but has no API to issue a certificate):
// a minimal DER encoder for a v3 TBSCertificate with a subject CN and a subjectAltName of DNS
// names and IP addresses, signed with ECDSA P-256 + SHA-256 by the issuer's key (the subject's own
// key for a self-signed one). Nothing here is committed as a key file: every key is generated.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';

function len(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let v = n; v > 0; v >>= 8) bytes.unshift(v & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}
const tlv = (tag: number, ...content: Buffer[]) => {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), len(body.length), body]);
};
const seq = (...c: Buffer[]) => tlv(0x30, ...c);
function oid(dotted: string): Buffer {
  const [a, b, ...rest] = dotted.split('.').map(Number);
  const out = [40 * a + b];
  for (const v of rest) {
    const groups: number[] = [];
    for (let x = v; ; x = Math.floor(x / 128)) {
      groups.unshift(x % 128);
      if (x < 128) break;
    }
    groups.forEach((g, i) => out.push(i < groups.length - 1 ? g | 0x80 : g));
  }
  return tlv(0x06, Buffer.from(out));
}
const utf8 = (s: string) => tlv(0x0c, Buffer.from(s, 'utf8'));
/** A Name: O (when given), then CN (none when ''). */
const name = (cn: string, o?: string) => seq(...(o === undefined ? [] : [tlv(0x31, seq(oid('2.5.4.10'), utf8(o)))]), ...(cn === '' ? [] : [tlv(0x31, seq(oid('2.5.4.3'), utf8(cn)))]));
const time = (d: Date) => tlv(0x18, Buffer.from(d.toISOString().replace(/[-:T]/g, '').slice(0, 14) + 'Z'));

function ipBytes(ip: string): Buffer {
  if (ip.includes(':')) {
    const [head, tail] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
    const groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    return Buffer.concat(groups.map((g) => Buffer.from(g.padStart(4, '0'), 'hex')));
  }
  return Buffer.from(ip.split('.').map(Number));
}

export interface CertSpec {
  /** The subject's CN; '' for none (a certificate that names no host). */
  cn: string;
  /** The subject's organization (O), e.g. mkcert's `mkcert development certificate`. */
  o?: string;
  dns?: string[];
  ips?: string[];
  /** Signs the certificate (default: the subject's own key, a self-signed certificate). */
  issuer?: { key: KeyObject; cn: string; o?: string };
  /** Validity (default: from a day ago to a year ahead). */
  notBefore?: Date;
  notAfter?: Date;
}

/** An EC P-256 key pair and a certificate for its public key, both as PEM text. */
export function makeKeyAndCert(spec: CertSpec): { keyPem: string; certPem: string; privateKey: KeyObject } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { keyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, certPem: certificateFor(publicKey, spec, privateKey), privateKey };
}

export function certificateFor(publicKey: KeyObject, spec: CertSpec, ownKey: KeyObject): string {
  const sigAlg = seq(oid('1.2.840.10045.4.3.2')); // ecdsa-with-SHA256
  const names = [...(spec.dns ?? []).map((d) => tlv(0x82, Buffer.from(d, 'ascii'))), ...(spec.ips ?? []).map((ip) => tlv(0x87, ipBytes(ip)))];
  const extensions = names.length > 0 ? [tlv(0xa3, seq(seq(oid('2.5.29.17'), tlv(0x04, seq(...names)))))] : [];
  const now = Date.now();
  const tbs = seq(
    tlv(0xa0, tlv(0x02, Buffer.from([2]))),
    tlv(0x02, Buffer.from([1, ...Array.from({ length: 7 }, (_, i) => (now >> i) & 0x7f)])),
    sigAlg,
    spec.issuer ? name(spec.issuer.cn, spec.issuer.o) : name(spec.cn, spec.o),
    seq(time(spec.notBefore ?? new Date(now - 86_400_000)), time(spec.notAfter ?? new Date(now + 365 * 86_400_000))),
    name(spec.cn, spec.o),
    publicKey.export({ type: 'spki', format: 'der' }),
    ...extensions,
  );
  const signature = sign('sha256', tbs, spec.issuer?.key ?? ownKey);
  const der = seq(tbs, sigAlg, tlv(0x03, Buffer.from([0]), signature));
  const b64 = der.toString('base64').replace(/.{1,64}/g, '$&\n');
  return ['-----BEGIN', 'CERTIFICATE-----'].join(' ') + '\n' + b64 + ['-----END', 'CERTIFICATE-----'].join(' ') + '\n';
}

/** A certificate's DER bytes, from its PEM text. */
export function pemToDer(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}

/** A v2 certificate revocation list (RFC 5280 5.1) signed by `issuer`, revoking nothing, as DER. */
export function crlDer(issuer: { key: KeyObject; cn: string }): Buffer {
  const sigAlg = seq(oid('1.2.840.10045.4.3.2'));
  const now = Date.now();
  const tbs = seq(tlv(0x02, Buffer.from([1])), sigAlg, name(issuer.cn), time(new Date(now)), time(new Date(now + 7 * 86_400_000)));
  return seq(tbs, sigAlg, tlv(0x03, Buffer.from([0]), sign('sha256', tbs, issuer.key)));
}
