/**
 * The reporter's role words that stand before names in a byline (`本报记者`, `特约通讯员`, `实习生`), in
 * both scripts: one list for every rule that reads bylines (dateline, metadata).
 */
export const REPORTER_ROLE = '(?:(?:本报|本報|本刊|本台)?(?:特约|特約|实习|實習)?(?:记者|記者|通讯员|通訊員)|实习生|實習生)';

/** The role that opens a byline's value (`本报记者 陆文清` → `本报记者 `). */
export const LEADING_ROLE = new RegExp(`^${REPORTER_ROLE}[\\s\\u3000]*`, 'u');
