import { expect, test } from 'vitest';
import { aliasLang } from '../../../src/lib/views/aliases.ts';

test.each([
  ['习近平', 'zh'],
  ['上海合作组织', 'zh'],
  ['Казахстан', 'ru'],
  ['Шанхайская организация сотрудничества', 'ru'],
  ['Қазақстан', undefined],
  ['Тоҷикистон', undefined],
  ['Nur-Sultan', undefined],
  ['Qazaqstan', undefined],
])('%s is hinted as %s', (alias, lang) => {
  expect(aliasLang(alias)).toBe(lang);
});
