// YAML as the Go programs whose files ctx-audit reads parse it (compose-go and GoReleaser use
// go-yaml). Its own module: a plain audit of a directory reads no YAML, and loads no parser.
import { parse as parseYaml } from 'yaml';
import { GO_YAML_OPTIONS } from '../config/syntax-error.js';

/**
 * A YAML file as go-yaml (compose-go, GoReleaser) reads it. go-yaml, like PyYAML, takes a flow
 * collection whose later lines are no deeper than its key (pg_auto_failover's tests/tablespaces
 * compose file: `command: [` / `"make", ...` / `]`, all at the key's indentation), which the `yaml`
 * library refuses; such a file is read again with those lines indented past the key. Any other error,
 * or one the second reading still has, is the first reading's.
 */
export function parseGoYaml(text: string): unknown {
  try {
    return parseYaml(text, GO_YAML_OPTIONS);
  } catch (e) {
    if ((e as { code?: unknown } | null)?.code !== 'BAD_INDENT' || !/^Flow (?:sequence|map)\b/.test(String((e as Error).message))) throw e;
    const again = indentFlowContinuations(text);
    if (again === text) throw e;
    try {
      return parseYaml(again, GO_YAML_OPTIONS);
    } catch {
      throw e;
    }
  }
}

/**
 * The lines inside a flow collection that a block line opens as its value (`key: [`, `- {`),
 * indented past that line. Block scalars (`key: |`, `key: >-`) are text: their lines are left as
 * they are, brackets and all (the review of 3272b64: a `[` in a `command: >` indented the rest of the
 * file into it).
 */
function indentFlowContinuations(text: string): string {
  const lines = text.split('\n');
  let depth = 0;
  let keyIndent = 0;
  // The indentation of the line that opened a block scalar, while its lines last.
  let scalarAt = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > 4096) return text;
    const indent = /^[ ]*/.exec(line)![0].length;
    if (scalarAt >= 0) {
      if (line.trim() === '' || indent > scalarAt) continue;
      scalarAt = -1;
    }
    let from = 0;
    if (depth > 0) {
      if (line.trim() !== '' && indent <= keyIndent) lines[i] = ' '.repeat(keyIndent + 1 - indent) + line;
    } else {
      if (/(?:^|:|-)\s*[|>][-+0-9]*\s*(?:#.*)?$/.test(line) && !/^\s*#/.test(line)) {
        scalarAt = indent;
        continue;
      }
      const open = /^\s*(?:-\s+)*(?:(?:"[^"]*"|'[^']*'|[^\s#'"\[{][^#]*?)\s*:\s+)?[\[{]/.exec(line);
      if (open === null) continue;
      keyIndent = indent;
      from = open[0].length - 1;
    }
    // Brackets outside quotes and comments (in the line as indented above, when it was).
    let quote: string | null = null;
    const current = lines[i];
    for (let k = from + current.length - line.length; k < current.length; k++) {
      const c = current[k];
      if (quote !== null) {
        if (c === '\\' && quote === '"') k++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (k === 0 || /\s/.test(current[k - 1]))) break;
      else if (c === '[' || c === '{') depth++;
      else if ((c === ']' || c === '}') && depth > 0) depth--;
    }
  }
  return lines.join('\n');
}
