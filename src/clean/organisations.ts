/**
 * Whether a short line reads as the name of an issuing body: a government office, a party or mass
 * organisation, a company, a school or hospital, a court — by the word a Chinese body's name ends in.
 * Used where position already says "document furniture": the line over `关于…的通知` in a document's
 * headline, and the signature over the date that closes a notice or statement (落款).
 */
const SUFFIX = new RegExp(
  `(?:${[
    '人民政府', '政府', '办公室', '办公厅', '辦公室', '委员会', '委員會', '指挥部', '指揮部', '领导小组', '工作组', '办事处',
    '局', '厅', '廳', '署', '部', '委', '院', '所', '处', '處', '科', '站', '馆', '館', '中心', '总队', '支队', '大队', '中队',
    '调查队', '調查隊', '公司', '集团', '集團', '协会', '協會', '学会', '學會', '联合会', '商会', '基金会', '研究会', '促进会', '工会', '妇联', '团委', '红十字会',
    '党委', '党组', '党工委', '党支部', '总支', '大学', '大學', '学校', '學校', '中学', '小学', '医院', '醫院', '银行', '銀行',
    '报社', '報社', '杂志社', '出版社', '电视台', '電視台', '电台', '合作社', '联社', '聯社', '信用社', '理事会', '董事会', '監事會', '监事会', '秘书处', '动物园', '動物園', '植物园', '植物園', '乐团', '樂團', '剧团', '劇團',
  ].join('|')})$`,
  'u',
);

export function looksLikeOrganisation(s: string): boolean {
  const t = s.trim();
  // One body or two issuing jointly (`县水利局　县财政局`), Han only: a sentence or a date is not a name.
  return t.split(/[\s\u3000、]+/u).every((part) => /^\p{Script=Han}{3,24}$/u.test(part) && SUFFIX.test(part)) && t.length <= 40;
}

/** A date alone on its line (`2024年6月14日`, `二〇二四年六月十四日`), as a document's signature sets it. */
export const SIGNED_DATE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})[\s\u3000]*年[\s\u3000]*[\d一二三四五六七八九十]{1,3}[\s\u3000]*月[\s\u3000]*[\d一二三四五六七八九十]{1,3}[\s\u3000]*日$/u;

// A site's name, by the word it ends in (`某某新闻网`, `某某晚报数字报`, `某某客户端`).
export const SITE_NAME = '[\\p{Script=Han}A-Za-z0-9·]{2,14}?(?:网|網|网站|網站|新闻|新聞|日报|日報|晚报|晚報|数字报|數字報|电子报|電子報|频道|頻道|在线|在線|客户端|客戶端|报|報|台|融媒|融媒体|融媒體|广电|廣電|App|APP|官网|官網)';
/** A line that is a site's name and nothing else. */
export const SITE_ONLY = new RegExp(`^${SITE_NAME}$`, 'u');
