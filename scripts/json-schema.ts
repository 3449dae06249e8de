/**
 * The book file's schema as JSON Schema (a development tool: @valibot/to-json-schema is a dev dependency) (draft-07), generated from the valibot schema. Checks a schema
 * cannot express in JSON (a pattern that compiles, a day of the calendar, lengths with units) are left
 * to the build; what remains is enough for an editor to complete keys and flag most mistakes.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { BookFile } from '../src/book/schema.ts';

export function bookJsonSchema(): string {
  const { $schema, title, description, ...rest } = toJsonSchema(BookFile, { errorMode: 'ignore' });
  return `${JSON.stringify({ $schema, title, description, ...rest }, null, 2)}\n`;
}
