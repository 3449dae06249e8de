/**
 * Whether a short line reads as a person's name: two or three Han characters
 * opening with one of the common surnames (or four with a compound one). Used
 * only where position already says "byline or account" — a lone line between
 * headline and date — to tell `黄诗婷` (a reporter) from `溪南发布` (an account).
 */

// The surnames of about nine in ten people in China (the most frequent 200, by the 2020 census ranking).
const SINGLE = new Set(
  [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'],
);
// Less frequent surnames of the 百家姓 that print as bylines (`蔺青棠`, `裘映川`), without those that are also
// common words' first characters (国, 公, 通, 能 …).
for (const c of '蔺裘阚冼郜邰钮糜隗宓郗钭戎蓟鄂赖胥莘逄郦雍璩濮扈郏晏茹宦庾匡阙殳夔厍晁訾乜鞠蒯竺逯桓闻鄢禤笪谯羿邴仝巢谌昝嵇奚芮亓仉缑佘禚靳岑荀') SINGLE.add(c);
const COMPOUND = /^(?:欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|司徒|夏侯|长孙|宇文|端木|澹台|轩辕|南宫|西门|呼延)/u;

export function looksLikePersonName(s: string): boolean {
  const t = s.trim();
  if (COMPOUND.test(t)) return /^\p{Script=Han}{3,4}$/u.test(t);
  return /^\p{Script=Han}{2,3}$/u.test(t) && SINGLE.has(t[0]!);
}

/**
 * A run of five or six Han characters that parts into two names of two or three characters one way alone: six
 * parts only as three and three (one of them a name by its surname is enough; a rare surname, `仝`, is no
 * evidence against), five as two and three or three and two, whichever gives two names.
 */
export function namePair(run: string): [string, string] | undefined {
  if (run.length === 6) {
    const [a, b] = [run.slice(0, 3), run.slice(3)];
    return looksLikePersonName(a) || looksLikePersonName(b) ? [a, b] : undefined;
  }
  const ways = [2, 3].map((k): [string, string] => [run.slice(0, k), run.slice(k)]).filter(([a, b]) => looksLikePersonName(a) && looksLikePersonName(b));
  return ways.length === 1 ? ways[0] : undefined;
}
