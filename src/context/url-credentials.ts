// A URL's credentials are never printed (issue 16 item 8). `https://user:token@host/repo.git` as a
// context, a Compose `build:` or a named context is refused or skipped, and the message names it:
// without this the token would land in the log, the annotations and the JSON report.

/** `scheme://user:secret@host/...` -> `scheme://***@host/...`, anywhere in `text`. */
export function hideUrlCredentials(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s?#]*@/gi, '$1***@');
}
