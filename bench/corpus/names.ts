/**
 * Invented names written in three scripts at once. Every name is built from
 * syllables that carry their own Latin, Cyrillic and Chinese forms, so each
 * entity gets aliases like a real registry entry: "Dosmurov", "Досмуров",
 * "多斯穆罗夫", plus a second Latin spelling ("Dosmurow", "Qarasov").
 */
import type { Random } from './random.ts';

/** One name in every script the registry holds. */
export interface Name {
  latin: string;
  cyrillic: string;
  chinese: string;
  /** Other Latin spellings a reader might type. */
  variants: string[];
}

type Syllable = readonly [latin: string, cyrillic: string, chinese: string];

/** Syllables of invented Turkic- and Persian-sounding names. */
const STEPPE: readonly Syllable[] = [
  ['ka', 'ка', '卡'], ['ra', 'ра', '拉'], ['sa', 'са', '萨'], ['ma', 'ма', '马'], ['na', 'на', '纳'],
  ['ta', 'та', '塔'], ['ba', 'ба', '巴'], ['da', 'да', '达'], ['ga', 'га', '加'], ['ya', 'я', '亚'],
  ['za', 'за', '扎'], ['sha', 'ша', '沙'], ['kha', 'ха', '哈'], ['nur', 'нур', '努尔'], ['bek', 'бек', '别克'],
  ['jan', 'жан', '让'], ['mur', 'мур', '穆尔'], ['tal', 'тал', '塔尔'], ['dos', 'дос', '多斯'], ['ser', 'сер', '谢尔'],
  ['kan', 'кан', '坎'], ['tem', 'тем', '捷姆'], ['ir', 'ир', '伊尔'], ['ul', 'ул', '乌尔'], ['al', 'ал', '阿尔'],
  ['as', 'ас', '阿斯'], ['er', 'ер', '叶尔'], ['ku', 'ку', '库'], ['bo', 'бо', '博'], ['mi', 'ми', '米'],
  ['to', 'то', '托'], ['ke', 'ке', '克'], ['sul', 'сул', '苏尔'], ['tan', 'тан', '坦'], ['rus', 'рус', '鲁斯'],
  ['lan', 'лан', '兰'], ['dar', 'дар', '达尔'], ['gul', 'гул', '古尔'], ['ai', 'ай', '艾'], ['ob', 'об', '奥布'],
  ['zhol', 'жол', '卓尔'], ['tur', 'тур', '图尔'], ['sen', 'сен', '森'], ['mar', 'мар', '马尔'], ['bay', 'бай', '拜'],
  ['kor', 'кор', '科尔'], ['ush', 'уш', '乌什'], ['rat', 'рат', '拉特'], ['ber', 'бер', '别尔'], ['din', 'дин', '丁'],
];

/** Surname endings. */
const SURNAME_ENDINGS: readonly Syllable[] = [
  ['ov', 'ов', '夫'], ['ev', 'ев', '耶夫'], ['bekov', 'беков', '别科夫'], ['uly', 'улы', '乌勒'], ['ov', 'ов', '诺夫'],
  ['in', 'ин', '因'], ['zoda', 'зода', '佐达'], ['iev', 'иев', '伊耶夫'],
];

/** Place-name endings. */
const PLACE_ENDINGS: readonly Syllable[] = [
  ['abad', 'абад', '阿巴德'], ['kent', 'кент', '肯特'], ['grad', 'град', '格勒'], ['tau', 'тау', '套'],
  ['ar', 'ар', '阿尔'], ['sk', 'ск', '斯克'], ['kul', 'куль', '库尔'], ['bulak', 'булак', '布拉克'],
];

/** Pinyin syllables for invented Chinese names: pinyin, Palladius Cyrillic, characters. */
const SURNAMES_ZH: readonly Syllable[] = [
  ['Wang', 'Ван', '王'], ['Li', 'Ли', '李'], ['Zhang', 'Чжан', '张'], ['Liu', 'Лю', '刘'], ['Chen', 'Чэнь', '陈'],
  ['Yang', 'Ян', '杨'], ['Zhao', 'Чжао', '赵'], ['Huang', 'Хуан', '黄'], ['Zhou', 'Чжоу', '周'], ['Wu', 'У', '吴'],
  ['Xu', 'Сюй', '徐'], ['Sun', 'Сунь', '孙'], ['Hu', 'Ху', '胡'], ['Guo', 'Го', '郭'], ['Lin', 'Линь', '林'],
  ['He', 'Хэ', '何'], ['Gao', 'Гао', '高'], ['Luo', 'Ло', '罗'], ['Zheng', 'Чжэн', '郑'], ['Song', 'Сун', '宋'],
];
const GIVEN_ZH: readonly Syllable[] = [
  ['wei', 'вэй', '伟'], ['ming', 'мин', '明'], ['jun', 'цзюнь', '军'], ['hua', 'хуа', '华'], ['jian', 'цзянь', '建'],
  ['guo', 'го', '国'], ['hong', 'хун', '宏'], ['ping', 'пин', '平'], ['lei', 'лэй', '磊'], ['tao', 'тао', '涛'],
  ['yong', 'юн', '勇'], ['qiang', 'цян', '强'], ['xin', 'синь', '新'], ['yi', 'и', '毅'], ['feng', 'фэн', '峰'],
  ['bo', 'бо', '波'], ['hai', 'хай', '海'], ['dong', 'дун', '东'], ['jie', 'цзе', '杰'], ['yu', 'юй', '宇'],
];

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Alternative Latin spellings, the way transliterations of one name drift apart. */
function latinVariants(latin: string): string[] {
  const variants = new Set<string>();
  if (/ev\b/.test(latin)) variants.add(latin.replace(/ev\b/g, 'yev'));
  if (/ov\b/.test(latin)) variants.add(latin.replace(/ov\b/g, 'ow'));
  if (/k/i.test(latin)) variants.add(latin.replace(/k(?=[aou])/g, 'q').replace(/K(?=[aou])/g, 'Q'));
  if (/zh/i.test(latin)) variants.add(latin.replace(/zh/g, 'j').replace(/Zh/g, 'J'));
  if (/kh/i.test(latin)) variants.add(latin.replace(/kh/g, 'h').replace(/Kh/g, 'H'));
  variants.delete(latin);
  return [...variants];
}

function join(parts: readonly Syllable[]): Name {
  const latin = capitalize(parts.map((p) => p[0]).join(''));
  const cyrillic = capitalize(parts.map((p) => p[1]).join(''));
  return { latin, cyrillic, chinese: parts.map((p) => p[2]).join(''), variants: latinVariants(latin) };
}

/** Builds names and guarantees that no Latin form is produced twice. */
export class NameMaker {
  readonly #random: Random;
  readonly #used = new Set<string>();

  constructor(random: Random) {
    this.#random = random;
  }

  #unique(make: () => Name): Name {
    for (;;) {
      const name = make();
      const key = name.latin.toLowerCase();
      if (!this.#used.has(key) && name.latin.length >= 4) {
        this.#used.add(key);
        return name;
      }
    }
  }

  #stem(min: number, max: number): Syllable[] {
    const n = this.#random.int(min, max);
    return Array.from({ length: n }, () => this.#random.pick(STEPPE));
  }

  /** A country name such as "Karastan" or "Tulamia". */
  country(stan: boolean): Name {
    return this.#unique(() =>
      join([...this.#stem(2, 2), stan ? ['stan', 'стан', '斯坦'] : this.#random.pick<Syllable>([['ia', 'ия', '亚'], ['ria', 'рия', '里亚'], ['ova', 'ова', '沃']])]),
    );
  }

  /** A city name such as "Dosabad". */
  city(): Name {
    return this.#unique(() => join([...this.#stem(1, 2), this.#random.pick(PLACE_ENDINGS)]));
  }

  /** A person from the steppe states: given name and surname. */
  steppePerson(): Name {
    return this.#unique(() => {
      const given = join(this.#stem(2, 3));
      const surname = join([...this.#stem(2, 2), this.#random.pick(SURNAME_ENDINGS)]);
      return combine(given, surname, ' ', ' ', '·');
    });
  }

  /** A person with a Chinese name, surname first. */
  chinesePerson(): Name {
    return this.#unique(() => {
      const surname = this.#random.pick(SURNAMES_ZH);
      const given = this.#stem2(GIVEN_ZH);
      const latin = `${surname[0]} ${capitalize(given.map((g) => g[0]).join(''))}`;
      const cyrillic = `${surname[1]} ${capitalize(given.map((g) => g[1]).join(''))}`;
      const chinese = surname[2] + given.map((g) => g[2]).join('');
      // Given-name-first order is common in English-language sources.
      const reversed = `${capitalize(given.map((g) => g[0]).join(''))} ${surname[0]}`;
      return { latin, cyrillic, chinese, variants: [reversed] };
    });
  }

  #stem2(table: readonly Syllable[]): Syllable[] {
    return Array.from({ length: this.#random.int(1, 2) }, () => this.#random.pick(table));
  }
}

function combine(a: Name, b: Name, latinSep: string, cyrillicSep: string, chineseSep: string): Name {
  const latin = `${a.latin}${latinSep}${b.latin}`;
  return {
    latin,
    cyrillic: `${a.cyrillic}${cyrillicSep}${b.cyrillic}`,
    chinese: `${a.chinese}${chineseSep}${b.chinese}`,
    variants: [...latinVariants(latin), b.latin],
  };
}

/** Turns a Latin name into an id: "Kara-Tau Council" → "kara-tau-council". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
