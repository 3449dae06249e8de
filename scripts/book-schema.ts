// Writes book.schema.json, the book file's schema for editors (yaml-language-server and the like), from
// the one valibot schema the build checks book files with (src/book/schema.ts). `npm run schema`;
// tests/schema.test.ts fails when the file in the repository is not what this writes.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bookJsonSchema } from './json-schema.ts';

const file = join(import.meta.dirname, '..', 'book.schema.json');
writeFileSync(file, bookJsonSchema());
process.stderr.write(`wrote ${file}\n`);
