/**
 * Queries readers ask, each with the pages that answer it, written from
 * reading the content (not from what the engine returns) and kept apart from
 * tuning: change the engine, then see what this says, never the other way.
 * Results are "type:id"; a claim's id is "<digest>#<claim>". Most relevant first.
 * When the content grows (places came after the set was written), the new
 * pages that answer a query are added from their text, again without asking
 * the engine.
 */
export interface Judgement {
  query: string;
  /** Pages that answer the query; the first is the one it must find above all. */
  relevant: string[];
}

const AP = 'ap-why-china-did-not-send-troops-2022';
const DIPLOMAT = 'diplomat-china-alignment-with-russia-2022';
const FPRI = 'fpri-china-security-management-central-asia-2022';
const FT = 'ft-kazakhstan-crisis-beijing-reticence-2022';
const SL = 'siberian-light-china-troops-kyrgyzstan-2005';
const claim = (digest: string, id: string) => `claim:${digest}#${id}`;

const TOKAYEV = ['actor:kassym-jomart-tokayev', 'event:tokayev-requests-csto', 'event:xi-message-to-tokayev', claim(AP, 'xi-color-revolution'), `digest:${AP}`];
const XI = ['actor:xi-jinping', 'event:xi-message-to-tokayev', 'event:xi-putin-joint-statement', claim(AP, 'xi-color-revolution'), claim(AP, 'tsang-safe-for-authoritarians')];
const SCO = [
  'actor:sco',
  'event:sco-founded',
  'event:shanghai-five-formed',
  'dispute:sco-troop-mechanism',
  claim(AP, 'sco-non-combat-only'),
  claim(AP, 'li-wei-no-sco-troops'),
  claim(FT, 'zhang-sco-opportunity'),
];
const BRI = ['topic:belt-and-road', claim(AP, 'kazakhstan-strategic-value')];

export const RELEVANCE_SET: Judgement[] = [
  { query: 'Tokayev', relevant: TOKAYEV },
  { query: 'Токаев', relevant: TOKAYEV },
  {
    query: 'Таджикистан',
    relevant: [
      'country:tajikistan',
      'event:tajikistan-outpost',
      claim(FT, 'tajikistan-outposts'),
      'dispute:china-troops-abroad-record',
      `digest:${FT}`,
      'place:shaymak',
      'place:ishkashim',
    ],
  },
  { query: 'SCO', relevant: SCO },
  { query: 'ШОС', relevant: SCO },
  {
    query: 'peacekeepers',
    relevant: [
      'event:peacekeepers-killed-south-sudan-2016',
      'event:peacekeeper-killed-mali-2016',
      'topic:un-peacekeeping',
      claim(AP, 'peacekeeping-exception'),
      claim(FT, 'fung-peacekeeping-lessons'),
      claim(FT, 'peacekeeping-role'),
      'place:gao',
      'place:juba',
    ],
  },
  {
    query: 'chinese troops abroad',
    relevant: ['dispute:china-troops-abroad-record', 'topic:power-projection', claim(SL, 'none-since-korea'), 'event:china-troops-kyrgyzstan-report-2005', `digest:${AP}`],
  },
  {
    query: 'CSTO',
    relevant: [
      'actor:csto',
      'event:csto-deployment-kazakhstan',
      'event:csto-established',
      'event:csto-withdrawal-begins',
      'event:csto-withdrawal-complete',
      'event:tokayev-requests-csto',
      'event:collective-security-treaty-signed',
      claim(FT, 'csto-newly-significant'),
    ],
  },
  { query: 'Xi Jinping', relevant: XI },
  { query: '习近平', relevant: XI },
  {
    query: 'color revolution',
    relevant: [
      'topic:color-revolutions',
      'event:tulip-revolution',
      claim(AP, 'xi-color-revolution'),
      claim(FT, 'beijing-echoes-moscow'),
      'dispute:cause-of-kazakhstan-unrest',
      claim(AP, 'tsang-safe-for-authoritarians'),
      claim(AP, 'kazakhstan-strategic-value'),
    ],
  },
  { query: 'non-interference', relevant: ['topic:non-interference', `digest:${FT}`, claim(FT, 'non-interference-debate'), claim(AP, 'friendly-to-autocrats'), `digest:${AP}`] },
  {
    query: 'Xinjiang',
    relevant: [
      'topic:xinjiang',
      'topic:uyghur-separatism',
      claim(FPRI, 'xinjiang-core'),
      claim(FPRI, 'taliban-engagement'),
      claim(AP, 'tsang-kazakh-unease'),
      claim(FT, 'tajikistan-outposts'),
      claim(AP, 'taliban-hedging'),
      `digest:${FPRI}`,
      'place:urumqi',
    ],
  },
  { query: 'Uyghur separatists', relevant: ['topic:uyghur-separatism', claim(FPRI, 'xinjiang-core'), 'topic:xinjiang'] },
  {
    query: 'private security companies',
    relevant: ['topic:private-security-companies', claim(FPRI, 'private-security-expanding'), claim(AP, 'mitter-gray-zone'), `digest:${FPRI}`],
  },
  {
    query: 'Kyrgyzstan troops 2005',
    relevant: [
      'dispute:china-troops-kyrgyzstan-2005',
      `digest:${SL}`,
      'event:china-troops-kyrgyzstan-report-2005',
      claim(SL, 'ria-china-considering-troops'),
      claim(SL, 'bakiyev-invites-troops'),
    ],
  },
  { query: 'Tulip Revolution', relevant: ['event:tulip-revolution', `digest:${SL}`, 'actor:kurmanbek-bakiyev', 'actor:askar-akayev'] },
  { query: 'Manas air base', relevant: ['place:manas', claim(SL, 'crowded-bases'), 'topic:military-bases'] },
  {
    query: 'military bases',
    relevant: [
      'topic:military-bases',
      claim(SL, 'mfa-denial'),
      claim(SL, 'crowded-bases'),
      claim(SL, 'second-russian-base'),
      'event:tajikistan-outpost',
      'place:manas',
      'place:kant-air-base',
    ],
  },
  {
    query: 'Wang Yi',
    relevant: [
      'actor:wang-yi',
      'event:wang-yi-tileuberdi-call',
      claim(FT, 'wang-yi-security-cooperation'),
      claim(FT, 'zhang-no-clear-offer'),
      'dispute:china-security-offer-kazakhstan-2022',
    ],
  },
  {
    query: 'cause of the Kazakhstan unrest',
    relevant: [
      'dispute:cause-of-kazakhstan-unrest',
      claim(FT, 'yang-shu-domestic'),
      claim(FT, 'beijing-echoes-moscow'),
      'event:kazakhstan-protests-begin',
      'place:zhanaozen',
    ],
  },
  {
    query: 'did China offer Kazakhstan security help',
    relevant: [
      'dispute:china-security-offer-kazakhstan-2022',
      claim(FT, 'tileuberdi-early-offer'),
      claim(FT, 'wang-yi-security-cooperation'),
      claim(FT, 'zhang-no-clear-offer'),
      claim(AP, 'words-not-troops'),
    ],
  },
  { query: 'maximin', relevant: [`digest:${DIPLOMAT}`, claim(DIPLOMAT, 'maximin-strategy')] },
  {
    query: 'neutrality on the Ukraine war',
    relevant: [
      claim(DIPLOMAT, 'pro-russian-neutrality'),
      claim(DIPLOMAT, 'neutrality-will-continue'),
      `digest:${DIPLOMAT}`,
      'event:russia-invades-ukraine',
      'topic:china-russia-alignment',
    ],
  },
  {
    query: 'Putin',
    relevant: ['actor:vladimir-putin', 'event:xi-putin-joint-statement', claim(DIPLOMAT, 'putin-instability'), claim(DIPLOMAT, 'nato-refocused'), `digest:${DIPLOMAT}`],
  },
  { query: 'Niva Yau', relevant: ['actor:niva-yau', `digest:${FPRI}`, 'event:fpri-report-published'] },
  { query: 'FPRI report', relevant: ['event:fpri-report-published', `digest:${FPRI}`, 'actor:foreign-policy-research-institute', 'actor:niva-yau'] },
  {
    query: 'Korean War',
    relevant: ['event:korean-war', claim(SL, 'none-since-korea'), 'dispute:china-troops-abroad-record', claim(AP, 'acts-when-threatened')],
  },
  { query: 'Yemen evacuation', relevant: ['event:yemen-evacuation-2015', claim(FT, 'yemen-evacuation'), 'topic:overseas-evacuations', 'country:yemen'] },
  {
    query: 'trade',
    relevant: [
      'topic:china-central-asia-trade',
      claim(FPRI, 'trade-growth'),
      claim(FPRI, 'trade-target'),
      claim(FT, 'china-top-trade-partner'),
      claim(FT, 'peacekeeping-role'),
    ],
  },
  { query: 'responsibility to protect', relevant: ['topic:responsibility-to-protect', 'event:world-summit-2005', claim(FT, 'r2p-2005')] },
  { query: 'Belt and Road', relevant: BRI },
  { query: '一带一路', relevant: BRI },
  {
    query: 'Kirghizia',
    relevant: ['country:kyrgyzstan', `digest:${SL}`, 'dispute:china-troops-kyrgyzstan-2005', 'event:tulip-revolution', 'event:china-troops-kyrgyzstan-report-2005'],
  },
  {
    query: 'Liu Jianchao',
    relevant: ['actor:liu-jianchao', claim(SL, 'ria-china-considering-troops'), `digest:${SL}`, 'dispute:china-troops-kyrgyzstan-2005'],
  },
  { query: 'joint exercises', relevant: ['topic:joint-exercises-and-training', claim(FPRI, 'more-exercises-training'), claim(AP, 'sco-non-combat-only')] },
  { query: 'sanctions', relevant: ['topic:sanctions', claim(DIPLOMAT, 'costs-for-china')] },
  { query: 'border defense agreements', relevant: [claim(FPRI, 'four-agreements'), 'topic:border-security'] },
  { query: 'Taliban', relevant: ['actor:taliban', 'event:taliban-return', claim(AP, 'taliban-hedging'), claim(FPRI, 'taliban-engagement')] },
];
