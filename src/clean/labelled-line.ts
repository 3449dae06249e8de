/**
 * A web page's byline line: labelled fields in a row, in any order —
 * `2019-08-29 10:51:22 来源：某报`, `發佈日期：2025年12月19日 作者：mrpm`,
 * `转自:溪南生活网  作者:青石山下`, `发表于 2024-6-3 21:47`. Each field is
 * read by its label, so the same code serves every CMS and forum.
 */
import { LEADING_ROLE, ROLE_WORD } from './roles.ts';
import { looksLikeOrganisation, SITE_ONLY } from './organisations.ts';
import { looksLikePersonName } from './names.ts';

export type FieldKey = 'source' | 'byline' | 'published' | 'editor' | 'place' | 'url' | 'credit' | 'kicker' | 'dateline';

export interface LabelledField {
  key: FieldKey;
  label: string;
  value: string;
  /** A value read from weak evidence (the outlet before a reporter's role): it gives way to one the text states. */
  weak?: boolean;
}

const LABELS: [RegExp, FieldKey][] = [
  [/^(?:首发媒体|首發媒體|原载|原載|原刊|原刊于|原刊於|来源|來源|来源于|來源於|来自|來自|转自|轉自|转载自|轉載自|本文转自|本文轉自|本文转载自|本文轉載自|稿源|出处|出處|信息来源|信息來源|本文来源|本文來源|文章来源|文章來源|稿件来源|稿件來源|出品|出品方|出品单位|出品單位|来源单位|來源單位|供稿单位|供稿單位|信息来源单位|作者单位|作者單位|发布机构|發佈機構|發布機構|来源部门|來源部門|供稿部门|供稿部門|来稿单位|來稿單位|来源科室|來源科室|信息发布|信息發佈|责任科室|責任科室|公众号|公眾號|微信公众号|微信公眾號)$/u, 'source'],
  // (A channel's pointer to the story on its site: `全文及更多图片：https://…`, `查看全文：https://…`.)
  [/^(?:链接|鏈接|鏈結|原文链接|原文鏈接|原文連結|原文鏈結|本文链接|本文鏈接|本文地址|文章链接|文章鏈接|文章地址|阅读全文|閱讀全文|全文链接|全文鏈接|原文地址|全文|查看全文|查看原文|阅读原文|閱讀原文|全文及更多图片|全文及更多圖片|全文及图片|全文及圖片|更多图片|更多圖片|详情|詳情|详情请看|詳情請看|详见|詳見)$/u, 'url'],
  [/^(?:题图来源|題圖來源|图片来源|圖片來源|图源|圖源|摄影|攝影|拍摄|拍攝|图片|圖片|配图|配圖)$/u, 'credit'],
  [/^(?:本期主播|作者|记者|記者|撰文|文字|文|通讯员|通訊員|信息员|信息員|供稿|撰稿|报道|報道|報導|采写|採寫|报道[/／]摄影|報道[/／]攝影|采写[/／]摄影|文字[/／]摄影|撰文[/／]摄影|采访、撰文|採訪、撰文|采访[/／]撰文|採訪[/／]撰文|文[/／]图|文[/／]圖|图[/／]文|圖[/／]文|图文|圖文|文图|文圖|数据|數據|制图|製圖|发稿人|發稿人|撰稿人|供稿人|执笔|執筆|撰写|撰寫|文案|编写|編寫|编译|編譯|本台记者|本台記者|本报记者|本報記者|本网记者|本網記者)$/u, 'byline'],
  [/^(?:编辑于|編輯於|发表于|發表於|张贴于|張貼於|发布于|發佈於|发布|發佈|發布|发布时间|發佈時間|發布時間|发布日期|發佈日期|發布日期|发表时间|發表時間|日期|时间|時間|更新时间|更新時間|更新日期|最后更新|最後更新|最后更新时间|最後更新時間|发稿时间|發稿時間|录入时间|錄入時間)$/u, 'published'],
  [/^(?:责任编辑|責任編輯|责编|責編|本版责任编辑|本版責任編輯|本版编辑|本版編輯|本版责编|本版責編|编辑|編輯|文字编辑|文字編輯|值班编辑|值班編輯|网络编辑|網絡編輯|网站编辑|網站編輯)$/u, 'editor'],
  // Production credits (picture editor, proof-reader): not the article's metadata.
  [/^(?:字幕|字幕组|字幕組|字幕组校对|字幕組校對|字幕校对|字幕校對|字幕制作|职务|職務|视频来源|視頻來源|影片来源|影片來源|稿号|稿號|稿件号|稿件號|稿件编号|稿件編號|字数|字數|附图|附圖|报道自|報道自|时长|時長|片长|片長|视频时长|視頻時長|节目时长|節目時長|所属栏目|所屬欄目|栏目|欄目|公告类型|公告類型|公告种类|公告種類|图|圖|摄像|攝像|摄像师|攝像師|图片编辑|圖片編輯|版面编辑|版面編輯|栏目主编|欄目主編|校对|校對|责任校对|責任校對|美编|美編|美术编辑|美術編輯|审核专家|審核專家|审稿专家|審稿專家|医学审核|醫學審核|审核|審核|审稿|審稿|审读|審讀|核稿|审签|審簽|终审|校审|一审|二审|三审|初审|复审|審校|审校|监制|監製|统筹|統籌|策划|策劃|制片人|製片人|出品人|视频编辑|視頻編輯|新媒体编辑|新媒體編輯|值班主任|值班总编|值班總編|值班副总编|值班编委|值班編委|签发|簽發|剪辑|剪輯|设计|設計|版式|版式设计|版式設計|排版|视觉|視覺|海报|海報|编审|編審|点击次数|點擊次數|点击|點擊|人气|人氣|访问次数|訪問次數|字号|字號|字体|字體|浏览次数|瀏覽次數|浏览量|瀏覽量|阅读次数|閱讀次數|阅读量|閱讀量|点击数|點擊數|点击量|點擊量|访问量|訪問量|浏览数|瀏覽數|阅读数|閱讀數|查看|查看次数|浏览人次|瀏覽人次|访问人次|訪問人次|阅读人次|閱讀人次|点阅次数|點閱次數|点阅数|點閱數|IP属地|IP 属地|IP屬地|被浏览|被瀏覽|浏览|瀏覽|阅读|閱讀|更新|归档时间|歸檔時間|存档时间|存檔時間|抓取时间|抓取時間|难度|難度|阅读难度|閱讀難度|剪藏于|剪藏於|剪藏时间|剪藏時間|剪藏日期|收藏于|收藏於|收藏时间|收藏時間|保存于|保存於|保存时间|保存時間)$/u, 'place'],
];
// Pages compose their labels from what was done and what the field holds (`发文机构`, `登载日期`, `当班编辑`,
// `终校`): the second part says the field, whatever verb a CMS puts before it. Composed words come after the
// listed ones, which win where a word is in both (`版面编辑`, a production credit).
const compose = (heads: string[], tails: string[]) => heads.flatMap((h) => tails.map((t) => h + t));
const COMPOSED: [string[], FieldKey][] = [
  [[...compose(['发文', '發文', '投稿', '供稿', '来稿', '來稿', '报送', '報送', '信息提供', '提供', '发布', '發佈', '發布', '发稿', '發稿', '责任', '責任', '公开', '公開'], ['机构', '機構', '机关', '機關', '单位', '單位', '部门', '部門', '科室', '处室', '處室']), '信息提供', '信息提供者', '发布法院', '發佈法院', '發布法院', '发布者', '發佈者', '發布者', ...compose(['文章', '新闻', '新聞', '信息', '稿件', '资料', '資料'], ['出处', '出處'])], 'source'],
  [compose(['公开', '公開', '登载', '登載', '刊登', '刊发', '刊發', '发文', '發文', '上传', '上傳', '添加', '创建', '創建', '提交', '撰稿', '公布', '信息发布', '信息發佈', '上线', '上線', '编发', '編發', '播出', '首播'], ['日期', '时间', '時間']), 'published'],
  [[...compose(['执笔', '執筆', '撰稿', '整理', '口述'], ['人', '']), '报送人', '報送人', '投稿人', ...compose(['文章', '本文', '稿件', '新闻', '新聞'], ['作者']), '稿件'], 'byline'],
  [compose(['当班', '當班', '本期', '值班', '版面', '当日', '當日', '本版', '本文', '执行', '執行'], ['主编', '主編', '编辑', '編輯', '责编', '責編']), 'editor'],
  [[...compose(['一', '二', '三', '初', '终', '終', '复', '複'], ['校', '读', '讀', '审', '審']), ...compose(['核', '审', '審', '签', '簽'], ['定']), '复核', '複核', '校核', ...compose(['美术', '美術', '平面', '海报', '海報', '封面', '版面', '视觉', '視覺'], ['设计', '設計']), ...compose(['值班', '当班', '當班'], ['校对', '校對']), ...compose(['录入', '錄入', '信息录入', '上传', '上傳'], ['员', '員', '人', '者']), '录入', '錄入', ...compose(['所属', '所屬', '发布', '發佈', '信息', '文章', '新闻', '新聞', '公开', '公開', ''], ['栏目', '欄目', '频道', '頻道', '分类', '分類', '类别', '類別']), '栏目名称', '欄目名稱', '制作', '製作', '素材', '热度', '熱度', '视力保护色', '視力保護色', '护眼色', '護眼色', '背景色', '阅览', '閱覽', '阅览次数', '閱覽次數'], 'place'],
];
/**
 * The fields of a government page's public-information table (信息公开目录: `索 引 号：…`, `发布机构：…`), whose
 * labels a page may space out to the width of the longest (`文　　号：`).
 */
export const GOV_FIELD_WORDS = ['索引号', '发布机构', '发文机关', '發文機關', '成文日期', '发布日期', '发文日期', '發文日期', '生成日期', '文号', '主题分类', '主题词', '公开方式', '公开范围', '有效性', '名称'];
/** The words of one of the label patterns above, `^(?:a|b|c)$`. */
function wordsOf(re: RegExp): string[] {
  return re.source.replace(/^\^\(\?:|\)\$$/gu, '').split('|');
}
// A role's word with 人 after it names the same role (`编写人`, `审核人`, `校对人`): the person who did it.
const ROLE_KEYS: FieldKey[] = ['byline', 'editor', 'place'];
const personal = LABELS.filter(([, key]) => ROLE_KEYS.includes(key)).flatMap(([re, key]) => wordsOf(re).filter((w) => /^\p{Script=Han}{2,4}$/u.test(w) && !/[人者员員]$|次数|次數|量$|数$|數$/u.test(w)).map((w) => [`${w}人`, key] as const));
for (const key of ROLE_KEYS) LABELS.push([new RegExp(`^(?:${personal.filter(([, k]) => k === key).map(([w]) => w).join('|')})$`, 'u'), key]);
// (A government table's field words are that table's, read as its rows by metadata: `发文日期` is not composed.)
for (const [words, key] of COMPOSED) LABELS.push([new RegExp(`^(?:${words.filter((w) => !GOV_FIELD_WORDS.includes(w)).join('|')})$`, 'u'), key]);
/** A label word as a pattern that allows spaces between its characters. */
export const spacedLabel = (word: string) => [...word].join('[\\s\\u3000\\u00a0]*');

/** The field a label word names (`浏览次数` → place, a page's counter), if it is one. */
export function fieldKeyOf(word: string): FieldKey | undefined {
  return LABELS.find(([re]) => re.test(word))?.[1];
}

// Every label word, longest first so that the alternation takes `编辑于` before `编辑`.
const LABEL = LABELS.flatMap(([re]) => wordsOf(re))
  .sort((a, b) => b.length - a.length)
  .join('|');
// Role words that a staff line may print without a colon, a space before the name (`编辑 吴晓楠　校对 陈玮`).
const BARE = '作者|本版责任编辑|本版責任編輯|责任编辑|責任編輯|本版编辑|本版編輯|美术编辑|美術編輯|记者|記者|通讯员|通訊員|编辑|編輯|责编|責編|校对|校對|审核|審核|一审|二审|三审|终审|供稿|撰稿|监制|監製|视觉|視覺|美编|美編';
// A label, with a colon, or (for 发表于 and the like) with a space or a digit after it.
const AT_LABEL = new RegExp(`^(${LABEL})(?:[\\s\\u3000]*[：:丨|｜][\\s\\u3000]*|[\\s\\u3000]*[/／][\\s\\u3000]*(?=\\d{4})|(?<=^(?:${BARE}))[\\s\\u3000]+(?=\\p{Script=Han})|(?<=于|於|属地|屬地)[\\s\\u3000]*(?=[\\d\\p{Script=Han}])|(?<=职务|職務|报道自|報道自)[，,][\\s\\u3000]*|(?<=^(?:文|撰文|文字|图文|圖文|文图|文圖|制图|製圖))[\\s\\u3000]*[/／][\\s\\u3000]*(?=\\p{Script=Han}))`, 'u');
// A paper's desk (`数据新闻部`, `视觉中心`): it signs a piece with its writers.
const DESK = /(?:新闻部|新聞部|编辑部|編輯部|采访部|採訪部|视觉中心|視覺中心|数据中心|數據中心)$/u;
// An outlet's name glued before a staff role (`界面新闻记者 | 某某`, `某某日报编辑：某某`): part of the label.
const OUTLET = '[\\p{Script=Han}A-Za-z]{2,8}?(?:新闻|新聞|日报|日報|晚报|晚報|报|報|网|網|社|台|客户端|客戶端|融媒)';
// (Or a reporter's role before a gap and the name, `某某网记者　某某`, as a byline with no colon is set.)
// (A space may part the outlet from the role, `某某新聞 記者 某某`, a station's info line.)
const OUTLET_ROLE = new RegExp(`^${OUTLET}(?:[ \\u3000](?=(?:记者|記者)[\\s\\u3000]+\\p{Script=Han}))?(?=(?:记者|記者|编辑|編輯|责任编辑|責任編輯|通讯员|通訊員)[\\s\\u3000]*[：:丨|｜]|(?:记者|記者|通讯员|通訊員)[\\s\\u3000]+\\p{Script=Han}|(?:记者|記者)\\p{Script=Han}{2,3}$)`, 'u');
const NEXT_LABEL = new RegExp(`(?:[\\s\\u3000|｜・·]+|[\\s\\u3000]*[/／；;][\\s\\u3000]*)(?=(?:${OUTLET}(?=(?:记者|記者|编辑|編輯|责任编辑|責任編輯|通讯员|通訊員)[\\s\\u3000]*[：:丨|｜]|(?:记者|記者|通讯员|通訊員)[\\s\\u3000]+\\p{Script=Han}))?(?:${LABEL})(?:[\\s\\u3000]*[：:丨|｜]|(?<=${BARE})[\\s\\u3000]+\\p{Script=Han}|(?<=于|於|属地|屬地)[\\s\\u3000]*[\\d\\p{Script=Han}]|(?<=[\\s\\u3000](?:文|撰文|文字|图文|圖文|文图|文圖|制图|製圖))[\\s\\u3000]*[/／][\\s\\u3000]*\\p{Script=Han}))`, 'u');
// A page that sets each field in an element of its own, with no space between (`<span>来源：浛阳日报</span><span>作者：温若帆</span>`),
// runs them together: a field's label with its colon, glued after a value, still opens the next field.
// (Every label word of two characters or more: one character, `文` or `图`, ends too many words to open a field.)
const GLUED_LABEL = new RegExp(`(?<=[\\p{Script=Han}\\d])(?=(?:${LABEL.split('|').filter((w) => [...w].length >= 2).join('|')})[：:])`, 'u');
// Label words and a government table's field words: what a glued label may be the tail of.
const COMPOUND = new Set([...LABEL.split('|'), ...GOV_FIELD_WORDS]);
// A paper's name and the page, in a page head after its date (`某某报    第3版 乡村振兴`), its staff after them.
const PAGE_HEAD = /^(\p{Script=Han}{2,10}?(?:日报|日報|晚报|晚報|报|報))[\s\u3000]+(第[\s\u3000]*[A-Z]?\d{1,3}[\s\u3000]*版(?:[\s\u3000：:]*[\p{Script=Han}·]{2,8})?)[\s\u3000]+(?=\S)/u;
// The account is a name, never a label (`发表于 2024-6-3 21:47`).
const WECHAT_HEADER = /^(原创[\s\u3000]+)?(?:([\p{Script=Han}A-Za-z·]{2,8})[\s\u3000]+)?(?!\p{Script=Han}*(?:[于於]|时间|時間|日期)[\s\u3000])([\p{Script=Han}A-Za-z0-9·]{2,16})[\s\u3000]+(\d{4}(?:[ \u3000]{0,3}年[ \u3000]{0,3}\d{1,2}[ \u3000]{0,3}月[ \u3000]{0,3}\d{1,2}[ \u3000]{0,3}日|-\d{1,2}-\d{1,2})[\s\u3000]*\d{1,2}:\d{2})([\s\u3000]+(?:发表于|發表於)?[\p{Script=Han}]{2,6}|[\s\u3000]+(?:阅读|閱讀|浏览|瀏覽|阅读量|閱讀量|浏览量|瀏覽量|点击|點擊)[\s\u3000：:]*\d{1,9})?$/u;
// The same header copied from a phone, its elements run together (`原创芸香里社工站芸香里社区2026年5月17日 19:42浙江`).
// (A stray space or tab may part the names from the date: `…淯城动物园\t2027年…`.)
const GLUED_HEADER = /^(原创)?([\p{Script=Han}A-Za-z0-9·]{3,32}?)[ \t\u3000]?(\d{4}[ \u3000]{0,3}年[ \u3000]{0,3}\d{1,2}[ \u3000]{0,3}月[ \u3000]{0,3}\d{1,2}[ \u3000]{0,3}日|\d{4}-\d{1,2}-\d{1,2})[\s\u3000]*(\d{1,2}:\d{2})(\p{Script=Han}{2,6})?$/u;
// What an account's name ends in, past a site's or a body's (`某某社区`, `某某发布`).
const ACCOUNT = /^[\p{Script=Han}A-Za-z0-9·]{2,14}(?:社区|社區|发布|發布|之声|之聲|头条|頭條|在线|在線|资讯|資訊|服务|服務|生活|视界|視界|周刊|週刊|月刊|杂志|雜誌)$/u;
const accountLike = (s: string) => SITE_ONLY.test(s) || looksLikeOrganisation(s) || ACCOUNT.test(s);
// A body's own office named without a name of its own (`宣传科`, `党委宣传部`, `新闻中心`): it wrote the
// article for its body's account, so it is the writer, where a named unit (`某某中队`) is a source of its own.
const DEPARTMENT = /^(?:党委|党總支|党总支|院|校|局)?(?:宣传|宣傳|新闻|新聞|宣教|综合|綜合|信息|政工|办公|辦公|医务|醫務|护理|護理|教务|教務|学工|學工|团|團)(?:科|部|处|處|办|辦|室|中心|委)$/u;

/**
 * A glued header's fields: the account is its last name before the date; a body's name before it (`某某社工站`,
 * which runs the account) is the page's, no writer (its own office, `宣传科`, is: see DEPARTMENT). Read only where one cut between the two does it, or none
 * is needed (the account alone); a place after the time only where it is a region.
 */
function gluedHeader(line: string): LabelledField[] | undefined {
  const m = GLUED_HEADER.exec(line);
  // (After a 原创 mark, the header is plainly a post's, and two or three characters after its time are the poster's
  // region whatever they name: an invented or a foreign one too.)
  if (!m || (m[5] !== undefined && !REGION.test(m[5]) && !(m[1] && /^\p{Script=Han}{2,3}$/u.test(m[5])))) return undefined;
  const names = m[2]!;
  const cuts = [...names].map((_, k) => k).filter((k) => k >= 3 && names.length - k >= 4 && looksLikeOrganisation(names.slice(0, k)) && accountLike(names.slice(k)));
  // (Or the writer's name before the account, `游书禾鸥汀周刊`: a name of three characters where one of two would
  // leave an account's name too, as most names are.)
  const person = cuts.length === 0 ? [3, 2].find((k) => looksLikePersonName(names.slice(0, k)) && names.length - k >= 3 && accountLike(names.slice(k))) : undefined;
  if (person !== undefined) {
    const out: LabelledField[] = m[1] ? [{ key: 'place', label: m[1], value: '' }] : [];
    out.push({ key: 'byline', label: '', value: names.slice(0, person) }, { key: 'source', label: '', value: names.slice(person) }, { key: 'published', label: '', value: `${tightDate(m[3]!)} ${m[4]}` });
    if (m[5]) out.push({ key: 'place', label: m[5], value: '' });
    return out;
  }
  // (An account of any name, `澫州造船`, where a province closes the line as its IP location: the shape is the header's.)
  if (cuts.length > 1 || (cuts.length === 0 && !accountLike(names) && !(m[5] !== undefined && REGION.test(m[5]) && names.length <= 14))) return undefined;
  const out: LabelledField[] = m[1] ? [{ key: 'place', label: m[1], value: '' }] : [];
  if (cuts.length === 1 && DEPARTMENT.test(names.slice(0, cuts[0]))) out.push({ key: 'byline', label: '', value: names.slice(0, cuts[0]) }, { key: 'source', label: '', value: names.slice(cuts[0]) });
  else if (cuts.length === 1) out.push({ key: 'place', label: names.slice(0, cuts[0]), value: '' }, { key: 'source', label: '', value: names.slice(cuts[0]) });
  else out.push({ key: 'source', label: '', value: names });
  out.push({ key: 'published', label: '', value: `${tightDate(m[3]!)} ${m[4]}` });
  if (m[5]) out.push({ key: 'place', label: m[5], value: '' });
  return out;
}
// A stray space inside a date (`2026年 8月12日`) is the scrape's, as whitespace would take it out of a line.
export const tightDate = (date: string) => date.replace(/(?<=\d)[ \u3000]+(?=[年月日])|(?<=[年月])[ \u3000]+(?=\d)/gu, '');
// A run of spaces before the clock's AM or PM is the scrape's too: one stays.
const CLOCK_GAP = /(?<=\d)[ \u3000]{2,}(?=[AaPp][Mm]\b)/gu;
const GLUED_TAIL = /(?<=\d:\d{2})(?:(?:阅读|閱讀|浏览|瀏覽|播放|观看|觀看)[\s\u3000]*[\d.,]+[万萬wW]?(?:次)?)?(?:大字版|关怀版|關懷版|长辈版|長輩版|适老版|適老版)?$/u;
const FONT_SIZE = '(?:A[+＋][\\s\\u3000]*A[-－]|A[-－][\\s\\u3000]*A[+＋])';
const PAGE_TAIL = new RegExp(`(?<=[\\p{Script=Han}\\d])[\\s\\u3000]*(?:(?:\\[\\d{1,4}\\])?(?:评论|評論|跟帖|留言|回复|回覆)[（(]\\d{1,7}[）)]|(?:阅读时长|閱讀時長|阅读时间|閱讀時間|预计阅读时间|預計閱讀時間|预计阅读|預計閱讀)[：:]?[\\s\\u3000]*约?[\\s\\u3000]*\\d{1,3}[\\s\\u3000]*(?:分钟|分鐘)|(?:[▶►▷][\\s\\u3000]*)?(?:听新闻|聽新聞|语音播报|語音播報|听全文|聽全文|朗读全文|朗讀全文|收听|收聽)(?:[\\s\\u3000]*${FONT_SIZE})?|${FONT_SIZE}|(?:已有|已被|共有)[\\s\\u3000]*\\d{1,9}[\\s\\u3000]*(?:次|人次|人)(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問)|[\\d.,]{1,9}[万萬wW]?[\\s\\u3000]*(?:次|人次)(?:播放|观看|觀看)|(?<=[\\s\\u3000])(?:[·・][\\s\\u3000]*)?(?:阅读|閱讀|浏览|瀏覽|阅读量|閱讀量|浏览量|瀏覽量)[\\s\\u3000]*\\d[\\d,]{0,8}(?:\\.\\d)?(?:[\\s\\u3000]?[万萬wW])?(?:[\\s\\u3000]*[·・|｜]?[\\s\\u3000]*(?:点赞|點讚|赞|讚|评论|評論|收藏|转发|轉發|分享|在看|喜欢|喜歡)[\\s\\u3000]*\\d[\\d,]{0,8}(?:\\.\\d)?(?:[\\s\\u3000]?[万萬wW])?){0,4}|(?<=[\\s\\u3000])\\d{1,7}[\\s\\u3000]*(?:条|條)(?:评论|評論|留言))$`, 'u');
// (The last character any of them ends in: most lines end otherwise and skip the pattern. A reader count, `阅读 2461`, ends in a figure.)
const PAGE_TAIL_END = /(?:[）)钟鐘闻聞报報文读讀听聽览覽击擊问問放看万萬wW\d论論言]|A[-－+＋])$/u;
// A counter's figure (`2,316`, `2046次`, `1.6万`).
const COUNT = /^[\d,.]+[万萬wW]?(?:次|人次)?$/u;
// The last character of anything the share-button tail below removes (`… 分享到：`, a trailing bar or space).
const SHARE_TAIL_END = /[\s\u3000|｜享到至：:]/u;
const EMPTY_TAIL = new RegExp(`(?<=\\S)[\\s\\u3000|｜]+(?:${LABEL})[\\s\\u3000]*[：:]$`, 'u');
const BARE_AT = new RegExp(`^(?:${BARE})[\\s\\u3000]+$`, 'u');
// A self-media platform's badge for an account (`财经领域创作者`, `优质教育领域创作者`).
const CREATOR_BADGE = /^(?:优质|優質|知名)?\p{Script=Han}{0,6}(?:领域|領域)(?:优质|優質)?(?:创作者|創作者)$/u;

// The regions an app names as a post's origin (IP属地): China's provinces and regions, and 海外 / 中国.
const REGION = /^(?:北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|台湾|香港|澳门|中国|海外|美国|日本|韩国|英国|加拿大|澳大利亚|新加坡|德国|法国)(?:省|市|自治区|特别行政区)?$/u;
// A body that gives photos (`桐湾镇文化站`, `某某公司`): a credit's value as plainly as a person's name.
const PHOTO_SOURCE = /^[\p{Script=Han}A-Za-z·]{2,16}(?:站|局|中心|社|馆|館|院|部|队|隊|会|會|办|辦|所|厅|廳|委|台|报|報|网|網|公司|团队|團隊|学校|學校)$/u;
const PAPER_AS_AUTHOR = /^[\p{Script=Han}]{2,10}(?:日报|日報|晚报|晚報|早报|早報|时报|時報|周刊|週刊|杂志|雜誌|报社|報社|电视台|電視台|广播电视台|廣播電視台|融媒|新闻网|新聞網)$/u;
// (A name of two characters is set to three's width in print: `程 曦`.)
const NAMES_ONLY = /^(?:\p{Script=Han}[ \u3000]\p{Script=Han}|[\p{Script=Han}·]{2,4})(?:[\s\u3000、]+(?:\p{Script=Han}[ \u3000]\p{Script=Han}|[\p{Script=Han}·]{2,4})){0,3}$/u;
// What a site's or a paper's name ends in (`某某网`, `某某报`, `某某客户端`).
const SITE_END = '网|網|报|報|社|台|新闻|新聞|客户端|客戶端|融媒|资讯|資訊|财讯|財訊|财经|財經|在线|在線';
const GLUED_SITE_DATE = new RegExp(`^([\\p{Script=Han}A-Za-z]{2,12}?(?:${SITE_END}))(?=\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}[\\s\\u3000]*\\d{1,2}:\\d{2} )`, 'u');
const SITE_BEFORE_DATE = new RegExp(`^([\\p{Script=Han}A-Za-z]{2,12}?(?:${SITE_END}|发布|發布))[\\s\\u3000]+(?=\\d{4}[-/.年])`, 'u');
const PUBLISHER = new RegExp(`^([\\p{Script=Han}A-Za-z·]{2,12}?(?:${SITE_END.replace('|融媒', '')}))[\\s\\u3000]*[|｜][\\s\\u3000]*`, 'u');
const SIGN_OFF = /^([\p{Script=Han}]{2,12}?(?:台|广播|廣播|电台|電台|电视|電視|新闻|新聞|融媒|融媒体|融媒體|报|報|网|網|社))(记者|記者)([\p{Script=Han}·]{2,3})(报道|報導)$/u;
// (The station's or the programme's name in Han: a Latin word glued to it, a WebVTT block's `NOTE` the spacing rule
// closed up, names nothing, and the line read so on a second cleaning would not be on the first.)
const COMMA_FIELDS = /^[（(]?((?:来源|來源|稿源|出处|出處)[：:][^，,（）()：:]{2,20})[，,][ \t\u3000]*(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})(?:[，,][ \t\u3000]*((?:本报|本報)?(?:记者|記者|作者|通讯员|通訊員)[ \t\u3000]*[\p{Script=Han}·]{2,4}))?[）)]?$/u;
// (From the start of the gap before it only: a long run of spaces is tried once, not from each of its spaces.)
const READING_TIME = /(?<=\S)[ \t\u3000]+(?:(?:约|約|大约|大約)[ \t\u3000]*)?\d{1,3}[ \t\u3000]*(?:分钟|分鐘)(?:读完|讀完|阅读|閱讀)$/u;
const AIRED = /^((?:《[^《》\n]{2,16}》|\p{Script=Han}{2,16}?))[ \u3000]*(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})[ \u3000]*(播出|首播|播发|播發|重播)((?:[ \u3000]+\S.*)?)$/u;
const READ_LATER_INFO = /^([\p{Script=Han}A-Za-z]{2,12}?(?:日报|日報|晚报|晚報|早报|早報|报|報|网|網|社|台|杂志|雜誌|周刊|週刊))([ \u3000]*[·・][ \u3000]*)([\p{Script=Han}·]{2,4})([ \u3000]*[·・][ \u3000]*)(\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2})((?:[ \u3000]*[·・][ \u3000]*)(?:约|約)?\d{1,3}[ \u3000]?(?:分钟|分鐘)(?:读完|讀完|阅读|閱讀)?)?$/u;
const REPOST_FROM = /^[（(]?(转自|轉自|转载自|轉載自|摘自|选自|選自|原载|原載|原载于|原載於|刊于|刊於)《([^《》\s]{2,20})》[\s\u3000]*(\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})?[\s\u3000]*(第[A-Z]?\d{1,3}版)?[）)]?$/u;
// (A year of the Republic of China's calendar, as Taiwan's papers print it, `117年3月9日`: 100 to 129, 2011 to 2040.)
// (And a day as North American papers print it, month first: `03/12/2028`.)
// (And the Republic of China's year with slashes, as Taiwan's sites printed it, `91/10/14 18:30`: 40 to 129.)
export const DATE = /^(?:\d{1,2}\/\d{1,2}\/\d{4}(?!\d)|(?:民國|民国)?(?:[4-9]\d|1[0-2]\d)\/(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?![\d/])|(?:\d{4}|(?:民國|民国)?1[0-2]\d(?=[ \u3000]{0,8}年))(?:[ \u3000]{0,8}年[ \u3000]{0,8}\d{1,2}[ \u3000]{0,8}月[ \u3000]{0,8}\d{1,2}[ \u3000]{0,8}日|(?<=\d{4})[-/.]\d{1,2}[-/.]\d{1,2}))(?:[\sT\u3000]*(?:上午|下午|晚上|凌晨|中午|早上)?\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2}(?!\d))?(?:[ \u3000]{0,8}[AaPp][Mm]\b)?)?/u;
const FOLLOWED = /^([\p{Script=Han}A-Za-z0-9·]{2,16})[\s\u3000]+([+＋][\s\u3000]?(?:关注|關注))[\s\u3000]+(?=\d{4}[-/.年])/u;
const FULL_WIDTH_DATE = /[０-９]{2,4}[ \u3000]?年[ \u3000]?[０-９]{1,2}[ \u3000]?月/u;
const TW_BYLINE = /^(記者|记者)([\p{Script=Han}·]{2,4}(?:[、，][\p{Script=Han}·]{2,4}){0,3})[\s\u3000]*([／/∕⁄])[\s\u3000]*([\p{Script=Han}]{1,8}(?:報導|报道|綜合報導|综合报道))$/u;
// A post's time this year, as Weibo prints it (`9月20日 18:05 来自 微博网页版`): no year, but the time and, after
// it, nothing or the client it was posted from.
const SOCIAL_DATE = /^\d{1,2}月\d{1,2}日[\s\u3000]*\d{1,2}:\d{2}(?=[\s\u3000]+(?:来自|來自)|[\s\u3000]*$)/u;
// The weekday a page prints after its date (`2024年6月12日星期三`): not part of the date.
export const WEEKDAY = /^[\s\u3000]*(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]/u;

const BLOG_ROW = /^[·•][\s\u3000]*([^\s\u3000·•]{2,12})((?:[\s\u3000]*[·•][\s\u3000]*[^\s\u3000·•]{1,12}){0,2}?)[\s\u3000]*[·•][\s\u3000]*(\d{1,6}[\s\u3000]*(?:則留言|则留言|条留言|條留言|条评论|條評論|則評論|则评论|則回應|则回应|comments?))$/u;

// A role between a byline's names (`沈某 实习生 顾某`).
const INNER_ROLE = /(?<=\S)[\s\u3000]+(实习生|實習生|见习记者|見習記者|特约记者|特約記者|记者|記者|通讯员|通訊員)(?=[\s\u3000]+\S)/u;

// The page's buttons printed as plain words at a row's end (`友善列印　轉寄好友`, `推荐给朋友　关闭窗口`).
const PLAIN_BUTTONS = /(?<![\s\u3000])(?:[\s\u3000]+(?:友善列印|友善打印|轉寄好友|转寄好友|推荐给朋友|推薦給朋友|列印本頁|打印本页|关闭窗口|關閉窗口|收藏本页|收藏本頁|列印|打印|转寄|轉寄)){1,6}$/u;

// The page's buttons that sit in a row of bracketed fields.
const CHROME = /^(?:放大|缩小|縮小|纠错|糾錯|打印|列印|关闭|關閉|关闭窗口|關閉窗口|打印本页|收藏本页|收藏|分享|我要纠错|我要糾錯|返回顶部|返回頂部|字体[：:]?[大中小]+|字號[：:]?[大中小]+|字号[：:]?[大中小]+|字級[：:]?[大中小]+|字级[：:]?[大中小]+)$/u;

const LIVE_CREDIT = /^(主持人[：:][ \u3000]*)([\p{Script=Han}·]{2,4})[ \u3000]+((?:现场记者|現場記者|前方记者|前方記者|记者|記者)[：:][ \u3000]*)([\p{Script=Han}·]{2,4}(?:[ \u3000、][\p{Script=Han}·]{2,4}){0,4})$/u;
/** A live blog's or a podcast's credit (the host, then the reporters or the guests): one byline, the names a U+3000 apart. */
function creditField(m: RegExpExecArray): LabelledField {
  return m[3] === undefined ? { key: 'byline', label: m[1]!, value: m[2]! } : { key: 'byline', label: `${m[1]!.trim()} ${m[3].trim()}`, value: `${m[2]}\u3000${m[4]!.trim()}` };
}

// A podcast's host and its guests (`主播：某某　嘉宾：某某`).
const HOST_CREDIT = /^(主播[：:][ \u3000]*)([\p{Script=Han}·]{2,4}(?:[ \u3000、][\p{Script=Han}·]{2,4}){0,2})(?:[ \u3000]+((?:嘉宾|嘉賓)[：:][ \u3000]*)([\p{Script=Han}·]{2,4}(?:[ \u3000、][\p{Script=Han}·]{2,4}){0,3}))?$/u;
const ROLE_WORD_ONLY = /^(?:记者|記者|本报记者|本報記者|通讯员|通訊員|作者|撰文|采写|採寫)$/u;
const EDITION_HEAD = /^(\p{Script=Han}{2,10}(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|报|報))[ \u3000]{1,2}(\d{4}年\d{1,2}月\d{1,2}日)[ \u3000]{1,2}((?:(?:星期|周)[一二三四五六日天][ \u3000]{1,2})?第[ \u3000]*[A-Z]?\d{1,3}[ \u3000]*版(?:[：:]?[ \u3000]*(?!(?:记者|記者|通讯员|通訊員|编辑|編輯|责任编辑|責任編輯|作者|摄影|攝影)(?:[ \u3000：:]|$))\p{Script=Han}{1,8})?)[ \u3000]{1,4}(?=\S)/u;

/** The fields of a labelled line, or undefined when the line is anything else (a sentence, a single label). */
// (Its parts one or two spaces apart: a printed page's header laid out across the page is the running head's rule.)
const TOLD_BY = /^(口述|口述人|整理|执笔|執筆|撰稿)[ \u3000]+(\p{Script=Han}{2,4})(?:[ \u3000]+(整理|执笔|執筆|撰稿|记录|記錄)[ \u3000]+(\p{Script=Han}{2,4}))?$/u;
const EDITION_BAR = /^(\p{Script=Han}{2,10}(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|报|報))[ \u3000]*[|｜][ \u3000]*(\d{4}年\d{1,2}月\d{1,2}日)((?:星期|周|週)[一二三四五六日天])?[ \u3000]*[|｜][ \u3000]*(第[ \u3000]*[A-Z]?\d{1,3}[ \u3000]*版(?:[：:][ \u3000]*\p{Script=Han}{1,8})?)((?:[ \u3000]*[|｜][ \u3000]*(?:上一版|下一版|上一期|下一期|PDF版|PDF|版面导航|版面導航|往期回顾|往期回顧)+)*)$/u;
const EDITION_LINE = /^(\p{Script=Han}{2,10}(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|报|報))[ \u3000]{1,2}(\d{4}年\d{1,2}月\d{1,2}日)[ \u3000]{1,2}((?:(?:星期|周)[一二三四五六日天][ \u3000]{1,2})?第[ \u3000]*(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})[ \u3000]*版(?:(?:[：:][ \u3000]*|[ \u3000]{1,2})\p{Script=Han}{1,8})?(?:[ \t\u3000]+(?:返回本版目录|返回本版目錄|返回目录|返回目錄|本版目录|本版目錄|上一篇|下一篇|上一版|下一版|图片版|圖片版|PDF版|文本版)){0,8})$/u;

export function labelledLine(line: string): LabelledField[] | undefined {
  const fields = readFields(line);
  if (!fields) return fields;
  // What the fields do not hold, a label left with no value (`某某网2027-03-22 10:15来源：`, its value cut off), is
  // the line's all the same: a field of its own, to be reported where the line goes.
  let rest = line;
  for (const f of fields) {
    for (const part of [f.label, f.value]) {
      const at = part.trim() === '' ? -1 : rest.indexOf(part.trim());
      if (at >= 0) rest = rest.slice(0, at) + '\n' + rest.slice(at + part.trim().length);
    }
  }
  const left = rest.split('\n').map((p) => p.trim()).filter((p) => /^[^\s\u3000]{0,12}\p{Script=Han}[：:]$/u.test(p));
  return left.length === 0 ? fields : [...fields, ...left.map((l) => ({ key: 'place' as const, label: l, value: '' }))];
}

function readFields(line: string): LabelledField[] | undefined {
  // A source line whose fields a comma parts, in brackets (`（来源：某某日报，2027年9月5日，记者 某某）`): read as the
  // fields they are, apart as a page sets them.
  const commas = COMMA_FIELDS.exec(line.trim());
  if (commas) return readFields([commas[1], commas[2], commas[3]].filter((f): f is string => f !== undefined).join('\u3000'));
  // A reading mode's estimate after the line's fields (`某某日报 2027-06-03 约 1 分钟读完`): the reader's, a field of
  // its own to go; the fields before it read as they stand.
  const estimate = READING_TIME.exec(line.trim());
  if (estimate && estimate.index > 0) {
    const head = readFields(line.trim().slice(0, estimate.index).trim());
    if (head) return [...head, { key: 'place', label: estimate[0].trim(), value: '' }];
  }
  // A date set in full-width digits (`發布日期：１１７年３月２０日`, a Taiwan office's release) is read, and kept, in
  // the half-width digits the punctuation rule gives the text's own.
  let rest = (FULL_WIDTH_DATE.test(line) ? line.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : line).trim();
  // An e-paper's edition line over its text (`某某日报　2012年08月05日　第03版：公告`): the date is the story's;
  // the paper's name and its page are the edition's. (The text version's page links after it, `返回本版目录　上一篇`, too.)
  const edition = EDITION_LINE.exec(rest);
  if (edition) return [{ key: 'source', label: '', value: edition[1]! }, { key: 'published', label: '', value: edition[2]! }, { key: 'place', label: edition[3]!, value: '' }];
  // (An e-paper's bar of the same, its cells apart by bars and its page links after them, `某某日报 | 2028年11月3日星期五 |
  // 第A07版：城事 | 上一版下一版 | PDF版`: the paper is the source here, no other line naming it.)
  const editionBar = EDITION_BAR.exec(rest);
  if (editionBar) return [{ key: 'source', label: '', value: editionBar[1]! }, { key: 'published', label: '', value: editionBar[2]! }, ...[editionBar[3], editionBar[4], editionBar[5]].filter((c): c is string => c !== undefined && c.trim() !== '').map((c) => ({ key: 'place' as const, label: c, value: '' }))];
  // A read-later service's line under the headline, outlet, writer and date a dot apart, its reading time after
  // (`某某晚报 · 某某 · 2028年5月2日 · 约3分钟读完`): the source, the byline and the date; the dots and the time the service's.
  const saved = READ_LATER_INFO.exec(rest);
  if (saved) {
    return [
      { key: 'source', label: '', value: saved[1]! },
      { key: 'place', label: saved[2]!.trim(), value: '' },
      { key: 'byline', label: '', value: saved[3]! },
      { key: 'place', label: saved[4]!.trim(), value: '' },
      { key: 'published', label: '', value: saved[5]! },
      ...(saved[6] ? [{ key: 'place' as const, label: saved[6].trim(), value: '' }] : []),
    ];
  }
  // A broadcast's sign-off run together (`某某新闻广播记者某某报道`, a transcript's last words): the reporter is the
  // byline, the station a weak source.
  const signOff = SIGN_OFF.exec(rest);
  if (signOff && looksLikePersonName(signOff[3]!)) return [{ key: 'source', label: '', value: signOff[1]!, weak: true }, { key: 'byline', label: signOff[2]!, value: signOff[3]! }, { key: 'place', label: signOff[4]!, value: '' }];
  // A broadcast's line, its programme and the day it was aired (`溟港新闻　2027年1月18日播出`): the programme is the
  // source, the day the date.
  // (In 《》, the programme is named as such; a source named after it, `来源：某某电视台`, is the source then.)
  const aired = AIRED.exec(rest);
  if (aired) {
    const after = aired[4]?.trim() ? labelledLine(aired[4].trim()) : [];
    if (after === undefined) return undefined;
    const named = after.some((f) => f.key === 'source');
    const programme = aired[1]!.replace(/^《|》$/gu, '');
    return [
      named ? { key: 'place' as const, label: aired[1]!, value: '' } : { key: 'source' as const, label: aired[1] === programme ? '' : '《', value: programme },
      ...(named || aired[1] === programme ? [] : [{ key: 'place' as const, label: '》', value: '' }]),
      { key: 'published', label: '', value: aired[2]! },
      { key: 'place', label: aired[3]!, value: '' },
      ...after,
    ];
  }
  // A repost's line naming the paper it copied, the date and page (`转自《某某晚报》2004年9月12日第5版`): the
  // paper is the source, its date the story's, the page the edition's.
  // (In round brackets closing the text, `（原载《某某日报》2028年5月6日第6版）`, the brackets go with the labels.)
  const repost = REPOST_FROM.exec(rest);
  if (repost && /^[（(]/u.test(rest) === /[）)]$/u.test(rest)) {
    return [
      { key: 'source', label: `${/^[（(]/u.test(rest) ? rest[0] : ''}${repost[1]}《`, value: repost[2]! },
      { key: 'place', label: '》', value: '' },
      ...(repost[3] ? [{ key: 'published' as const, label: '', value: repost[3] }] : []),
      ...(repost[4] ? [{ key: 'place' as const, label: repost[4], value: '' }] : []),
      ...(/[）)]$/u.test(rest) ? [{ key: 'place' as const, label: rest.at(-1)!, value: '' }] : []),
    ];
  }
  // (A page's head with its staff after the page, `某某日报 2027年11月26日 星期五 第4版 三农 责任编辑：某某 版式：某某`.)
  const staffed = EDITION_HEAD.exec(rest);
  const staff = staffed ? labelledLine(rest.slice(staffed[0].length)) : undefined;
  if (staffed && staff) return [{ key: 'source', label: '', value: staffed[1]! }, { key: 'published', label: '', value: staffed[2]! }, { key: 'place', label: staffed[3]!, value: '' }, ...staff];
  // A live blog's credit, its host and its reporters on the scene (`主持人：某某　现场记者：某某　某某`): the byline.
  // (The host's label alone heads an interview's turn, `主持人：` over the words: only with the reporters' after it.)
  const live = LIVE_CREDIT.exec(rest) ?? HOST_CREDIT.exec(rest);
  if (live) return [creditField(live)];
  // An oral history's credit, each role a space before its person (`口述 某某　整理 某某`): the people are the byline.
  const told = TOLD_BY.exec(rest);
  if (told && looksLikePersonName(told[2]!) && (told[4] === undefined || looksLikePersonName(told[4]))) return [{ key: 'byline', label: told[3] === undefined ? told[1]! : `${told[1]} ${told[3]}`, value: told[4] === undefined ? told[2]! : `${told[2]}\u3000${told[4]}` }];
  // An OCR reads the U+3000 between two fields as a quotation mark (`2027-08-03 ”来源 : 某科`): before a label and its
  // colon, it is the gap.
  if (rest.includes('”') || rest.includes('“')) rest = rest.replace(/[ \t\u3000]*[”“][ \t\u3000]*(?=\p{Script=Han}{2,6}[ \t\u3000]?[：:])/gu, '\u3000');
  // The page's widgets after the last field: the comments' counter (`记者：某某 某某评论（36）`, a text browser's link
  // number before it, `[12]评论（12）`), the reading time (`作者：某某　阅读时长约3分钟`), the listen button and the
  // font-size links (`作者：某某 ▶ 听新闻 A+ A-`), a count of readers put as a sentence (`信息来源：某股　已有 587
  // 次浏览`) or a video's plays (`2.1万次播放`), a blog's count of comments (`12 条评论`), a count of readers and the
  // likes after it (`… · 阅读 3.2万 · 点赞 816`, a figure and its 万 a space apart as well). The page's, read apart.
  const pageTail = PAGE_TAIL_END.test(rest) ? PAGE_TAIL.exec(rest) : null;
  if (pageTail && pageTail.index > 0) {
    const head = labelledLine(rest.slice(0, pageTail.index));
    return head ? [...head, { key: 'place', label: pageTail[0].trim(), value: '' }] : undefined;
  }
  // A share label and the page's buttons glued after a bracketed field (`（责任编辑：某某）分享到：【打印本页】 【关闭窗口】`):
  // the page's, after the field, read apart.
  const shareTail = /[）)]$|】$/u.test(rest) ? /(?<=[）)])[\s\u3000]*(?:分享到|分享至|分享)[：:]?((?:[\s\u3000]*【[^【】]{1,8}】){0,6})$/u.exec(rest) : null;
  if (shareTail && shareTail.index > 0 && [...shareTail[1]!.matchAll(/【([^【】]{1,8})】/gu)].every((b) => CHROME.test(b[1]!))) {
    const head = labelledLine(rest.slice(0, shareTail.index));
    return head ? [...head, { key: 'place', label: shareTail[0].trim(), value: '' }] : undefined;
  }
  // The page's buttons as plain words after the fields (`更新日期：91/10/14 18:30　【字級：大 中 小】　友善列印　轉寄好友`):
  // the page's, read apart.
  const plainButtons = /(?:列印|打印|好友|朋友|窗口|本页|本頁|轉寄|转寄)$/u.test(rest) ? PLAIN_BUTTONS.exec(rest) : null;
  if (plainButtons && plainButtons.index > 0) {
    const head = labelledLine(rest.slice(0, plainButtons.index));
    return head ? [...head, { key: 'place', label: plainButtons[0].trim(), value: '' }] : undefined;
  }
  // The follow button after a self-media account's time and region (`某某　2027-07-03 20:15　某江　+关注`): the page's.
  const follow = rest.endsWith('关注') || rest.endsWith('關注') ? /(?<![\s\u3000])[\s\u3000]+[+＋]?(?:关注|關注)$/u.exec(rest) : null;
  if (follow && follow.index > 0) {
    const head = labelledLine(rest.slice(0, follow.index));
    return head ? [...head, { key: 'place', label: follow[0].trim(), value: '' }] : undefined;
  }
  // Buttons in brackets opening the row (`【纠错】  责任编辑：某某`): the page's, before the fields, read apart.
  const openers = rest.startsWith('【') ? /^(?:【[^【】]{1,8}】[\s\u3000]*){1,6}/u.exec(rest) : null;
  if (openers && openers[0].length < rest.length && [...openers[0].matchAll(/【([^【】]{1,8})】/gu)].every((b) => CHROME.test(b[1]!))) {
    const tail = labelledLine(rest.slice(openers[0].length));
    return tail ? [{ key: 'place', label: openers[0].trim(), value: '' }, ...tail] : undefined;
  }
  // A button in brackets closing the row (`… 发布时间：2024-07-26  【字体：大 中 小】`): the page's, after the fields.
  // (The patterns that read a line's end are only run where it ends as they need: a pattern anchored at the end
  // alone is still tried from every position.)
  // (Or a row of them, `茹静    【放大】【缩小】`: every one the page's.)
  const buttons = rest.endsWith('】】') || /】[\s\u3000]*【[^【】]{1,20}】$/u.test(rest) ? /(?:[\s\u3000]*【[^【】]{1,20}】){2,6}$/u.exec(rest) : null;
  const buttonRow = buttons && buttons.index > 0 && [...buttons[0].matchAll(/【([^【】]{1,20})】/gu)].every((b) => CHROME.test(b[1]!.replace(/[\s\u3000]+/gu, ''))) ? buttons : null;
  if (buttonRow) rest = rest.slice(0, buttonRow.index);
  // (Or its bracket left open, a text browser having broken the line before the `】`: `【字体：大中小` / `】【打印】`.)
  const button = rest.endsWith('】') ? /(?<![\s\u3000])[\s\u3000]*【([^【】]{1,20})】$/u.exec(rest) : /[\s\u3000]【[^【】]{1,20}$/u.test(rest) ? /(?<![\s\u3000])[\s\u3000]*【([^【】]{1,20})$/u.exec(rest) : null;
  // (A row of buttons alone is read below, bracket by bracket.)
  const tailButton = button && button.index > 0 && !/】$/u.test(rest.slice(0, button.index)) && CHROME.test(button[1]!.replace(/[\s\u3000]+/gu, '')) ? button : null;
  if (tailButton) rest = rest.slice(0, tailButton.index);
  // A field in brackets closing a row of plain ones (`来源：某报 2024年05月21日　【责任编辑：某某】`): read apart.
  const tailField = !tailButton && button && button.index > 0 && !/】$/u.test(rest.slice(0, button.index).trim()) && /[：:]/u.test(button[1]!) ? labelledLine(button[1]!) : undefined;
  if (tailField) {
    const head = labelledLine(rest.slice(0, button!.index));
    if (head) return [...head, { key: 'place', label: '【', value: '' }, ...tailField, { key: 'place', label: '】', value: '' }];
  }
  // A label left empty at the end (`点击数：` whose counter the page fills in later): it labels nothing.
  // (So is a date glued to a field's value, `作者：羿欣然2027-04-12`: a field of its own, as a phone's copy runs the
  // spans on. A WeChat header's account glued to its date, `某某医院2026年4月2日`, is read as that header below.)
  rest = rest.replace(/(?<=[：:][\s\u3000]*\p{Script=Han}{2,12})(?=\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}(?!\d))/gu, ' ');
  // (So is a label glued to the time before it, `…2027-03-22 10:15来源：某某局`.)
  // (And the site's name glued to the date after it, `某某网2027-03-22 10:15 来源：…`.)
  if (/\d:\d{2}\p{Script=Han}/u.test(rest)) {
    rest = rest.replace(/(?<=\d{1,2}:\d{2})(?=(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|记者|記者|通讯员|通訊員)[\s\u3000]*[：:])/u, ' ');
    rest = rest.replace(GLUED_SITE_DATE, '$1 ');
  }
  // (Glued to the value before it, `麦嘉仪浏览量：`, as a page that sets each field in an element of its own prints it.)
  rest = rest.replace(/(?<=[\p{Script=Han}\d])(?=(?:浏览量|瀏覽量|阅读量|閱讀量|点击量|點擊量|浏览次数|瀏覽次數|阅读次数|閱讀次數|点击数|點擊數|浏览|瀏覽|阅读|閱讀|点击|點擊)[：:]$)/u, ' ');
  const emptyTail = rest.endsWith('：') || rest.endsWith(':') ? EMPTY_TAIL.exec(rest) : null;
  if (emptyTail) rest = rest.slice(0, emptyTail.index);
  // (A share label taken off so is the page's, and is given back as a field of its own, to be reported.)
  let shareLabel: string | undefined;
  if (SHARE_TAIL_END.test(rest.slice(-1))) {
    const tail = /(?<![\s\u3000|｜])[\s\u3000|｜]*(?:分享到?|分享至)?[：:]?$/u.exec(rest)!;
    if (/分享/u.test(tail[0])) shareLabel = tail[0].trim();
    rest = rest.slice(0, tail.index);
  }
  // A row of bracketed buttons and fields (`【纠错】 【责任编辑：吴桐】`): each bracket read on its own.
  if (/^(?:【[^【】]{1,40}】[\s\u3000]*){2,}$/u.test(rest)) {
    const out: LabelledField[] = [];
    for (const g of rest.matchAll(/【([^【】]{1,40})】[\s\u3000]*/gu)) {
      // (A stray space inside the bracket, `【纠错  】`, is the scrape's.)
      if (CHROME.test(g[1]!.trim())) {
        out.push({ key: 'place', label: g[0].trim(), value: '' });
        continue;
      }
      const inner = /[：:]/u.test(g[1]!) ? labelledLine(g[1]!) : undefined;
      if (!inner) return undefined;
      out.push({ key: 'place', label: '【', value: '' }, ...inner, { key: 'place', label: '】', value: '' });
    }
    return out;
  }
  // A line wholly in brackets (`（记者：某某 编辑：某某）`) is read inside them.
  // A paper page's section name before its staff line, a layout's gap between (`要闻      责任编辑：某某  美编：某某`):
  // the page's label, then the fields.
  const section = /^([\p{Script=Han}]{2,4})[\s\u3000]{2,}(?=\S)/u.exec(rest);
  if (section && !AT_LABEL.test(rest)) {
    const staff = labelledLine(rest.slice(section[0].length));
    // (The button taken off the row's end above goes with the row: `理局    阅读次数：356    【打印】`.)
    const button = [tailButton, buttonRow].flatMap((b) => (b ? [{ key: 'place' as const, label: b[0].trim(), value: '' }] : []));
    if (staff?.some((f) => f.key === 'editor' || (f.key === 'place' && /[：:]/u.test(f.label)))) return [{ key: 'place', label: section[1]!, value: '' }, ...staff, ...button];
  }
  // (Or in lenticular brackets: `【编辑：某某　复核：某某】`.)
  const wrapped = /^[（(](.+)[）)]$|^【([^【】]+)】$/u.exec(rest);
  // (A stray space inside the bracket, `（　审核：…）`, is the scrape's.)
  if (wrapped && AT_LABEL.test((wrapped[1] ?? wrapped[2]!).trim())) rest = (wrapped[1] ?? wrapped[2]!).trim();
  // WeChat's header of a reposted article: `以下文章来源于某某日报 ，作者某某`.
  const reposted = /^以下文章来源于[\s\u3000]*(.{2,20}?)[\s\u3000]*[，,][\s\u3000]*(作者)[\s\u3000]*[：:]?[\s\u3000]*(.{2,20})$/u.exec(rest);
  // (An author named as the account itself, `以下文章来源于某某街道 ，作者某某街道`, is the account: no person.)
  if (reposted) return [{ key: 'source', label: '以下文章来源于', value: reposted[1]! }, reposted[3]!.trim() === reposted[1]!.trim() ? { key: 'place', label: `${reposted[2]}${reposted[3]}`, value: '' } : { key: 'byline', label: reposted[2]!, value: reposted[3]! }];
  // WeChat's header line: badge, author, account, time, place (`原创 某某 某某发布 2024-01-01 08:00 发表于北京`).
  const header = WECHAT_HEADER.exec(rest);
  // (A reporter's role before the name, `记者 某某 2027-12-10 07:00`, is a byline's label: the name is the writer's,
  // no account's.)
  // (Or with its outlet before it, `某某融媒记者 某某`.)
  const role = header && header[2] !== undefined && !header[1] && (ROLE_WORD_ONLY.test(header[2]) || ROLE_WORD.test(header[2])) && /^\p{Script=Han}{2,3}$/u.test(header[3]!) ? header : null;
  if (role) return [{ key: 'byline', label: `${role[2]} `, value: role[3]! }, { key: 'published', label: '', value: tightDate(role[4]!) }, ...(role[5] ? [{ key: 'place' as const, label: role[5].trim(), value: '' }] : [])];
  if (header) {
    const out: LabelledField[] = [];
    if (header[1]) out.push({ key: 'place', label: header[1].trim(), value: '' });
    // An author named as the account itself (`原创 某某之声 某某之声`) is the account, no person.
    // A unit named as the author (`原创 某某中队 某某交警 …`) wrote it for the account: the unit is the source.
    const unit = header[2] !== undefined && header[2] !== header[3] && looksLikeOrganisation(header[2]) && !DEPARTMENT.test(header[2]);
    if (header[2] && header[2] !== header[3] && !unit) out.push({ key: 'byline', label: '', value: header[2] });
    else if (header[2] && !unit) out.push({ key: 'place', label: header[2], value: '' });
    if (unit) out.push({ key: 'source', label: '', value: header[2]! }, { key: 'place', label: header[3]!, value: '' });
    else out.push({ key: 'source', label: '', value: header[3]! });
    out.push({ key: 'published', label: '', value: tightDate(header[4]!) });
    if (header[5]) out.push({ key: 'place', label: header[5].trim(), value: '' });
    return out;
  }
  // (A page's counter and reading switch glued after the time, `…10:12阅读 2.3万大字版`, are the page's.)
  const tailAt = /\d:\d{2}(?=\p{Script=Han})/u.test(rest) ? GLUED_TAIL.exec(rest) : null;
  const gluedTail = tailAt && tailAt[0] !== '' ? tailAt : null;
  const glued = gluedHeader(gluedTail ? rest.slice(0, gluedTail.index) : rest);
  if (glued) return gluedTail ? [...glued, { key: 'place', label: gluedTail[0], value: '' }] : glued;
  // The badge and the author's name alone on their line, over the time (`原创 某某老周`, a self-media platform's
  // header): the author.
  const badged = /^(原创|原創)[\s\u3000]+([\p{Script=Han}A-Za-z0-9·]{2,16})$/u.exec(rest);
  if (badged) return [{ key: 'place', label: badged[1]!, value: '' }, { key: 'byline', label: '', value: badged[2]! }];
  // A platform's 原创 badge before the date (`原创 2024-05-01 12:00 · 某某号`).
  // A forum post's header: `楼主 | 发表于 2024-3-5 10:12 | 只看该作者`.
  const badge = /^(原创|楼主|樓主)[\s\u3000|｜]+(?=(?:发表于|發表於)?[\s\u3000]*\d{4})/u.exec(rest);
  const fieldsBadge: LabelledField[] = badge ? [{ key: 'place', label: badge[0].trim(), value: '' }] : [];
  if (badge) rest = rest.slice(badge[0].length);
  // Its buttons after the date (`| 只看该作者 |倒序浏览 |阅读模式`), with the floor's badge on this line or the one above.
  const forumTail = /[者主览覽式]/u.test(rest.slice(-1)) ? /(?:[\s\u3000|｜]+(?:只看该作者|只看樓主|只看楼主|只看該作者|倒序浏览|倒序瀏覽|阅读模式|閱讀模式))+$/u.exec(rest) : null;
  if (forumTail) {
    fieldsBadge.push({ key: 'place', label: forumTail[0].trim(), value: '' });
    rest = rest.slice(0, forumTail.index);
  }
  if (rest.length === 0 || rest.length > 400 || /[。！？]/u.test(rest)) return undefined;
  const fields: LabelledField[] = [...fieldsBadge];
  // `青山新闻网  2025-03-16 07:30  编辑：小林`: the site, unlabelled, before the date.
  // `某某晚报 +关注 2028-04-08 09:12`: an aggregator's account of the paper, its follow button, then the date.
  const followed = FOLLOWED.exec(rest);
  if (followed) {
    fields.push({ key: 'source', label: '', value: followed[1]! }, { key: 'place', label: followed[2]!, value: '' });
    rest = rest.slice(followed[0].length);
  }
  const site = followed ? null : SITE_BEFORE_DATE.exec(rest);
  if (site) {
    fields.push({ key: 'source', label: '', value: site[1]! });
    rest = rest.slice(site[0].length);
  }
  // `澜屏视频 · 对坐　2024-10-15 19:00`: a video site and its programme, then the date.
  // (Only a site's name — 视频, 网, 台 … — and a date with its time: `北京·西山　2023年10月15日` is a sign-off.)
  const programme = site ? null : /^([\p{Script=Han}A-Za-z]{1,10}(?:视频|視頻|网|網|台|TV|新闻|新聞|客户端|客戶端))[\s\u3000]*[·•][\s\u3000]*([\p{Script=Han}A-Za-z]{2,8})[\s\u3000]+(?=\d{4}[-/.年][^\s\u3000]*[\s\u3000]*\d{1,2}:\d{2})/u.exec(rest);
  if (programme) {
    fields.push({ key: 'source', label: '', value: programme[1]! }, { key: 'place', label: '·', value: '' }, { key: 'kicker', label: '', value: programme[2]! });
    rest = rest.slice(programme[0].length);
  }
  const leading = DATE.exec(rest) ?? SOCIAL_DATE.exec(rest);
  if (leading) {
    fields.push({ key: 'published', label: '', value: leading[0].replace(CLOCK_GAP, ' ') });
    rest = rest.slice(leading[0].length);
    const weekday = WEEKDAY.exec(rest);
    if (weekday) {
      fields.push({ key: 'place', label: weekday[0].trim(), value: '' });
      rest = rest.slice(weekday[0].length);
      // `2025年11月20日 星期四 08:45`: the time after the weekday is still the date's (`週六 下午3:12` too).
      const time = /^[\s\u3000]*((?:上午|下午|晚上|凌晨|中午|早上)?\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])/u.exec(rest);
      if (time && !/\d:\d{2}/u.test(fields[fields.length - 2]!.value)) {
        fields[fields.length - 2]!.value += ` ${time[1]}`;
        rest = rest.slice(time[0].length);
      }
    }
    rest = rest.replace(/^[\s\u3000|｜]+/u, '');
    // An e-paper's page head: the date, the paper, the page and its name, then the page's staff
    // (`2026年12月8日 星期二    某某报    第3版 乡村振兴      本版责编：某某 美编：某某`).
    const page = PAGE_HEAD.exec(rest);
    if (page) {
      fields.push({ key: 'place', label: page[1]!, value: '' }, { key: 'place', label: page[2]!, value: '' });
      rest = rest.slice(page[0].length);
    }
    // `· 湖南 · 财经领域创作者` (an OCR reading the dots as `.`): where it was posted from and the account's badge,
    // the badge last; neither is the account's name.
    const parts = /^[·•.]/u.test(rest) ? rest.split(/[·•.]/u).slice(1).map((t) => t.trim()) : [];
    if (parts.length >= 1 && parts.length <= 3 && parts.every((t) => /^[^\s\u3000]{2,12}$/u.test(t)) && CREATOR_BADGE.test(parts.at(-1)!)) {
      for (const t of parts) fields.push({ key: 'place', label: t, value: '' });
      rest = '';
    }
    // A blog post's row, `2027年5月26日 · 阿某 · 生活 · 3則留言`: its author, its category and its comments' count, the
    // count closing the row. The author is a person, unless the name is a body's.
    const blog = /^[·•]/u.test(rest) ? BLOG_ROW.exec(rest) : null;
    if (blog) {
      fields.push({ key: looksLikeOrganisation(blog[1]!) ? 'source' : 'byline', label: '·', value: blog[1]! });
      for (const t of blog[2]!.split(/[·•]/u).map((x) => x.trim()).filter(Boolean)) fields.push({ key: 'place', label: t, value: '' });
      fields.push({ key: 'place', label: `· ${blog[3]}`, value: '' });
      rest = '';
    }
    // `· 某某号`: the account that posted it; `发布于浙江`: where it was posted from.
    const account = /^[·•][\s\u3000]*([^\s\u3000·]{2,20})$/u.exec(rest);
    if (account) {
      // A province or region there (`· 江西`) is where the app says it was posted from (IP属地), no account.
      // `竺阳城市报官方账号`: the platform's badge after the paper's name is not the name.
      const badge = /^(.{2,16}?)(官方账号|官方帐号|官方號|官方号)$/u.exec(account[1]!);
      fields.push({ key: REGION.test(account[1]!) ? 'place' : 'source', label: '·', value: badge ? badge[1]! : account[1]! });
      if (badge) fields.push({ key: 'place', label: badge[2]!, value: '' });
      rest = '';
    }
    // `2024-06-11 湖北`: a note's date and, after it alone, the province it was posted from (Xiaohongshu's IP属地).
    if (REGION.test(rest.trim())) {
      fields.push({ key: 'place', label: rest.trim(), value: '' });
      rest = '';
    }
    // `来自 微博网页版 已编辑`: the client it was posted from.
    // The client's words may be apart by spaces or not (a clean edition has none): read the same either way.
    // (Or the client and its address, `来自 微博 weibo.com`.)
    const client = /^(来自|來自)[\s\u3000]*([^\s\u3000]{2,20}?(?:[ \u3000][A-Za-z0-9.-]{2,30})?)([\s\u3000]*已编辑?)?$/u.exec(rest);
    if (client) {
      fields.push({ key: 'place', label: client[1]!, value: `${client[2]}${client[3] ?? ''}` });
      rest = '';
    }
    // `（6/15 15:10 更新）`: when the page was last updated; the first time is the article's.
    const updated = /^[（(][\s\u3000]*[\d/:\s\u3000-]{3,20}(?:更新|更正|修改)[）)][\s\u3000]*/u.exec(rest);
    if (updated) {
      fields.push({ key: 'place', label: updated[0].trim(), value: '' });
      rest = rest.slice(updated[0].length);
    }
    // `2024-09-03 08:15湖南日报官方帐号`: the posting account's badge, glued to the time.
    const official = /^[\p{Script=Han}A-Za-z0-9·]{2,12}官方(?:账号|帳號|帐号|号|號)$/u.exec(rest);
    if (official) {
      fields.push({ key: 'place', label: official[0], value: '' });
      rest = '';
    }
    // `播放 12.6万`: a player's or a page's counter after the date.
    const counter = /^(?:播放|播放量|观看|觀看|阅读|閱讀|浏览|瀏覽)[\s\u3000：:]*[\d.,]+[ \t\u3000]{0,3}[万萬wW]?次?$/u.exec(rest);
    if (counter) {
      fields.push({ key: 'place', label: counter[0], value: '' });
      rest = '';
    }
    const place = /^(发布于|發佈於)([\p{Script=Han}]{2,6})$/u.exec(rest);
    if (place) {
      fields.push({ key: 'place', label: place[1]!, value: place[2]! });
      rest = '';
    }
    // `2025-09-01 18:00 平安青山`: after a date with its time, a name of four or more characters is the
    // account that posted it (a place it was posted from is shorter: `北京`, `黑龙江`).
    // (Its writer may follow, labelled: `2026-08-28 17:36　鼎衡财经　记者　柯予宁`.)
    // (Or a paper's desk, `澪城都市报数据新闻部　文/某某`: the desk is part of the byline, as it signs the piece.)
    const poster = /\d:\d{2}/u.test(leading[0]) && !/^(发布|發佈|发表|發表|来自|來自)/u.test(rest) ? /^([\p{Script=Han}A-Za-z0-9·]{4,12})(?:$|[\s\u3000]+(?=(?:记者|記者|作者|通讯员|通訊員|撰文)[\s\u3000：:]|文[/／]))/u.exec(rest) : null;
    if (poster && !/[省市县縣区區州]$/u.test(poster[1]!)) {
      fields.push({ key: DESK.test(poster[1]!) ? 'byline' : 'source', label: '', value: poster[1]! });
      rest = rest.slice(poster[0].length);
    }
  }
  // `記者蕭某某／某地報導`: a Taiwan paper's byline, its brackets left off (a community paper's, under its date): the
  // reporter, and where the report was filed, the dateline.
  const filed = TW_BYLINE.exec(rest);
  if (filed) {
    fields.push({ key: 'byline', label: filed[1]!, value: filed[2]! }, { key: 'dateline', label: filed[3]!, value: filed[4]! });
    rest = '';
  }
  // `北京日报客户端 | 记者 …`: the publisher, unlabelled, before a bar.
  const publisher = leading ? null : PUBLISHER.exec(rest);
  if (publisher) {
    fields.push({ key: 'source', label: '', value: publisher[1]! }, { key: 'place', label: publisher[0].slice(publisher[1]!.length).trim(), value: '' });
    rest = rest.slice(publisher[0].length);
  }
  let outletSource: string | undefined;
  while (rest.length > 0) {
    // (A podcast's or a live page's credit after the date: `时长 38:12　主播：某某　嘉宾：某某`.)
    const duration = /^(?:时长|時長)[：:]?[ \u3000]*\d{1,2}:\d{2}(?::\d{2})?[ \u3000]+(?=\S)/u.exec(rest);
    const credit = leading ? LIVE_CREDIT.exec(rest.slice(duration?.[0].length ?? 0)) ?? HOST_CREDIT.exec(rest.slice(duration?.[0].length ?? 0)) : null;
    if (credit) {
      if (duration) fields.push({ key: 'place', label: duration[0].trim(), value: '' });
      fields.push(creditField(credit));
      rest = '';
      break;
    }
    const outlet = OUTLET_ROLE.exec(rest);
    if (outlet) rest = rest.slice(outlet[0].length);
    // (The outlet's reporter with the name glued on, the whole line: `某某晚报记者晏某某`.)
    const m = (outlet ? /^(记者|記者)(?=\p{Script=Han}{2,3}$)/u.exec(rest) : null) ?? AT_LABEL.exec(rest);
    if (!m) return undefined;
    const key = LABELS.find(([re]) => re.test(m[1]!))![1];
    const bare = !/[：:]/u.test(m[0]) && BARE_AT.test(m[0]);
    rest = rest.slice(m[0].length);
    if (outlet) m[0] = outlet[0] + m[0];
    if (outlet && key === 'byline') outletSource ??= outlet[0].trim();
    // `来源：作者：解放日报 顾晨`: a label with no value of its own before the next one.
    if (AT_LABEL.test(rest)) {
      fields.push({ key: 'place', label: m[0], value: '' });
      continue;
    }
    const next = NEXT_LABEL.exec(rest) ?? GLUED_LABEL.exec(rest);
    // A glued label may be the tail of a longer one (`日期：` of `发文日期：`, a table's field, no label here): the
    // line is then no row of these fields.
    if (next && !/^[\s\u3000|｜・·/／；;]/u.test(rest.slice(next.index)) && [1, 2, 3].some((k) => next.index >= k && COMPOUND.has(`${rest.slice(next.index - k, next.index)}${/^[^：:]+/u.exec(rest.slice(next.index))![0]}`))) return undefined;
    let value = (next ? rest.slice(0, next.index) : rest).trim();
    rest = next ? rest.slice(next.index).replace(/^[\s\u3000|｜・·/／；;]+/u, '') : '';
    // `来源：央视网 | 2024年07月08日 19:32`: a date after a bar belongs to no label but the page's.
    const barDate = /(?<![\s\u3000])[\s\u3000]*[|｜][\s\u3000]*(\d{4}[^|｜]*)$/u.exec(value);
    if (barDate && DATE.test(barDate[1]!.trim()) && DATE.exec(barDate[1]!.trim())![0] === barDate[1]!.trim()) {
      fields.push({ key: 'published', label: '', value: barDate[1]!.trim() });
      value = value.slice(0, barDate.index);
    }
    // `来源：青禾法治报 2024-05-21 09:12`: the time printed after the source (or the author), a space between.
    // (Or after any name the row gives last, a reviewer's: `审核：某某（某大学副教授）　2027-06-08`.)
    const spacedDate = key === 'source' || key === 'byline' || key === 'editor' || (key === 'place' && !COUNT.test(value)) ? /[\s\u3000]+(\d{4}[-/.年][^\s\u3000]*(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?)$/u.exec(value) : null;
    if (spacedDate && DATE.exec(spacedDate[1]!)?.[0] === spacedDate[1]) {
      fields.push({ key: 'published', label: '', value: spacedDate[1]! });
      value = value.slice(0, spacedDate.index);
    }
    // A field under a label no list knows, after a run of spaces (`2027-01-08 09:30    编稿：某某`): the page's
    // own field, no part of this value; it stays on the line as a field of no key (reported where it goes).
    const unknown = value.length > 80 ? null : /(?:[ \u00a0]{2,}|[\s\u00a0]*\u3000[\s\u3000\u00a0]*)(\p{Script=Han}{2,6}[：:][^：:。！？，,]{1,24})$/u.exec(value);
    if (unknown && fieldKeyOf(unknown[1]!.replace(/[：:][^]*$/u, '')) === undefined) {
      fields.push({ key: 'place', label: unknown[1]!, value: '' });
      value = value.slice(0, unknown.index);
    }
    // A counter's figure may hold thousands separators (`浏览量：2,316`).
    if (key === 'url' ? !/^https?:\/\/\S+$/u.test(value) : value === '' || value.length > 30 || (/[，,]/u.test(value) && !(key === 'place' && COUNT.test(value)))) return undefined;
    // `发布：某某委员会`: who posted it, where a body's name stands in the place of a date — the source.
    if (key === 'published' && !DATE.test(value) && /^(?:发布|發佈|發布)$/u.test(m[1]!) && looksLikeOrganisation(value.trim())) {
      fields.push({ key: 'source', label: m[0], value: value.trim() });
      continue;
    }
    if (key === 'published' && !DATE.test(value)) return undefined;
    // `图片：龙小溪` credits the photos; `图片：市民在广场上…` is a caption's marker: only names make it a credit.
    if (key === 'credit' && /^(?:图片|圖片|配图|配圖)$/u.test(m[1]!) && !NAMES_ONLY.test(value) && !PHOTO_SOURCE.test(value)) return undefined;
    // `图丨某某县红十字会`: the body that gave the photos, their credit (a caption names no body alone).
    if (/^(?:图|圖)$/u.test(m[1]!) && /[丨|｜/／]/u.test(m[0]) && looksLikeOrganisation(value.trim())) {
      fields.push({ key: 'credit', label: m[0], value: value.trim() });
      continue;
    }
    // So with `图丨` (`图丨居民在长桌旁品尝邻居带来的菜品`): a run of words that names no one, no agency, is the photo's caption.
    if (/^(?:图|圖)$/u.test(m[1]!) && !NAMES_ONLY.test(value) && !PHOTO_SOURCE.test(value) && /\p{Script=Han}{7,}/u.test(value) && !/记者|記者|通讯员|通訊員|[摄攝]|供[图圖]|提供|资料|資料|来源|來源/u.test(value)) return undefined;
    // `發佈於 2024年3月2日 由 阿晴`, a blog's "posted on … by …": the date, then its author.
    const by = key === 'published' ? /^(.*?)[\s\u3000]+(由|by|By)[\s\u3000]+([^\s\u3000]{1,20})$/u.exec(value) : null;
    if (by && DATE.exec(by[1]!.trim())?.[0] === by[1]!.trim()) {
      fields.push({ key, label: m[0], value: by[1]!.trim() }, { key: 'byline', label: by[2]!, value: by[3]! });
      continue;
    }
    // `来源：人民日报（2024年01月01日 第04版）`: the paper, and the day and page it printed the article on.
    const printed = key === 'source' ? /^(.{2,20}?)[\s\u3000]*[（(][\s\u3000]*(\d{4}[ ]?年[ ]?\d{1,2}[ ]?月[ ]?\d{1,2}[ ]?日)[\s\u3000]*(第[\s\u3000]*\d{1,3}[\s\u3000]*版)?[\s\u3000]*[）)]$/u.exec(value) : null;
    if (printed) {
      fields.push({ key: 'published', label: '', value: printed[2]! });
      if (printed[3]) fields.push({ key: 'place', label: printed[3], value: '' });
      fields.push({ key, label: m[0], value: printed[1]! });
      continue;
    }
    // Without a colon only names may follow a role word, or the line is a sentence; after a bar too
    // (`人民日报记者 | 深入一线看变化` is a series' kicker over its headline, not a reporter's name).
    const barred = /[丨|｜]/u.test(m[0]) && !/[：:]/u.test(m[0]) && (key === 'byline' || key === 'editor');
    if ((bare || barred) && !NAMES_ONLY.test(value)) return undefined;
    // `作者 简介`, `责任编辑 手记`: a bare label of these over a word heads a section; in a row of fields it labels a name.
    // (A desk editor's name there, `（本版责任编辑　某某）` closing an e-paper's story, is a name: an editor's bare label
    // over a person's name labels it.)
    const named = key === 'editor' && looksLikePersonName(value) && !/(?:手记|手記|札记|札記|寄语|寄語|的话|的話)$/u.test(value);
    if (bare && /^(?:作者|责任编辑|責任編輯|本版责任编辑|本版責任編輯|美术编辑|美術編輯)/u.test(m[0]) && fields.length === 0 && rest === '' && !named) return undefined;
    // `作者：本报记者 陆文清`: the role is a label too.
    const role = key === 'byline' ? LEADING_ROLE.exec(value) : null;
    let person = role ? value.slice(role[0].length) : value;
    // `（记者　某某　整理）`: what the reporter did is a label too, not a name.
    // (报道 glued to the name, `闻远报道`, is no part of it: no name ends so.)
    // (Nor is the place reported from after the name, `某某 濱嵐報導`: a word with 报道 glued, a space before it.)
    const from = key === 'byline' ? /(?<=\p{Script=Han})[\s\u3000]+(\p{Script=Han}{2,4}(?:报道|報道|報導))$/u.exec(person) : null;
    if (from && NAMES_ONLY.test(person.slice(0, from.index))) {
      fields.push({ key: 'place', label: from[1]!, value: '' });
      person = person.slice(0, from.index);
    }
    const did = key === 'byline' ? /(?<![\s\u3000])[\s\u3000]+(整理|报道|報導|采写|综合报道|综合|编译|撰写)$|(?<=\p{Script=Han}{2})(报道|報道|報導)$/u.exec(person) : null;
    if (did) {
      fields.push({ key: 'place', label: did[1] ?? did[2]!, value: '' });
      person = person.slice(0, did.index);
    }
    // `记者 某某 实习生 某某`: a role between the names labels the next one, no name itself.
    if (key === 'byline' && INNER_ROLE.test(person)) {
      for (const r of person.matchAll(new RegExp(INNER_ROLE.source, 'gu'))) fields.push({ key: 'place', label: r[1]!, value: '' });
      person = person.replace(new RegExp(INNER_ROLE.source, 'gu'), '');
    }
    // `作者：解放日报 顾晨`: the paper, then its writer.
    const paper = key === 'byline' ? /^([\p{Script=Han}]{2,8}(?:报|報|社|网|網|台|刊))[\s\u3000]+(\S.*)$/u.exec(person) : null;
    // `作者： 芷川晚报`: a paper named as the author (an aggregator's account) is the source.
    const byPaper = key === 'byline' && !role && PAPER_AS_AUTHOR.test(person.trim());
    if (paper) {
      fields.push({ key: 'source', label: '', value: paper[1]! });
      fields.push({ key, label: role ? m[0] + role[0] : m[0], value: paper[2]! });
    } else {
      // `制作：某某县广播电视台`: a body that made the report is its source; a person who made it a production credit.
      const madeBy = key === 'place' && /^(?:制作|製作)$/u.test(m[1]!) && looksLikeOrganisation(person.trim());
      // `发布者：某某年级组`: a body or a group that posted it is the source; a person who did is no field of ours.
      if (/^(?:发布者|發佈者|發布者)$/u.test(m[1]!) && looksLikePersonName(person.trim())) {
        fields.push({ key: 'place', label: m[0], value: person });
        continue;
      }
      fields.push({ key: byPaper || madeBy ? 'source' : key, label: role ? m[0] + role[0] : m[0], value: person });
    }
  }
  if (emptyTail) fields.push({ key: 'place', label: emptyTail[0].trim(), value: '' });
  if (tailButton) fields.push({ key: 'place', label: tailButton[0].trim(), value: '' });
  if (shareLabel) fields.push({ key: 'place', label: shareLabel, value: '' });
  if (buttonRow) fields.push({ key: 'place', label: buttonRow[0].trim(), value: '' });
  mergeBylines(fields);
  const dated = fields.some((f) => f.key === 'published');
  // `编辑：某某　责任编辑：某某`: the 责任编辑 is the editor; the other is a production credit.
  if (fields.some((f) => f.key === 'editor' && /责任|責任|责编|責編/u.test(f.label))) {
    for (const f of fields) if (f.key === 'editor' && !/责任|責任|责编|責編/u.test(f.label)) f.key = 'place';
  }
  const urlOnly = fields.length === 1 && fields[0]!.key === 'url';
  const staffOnly = fields.length > 0 && fields.every((f) => f.key === 'place' && f.label !== '');
  // `来源丨新华社`, `文 | 某某`: a label set off by a bar is as plain as one with a colon (which FIELDS reads).
  const barred = fields.length === 1 && /[丨|｜]/u.test(fields[0]!.label);
  // One labelled field alone (`值班编辑：某某`, `信息来源：某局`, `记者：某某`): a source, an editor, a credit, or people.
  // (But `作者单位：某某大学法学院` alone under a commentary is the writer's affiliation, the text's own last line: it
  // names a source only in a row with the author, `作者单位：口腔科　作者：某某`.)
  // (`供稿：急诊科`: who supplied the item, a person or the body's office, names its writer either way.)
  const single = fields.length === 1 && !/^(?:作者单位|作者單位)/u.test(fields[0]!.label) && (['source', 'editor', 'credit'].includes(fields[0]!.key) || (fields[0]!.key === 'byline' && (NAMES_ONLY.test(fields[0]!.value) || (/^(?:供稿|来稿|來稿)[\s\u3000]*[：:]/u.test(fields[0]!.label) && /^\p{Script=Han}{2,12}$/u.test(fields[0]!.value)))));
  if (!(dated || fields.length >= 2 || staffOnly || urlOnly || barred || single)) return undefined;
  // The outlet before its reporter's role (`某某晚报记者 某某`) is the story's publisher: a source, weak (a 来源 line
  // says more). Only on a line read as fields without it.
  if (outletSource !== undefined && fields.every((f) => f.key !== 'source')) fields.push({ key: 'source', label: '', value: outletSource, weak: true });
  return fields;
}

/** `记者 孙立言 通讯员 何朝阳`: the people of one byline line are one byline, as printed, one U+3000 apart. */
function mergeBylines(fields: LabelledField[]): void {
  for (let i = fields.length - 1; i > 0; i--) {
    const [a, b] = [fields[i - 1]!, fields[i]!];
    if (a.key !== 'byline' || b.key !== 'byline') continue;
    fields.splice(i - 1, 2, { key: 'byline', label: `${a.label.trim()} ${b.label.trim()}`, value: `${a.value}\u3000${b.value}` });
  }
}

/** `2025 年 12 月 19 日` → `2025年12月19日`. */
export function tidyDate(value: string): string {
  return value.replace(/(?<=[年月])[ \u3000]+(?=\d)|(?<=\d)[ \u3000]+(?=[年月日])/gu, '');
}

/**
 * The issuers' line under a report's headline: one body or two (`某某县统计局 国家统计局某某调查队`, each a name
 * ending as a body's does) and the day it was issued, a gap apart. The bodies, one U+3000 apart, and the date.
 */
export function issuersAndDate(line: string): { issuers: string; date: string } | undefined {
  const t = line.trim();
  if (t.length > 80 || !/日$|\d$/u.test(t)) return undefined;
  const m = /^(\p{Script=Han}.{2,60}?)[\s\u3000]+(\d{4}(?:[ \u3000]?年[ \u3000]?\d{1,2}[ \u3000]?月[ \u3000]?\d{1,2}[ \u3000]?日|[-/.]\d{1,2}[-/.]\d{1,2}))$/u.exec(t);
  if (!m || !looksLikeOrganisation(m[1]!)) return undefined;
  return { issuers: m[1]!.trim().split(/[\s\u3000]+/u).join('\u3000'), date: m[2]! };
}

