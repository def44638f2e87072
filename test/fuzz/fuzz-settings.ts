// Seeds and run counts shared by the property tests. A fixed default seed keeps CI reproducible;
// CTX_AUDIT_FUZZ_SEED replays (or explores) another stream, CTX_AUDIT_SOAK=1 runs 50x as many cases.
import fc from 'fast-check';

export const FUZZ_SEED = process.env.CTX_AUDIT_FUZZ_SEED !== undefined ? Number(process.env.CTX_AUDIT_FUZZ_SEED) | 0 : 20_240_607;
export const SOAK = process.env.CTX_AUDIT_SOAK === '1';

let announced = false;

/** fast-check parameters: the shared seed, `n` runs (x50 in a soak). Prints the seed once per file. */
export function fuzzParams<T>(n: number): fc.Parameters<T> {
  if (!announced) {
    announced = true;
    console.log(`fuzz: CTX_AUDIT_FUZZ_SEED=${FUZZ_SEED}${SOAK ? ' CTX_AUDIT_SOAK=1' : ''}`);
  }
  return { seed: FUZZ_SEED, numRuns: SOAK ? n * 50 : n, endOnFailure: true };
}

/** A byte string (one char per byte, as the engine's paths are) from a list of byte values. */
export const byteString = (maxLength: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength }).map((bs) => String.fromCharCode(...bs));

/** A byte string assembled from tokens: mostly the syntax that matters, now and then any byte. */
export function tokenString(tokens: readonly string[], maxTokens: number): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: byteString(3) }), { maxLength: maxTokens })
    .map((parts) => parts.join(''));
}
