/**
 * The fixed prefixes of the credential kinds CTX202 detects by prefix (GitHub, GitLab, Slack, npm, Stripe live,
 * AWS access key ids), as a regular-expression alternation: CTX202's prefilter and the example and test-name
 * readers of test-fixtures.ts build their patterns from this one list.
 */
export const TOKEN_PREFIXES = String.raw`gh[pousr]_|github_pat_|glpat-|xox[baprs]-|npm_|[sr]k_live_|AKIA|ASIA`;

/**
 * The same prefixes as the start of an identifier (`[A-Za-z0-9_]`, no dash: `xoxb_bot_token_test`, `glpatToken`), for
 * test-fixtures.ts' reading of names: such a word is a token's, not a test's name (the review of e47905a3, RA-R4).
 */
export const TOKEN_WORD_PREFIXES = TOKEN_PREFIXES.replace(/-/g, '');
