// The book file's schema: mistakes are one line with the file, line and column, and a did-you-mean for a
// misspelt key; book.schema.json is what the valibot schema generates, and every book file of the
// repository (the README's example too) validates against it with a JSON Schema validator.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { validateBook } from '../src/book/config.ts';
import { bookJsonSchema } from '../scripts/json-schema.ts';
import { ROOT, tempDir } from './helpers.ts';
import { UserError } from '../src/errors.ts';
import { loadBook } from '../src/book/config.ts';
import { writeFileSync } from 'node:fs';

const published = readFileSync(join(ROOT, 'book.schema.json'), 'utf8');

test('book.schema.json is the one the valibot schema generates (npm run schema)', () => {
  assert.equal(published, bookJsonSchema());
});

const bookFiles = ['sources/book.yaml', 'tests/fixtures/stress/book.yaml', 'tests/fixtures/vertical/book.yaml'];
const readmeExample = /Put the files in `sources\/`[^]*?```yaml\n([^]*?)```/.exec(readFileSync(join(ROOT, 'README.md'), 'utf8'))![1]!;

test('the repository\'s book files and the README\'s example validate against book.schema.json, and a misspelt key does not', () => {
  const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(published));
  for (const [name, text] of [...bookFiles.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')]), ['README example', readmeExample]] as [string, string][]) {
    assert.ok(validate(parse(text)), `${name}: ${JSON.stringify(validate.errors)}`);
    assert.ok(!validate({ ...parse(text), subtitel: 'x' }), `${name} with subtitel`);
    assert.ok(!validate({ ...parse(text), rules: { punctuaton: false } }), `${name} with a misspelt rule id`);
  }
  assert.doesNotThrow(() => validateBook(join(ROOT, 'README.md'), parse(readmeExample)));
});

const dir = tempDir('dingben-schema-');
async function mistake(yaml: string): Promise<string> {
  const file = join(dir, 'book.yaml');
  writeFileSync(file, yaml);
  try {
    await loadBook(file);
  } catch (err) {
    assert.ok(err instanceof UserError, String(err));
    assert.ok(!err.message.includes('\n'), 'one line');
    return err.message.replace(`${file}:`, 'book.yaml:');
  }
  assert.fail(`no error for\n${yaml}`);
}

const ch = 'chapters:\n  - a.txt\n';

test('every mistake of the list is an error with file:line:column and what is wrong', async () => {
  const cases: [string, string][] = [
    [`title: 书\nsubtitel: 副\n${ch}`, 'book.yaml:2:1: "subtitel" is not a book-file key (did you mean "subtitle"?)'],
    [`title: 书\nwritting_mode: vertical\n${ch}`, 'book.yaml:2:1: "writting_mode" is not a book-file key (did you mean "writing_mode"?)'],
    [`title: 书\nrules: {punctuaton: false}\n${ch}`, 'book.yaml:2:9: "rules.punctuaton" is not a rule id (did you mean "punctuation"?)'],
    [`title: 书\npage:\n  margins: {top: 18cm}\n${ch}`, "book.yaml:3:18: page.margins.top: 180 mm is half the page's width or more"],
    [`title: 书\ndate: 2024-13-45\n${ch}`, 'book.yaml:2:7: date: "2024-13-45" is not a date of the calendar written YYYY-MM-DD'],
    [`title: 书\nlanguage: chinese\n${ch}`, 'book.yaml:2:11: language: "chinese" is not a language tag (BCP 47): zh-Hans, zh-Hant, zh-CN, zh-TW, en …'],
    [`title: 书\nrules:\n  boilerplate:\n    patterns:\n      block: "本报广告"\n${ch}`, 'book.yaml:5:14: "rules.boilerplate.patterns.block" must be a list of patterns, like ["/^本报广告/"]'],
    [`title: 书\nchapters:\n  - file: a.txt\n    dat: 2024-01-01\n`, 'book.yaml:4:5: "chapters[0].dat" is not a key of chapters[0] (did you mean "date"?)'],
    [`title: 书\noutputs: [pdf, docx]\n${ch}`, 'book.yaml:2:16: outputs[1]: "docx" is not an output: clean, pdf or epub'],
    [`title: 书\nrules: {punctuation: {strict: true}}\n${ch}`, 'book.yaml:2:22: "rules.punctuation" must be true or false (the rule punctuation takes no options)'],
    [`${ch}`, 'book.yaml:1:1: "title" is missing'],
    [`title: 书\nprint: {bleed: wide}\n${ch}`, 'book.yaml:2:16: print.bleed: "wide" is not a length: write a number of mm, or one with mm, cm, in or pt (3mm, 0.3cm)'],
  ];
  for (const [yaml, expected] of cases) assert.equal(await mistake(yaml), expected);
});

test('lengths take units; a YAML number is still a title', async () => {
  const file = join(dir, 'ok.yaml');
  writeFileSync(file, `title: 1984\npage:\n  margins: {top: 1.8cm, outside: 15, bottom: 20mm, inside: 54pt}\n${ch}`);
  const book = await loadBook(file);
  assert.equal(book.title, '1984');
  assert.deepEqual(book.page.margins, { top: 18, outside: 15, bottom: 20, inside: 19.05 });
});
