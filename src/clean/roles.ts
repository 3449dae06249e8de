/**
 * The reporter's role words that stand before names in a byline (`本报记者`, `特约通讯员`, `见习记者`, `实习生`), in
 * both scripts: one list for every rule that reads bylines (dateline, metadata).
 */
export const REPORTER_ROLE = '(?:(?:本报|本報|本刊|本台|本站|本网|本網)?(?:全媒体|全媒體|融媒体|融媒體)?(?:特约|特約|实习|實習|见习|見習|学生|學生|校园|校園|首席|资深|資深|小)?(?:记者|記者|通讯员|通訊員)|实习生|實習生)';

// The outlet's kind that may stand before the role (`槐岗融媒记者`, `本报记者`).
const OUTLET = '(?:报|報|网|網|社|台|新闻|新聞|融媒|客户端|客戶端)';

/** The role that opens a byline's value (`本报记者 陆文清` → `本报记者 `, `槐岗融媒记者 林小满` → `槐岗融媒记者 `). */
export const LEADING_ROLE = new RegExp(`^(?:\\p{Script=Han}{0,8}?${OUTLET})?${REPORTER_ROLE}[\\s\\u3000]*`, 'u');

/** A role word standing alone, as a word of an author field (`融媒记者`, `通讯员`): the outlet's kind may stand alone. */
export const ROLE_WORD = new RegExp(`^(?:\\p{Script=Han}{0,8}?${OUTLET})?${REPORTER_ROLE}$`, 'u');
