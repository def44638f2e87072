// Known failures: each prints one line naming the path or flag and exits 2 (see src/cli/exit-code.ts).

/** A bad command line: unknown flag, missing value, bad combination. */
export class UsageError extends Error {}

/** Input ctx-audit cannot audit: missing context, unreadable ignore file, a pattern Docker rejects. */
export class InputError extends Error {}

export type TarContentErrorKind = 'unreadable' | 'shrank' | 'size-mismatch';

/**
 * A file could not be archived as lstat described it. Docker would emit a broken (truncated) tar
 * here (R30, caveat 5); we stop instead, and the bytes already written must be discarded.
 */
export class TarContentError extends Error {
  constructor(
    readonly kind: TarContentErrorKind,
    readonly entryName: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TarContentError';
  }
}
