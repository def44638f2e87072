/**
 * The fixed prefixes of the credential kinds CTX202 detects by prefix (GitHub, GitLab, Slack, npm, Stripe live,
 * AWS access key ids), as a regular-expression alternation: CTX202's prefilter and the example and test-name
 * readers of test-fixtures.ts build their patterns from this one list.
 */
export const TOKEN_PREFIXES = String.raw`gh[pousr]_|github_pat_|glpat-|xox[baprs]-|npm_|[sr]k_live_|AKIA|ASIA`;
