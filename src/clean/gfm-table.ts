/**
 * GFM tables, and only tables: a scraped Markdown table must stay a table
 * (the rest of GFM would turn scraped `www.…` text into links and `~` runs
 * into strike-through, which the source did not mean).
 */
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

export default function remarkGfmTable(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
}
