/**
 * pandoc-divs: pandoc's Markdown writes every `<div>` of a web page that has a class or an id as a fenced div,
 * `::: top-bar` … `:::` (nested fences are written at the same width). The fences are markup, not text, and no
 * other Markdown reads them: they go, each reported. A div whose class names page chrome (`crumb`, `share`,
 * `related`, `nav`, `footer` …) is the page's, not the article's, and goes whole with what it holds; the text of
 * every other div stays where it stands.
 */
import type { Change } from '../report.ts';
import type { Reading } from './reading.ts';

export const RULE = 'pandoc-divs';

// `::: name`, `::: {#id .class key="v"}`, `:::::: name :::` (pandoc may close the opening line with colons too).
// (pandoc sets a space after the colons; a directive, `:::caption{…}` of a clean edition, has none.)
const OPEN = /^(:{3,})[ \t]+(?:([A-Za-z][\w-]{0,60})|\{([^{}\n]{1,300})\})[ \t]*(?::{3,})?[ \t]*$/u;
const CLOSE = /^:{3,}[ \t]*$/u;
// The classes a page gives its furniture: its top bar, menus, breadcrumb, share buttons, related links, footer.
const CHROME = /(?:^|[-_])(?:top-?bar|topnav|nav|navbar|menu|crumbs?|breadcrumbs?|share|sharing|related|recommend|footer|copyright|sidebar|comments?|ads?|advert|banner|toolbar|login|qrcode)(?:$|[-_])/iu;

interface Div {
  open: number;
  chrome: boolean;
}

export function pandocDivs(text: string, lineMap: number[]): Reading | undefined {
  const lines = text.split('\n');
  // The fences must pair up, openings and closings, or the colons are someone's text.
  const pairs: { open: number; close: number; chrome: boolean }[] = [];
  const stack: Div[] = [];
  const chromeOf = (m: RegExpExecArray) => {
    const classes = m[2] ? [m[2]] : [...(m[3] ?? '').matchAll(/(?:^|\s)\.([\w-]+)/gu)].map((c) => c[1]!);
    // (The site's own header, its logo: named so whole. An `article-header` holds the headline.)
    return classes.some((c) => CHROME.test(c) || /^(?:header|site-header|top-header|masthead|logo|site-logo)$/u.test(c));
  };
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]!);
    if (open) {
      stack.push({ open: i, chrome: chromeOf(open) });
      continue;
    }
    if (!CLOSE.test(lines[i]!)) continue;
    const div = stack.pop();
    if (!div) return undefined;
    pairs.push({ open: div.open, close: i, chrome: div.chrome });
  }
  if (stack.length > 0 || pairs.length === 0) return undefined;
  const changes: Change[] = [];
  const drop = new Set<number>();
  const at = (i: number) => lineMap[i] ?? i + 1;
  // Outermost chrome first: what a chrome div holds goes with it, nested fences and all.
  for (const { open, close, chrome } of [...pairs].sort((a, b) => a.open - b.open)) {
    if (drop.has(open)) continue;
    if (chrome) {
      const held = lines.slice(open + 1, close).filter((l) => l.trim() !== '' && !OPEN.test(l) && !CLOSE.test(l));
      changes.push({ rule: RULE, kind: 'removed', line: at(open), text: held.join('\n') || lines[open]!.trim(), to: `the page's ${lines[open]!.replace(/^:+[ \t]*/u, '').trim()} (a div of page chrome, with what it holds)` });
      for (let k = open; k <= close; k++) drop.add(k);
      continue;
    }
    changes.push({ rule: RULE, kind: 'removed', line: at(open), text: lines[open]!.trim(), to: "pandoc's fence opening a div (markup)" });
    changes.push({ rule: RULE, kind: 'removed', line: at(close), text: lines[close]!.trim(), to: "pandoc's fence closing a div (markup)" });
    drop.add(open);
    drop.add(close);
  }
  // Each fence leaves a blank line where it stood: the blocks either side of it stay apart.
  const out = lines.map((l, i) => (drop.has(i) ? '' : l));
  return { text: out.join('\n'), meta: {}, changes, lineMap };
}
