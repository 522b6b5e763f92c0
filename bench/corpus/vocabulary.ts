/**
 * Word lists for the synthetic corpus. Phrases that become entity names carry
 * an English, a Russian and a Chinese form so the registry has aliases in
 * three scripts; prose words are English only.
 */

/** [English, Russian, Chinese] */
export type Trilingual = readonly [en: string, ru: string, zh: string];

/** Topics, grouped under a few broad ones (the first of each group). */
export const TOPIC_GROUPS: ReadonlyArray<readonly Trilingual[]> = [
  [
    ['Security cooperation', 'Сотрудничество в сфере безопасности', '安全合作'],
    ['Border security', 'Пограничная безопасность', '边境安全'],
    ['Counter-terrorism', 'Контртерроризм', '反恐'],
    ['Joint exercises', 'Совместные учения', '联合演习'],
    ['Policing cooperation', 'Полицейское сотрудничество', '警务合作'],
    ['Intelligence sharing', 'Обмен разведданными', '情报共享'],
    ['Military bases', 'Военные базы', '军事基地'],
    ['Arms sales', 'Продажи оружия', '军售'],
    ['Private security companies', 'Частные охранные компании', '私营安保公司'],
    ['Peacekeeping', 'Миротворчество', '维和'],
    ['Training programmes', 'Программы подготовки', '培训项目'],
  ],
  [
    ['Economic statecraft', 'Экономическая политика', '经济方略'],
    ['Infrastructure loans', 'Инфраструктурные кредиты', '基础设施贷款'],
    ['Rail corridors', 'Железнодорожные коридоры', '铁路走廊'],
    ['Energy pipelines', 'Энергетические трубопроводы', '能源管道'],
    ['Mining', 'Горнодобыча', '采矿'],
    ['Debt', 'Долговая нагрузка', '债务'],
    ['Customs', 'Таможня', '海关'],
    ['Ports and logistics', 'Порты и логистика', '港口与物流'],
    ['Sanctions', 'Санкции', '制裁'],
  ],
  [
    ['Technology and surveillance', 'Технологии и наблюдение', '技术与监控'],
    ['Surveillance technology', 'Технологии наблюдения', '监控技术'],
    ['Cyber security', 'Кибербезопасность', '网络安全'],
    ['Satellite navigation', 'Спутниковая навигация', '卫星导航'],
    ['Telecommunications', 'Телекоммуникации', '电信'],
    ['Data protection', 'Защита данных', '数据保护'],
  ],
  [
    ['Diplomacy', 'Дипломатия', '外交'],
    ['Non-interference', 'Невмешательство', '不干涉'],
    ['Regional summits', 'Региональные саммиты', '地区峰会'],
    ['Border demarcation', 'Демаркация границы', '边界划定'],
    ['Water disputes', 'Водные споры', '水资源争端'],
    ['Mediation', 'Посредничество', '调解'],
    ['Visa regimes', 'Визовый режим', '签证制度'],
  ],
  [
    ['Society and politics', 'Общество и политика', '社会与政治'],
    ['Protests', 'Протесты', '抗议'],
    ['Elections', 'Выборы', '选举'],
    ['Migration', 'Миграция', '移民'],
    ['Religious extremism', 'Религиозный экстремизм', '宗教极端主义'],
    ['Diaspora politics', 'Политика диаспор', '侨民政治'],
    ['Media influence', 'Медийное влияние', '媒体影响'],
    ['Student exchanges', 'Студенческие обмены', '学生交流'],
    ['Public opinion', 'Общественное мнение', '舆论'],
    ['Drug trafficking', 'Наркотрафик', '毒品走私'],
    ['Smuggling', 'Контрабанда', '走私'],
    ['Refugees', 'Беженцы', '难民'],
  ],
];

/** Security blocs and regional organizations: [English, acronym, Russian, Russian acronym, Chinese]. */
export const BLOCS: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['Steppe Security Cooperation Organization', 'SSCO', 'Организация степного сотрудничества в сфере безопасности', 'ОССБ', '草原安全合作组织'],
  ['Collective Border Treaty', 'CBT', 'Договор о коллективной границе', 'ДКГ', '集体边境条约'],
  ['Mountain States Forum', 'MSF', 'Форум горных государств', 'ФГГ', '山地国家论坛'],
  ['Eastern Economic Compact', 'EEC', 'Восточный экономический пакт', 'ВЭП', '东方经济公约'],
  ['Conference on Trust and Dialogue', 'CTD', 'Совещание по доверию и диалогу', 'СДД', '信任与对话会议'],
  ['Inland Waters Commission', 'IWC', 'Комиссия по внутренним водам', 'КВВ', '内陆水域委员会'],
  ['Regional Anti-Terrorist Centre', 'RATC', 'Региональный антитеррористический центр', 'РАТЦ', '地区反恐中心'],
];

/** State bodies, one per country that has them: [English pattern, Russian, Chinese]; "%" is the country. */
export const STATE_BODIES: readonly Trilingual[] = [
  ['Ministry of Foreign Affairs of %', 'Министерство иностранных дел %', '%外交部'],
  ['Ministry of Defence of %', 'Министерство обороны %', '%国防部'],
  ['% Border Service', 'Пограничная служба %', '%边防局'],
  ['% State Security Committee', 'Комитет государственной безопасности %', '%国家安全委员会'],
  ['% National Guard', 'Национальная гвардия %', '%国民警卫队'],
  ['Ministry of Internal Affairs of %', 'Министерство внутренних дел %', '%内政部'],
  ['% Armed Forces', 'Вооружённые силы %', '%武装部队'],
];

/** News outlets: patterns with a place name ("%") or none. */
export const OUTLETS: readonly Trilingual[] = [
  ['The % Observer', 'Обозреватель %', '%观察家'],
  ['% Daily', '% Дейли', '%日报'],
  ['% Press Agency', 'Агентство %-пресс', '%通讯社'],
  ['% Times', '% Таймс', '%时报'],
  ['Radio %', 'Радио %', '%电台'],
  ['% Herald', '% Геральд', '%先驱报'],
  ['Steppe Review', 'Степное обозрение', '草原评论'],
  ['Silk Road Monitor', 'Монитор Шёлкового пути', '丝路观察'],
  ['Inner Asia Wire', 'Внутренняя Азия Ваер', '内亚通讯'],
  ['The Frontier Ledger', 'Пограничный вестник', '边疆纪事'],
  ['% News', '% Ньюс', '%新闻'],
  ['% Weekly', '% Уикли', '%周刊'],
];

/** Research institutes and universities. */
export const INSTITUTES: readonly Trilingual[] = [
  ['% Institute for Strategic Studies', 'Институт стратегических исследований %', '%战略研究所'],
  ['University of %', 'Университет %', '%大学'],
  ['% Centre for Regional Security', 'Центр региональной безопасности %', '%地区安全中心'],
  ['% Academy of Social Sciences', 'Академия общественных наук %', '%社会科学院'],
  ['% Policy Forum', 'Политический форум %', '%政策论坛'],
];

/** Exercise code names for events. */
export const EXERCISE_NAMES: readonly Trilingual[] = [
  ['Steppe Shield', 'Степной щит', '草原之盾'],
  ['Mountain Eagle', 'Горный орёл', '山鹰'],
  ['Joint Resolve', 'Общая решимость', '共同决心'],
  ['Silk Guard', 'Шёлковая стража', '丝路卫士'],
  ['Iron Pass', 'Железный перевал', '铁关'],
  ['Sky Lance', 'Небесное копьё', '天矛'],
  ['Desert Wind', 'Ветер пустыни', '沙漠之风'],
  ['River Watch', 'Речной дозор', '河流守望'],
];

/** Event patterns: [English, Russian, Chinese], with "%a"/"%b" for places and "%y" for a year. */
export const EVENT_PATTERNS: ReadonlyArray<{ kind: string; forms: Trilingual; topics: readonly string[] }> = [
  { kind: 'clash', forms: ['%a border clash', 'Столкновение на границе у %a', '%a边境冲突'], topics: ['Border security'] },
  { kind: 'summit', forms: ['%b summit in %a', 'Саммит %b в %a', '%b%a峰会'], topics: ['Regional summits'] },
  { kind: 'exercise', forms: ['%e %y exercise', 'Учения «%e-%y»', '“%e-%y”联合演习'], topics: ['Joint exercises'] },
  { kind: 'election', forms: ['%c election of %y', 'Выборы в %c (%y)', '%y年%c选举'], topics: ['Elections'] },
  { kind: 'protest', forms: ['Protests in %a', 'Протесты в %a', '%a抗议'], topics: ['Protests'] },
  { kind: 'water', forms: ['%c–%d water agreement', 'Водное соглашение %c–%d', '%c—%d水资源协议'], topics: ['Water disputes'] },
  { kind: 'pipeline', forms: ['%a pipeline opening', 'Открытие трубопровода %a', '%a管道开通'], topics: ['Energy pipelines'] },
  { kind: 'attack', forms: ['Attack on the embassy in %a', 'Нападение на посольство в %a', '%a使馆遇袭'], topics: ['Counter-terrorism'] },
  { kind: 'loan', forms: ['%c railway loan', 'Железнодорожный кредит %c', '%c铁路贷款'], topics: ['Infrastructure loans', 'Rail corridors'] },
  { kind: 'checkpoint', forms: ['%a checkpoint reopening', 'Открытие КПП %a', '%a口岸重开'], topics: ['Customs', 'Border security'] },
  { kind: 'base', forms: ['%a base agreement', 'Соглашение о базе в %a', '%a基地协议'], topics: ['Military bases'] },
];

/** Prose vocabulary: past-tense verbs whose past participle is the same word. */
export const VERBS_PAST = [
  'expanded', 'deployed', 'financed', 'proposed', 'rejected', 'monitored', 'negotiated', 'suspended', 'announced',
  'reviewed', 'tightened', 'delayed', 'questioned', 'welcomed', 'criticised', 'documented', 'confirmed', 'denied',
  'postponed', 'upgraded', 'funded', 'inspected', 'signed', 'extended', 'renewed', 'scaled back', 'revived',
  'quietly approved', 'publicly endorsed', 'privately opposed', 'restructured', 'relocated', 'downplayed',
] as const;

/** The same verbs in the present, for headlines. */
export const VERBS_PRESENT = [
  'expands', 'deploys', 'finances', 'proposes', 'rejects', 'monitors', 'negotiates', 'suspends', 'announces',
  'reviews', 'tightens', 'delays', 'questions', 'welcomes', 'criticises', 'documents', 'confirms', 'denies',
  'postpones', 'upgrades', 'funds', 'inspects', 'signs', 'extends', 'renews', 'scales back', 'revives',
] as const;

/** The same verbs again, in the base form, for questions. */
export const VERBS_BASE = [
  'expand', 'deploy', 'finance', 'propose', 'reject', 'monitor', 'negotiate', 'suspend', 'announce',
  'review', 'tighten', 'delay', 'question', 'welcome', 'criticise', 'document', 'confirm', 'deny',
  'postpone', 'upgrade', 'fund', 'inspect', 'sign', 'extend', 'renew', 'scale back', 'revive',
] as const;

/** Verbs of saying. */
export const SAY = ['said', 'argued', 'claimed', 'insisted', 'warned', 'suggested', 'told reporters', 'wrote', 'stated', 'acknowledged'] as const;

export const ADJECTIVES = [
  'new', 'joint', 'temporary', 'long-delayed', 'modest', 'ambitious', 'confidential', 'regional', 'bilateral',
  'informal', 'expanded', 'costly', 'controversial', 'little-known', 'routine', 'large-scale', 'second', 'pilot',
  'five-year', 'cross-border', 'unannounced', 'revised', 'provisional',
] as const;

export const NOUNS = [
  'checkpoint', 'patrol programme', 'rail corridor', 'loan agreement', 'surveillance contract', 'training course',
  'border post', 'pipeline', 'security dialogue', 'customs regime', 'police academy', 'drone purchase', 'data centre',
  'memorandum', 'exercise', 'inspection regime', 'hotline', 'logistics hub', 'investment fund', 'task force',
  'camera network', 'radar station', 'road link', 'water-sharing deal', 'visa waiver', 'arms shipment',
  'cooperation plan', 'satellite ground station', 'dry port', 'language centre', 'scholarship scheme',
] as const;

/** Plural nouns for people counted in the prose. */
export const PERSONNEL = ['troops', 'police officers', 'advisers', 'engineers', 'border guards', 'contractors', 'cadets', 'officials', 'instructors'] as const;

export const GENERIC_SUBJECTS = [
  'Analysts', 'Local journalists', 'Diplomats', 'The report', 'The author', 'Regional observers', 'Border guards',
  'The ministry', 'Critics', 'Several officials', 'Opposition deputies', 'Business groups', 'Residents',
  'Independent researchers', 'Western diplomats', 'State media', 'The contractor',
] as const;

export const EVALUATIONS = [
  'not new', 'hardly surprising', 'a notable shift', 'difficult to verify', 'consistent with earlier reporting',
  'at odds with official statements', 'the first public confirmation', 'a familiar pattern', 'easy to overstate',
] as const;

export const DIRECTIONS = ['eastern', 'western', 'northern', 'southern', 'mountain', 'river'] as const;

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const TIME_PHRASES = [
  'for the third year running', 'without public debate', 'within weeks', 'after months of talks',
  'ahead of schedule', 'behind closed doors', 'at short notice', 'over several years', 'in stages',
] as const;

export const CONNECTIVES = ['However,', 'Meanwhile,', 'By contrast,', 'In practice,', 'Even so,', 'At the same time,', 'Later,', 'In the same week,'] as const;

export const SECTION_TITLES = {
  brief: ['In brief', 'Summary', 'The short version'],
  source: ['What the source says', 'The report', 'What was reported'],
  points: ['Key points', 'Main points', 'Points to note'],
  context: ['Context', 'Background', 'How we got here'],
  reading: ['Reading the source', 'How far to trust it', 'Caveats'],
  matters: ['Why it matters', 'What to watch', 'Significance'],
} as const;

export const STATUS_WEIGHTS = {
  corroborated: 3,
  'single-source': 4,
  contested: 2,
  refuted: 1,
  unverified: 2,
} as const;

export const SOURCE_KIND_WEIGHTS = {
  original: 6,
  'reworded-copy': 2,
  'scraped-copy': 2,
  review: 1,
} as const;
