// Known failures: each prints one line naming the path or flag and exits 2 (see src/cli/exit-code.ts).

/** A bad command line: unknown flag, missing value, bad combination. */
export class UsageError extends Error {}

/** Input ctx-audit cannot audit: missing context, unreadable ignore file, a pattern Docker rejects. */
export class InputError extends Error {}
