/**
 * The clean edition's front matter as YAML. The `yaml` library writes YAML 1.2, where `2025-05-17T02:00:00Z`,
 * `07:30:00`, `1:20` and `yes` are plain strings; YAML 1.1 readers (PyYAML, Ruby's Psych, many static-site
 * tools an archive feeds) read them unquoted as a datetime, a number in base 60 or a boolean, and give back
 * another value. Such strings are written double-quoted, so that every reader reads the text the edition holds.
 */
import { Document, visit } from 'yaml';

// YAML 1.1's implicit types that YAML 1.2's core schema does not have (booleans, base-60 numbers, timestamps).
const YAML11_ONLY = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::?\d{2})?))?)?)$/u;

export function frontMatterYaml(meta: Record<string, unknown>): string {
  const doc = new Document(meta);
  visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string' && YAML11_ONLY.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ lineWidth: 0 });
}
