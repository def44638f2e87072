// JSON with comments, as devcontainer.json and tsconfig.json are written.

/** JSON with comments (devcontainer.json's and tsconfig.json's JSONC) as JSON: `//` and `/* *\/` comments and trailing commas out, strings kept. */
export function withoutJsonComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
      out += ' ';
    } else out += c;
  }
  // A comma before a closing bracket or brace (outside strings: each string is one token here).
  return out.replace(/("(?:[^"\\]|\\.)*")|,(\s*[\]}])/g, (m, str: string | undefined, close: string | undefined) => (str !== undefined ? str : (close as string)));
}
