// The JSON Schema of `.ctx-audit.json` / `.ctx-audit.yaml`, generated from the config's own
// definition (config.ts: its keys and their meaning, the value sets; the size pattern parseSize
// uses; the rule registry), so editors complete and validate exactly what ctx-audit accepts.
// `npm run docs` writes it to ctx-audit.schema.json (shipped in the package); a test fails when the
// committed file drifts, and another checks that the schema accepts exactly what parseConfig does.
import { CONFIG_KEYS, FAIL_ON, IGNORE_ENTRY_KEYS, SECRET_CONTENT_KEYS, SEVERITIES } from './config.js';
import { SIZE_PATTERN } from '../rules/paths.js';
import { allRules, REPOSITORY_URL, RULE_IDS } from '../rules/registry.js';

/** Where the schema is published: the file at the repository root, on the default branch. */
export const CONFIG_SCHEMA_URL = `${REPOSITORY_URL}/raw/main/ctx-audit.schema.json`;

export function configSchema(): Record<string, unknown> {
  // A size: bytes, or text parseSize reads (`10MB`, `1.5GiB`).
  const sizeTypes = [
    { type: 'number', minimum: 0 },
    { type: 'string', pattern: SIZE_PATTERN },
  ];
  const size = (description: string) => ({ description, anyOf: sizeTypes });
  const ruleId = { enum: [...RULE_IDS] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_URL,
    title: 'ctx-audit configuration (.ctx-audit.json, .ctx-audit.yaml)',
    description: 'Flags override the config file; the config file overrides the defaults. An unknown key, rule id or bad value stops ctx-audit with exit 2.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { description: CONFIG_KEYS.$schema, type: 'string' },
      failOn: { description: CONFIG_KEYS.failOn, enum: [...FAIL_ON] },
      maxFileSize: size(CONFIG_KEYS.maxFileSize),
      maxContextSize: { description: CONFIG_KEYS.maxContextSize, anyOf: [...sizeTypes, { type: 'null' }] },
      secretContent: {
        description: CONFIG_KEYS.secretContent,
        anyOf: [
          { type: 'boolean' },
          {
            type: 'object',
            additionalProperties: false,
            properties: {
              enabled: { description: SECRET_CONTENT_KEYS.enabled, type: 'boolean' },
              maxBytes: size(SECRET_CONTENT_KEYS.maxBytes),
            },
          },
        ],
      },
      rules: {
        description: CONFIG_KEYS.rules,
        type: 'object',
        additionalProperties: false,
        // One property per rule, so an editor completes the ids and shows what each one is.
        properties: Object.fromEntries(allRules().map((r) => [r.id, { description: `${r.name}: ${r.docs.summary} (default: ${r.severity})`, enum: [...SEVERITIES] }])),
      },
      ignore: {
        description: CONFIG_KEYS.ignore,
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['paths'],
          properties: {
            paths: {
              description: IGNORE_ENTRY_KEYS.paths,
              anyOf: [
                { type: 'string', minLength: 1 },
                { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
              ],
            },
            rules: { description: IGNORE_ENTRY_KEYS.rules, type: 'array', items: ruleId },
          },
        },
      },
    },
  };
}

/** The schema as committed and shipped: stable key order, two-space indent, final newline. */
export function renderConfigSchema(): string {
  return JSON.stringify(configSchema(), null, 2) + '\n';
}
