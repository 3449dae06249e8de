/**
 * Readers: before remark parses a source, a reader turns a known record
 * format into the Markdown that says the same structure (pandoc's readers,
 * one AST after them). What a reader takes out of the text (record fields,
 * tags) goes to the front matter or the report, like any rule's change, and
 * `lineMap` sends every line of the text it returns back to its source line.
 */
import type { Reader, Reading } from './reading.ts';
import { c1Controls } from './c1-controls.ts';
import { trailBytes } from './trail-bytes.ts';
import { highlightExport } from './highlight-export.ts';
import { textileBlocks } from './textile-blocks.ts';
import { bookCompilation } from './book-compilation.ts';
import { revisionMarks } from './revision-marks.ts';
import { trackedChanges } from './tracked-changes.ts';
import { slideNotes } from './slide-notes.ts';
import { docComments } from './doc-comments.ts';
import { manuscriptForm } from './manuscript-form.ts';
import { asrTranscript } from './asr-transcript.ts';
import { captionLog } from './caption-log.ts';
import { databaseRecord } from './database-record.ts';
import { catalogueRecord } from './catalogue-record.ts';
import { invisibleChars } from './invisible-chars.ts';
import { readSogouRecord } from './sogou.ts';
import { readFeedItem } from './feed.ts';
import { feedFields } from './feed-fields.ts';
import { paragraphMarks } from './paragraph-marks.ts';
import { blockSpaces } from './block-spaces.ts';
import { letterSpacing } from './letter-spacing.ts';
import { gappedLines } from './gapped-lines.ts';
import { textNodes } from './text-nodes.ts';
import { fieldLines } from './field-lines.ts';
import { releaseForm } from './release-form.ts';
import { bulletLists } from './bullet-lists.ts';
import { indentedLists } from './indented-lists.ts';
import { nbspMarkers } from './nbsp-markers.ts';
import { releaseTime } from './release-time.ts';
import { numberedLists } from './numbered-lists.ts';
import { tabTables } from './tab-tables.ts';
import { cellLines } from './cell-lines.ts';
import { ruleLines } from './rule-lines.ts';
import { framedHeadings } from './framed-headings.ts';
import { headingLines } from './heading-lines.ts';
import { altBrackets } from './alt-brackets.ts';
import { searchSnapshot } from './search-snapshot.ts';
import { captionLabels } from './caption-labels.ts';
import { linkNumbers } from './link-numbers.ts';
import { linkAddresses } from './link-addresses.ts';
import { spacedLinks } from './spaced-links.ts';
import { readerHeader } from './reader-header.ts';
import { clipperExcerpt } from './clipper-excerpt.ts';
import { clipProperties } from './clip-properties.ts';
import { calloutBlocks } from './callout-blocks.ts';
import { enexNote } from './enex-note.ts';
import { noteMetadata } from './note-metadata.ts';
import { printMargins } from './print-margins.ts';
import { pageFolios } from './page-folios.ts';
import { pagedArticle } from './paged-article.ts';
import { mmsFrames } from './mms-frames.ts';
import { pushRecord } from './push-record.ts';
import { tailFiles } from './tail-files.ts';
import { postBackup } from './post-backup.ts';
import { redLetterhead } from './red-letterhead.ts';
import { colonWraps } from './colon-wraps.ts';
import { feedPrintout } from './feed-printout.ts';
import { noteMarks } from './note-marks.ts';
import { speechLog } from './speech-log.ts';
import { pinyinNotes } from './pinyin-notes.ts';
import { segmenterExport } from './segmenter-export.ts';
import { parallelTranslation } from './parallel-translation.ts';
import { learnerGlossary } from './learner-glossary.ts';
import { tmSegments } from './tm-segments.ts';
import { flashcardExport } from './flashcard-export.ts';
import { lessonPlan } from './lesson-plan.ts';
import { botCard } from './bot-card.ts';
import { aiSummary } from './ai-summary.ts';
import { assistantAnswer } from './assistant-answer.ts';
import { channelPosts } from './channel-posts.ts';
import { notebookOutput } from './notebook-output.ts';
import { gopherMenu } from './gopher-menu.ts';
import { worksheetQuestions } from './worksheet-questions.ts';
import { pageOrder } from './page-order.ts';
import { pageHead } from './page-head.ts';
import { enpProperty } from './enp-property.ts';
import { chromeRuns } from './chrome-runs.ts';
import { sectionRuns } from './section-runs.ts';
import { wechatCards } from './wechat-cards.ts';
import { excerptCopy } from './excerpt-copy.ts';
import { indentedCells } from './indented-cells.ts';
import { edbrowseDump } from './edbrowse-dump.ts';
import { articleFields } from './article-fields.ts';
import { trafilaturaXml } from './trafilatura-xml.ts';
import { tableDelimiters } from './table-delimiters.ts';
import { archiveToolbar } from './archive-toolbar.ts';
import { readerView } from './reader-view.ts';
import { warcHeader } from './warc-header.ts';
import { watermarkLines } from './watermark-lines.ts';
import { chatRecord } from './chat-record.ts';
import { mailQuote } from './mail-quote.ts';
import { pandocAttributes } from './pandoc-attributes.ts';
import { rstMarkup } from './rst-markup.ts';
import { singlefileHeader } from './singlefile-header.ts';
import { umiOcr } from './umi-ocr.ts';
import { radicalForms } from './radical-forms.ts';
import { smallForms } from './small-forms.ts';
import { unicodeEscapes } from './unicode-escapes.ts';
import { twoColumns } from './two-columns.ts';
import { pandocDivs } from './pandoc-divs.ts';
import { boxTables } from './box-tables.ts';
import { barTables } from './bar-tables.ts';
import { simpleTables } from './simple-tables.ts';
import { nestingDepth } from './nesting-depth.ts';
import { jsonRecord } from './json-record.ts';
import { runRecord } from './run-record.ts';
import { quotedFields } from './quoted-fields.ts';
import { formCsv } from './form-csv.ts';
import { sheetCsv } from './sheet-csv.ts';
import { mhtml } from './mhtml.ts';
import { gron } from './gron.ts';
import { exifCaptions } from './exif-captions.ts';
import { id3Frames } from './id3-frames.ts';
import { scriptCues } from './script-cues.ts';
import { subtitles } from './subtitles.ts';
import { positionedBlocks } from './positioned-blocks.ts';
import { structuredData } from './structured-data.ts';
import { chatExport } from './chat-export.ts';
import { convertedTraditional } from './converted-traditional.ts';
import { weiboForward } from './weibo-forward.ts';
import { forumThread } from './forum-thread.ts';
import { quotedArticle } from './quoted-article.ts';
import { recordCsv } from './record-csv.ts';
import { smsParts } from './sms-parts.ts';
import { sqlDump } from './sql-dump.ts';
import { siteGenerator } from './site-generator.ts';
import { founderTags } from './founder-tags.ts';
import { nitf } from './nitf.ts';

export type { Reader, Reading } from './reading.ts';

/** The readers in the order they apply, by rule id (each can be switched off in the book file). */
export const READERS: { id: string; read: Reader; summary: string }[] = [
  { id: 'invisible-chars', read: invisibleChars, summary: 'zero-width spaces and joiners, word joiners, stray BOMs and soft hyphens removed before anything reads the text' },
  { id: 'radical-forms', read: radicalForms, summary: "a PDF's text whose font gave radicals for the characters they stand for (`孩⼦满⼝`, `龋⻮`): each radical inside Han text the unified ideograph Unicode makes it equivalent to, where three or more stand so" },
  { id: 'small-forms', read: smallForms, summary: "a text set in a CJK font's small form variants (`﹐` `﹔` `﹕`), three or more: each the mark it is a variant of (NFKC), which the punctuation rule sets full-width beside Chinese" },
  { id: 'two-columns', read: twoColumns, summary: "a printed page of two columns that pdftotext -layout read across, line by line (a left line, a gap, a right line): the left column's lines, then the right's, where eight lines of a run or more split so" },
  { id: 'mhtml', read: mhtml, summary: "a page saved as one file (MHTML, a MIME message): the HTML part decoded from quoted-printable or base64 and its charset, the page's saved address to url, the headers and the other parts (images, stylesheets) removed" },
  { id: 'asr-transcript', read: asrTranscript, summary: "a speech-recognition transcript as whisper prints it (`[00:04.820 --> 00:11.300] …` under `Detected language: …`): the notes and the times removed, the words as recognised run on, a long pause ending a paragraph" },
  { id: 'caption-log', read: captionLog, summary: "a channel's closed captions as logged, a timecode and mode over each screen (`19:12:06:25  RU2`): the rows a roll-up screen repeats removed, `>>` and a bracketed sound ending a paragraph, the log's programme and date to source and published" },
  { id: 'subtitles', read: subtitles, summary: "a TV news item's subtitle file (SRT, WebVTT) read by a subtitle parser: cue numbers, times and styling removed; the spoken cues run on into paragraphs, a pause ending one; the headline held on screen over them first; the top corner's date to published and its logo removed; a name super a line of its own before the words it names; the credits in a bottom corner after the text" },
  { id: 'gron', read: gron, summary: "a JSON answer flattened by gron, one assignment a line (`json.data.title = \"…\";`): read back into its JSON (gron's own ungron), each value by a JSON parser, for json-record to read" },
  { id: 'id3-frames', read: id3Frames, summary: "a radio report kept as an audio file, its tag listed by mid3v2 (`TIT2=…`, `TXXX=编辑=…`, `USLT=文稿=chi=…`): title, day, address and editor to the front matter, the lyrics frame's script the text, every other frame removed" },
  { id: 'exif-captions', read: exifCaptions, summary: "a photo set whose story is in its captions, read with ExifTool (`======== 1.jpg`, `[IPTC] 说明 : …`): the headline tag the title, IPTC's source the source, each photo's caption a caption block in the files' order (its credit in the attribute), the first caption's lines before its last the text; ExifTool's `.` for a line break read as one; every other tag removed" },
  { id: 'highlight-export', read: highlightExport, summary: "an article a reader highlighted on an e-reader, as the app exports the highlights (a Kindle's My Clippings.txt, KOReader's Markdown, WeRead's notes, Apple Books' notes by mail): the app's lines and the reader's notes removed, a highlight a longer one repeats dropped, the highlights the text, two joined where one stopped mid-sentence" },
  { id: 'textile-blocks', read: textileBlocks, summary: "a text in Textile, as calibre's TXT output writes an e-book (`p. `, `h2. `, `bq. ` opening each block): the signatures removed, `hN.` a heading, `bq.` a quote" },
  { id: 'book-compilation', read: bookCompilation, summary: "an e-book compiled from several articles, taken out as text whole (a contents list whose items stand again as headlines, or `#` chapters under a title page): the book's pages before the first article and the other articles removed, each reported whole; the edition is the first article" },
  { id: 'slide-notes', read: slideNotes, summary: "a slide deck read slide by slide with its speaker notes (`===== 幻灯片 3 =====` … `--- 备注 ---`), the notes holding the article: the slides' own text and the notes pages' slide numbers removed, the notes the text" },
  { id: 'chat-export', read: chatExport, summary: "a channel's messages exported as JSON (Telegram Desktop's result.json, a chat exporter's message list): the texts, put together from their parts, the story; a photo's text its caption; the channel's name the source, the article message's date the time; every other key (the second copy text_entities among them) removed" },
  { id: 'run-record', read: runRecord, summary: "an extractor's test run that prints each result between marker lines (GeneralNewsExtractor's test.py: `>>>>…path…>>>>`, the JSON, `<<<<…`): the markers and the page's path removed, the JSON read as a saved record" },
  { id: 'site-generator', read: siteGenerator, summary: "a static site generator's Markdown file (Hugo, Zola): its TOML front matter between `+++` lines read as the front matter; a `figure` shortcode the photo's caption and credit where the photo stood, a `ref` shortcode the address it names, any other shortcode removed" },
  { id: 'nitf', read: nitf, summary: "a news agency's story in NITF (the IPTC's XML): `hl1` the title, `hl2` the deck, its paragraphs the text, a `<media>` its caption and producer where it stood; the head's data, the byline and dateline elements the text prints and the wire's end mark removed" },
  { id: 'database-record', read: databaseRecord, summary: "one article as a news or literature database exports its full record (RIS, a full-text database's bracketed fields `【标题】…【正文】`, a news database's two-letter tags `HD`/`BY`/`PD`/`SN`/`LP`/`TD`): the article's fields handed to json-record as its record, the database's own fields and its export's header and footer removed" },
  { id: 'sql-dump', read: sqlDump, summary: "one article kept as a row of a database table and dumped as SQL (sqlite3's `.dump`, mysqldump): the columns its `CREATE TABLE` names, the row's literals read (sqlite's `''` and `replace('…\\n…','\\n',char(10))`, MySQL's backslash escapes) into the record, for json-record to read; the schema and the transaction removed; a dump of many rows is left alone" },
  { id: 'sms-parts', read: smsParts, summary: "a news alert sent as a long SMS in parts (`(2/6)`), as a phone's SMS database exports them as CSV (`_id,address,time,body`): the parts run together again in the order of their marks, where the gateway cut them mid-word; a part delivered twice goes as a copy, the database's cells and the marks go; only where every part from 1 to n is there" },
  { id: 'record-csv', read: recordCsv, summary: "one article kept as a row of a database table and exported as CSV, under a header of its column names (`id,title,author,source,body,…`): the row read by a CSV parser into the record the header names, for json-record to read; a table of many rows is left to the table readers" },
  { id: 'bot-card', read: botCard, summary: "an article a team chat's bot relayed as a message card, kept as its JSON (Feishu's interactive card, DingTalk's actionCard): the header's title the headline, its fields labelled lines, its text blocks the article as written, its `查看原文` button's address the url; the bot's note and the card's other strings removed" },
  { id: 'json-record', read: jsonRecord, summary: "one article saved as a JSON object (news-please's maintext, newspaper's or trafilatura's text, a Scrapy item's content): the text the body, its escapes read by a JSON parser; title, date, address and authors to the front matter, every other key removed" },
  { id: 'form-csv', read: formCsv, summary: "a newsroom's story form (稿件审签单) exported from a spreadsheet as CSV (xlsx2csv): its cells read by a CSV parser, 稿件标题 and 作者 to the front matter, the 正文 cell the text, the 图片说明 cell's lines after it, every other cell removed" },
  { id: 'sheet-csv', read: sheetCsv, summary: "a document kept in a spreadsheet and exported as CSV (ssconvert: a row a line padded with empty cells, a paragraph quoted): read by a CSV parser, a one-cell row a line of text, three rows or more of one width a table, any other row one line; a stored float printed in full (4.9000000000000003553) in its shortest form" },
  { id: 'positioned-blocks', read: positionedBlocks, summary: "a PDF page converted to absolutely positioned HTML blocks (pdftohtml -s -i): the font classes' sizes and the blocks' indents read, a block flush with its column run on into the paragraph before it, the largest line above the text the title and the line over it the kicker; the positions and classes dropped" },
  { id: 'structured-data', read: structuredData, summary: "a whole web page's schema.org JSON-LD (NewsArticle) and canonical link, parsed: the publisher's name the source, the article's page the url; the text left to markup-debris" },
  { id: 'nesting-depth', read: nestingDepth, summary: 'a line that nests block quotes or list items deeper than 32 (`>>>>…`, `- - - …`) read as text: its first marker escaped, no character changed' },
  { id: 'founder-tags', read: founderTags, summary: "an e-paper's text that kept the Founder typesetting system's tags (`〖KG*2〗`, `〖HT4H〗…〖HT〗`, `〖XC…TIF〗`), three or more: the tags removed (one a text browser broke over two lines too), a line they set centred in a heading face a heading" },
  { id: 'trail-bytes', read: trailBytes, summary: "a backslash a CMS set after a Big5 or GBK character whose code ends in the byte 0x5C (`許\\多`, `功\\夫`: PHP's addslashes() on Big5), removed" },
  { id: 'c1-controls', read: c1Controls, summary: 'C1 controls that stand for Windows-1252 quotes, dashes and ellipsis (U+0093 → “) made that punctuation' },
  { id: 'tracked-changes', read: trackedChanges, summary: "a Word document's tracked changes and comments as pandoc prints them (`[…]{.deletion author=…}`, `[…]{.insertion …}`, `[]{.comment-start …}…[]{.comment-end …}`): accepted, a deletion's words removed, an insertion's kept without its markup, a comment removed whole" },
  { id: 'manuscript-form', read: manuscriptForm, summary: "a manuscript opening with its information block (`一、稿件信息` / `（一）标题：…` / `（二）作者：…` / `（三）稿件状态：…` / `二、正文`): the block removed, its author handed on as a `作者：` line under the headline" },
  { id: 'doc-comments', read: docComments, summary: "a shared document's export with its reviewers' comments: the anchors (`[a]`, `[b]`) in the text and the comments at the end (`[a]某某：…`) removed, only where every anchor has its comment, in order" },
  { id: 'revision-marks', read: revisionMarks, summary: "a word processor's tracked change or comment printed by a text extractor as its author, ISO time and words run together (odfpy: `县妇联办公室2026-09-22T09:41:00集中`): a line that is such a record removed; one inside a sentence left, with a suggestion" },
  { id: 'forum-thread', read: forumThread, summary: "a forum thread as a text browser prints it (`发表于` twice or more, `楼主` or a floor's number on a line): the poster's column printed at the margin beside the first post taken off its lines, and from the first post's signature rule or its `回复` buttons on, the later floors, removed" },
  { id: 'weibo-forward', read: weiboForward, summary: "a Weibo post carrying an article, as a forward's page prints it: the forwarder's name and time over the comment with its chain (`//@某某:`), the forwarded post's account (`@某某`), the folded preview (`……展开全文`) printed again in full below, and `网页链接` / `收起` after the post's last sentence, removed" },
  { id: 'chat-record', read: chatRecord, summary: "an article copied out of a chat window: the senders' lines removed, the article's messages kept (a sentence cut between two joined), every other message removed whole" },
  { id: 'mail-quote', read: mailQuote, summary: "an article inside an e-mail (a reply quoting it behind `> `, a forward under its header): the sender's note and signature, the attribution line or the forward's header removed, the quote marks taken off" },
  { id: 'watermark-lines', read: watermarkLines, summary: "OCR of an image (an app's long image of an article): the watermark's name read as a line of its own, three times or more and inside sentences, removed, and where it closes a line after a space" },
  { id: 'umi-ocr', read: umiOcr, summary: "screenshots read by Umi-OCR into its txt file: the run's start time and the line naming each image removed, each image's text a page; at a screen's head the phone's status bar and the app's title bar removed and its info line put on a line of its own, at its foot the app's banner removed; a head or a related-links head the layout parser ran onto a line parted from it" },
  { id: 'enp-property', read: enpProperty, summary: "a Founder e-paper's article record left as a line of the text (`enpproperty <articleid>…</articleid><date>…</date>…/enpproperty`): its date to published, the record removed" },
  { id: 'page-head', read: pageHead, summary: "a whole page's text that opens with its head (`<!DOCTYPE html> 标题 - 栏目 - 站点 .main{…}`): the doctype removed, the stylesheet's rules set on a line of their own after the page's title" },
  { id: 'excerpt-copy', read: excerptCopy, summary: "an extractor's excerpt printed above the text (Readability's `excerpt` where the page has no description): the first paragraph again, cut short with an ellipsis, removed" },
  { id: 'section-runs', read: sectionRuns, summary: "a WeChat page's sections a converter ran into one line (markdownify: `END图文：某某编辑：某某…186篇原创内容公众号`, `![](…)caption**head**`): the end mark, each staff field, the account's card, a photo, its caption and the bold head each set on a line of its own" },
  { id: 'wechat-cards', read: wechatCards, summary: "a WeChat article's embedded cards copied on a phone (a video channel's post, a mini program: its name and title over `视频号` or `小程序`): removed whole" },
  { id: 'chrome-runs', read: chromeRuns, summary: "a page's chrome run onto its neighbours' lines by a converter that writes inline runs one after another (html2plaintext: `- 法治宣传 当前位置：首页 > 法院新闻  标题 发布时间：…`): each run a label of the chrome opens (当前位置：, 今天是：, 发布时间：, 分享到：, 上一篇：, 相关新闻) on a line of its own, a breadcrumb cut where two spaces follow its last link" },
  { id: 'edbrowse-dump', read: edbrowseDump, summary: "a page as the edbrowse browser prints it (links in braces, `h2 ` before a heading, a form's fields in angle brackets, a table's cells between bars): the braces removed, the headings made Markdown (a site's name as its h1 a line), the form's line removed, rows of one width a table" },
  { id: 'page-order', read: pageOrder, summary: "pdf2json's text (`pdf2json -c`): its page markers removed, and a page printed from its foot to its head (its folio first, its running head last) put back in reading order" },
  { id: 'print-margins', read: printMargins, summary: "a web page printed to PDF with the browser's headers and footers, read back as text: the print's date and the page's title at every page's top, its address and `1/2` at the foot, removed; the pages run on" },
  { id: 'feed-printout', read: feedPrintout, summary: "a news feed printed as text item by item (`[1] 标题` over its fields set in: `链接：…`, `时间：…`, `摘要：<p>…</p>`): the item whose text is twice any other's the article, its number and its text's label removed, its fields left to the metadata rule; the feed's head and the other items removed whole" },
  { id: 'colon-wraps', read: colonWraps, summary: "a line a text browser opened with a label's colon, wrapped under the label (`浏览` / `：214`, `电话` / `：0000-…`): joined to the label's line before any rule reads the fields" },
  { id: 'red-letterhead', read: redLetterhead, summary: "a body's official document as its PDF reads back: the letterhead (`某某中学文件`) the source, the number under it (`某某发〔2027〕9号`) kept, the title under that the title; the seal's characters the extractor scattered among the signature's lines (`第`, `县 二`, `★`) removed, two at least" },
  { id: 'post-backup', read: postBackup, summary: "a microblog post kept by a backup tool's export (`… 微博备份导出　账号：@某某`): the account the source; its card (name and badge, description, follower counts) above the post's time, and the counters, placeholders, exported comments and pager after it removed whole; a bracketed title after the post's topics (`#…# 【警情通报】`) its headline" },
  { id: 'tail-files', read: tailFiles, summary: "several files printed one after the other by tail or head, each under `==> name <==`: the names removed; a file written to be read aloud (its pauses marked `【停顿】`) beside the article it retells removed whole" },
  { id: 'push-record', read: pushRecord, summary: "an article kept with the push notification that opened it, as a notification-history app exports it (`通知记录导出`, `[time] 某某新闻 · 要闻推送`, `标题：…`, `内容：…`): the export's head and the notification removed whole where its title stands again below as the page's headline" },
  { id: 'mms-frames', read: mmsFrames, summary: "a mobile newspaper's edition sent as an MMS and printed frame by frame (`—— 第3帧 ——`): the one item that is an article (the longest by far) the edition, its column label removed; the paper's name on the first frame the source, the edition's day the date; the message's header, the masthead's other lines, the marks and the other items (briefs, weather, the service's lines) removed whole" },
  { id: 'paged-article', read: pagedArticle, summary: "an article its site served in pages (a WAP page, a portal's long story), dumped page by page: the pagers counting 1 to n (`第1/3页下一页`) the evidence, each page's pager, foot and the next page's head with its numbered headline (`…(2)`) removed as one frame, the text running on across it where a page stopped mid-sentence" },
  { id: 'page-folios', read: pageFolios, summary: "a PDF's text whose pages print their folio as `第1页／共2页`, which the extractor glued to the page's first line (`第2页∕共2页留证并联系商家。`): the folios counting the pages removed, with the running head the same over each; the pages run on" },
  { id: 'singlefile-header', read: singlefileHeader, summary: "a page saved with SingleFile: its comment above the page (`Page saved with SingleFile`, `url:`, `saved date:`) removed, the page's address to the front matter's url" },
  { id: 'warc-header', read: warcHeader, summary: "a Common Crawl record's header (WARC/1.0, WARC-Target-URI:, WARC-Date: …) above the page's text: the crawled address to the front matter's url, the other fields removed" },
  { id: 'search-snapshot', read: searchSnapshot, summary: "a search engine's cached copy of a page: the engine's header (the copy's date, its disclaimer, the searched words) removed, the page's address to the front matter's url, and the bold it set round the searched words removed" },
  { id: 'archive-toolbar', read: archiveToolbar, summary: "a page saved from the Wayback Machine: the archived address to the front matter's url, the archive's banner and toolbar removed" },
  { id: 'reader-view', read: readerView, summary: "a page copied out of a browser's reader view: the site's domain above the headline and the reading-time estimate (4–5 分钟) under the byline removed" },
  { id: 'quoted-fields', read: quotedFields, summary: "an archiving bot's header block: the page's fields set in a block quote under the headline (`> 作者：…`, `> 原文連結：…`), every line a labelled field: the quote marks removed, the lines read as info lines" },
  { id: 'reader-header', read: readerHeader, summary: "a reader service's header (Title:, URL Source:, Published Time:, Markdown Content:) read as the page's title, address and time; the site's name after the title removed" },
  { id: 'gopher-menu', read: gopherMenu, summary: "a Gopher menu fetched with the document it leads to: the menu's items (type, words, selector, host and port apart by tabs) and its closing full stop removed whole; the document after it the text" },
  { id: 'notebook-output', read: notebookOutput, summary: "an article a notebook's code fetched and printed, the notebook converted by pandoc (`::: {.cell …}`, `::: {.output .stream .stdout}`): the printed output with the most text the article, the address the code fetched the url; the cells, the code and the other outputs removed" },
  { id: 'channel-posts', read: channelPosts, summary: "a messaging channel's posts as its export prints them (each under its time, ending with `👁 1.2K`): the post with far more text than any other the article, a forward's origin (`某某晚报 08.12.2027 06:50:44`) the source; the other posts, the head, the time, views, tags and reactions removed" },
  { id: 'assistant-answer', read: assistantAnswer, summary: "an article an AI assistant reproduced, kept as the conversation's Markdown export (`**用户：**` … `**助手：**`): the export's head, the request, the assistant's introduction, its citation marks (`[1]`), and its summary, sources and disclaimer after the article removed; the source named with the headline the url" },
  { id: 'ai-summary', read: aiSummary, summary: "an assistant's summary set by the article (`总结要点：`, its points, `以上要点由浏览器助手生成`): from its head to its note removed whole" },
  { id: 'worksheet-questions', read: worksheetQuestions, summary: "a reading worksheet's exercises after the article (`阅读理解`, numbered questions with choices `A. … B. …`, `参考答案：…`, a table of new characters): removed whole from their heading, where it stands in the text's second half" },
  { id: 'lesson-plan', read: lessonPlan, summary: "a news article set as a lesson, kept as the teacher's annotated copy (`第三课　…`, `教学目标`, `课文`, `课后作业`; `【批注：…】`, `（板书）` in the text): the article under `课文` down to the lesson's next section the edition, the rest of the lesson and the teacher's notes removed" },
  { id: 'flashcard-export', read: flashcardExport, summary: "an article made into flashcards, a sentence a card, as Anki exports a deck as text (`#separator:tab`, `#tags column:4`, then a card a line, its fields apart by tabs): the first field of each card the article's, the cards a tag numbers as one paragraph (`p2`) run on into it; the other fields and the header removed; four cards at least" },
  { id: 'tm-segments', read: tmSegments, summary: "an article kept in a translation memory and printed unit by unit (`#3 段2` over `  zh-CN<TAB>…` and `  en<TAB>…`): the Chinese segments the article, the units of one paragraph run on into it; the other languages, the units' numbers and the memory's head removed; four units at least" },
  { id: 'learner-glossary', read: learnerGlossary, summary: "a graded reader's article with its harder words called out (`嫁接^①`) and glossed under it (`注释` / `① 嫁接 jiàjiē  to graft`), its questions and level after: the calls, the glossary and the lines after it removed; three items at least, each with pinyin" },
  { id: 'parallel-translation', read: parallelTranslation, summary: "a bilingual page that sets each Chinese paragraph and heading with its English translation under it: the English runs removed, the edition the Chinese; three translated paragraphs at least, most of the paragraphs translated" },
  { id: 'segmenter-export', read: segmenterExport, summary: "an article as a word segmenter exports it, its words a space apart and some lines tagged with parts of speech (`清明/t 前后/f ，/w`): the tags removed (the spaces are the whitespace rule's), the tool's head (`… 分词导出　文件：…`) and its count (`共 7 段　215 词`) removed" },
  { id: 'pinyin-notes', read: pinyinNotes, summary: "a reading for learners with each word's pinyin in brackets after it (`社区(shèqū)`), as a text browser prints ruby, wrapped across lines: the brackets removed and the words joined where the wrap cut them; the site's lines about its annotations removed; ten brackets at least, most with tone marks" },
  { id: 'speech-log', read: speechLog, summary: "a page as a screen reader spoke it, saved from its speech viewer (`标题 级别 1  …`, `链接  首页`, `图形  …`, `项目符号  …`, `区域  主要内容`): the main region the article, its headings, figure caption, list items and links set as what they are; the regions around it, the buttons and the window's lines removed" },
  { id: 'note-marks', read: noteMarks, summary: "what a notes app adds to a clipped article: the reader's highlights `==…==` (marks removed, words kept), a callout of the reader's own (`[!note] …`) and, with them, a last line of the reader's tags (`#家乡 #待读`) removed whole" },
  { id: 'clip-properties', read: clipProperties, summary: "a clipped page exported from a notes database: its name (`#` line) read as the title and the site's name, its properties (Created:, Tags:, URL:) as the address or removed" },
  { id: 'clipper-excerpt', read: clipperExcerpt, summary: "a web clipper's page summary (MarkDownload's `> ## Excerpt` block and its rule): the deck where the text does not hold it, removed where it repeats the opening" },
  { id: 'caption-labels', read: captionLabels, summary: "a text browser's label before a table's caption (lynx's `CAPTION: 表1　…`) removed; the caption stays" },
  { id: 'link-numbers', read: linkNumbers, summary: "a text browser's dump (lynx -dump): its link numbers [12] and image marks [IMG] removed from the text, its References list of addresses removed, its margin taken off" },
  { id: 'quoted-article', read: quotedArticle, summary: "a post whose article is a quotation it pastes (an answer on a Q&A site, a blog entry), as a text browser sets the quotation in: where one run of lines set in two to six spaces opens with a headline, names its reporter under it and holds more of the page's Chinese than the lines around it, it is the text; around it, lines of the page's fields (`编辑于 …`) stay, every other line goes" },
  { id: 'link-addresses', read: linkAddresses, summary: "a page converted to text with each link's and image's address after it in brackets (html-to-text: `首页 [/]`): the addresses removed, an image's alt text made the image, a line wrapped before an address run on" },
  { id: 'catalogue-record', read: catalogueRecord, summary: "a library catalogue's record of an article with its full text attached (`题名/责任者`, `出处`, `主题词`, `索书号` … then `全文`): the record removed, its 出处's paper and day to source and published, the text under 全文 the article" },
  { id: 'spaced-links', read: spacedLinks, summary: "a page converted to text with each link written `[words] (address)` and each image `![alt] (address)` (textversionjs), three or more: the space before the parenthesis removed, so that they are read as the links and images they are" },
  { id: 'enex-note', read: enexNote, summary: "an Evernote export (.enex): the note's title, the site's name after it and the clipped page's address to the front matter; the envelope, the media tags and the base64 resources removed, the ENML left as HTML" },
  { id: 'note-metadata', read: noteMetadata, summary: "a note in a notes app's raw export (Joplin): its properties after the text (id … type_: 1) removed, the clipped page's address (source_url) to the front matter's url" },
  { id: 'sogou-record', read: readSogouRecord, summary: 'SogouCS/SogouCA records (as `<doc>` records, or a TSV row under a header line of their field names): <contenttitle> to the title, <url> to the front matter, tags, tabs and record ids removed' },
  { id: 'pandoc-divs', read: pandocDivs, summary: "pandoc's fenced divs (`::: class` … `:::`, a web page's `<div>`s): the fences removed; a div whose class names page chrome (crumb, share, related, nav, footer) removed with what it holds" },
  { id: 'rst-markup', read: rstMarkup, summary: "a document converted to reStructuredText (pandoc's `-t rst`): its footnotes (`.. [1]` and the text indented under it) a numbered list where they stand, their calls (`方案 [1]_`) `[1]` after their word, the escaped spaces round inline markup (`\\ `) and the image directives with their options removed" },
  { id: 'pandoc-attributes', read: pandocAttributes, summary: "pandoc's attributes in braces (an image's `{width=… height=…}`, Word's bookmarks `[]{#_Toc… .anchor}`, `[words]{.underline}`): the braces and empty spans removed, a span's words kept" },
  { id: 'heading-lines', read: headingLines, summary: "a column's lines a PDF converter marked as headings (pdf2md: `### 入夜，…一盏` / `### 盏太阳能路灯…`), three or more of one level in a row holding a sentence's marks: the marks and the blank lines between them removed, the lines read as wrapped text" },
  { id: 'framed-headings', read: framedHeadings, summary: "a heading a converter framed with asterisks (Debian's html2text: `****** … ******` for <h1>, `**** … ****` for <h3>): a Markdown heading, the longest frame the highest" },
  { id: 'alt-brackets', read: altBrackets, summary: "a photo a converter printed as its alt text in square brackets (Debian's html2text: `[志愿者在整理衣物]`) where the caption under it repeats it: the bracketed line removed, the caption kept" },
  { id: 'rule-lines', read: ruleLines, summary: 'a line of dashes or equals signs under text read as a rule of its own, not as the underline of a heading' },
  { id: 'feed-item', read: readFeedItem, summary: 'an RSS or Atom export: the item\'s title, link, date, source and creator read as fields, its content as the body, the rest of the feed removed' },
  { id: 'trafilatura-xml', read: trafilaturaXml, summary: "trafilatura's XML output: the <doc> attributes title, date, url and sitename to the front matter, <p>, <head>, <item> and <lb/> read as Markdown blocks, the tags and the readers' <comments> removed" },
  { id: 'article-fields', read: articleFields, summary: "a scraper's article record printed key by key (news-please: date_publish:, maintext:, title:, url: …): title, date, address and authors to the front matter, the text kept without its key, every other key line removed" },
  { id: 'feed-fields', read: feedFields, summary: "one feed entry printed as its fields (title: / link: / pubDate: / author:) above its text: read into the front matter, the channel's lines above removed" },
  { id: 'release-form', read: releaseForm, summary: "a press release's form at its head printed as lines of cells spaced apart (稿件类型   新闻通稿   发稿日期   2026年5月21日): the date to published, every other cell removed" },
  { id: 'field-lines', read: fieldLines, summary: "a header table of labelled fields scraped one cell a line (索引号： / 11420988… / 发布机构： / …): each label one line with its value again" },
  { id: 'text-nodes', read: textNodes, summary: "a page dumped one text node a line (BeautifulSoup get_text('\\n')): the links and bold phrases cut out of a block joined to it again" },
  { id: 'gapped-lines', read: gappedLines, summary: "a PDF's text with a blank line after every line of its column (mutool draw -F txt): those blank lines removed, so that a line stopping short ends a paragraph, as in any hard-wrapped text" },
  { id: 'letter-spacing', read: letterSpacing, summary: 'OCR text with a space between every two characters (稳 住 价 格): the spaces beside Han characters and Chinese marks removed, line by line' },
  { id: 'block-spaces', read: blockSpaces, summary: "a page's article box taken as one line with a space between its blocks (jsoup's text()): a line of 200 characters or more cut at each space after a sentence's or clause's end, or before an indent, three such spaces at least" },
  { id: 'script-cues', read: scriptCues, summary: "a radio or TV script's marks (`【导语】`, `【正文】` alone on a line, `【音响：…】` cues, `【录音】` before a speaker's words), two at least: the marks removed, the words kept" },
  { id: 'unicode-escapes', read: unicodeEscapes, summary: "a string a page's template printed as JSON with every character escaped (`\\u6c4a\\u6eaa…`): a run of three escapes or more that spells Chinese, the characters they name" },
  { id: 'converted-traditional', read: convertedTraditional, summary: "Traditional text a converter made from Simplified one character at a time (`頭發`, `曬幹`, `一公裏`, `制作`): in a word of the dictionary, the other character of a pair Simplified merged (發/髮, 幹/乾/干, 裏/里, 制/製, 松/鬆, 復/複, 谷/穀), where two such words stand and the text never writes that pair's other character" },
  { id: 'paragraph-marks', read: paragraphMarks, summary: 'the private-use paragraph mark U+E40C of Sogou corpora, and a 　　 indent inside a line after a sentence ends, read as a paragraph break' },
  { id: 'callout-blocks', read: calloutBlocks, summary: "a notes app's callout exported as `<aside>` around Markdown: the tags and the icon removed, the lines read as Markdown, labelled fields one a line as a list" },
  { id: 'release-time', read: releaseTime, summary: "a press release's day and time under its end mark (`完` / `2027年4月16日（星期五）` / `香港時間15時30分`): the release's publishing time, as printed, one U+3000 between the two lines" },
  { id: 'nbsp-markers', read: nbspMarkers, summary: "a list ELinks printed with each number between no-break spaces (`\u00a01.\u00a0…`), two items or more counting up: the spaces made plain, so the lines read as the list they are" },
  { id: 'indented-lists', read: indentedLists, summary: "a list a converter set in from the margin (html2text's `    * …`, LibreOffice's `    1. …`), two items or more under a line that is no list item: the indent removed, so the lines read as the list, not as code" },
  { id: 'bullet-lists', read: bulletLists, summary: 'two or more lines opening with the same bullet character (●, •, ◆ …) read as a Markdown list' },
  { id: 'numbered-lists', read: numberedLists, summary: 'two or more short lines numbered 1. 2. … with no space after the number read as an ordered list' },
  { id: 'table-delimiters', read: tableDelimiters, summary: "a Markdown table whose delimiter row has one cell (trafilatura's `|---|`): the row written as wide as the header, a blank line set after the last row" },
  { id: 'box-tables', read: boxTables, summary: 'a table drawn with box-drawing characters (w3m, a terminal) or an ASCII +---+ frame: the frame removed, the cells (a cell wrapped over lines joined again, a cell merged over two rows in the first) made a Markdown table; a frame round prose (a page laid out in a table) unframed, its columns in order' },
  { id: 'bar-tables', read: barTables, summary: "a table drawn with bars alone, no delimiter row (antiword's `|类别 |招聘单位 |`): a line whose first cell is empty the wrapped rest of the row above, the first row the header, a Markdown table" },
  { id: 'simple-tables', read: simpleTables, summary: "a table printed as text, its header underlined by a run of dashes a column (pandoc's plain output): the cells cut by the dashes, a Markdown table; the caption under it kept, its marker gone" },
  { id: 'indented-cells', read: indentedCells, summary: "a table an extractor's textContent printed one cell a line at the HTML source's indent, rows and cells parted by lines of indent alone: read as a Markdown table" },
  { id: 'cell-lines', read: cellLines, summary: 'a table scraped one cell a line, its rows numbered 1, 2 … under a header as wide (序号 / 项目 / 金额), read as a Markdown table' },
  { id: 'tab-tables', read: tabTables, summary: 'two or more lines in a row with the same number of tab-separated cells, or figures aligned with spaces under a header (some gaps closed to one space, or cells at fixed columns), read as a Markdown table' },
];

export function readSource(text: string, enabled: (id: string) => boolean): Reading {
  let lineMap = text.split('\n').map((_, i) => i + 1);
  const reading: Reading = { text, meta: {}, changes: [], lineMap };
  for (const reader of READERS) {
    if (!enabled(reader.id)) continue;
    const r = reader.read(reading.text, lineMap);
    if (!r) continue;
    reading.text = r.text;
    Object.assign(reading.meta, r.meta);
    if (r.headless) reading.headless = true;
    reading.changes.push(...r.changes);
    lineMap = r.lineMap;
    reading.lineMap = lineMap;
  }
  return reading;
}

