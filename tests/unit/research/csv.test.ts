/** The CSV writer, read back with csv-parse in strict RFC 4180 mode. */
import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/export/csv.ts';

const HOSTILE = [
  'plain',
  'comma, inside',
  'quote " inside and "quoted"',
  'line\nbreak and\r\nCRLF',
  '  spaces kept  ',
  'Кыргызстан «безопасность»',
  '中国在中亚的安全存在，上合组织',
  '{braces} 50% & more',
  '',
];
const FORMULAS = ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '=HYPERLINK("http://x","y")', '\tTAB', '\rCR'];

const read = (text: string) =>
  parse(text, { columns: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: false }) as Array<Record<string, string>>;

test('every value comes back exactly, one header row, records ended by CRLF', () => {
  const rows = HOSTILE.map((value, i) => ({ n: i, value, list: [value, 'b'] }));
  const text = toCsv(['n', 'value', 'list'], rows);
  expect(text.startsWith('n,value,list\r\n')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  const back = read(text);
  expect(back).toHaveLength(HOSTILE.length);
  for (const [i, value] of HOSTILE.entries()) {
    expect(back[i]).toEqual({ n: String(i), value, list: `${value}; b` });
  }
});

test('cells that a spreadsheet would run as a formula are neutralised with an apostrophe', () => {
  const back = read(toCsv(['value'], FORMULAS.map((value) => ({ value }))));
  expect(back.map((r) => r.value)).toEqual(FORMULAS.map((f) => `'${f}`));
  // Numbers are data, not formulas.
  expect(csvField(-5)).toBe('-5');
  expect(csvField('-5')).toBe("'-5");
});

test('quotes are doubled and only fields that need it are quoted', () => {
  expect(csvField('a "b"')).toBe('"a ""b"""');
  expect(csvField('a,b')).toBe('"a,b"');
  expect(csvField('ab')).toBe('ab');
  expect(csvField(undefined)).toBe('');
  expect(csvField(true)).toBe('true');
});
