// Which CONTEXT values `docker build` takes for a git repository or a URL, and how it splits a git
// URL into remote, ref and subdirectory: the docker CLI's own rules (cli/command/image/build:
// internal/urlutil IsGitURL and IsURL, internal/git parseRemoteURL), checked against it. Docker
// tests these only after a local path of that name was not found (a directory `github.com/x` wins).
import { InputError } from '../errors.js';
import { hideUrlCredentials } from '../context/url-credentials.js';

/** urlutil.IsURL: an http:// or https:// prefix, nothing more. */
export function isHttpUrl(s: string): boolean {
  return s.startsWith('https://') || s.startsWith('http://');
}

/** urlutil.IsGitURL: http(s) ending in `.git` (a `#fragment` after it allowed), or git://, github.com/, git@. */
export function isGitUrl(s: string): boolean {
  if (isHttpUrl(s) && /\.git(?:#.+)?$/s.test(s)) return true;
  return ['git://', 'github.com/', 'git@'].some((p) => s.startsWith(p));
}

export interface GitRemote {
  /** What git fetches from (the fragment removed; `github.com/x` made `https://github.com/x`). */
  remote: string;
  /** The ref to fetch: the fragment before `:`, `master` when empty. */
  ref: string;
  /** The directory inside the repository to use as the context, or ''. */
  subdir: string;
}

/** Go's url.Parse scheme, lowercased, or '' (getScheme). */
function scheme(s: string): string {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(s);
  return m ? m[1].toLowerCase() : '';
}

/** parseRemoteURL: a transport is added when missing, the fragment is `ref:subdir`; a ref starting with `-` is refused. */
export function parseGitUrl(url: string): GitRemote {
  let s = url;
  const transport = s.startsWith('git@') || ['git', 'http', 'https', 'ssh'].includes(scheme(s));
  if (!transport) s = 'https://' + s;
  const hash = s.indexOf('#');
  const remote = hash < 0 ? s : s.slice(0, hash);
  const fragment = hash < 0 ? '' : s.slice(hash + 1);
  const colon = fragment.indexOf(':');
  const ref = (colon < 0 ? fragment : fragment.slice(0, colon)) || 'master';
  const subdir = colon < 0 ? '' : fragment.slice(colon + 1);
  if (ref.startsWith('-')) throw new InputError(`unable to prepare context: invalid refspec: ${ref}`);
  // url.Parse rejects control characters; git would read a newline in a URL as the end of it.
  if (/[\0-\x1f\x7f]/.test(remote)) throw new InputError(`unable to prepare context: invalid URL ${JSON.stringify(hideUrlCredentials(remote))}`);
  return { remote, ref, subdir };
}
