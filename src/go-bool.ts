// Go's strconv.ParseBool, which docker, buildx and BuildKit read their switches with
// (DOCKER_BUILDKIT, BUILDX_BAKE_FILE_RELATIVE_PATHS, BUILDKIT_CONTEXT_KEEP_GIT_DIR): true, false, or
// null for anything else (which each caller treats as its default).
const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** A YAML scalar counts as its text (`DOCKER_BUILDKIT: 0` is the number 0). */
export function parseGoBool(v: unknown): boolean | null {
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return null;
  const s = String(v);
  return TRUE.has(s) ? true : FALSE.has(s) ? false : null;
}
