// Whole-line comments of a file, blanked as its language writes them: what names a build in a comment runs nothing.

/** Files whose comments start with `#`: shells, Python, Ruby, YAML, TOML, make, Perl, PowerShell, R, HCL, Nix; and scripts with no extension. */
const HASH_COMMENTS = /\.(?:sh|bash|zsh|ksh|py|pyw|rb|rake|ya?ml|toml|pl|pm|ps1|r|mk|cfg|conf|ini|env|tf|hcl|nix|cmake|just)$|(?:^|\/)(?:(?:[Mm]akefile|GNUmakefile)(?:\.[^/]*)?|[Jj]ustfile|Earthfile|Tiltfile|Rakefile|[^/.]+)$/;
/** Files that take both: HCL and Terraform (`#` and `//`). */
const BOTH_COMMENTS = /\.(?:tf|hcl)$/;
/** Groovy's Jenkinsfile, a name with no extension, takes `//` (the review of 144b0fcf, RC-R4). */
const JENKINSFILE = /(?:^|\/)Jenkinsfile[^/]*$/;
/** Files whose comments are `//` lines and `/* ... *\/` blocks: JavaScript, TypeScript, Go, C, C++, Java, Kotlin, C#, Rust, Swift, Scala, Groovy, PHP, Dart. */
const SLASH_COMMENTS = /\.(?:[cm]?[jt]sx?|go|c|cc|cpp|cxx|h|hh|hpp|java|kts?|cs|rs|swift|scala|groovy|gradle|php|dart)$/;

/**
 * A text with its whole-line comments blanked, as the file's language writes them: `#` lines (not `#!`) in a shell
 * script, Python, YAML or a Makefile; `//` lines and `/* ... *\/` blocks in C-like code. A trailing comment stays. By
 * the file's type (the review of d10fd6b6, RA-R5: one rule for every file blanked Python's `*["-f", ...]` unpacking,
 * a shell `*)` case arm, C's `#define` and a JavaScript `#field`). Markup's `<!-- -->` lines too. Other files: as they are.
 */
export function withoutCommentLines(text: string, file: string): string {
  if (BOTH_COMMENTS.test(file)) return slashComments(text.replace(/^[ \t]*#.*$/gm, ''));
  if (HASH_COMMENTS.test(file) && !JENKINSFILE.test(file)) return text.replace(/^[ \t]*#(?!!).*$/gm, '');
  if (/\.(?:html?|xml|vue|svelte)$/.test(file)) return text.replace(/^[ \t]*<!--.*-->[ \t]*$/gm, '');
  if (!SLASH_COMMENTS.test(file) && !JENKINSFILE.test(file)) return text;
  return slashComments(text);
}

/** A text with its `//` lines and `/* ... *\/` blocks blanked. */
function slashComments(text: string): string {
  const lines = text.split('\n');
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (inBlock) {
      const end = l.indexOf('*/');
      lines[i] = end < 0 ? '' : ' '.repeat(end + 2) + l.slice(end + 2);
      inBlock = end < 0;
      continue;
    }
    if (/^[ \t]*\/\//.test(l)) lines[i] = '';
    else if (/^[ \t]*\/\*/.test(l)) {
      const end = l.indexOf('*/', l.indexOf('/*') + 2);
      if (end < 0) {
        lines[i] = '';
        inBlock = true;
      } else lines[i] = ' '.repeat(end + 2) + l.slice(end + 2);
    }
  }
  return lines.join('\n');
}
