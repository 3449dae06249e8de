/**
 * Container directives (`:::caption` … `:::`) are how the clean edition marks
 * captions and pull quotes. Only the container form is enabled: in scraped
 * prose `:` followed by letters is ordinary text (`电信:核实`), which the
 * full directive syntax would read as a text directive and escape on output.
 */
import { directiveFromMarkdown, directiveToMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Processor } from 'unified';

export default function remarkBlockDirectives(this: Processor) {
  const data = this.data();
  const syntax = directive();
  const flow = syntax.flow?.[58];
  const container = Array.isArray(flow) ? flow[0] : flow;
  (data.micromarkExtensions ??= []).push({ flow: { 58: container! } });
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
  const toMarkdown = directiveToMarkdown();
  // Keep only what protects a `:::` fence at the start of a line.
  toMarkdown.unsafe = (toMarkdown.unsafe ?? []).filter((u) => u.character !== ':' || u.atBreak);
  (data.toMarkdownExtensions ??= []).push(toMarkdown);
}
