import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mappedSearchForm, searchForm, searchKey, searchWords } from '../../../src/lib/search/fold.ts';

describe('searchForm folds case and diacritics', () => {
  test.each([
    ['TOKAYEV', 'tokayev'],
    ['Tōkayev', 'tokayev'],
    ['Ürümqi', 'urumqi'],
    ['Nazarbaýew', 'nazarbayew'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['ﬁnance', 'finance'],
    ['İstanbul', 'istanbul'],
  ])('%s → %s', (text, form) => expect(searchForm(text)).toBe(form));
});

describe('searchForm folds Central Asian letters and transliterates Cyrillic', () => {
  test.each([
    ['Токаев', 'tokaev'],
    ['Тоқаев', 'tokaev'],
    ['Қасым-Жомарт', 'kasym zhomart'],
    ['Қазақстан', 'kazakstan'],
    ['Казахстан', 'kazakhstan'],
    ['Кыргызстан', 'kyrgyzstan'],
    ['Ўзбекистон', 'uzbekiston'],
    ['Ғани', 'gani'],
    ['Оңтүстік', 'ontustik'],
    ['Әлихан Бөкейхан', 'alikhan bokeikhan'],
    ['ШОС', 'shos'],
    ['Щучинск', 'shchuchinsk'],
    ['Объединённые', 'obedinennye'],
  ])('%s → %s', (text, form) => expect(searchForm(text)).toBe(form));

  test('Uzbek Latin apostrophes vanish, so both spellings agree', () => {
    expect(searchForm('Oʻzbekiston')).toBe('ozbekiston');
    expect(searchForm("O'zbekiston")).toBe('ozbekiston');
    expect(searchForm('G‘ulom')).toBe('gulom');
  });

  test('a Cyrillic spelling meets the Latin alias it transliterates to', () => {
    expect(searchForm('Токаев')).toBe(searchForm('Tokaev'));
    expect(searchForm('Путин')).toBe(searchForm('Putin'));
  });
});

describe('other scripts pass through', () => {
  test('Chinese is kept, so it matches Chinese aliases exactly', () => {
    expect(searchForm('习近平')).toBe('习近平');
    expect(searchForm('習近平')).toBe('習近平');
    expect(searchWords('上海合作组织 (SCO)')).toEqual(['上海合作组织', 'sco']);
  });

  test('Greek loses its accents but keeps its letters', () => {
    expect(searchForm('Αθήνα')).toBe('αθηνα');
  });
});

describe('words and keys', () => {
  test('punctuation separates words', () => {
    expect(searchKey('Nur-Sultan')).toBe('nur sultan');
    expect(searchKey('  Xi   Jinping. ')).toBe('xi jinping');
    expect(searchWords('<img src=x onerror=alert(1)>')).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
  });

  test('searchWords lists each word once, in order', () => {
    expect(searchWords('CSTO troops: the CSTO')).toEqual(['csto', 'troops', 'the']);
  });
});

describe('mappedSearchForm', () => {
  test('maps every character of the form back to the character it came from', () => {
    const text = 'Шоқан Wälikhanov';
    const { form, start, end } = mappedSearchForm(text);
    expect(form).toBe('shokan walikhanov');
    expect(text.slice(start[0], end[1])).toBe('Ш'); // "sh" both come from Ш
    expect(text.slice(start[7], end[12])).toBe('Wälikh');
  });

  test('agrees with searchForm and maps into the text, in order, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const { form, start, end } = mappedSearchForm(text);
        expect(form).toBe(searchForm(text));
        expect(start.length).toBe(form.length);
        for (let i = 0; i < form.length; i++) {
          expect(start[i]).toBeLessThan(end[i]!);
          expect(end[i]).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(start[i]).toBeGreaterThanOrEqual(start[i - 1]!);
        }
      }),
    );
  });

  test('folding twice changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(searchForm(searchForm(text))).toBe(searchForm(text));
      }),
    );
  });
});
