import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutCommentLines } from '../../src/targets/comments.js';

// The reviews of d10fd6b6 (RA-R5) and 144b0fcf (RC-R4): whole-line comments as each file's language writes them.
test('withoutCommentLines: # in shell, Python, YAML and make (Makefile.docker too); // and /* */ in C-like code and a Jenkinsfile; both in HCL', () => {
  assert.equal(withoutCommentLines('#!/bin/sh\n# compose.dev.yml\ndocker compose -f compose.dev.yml up\n', 'run.sh'), '#!/bin/sh\n\ndocker compose -f compose.dev.yml up\n');
  // Python's unpacking and a shell case arm are code.
  assert.equal(withoutCommentLines('run([\n    *["-f", "x.yml"],\n])\n', 'tool.py'), 'run([\n    *["-f", "x.yml"],\n])\n');
  assert.equal(withoutCommentLines('case $1 in\n  *) up ;;\nesac\n', 'ci/run'), 'case $1 in\n  *) up ;;\nesac\n');
  assert.equal(withoutCommentLines('# a\nb\n', 'Makefile.docker'), '\nb\n');
  assert.equal(withoutCommentLines('// docker-compose.dev.yml\nsh "make"\n', 'Jenkinsfile'), '\nsh "make"\n');
  assert.equal(withoutCommentLines('class S {\n  #file = "x.yml";\n}\n', 'src/s.ts'), 'class S {\n  #file = "x.yml";\n}\n');
  assert.equal(withoutCommentLines('/*\n x.yml\n*/ package s\n// y.yml\n', 'src/s.go'), '\n\n   package s\n\n');
  assert.equal(withoutCommentLines('# a\n// b\nc\n', 'docker-bake.hcl'), '\n\nc\n');
  // Other files as they are.
  assert.equal(withoutCommentLines('# a\n', 'README'), '\n');
  assert.equal(withoutCommentLines('# a\n', 'data.json'), '# a\n');
});
