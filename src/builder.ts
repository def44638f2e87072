/** Whose view of the context: the legacy builder's tar upload or BuildKit's requested files. */
export type Builder = 'legacy' | 'buildkit';
