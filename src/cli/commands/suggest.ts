export async function runSuggest(_a: string[], _io: unknown): Promise<number> { return 0; }
