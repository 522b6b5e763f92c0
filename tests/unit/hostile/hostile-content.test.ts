/**
 * Hostile and broken content, each case a small content tree run through the
 * real pipeline (parseCorpus, as the build and `npm run check` use it), with
 * the exact outcome asserted. The cases that need a full site build live in
 * tests/build/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCorpus } from '../../../src/lib/corpus.ts';
import { formatIssue } from '../../../src/lib/issues.ts';
import { contentTree, edit } from '../../support/content-tree.ts';

type Changes = Record<string, string | null>;
const problems = (changes: Changes) => parseCorpus(contentTree(changes)).issues.map(formatIssue);

const VALID_TOPIC = '---\nname: A topic\nsummary: One line.\n---\nBody.\n';

/** [case, changes to the fixture corpus, every problem expected] */
const CASES: Array<[string, Changes, string[]]> = [
  // Schema errors
  ['wrong type', edit('events/pact-founded.md', 'date: "2001-06-15"', 'date: 2001'), [
    'content/events/pact-founded.md:4 date: Invalid input: expected string, received number',
  ]],
  ['missing field', edit('topics/non-interference.md', 'summary: Staying out of other states\' domestic affairs.\n', ''), [
    'content/topics/non-interference.md:2 summary: is required',
  ]],
  ['impossible date', edit('events/border-crisis.md', '"2022-01-19"', '"2022-02-30"'), [
    'content/events/border-crisis.md:5 end: must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
  ]],
  ['unknown field', edit('topics/non-interference.md', 'broader:', 'narrower: []\nbroader:'), [
    'content/topics/non-interference.md:4 narrower: unknown field',
  ]],
  ['empty file', { 'topics/empty.md': '' }, [
    'content/topics/empty.md: file is empty; a content file needs YAML front matter between --- lines',
  ]],
  ['YAML that is not a mapping', { 'topics/list.md': '---\n- one\n- two\n---\nBody.\n' }, [
    'content/topics/list.md:2: front matter must be a YAML mapping of field: value',
  ]],
  ['YAML syntax error', { 'topics/broken.md': '---\nname: [unclosed\nsummary: x\n---\n' }, [
    'content/topics/broken.md:4: front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
  ]],
  ['duplicate YAML key', { 'topics/twice.md': '---\nname: One\nname: Two\nsummary: x\n---\n' }, [
    'content/topics/twice.md:4: front matter is not valid YAML: Map keys must be unique',
  ]],
  ['no front matter', { 'topics/bare.md': 'Just text.\n' }, [
    'content/topics/bare.md:1: file must begin with YAML front matter opened by a line "---"',
  ]],
  ['unclosed front matter', { 'topics/open.md': '---\nname: Open\nsummary: Never closed.\n\nBody text.\n' }, [
    'content/topics/open.md:1: front matter is not closed: add a line "---" after it',
  ]],

  // Unknown entities
  ['unknown entity in front matter', edit('digests/herald-pact-ready.md', 'actors: [test-pact]', 'actors: [test-pakt]'), [
    'content/digests/herald-pact-ready.md:11 actors[0]: unknown actor "test-pakt" (did you mean "test-pact"?)',
  ]],
  ['unknown entity in a [[link]]', edit('countries/sylvania.md', '[[freedonia]]', '[[freedona]]'), [
    'content/countries/sylvania.md:6 body: unknown id "freedona" in [[freedona]] (did you mean "freedonia"?)',
  ]],

  // Ids
  ['same id in two collections', { 'topics/freedonia.md': VALID_TOPIC }, [
    'content/countries/freedonia.md: duplicate id: content/topics/freedonia.md has the same id (ids are unique across all collections)',
    'content/topics/freedonia.md: duplicate id: content/countries/freedonia.md has the same id (ids are unique across all collections)',
  ]],
  ['ids differing only by case', { 'topics/Border-Security.md': VALID_TOPIC }, [
    'content/topics/border-security.md: duplicate id: content/topics/Border-Security.md has the same id (ids are unique across all collections)',
    'content/topics/Border-Security.md: duplicate id: content/topics/border-security.md has the same id (ids are unique across all collections)',
  ]],
  ['ids differing only by Unicode normalization', { 'topics/caf\u00e9.md': VALID_TOPIC, 'topics/cafe\u0301.md': VALID_TOPIC }, [
    'content/topics/caf\u00e9.md: duplicate id: content/topics/cafe\u0301.md has the same id (ids are unique across all collections)',
    'content/topics/cafe\u0301.md: duplicate id: content/topics/caf\u00e9.md has the same id (ids are unique across all collections)',
  ]],
  ['id with ..', { 'topics/a..b.md': VALID_TOPIC }, [
    'content/topics/a..b.md: file name "a..b" is not a valid id: use lowercase a-z, 0-9 and single hyphens (e.g. "xi-jinping.md")',
  ]],
  ['id with no letter, which would clash with a page number', { 'topics/2.md': VALID_TOPIC, 'digests/2022-05.md': VALID_TOPIC }, [
    'content/digests/2022-05.md: file name "2022-05" has no letter: /digests/2022-05/ would clash with the numbered pages of a list; add a word (e.g. "report-2022-05.md")',
    'content/topics/2.md: file name "2" has no letter: /topics/2/ would clash with the numbered pages of a list; add a word (e.g. "report-2.md")',
  ]],
  ['id in a subfolder', { 'topics/nested/deep.md': VALID_TOPIC }, [
    'content/topics/nested/deep.md: content files sit directly in topics/, not in subfolders',
  ]],
  ['id with a space', { 'topics/two words.md': VALID_TOPIC }, [
    'content/topics/two words.md: file name "two words" is not a valid id: use lowercase a-z, 0-9 and single hyphens (e.g. "xi-jinping.md")',
  ]],
  ['id with non-ASCII letters', { 'topics/казахстан.md': VALID_TOPIC }, [
    'content/topics/казахстан.md: file name "казахстан" is not a valid id: use lowercase a-z, 0-9 and single hyphens (e.g. "xi-jinping.md")',
  ]],
  ['a file that is not Markdown', { 'digests/draft.markdown': VALID_TOPIC }, [
    'content/digests/draft.markdown: only .md files are read here; rename it to .md or move it out',
  ]],
  ['a folder that is not a collection', { 'people/someone.md': VALID_TOPIC }, [
    'content/people/someone.md: "people" is not a content folder; use one of digests, countries, actors, topics, events, places, disputes',
  ]],

  // Raw HTML and unsafe links
  ['<script>', { 'topics/t.md': `${VALID_TOPIC}\n<script>alert(1)</script>\n` }, [
    'content/topics/t.md:7 body: raw HTML is not allowed: "<script>alert(1)</script>"; write Markdown',
  ]],
  ['onerror=', { 'topics/t.md': `${VALID_TOPIC}\nSee <img src=x onerror=alert(1)> here.\n` }, [
    'content/topics/t.md:7 body: raw HTML is not allowed: "<img src=x onerror=alert(1)>"; write Markdown',
  ]],
  ['javascript: URL', { 'topics/t.md': `${VALID_TOPIC}\n[click](javascript:alert(1))\n` }, [
    'content/topics/t.md:7 body: link URL "javascript:alert(1)" is not allowed; use http(s), mailto or a site path',
  ]],
  ['data: URL', { 'topics/t.md': `${VALID_TOPIC}\n![x](data:image/svg+xml;base64,PHN2Zz4=)\n` }, [
    'content/topics/t.md:7 body: image URL "data:image/svg+xml;base64,PHN2Zz4=" is not allowed; use http(s), mailto or a site path',
  ]],
  ['<iframe>', { 'topics/t.md': `${VALID_TOPIC}\n<iframe src="https://example.com"></iframe>\n` }, [
    'content/topics/t.md:7 body: raw HTML is not allowed: "<iframe src=\\"https://example.com\\"></iframe>"; write Markdown',
  ]],
  ['SVG with script', { 'topics/t.md': `${VALID_TOPIC}\n<svg><script>alert(1)</script></svg>\n` }, [
    'content/topics/t.md:7 body: raw HTML is not allowed: "<svg>"; write Markdown',
  ]],
  ['javascript: URL in a reference definition', { 'topics/t.md': `${VALID_TOPIC}\n[x][1]\n\n[1]: JavaScript:alert(1)\n` }, [
    'content/topics/t.md:9 body: definition URL "JavaScript:alert(1)" is not allowed; use http(s), mailto or a site path',
  ]],

  // A render failure is an error, never a skipped page
  // Thousands of nested quotes overflow the parser's stack: a real failure, not a simulated one.
  ['a body the renderer cannot handle', { 'topics/deep.md': `${VALID_TOPIC}\n${'>'.repeat(3000)} too deep\n` }, [
    'content/topics/deep.md:5: body could not be rendered: Maximum call stack size exceeded',
  ]],
];

describe('hostile and broken content is refused with a clear message', () => {
  // The deeply nested case takes seconds on a busy machine.
  test.each(CASES)('%s', { timeout: 30_000 }, (_name, changes, expected) => {
    expect(problems(changes)).toEqual(expected);
  });
});

describe('front matter in a language other than YAML never runs', () => {
  test.each(['js', 'javascript', 'JS', 'JavaScript', ' js '])('---%s is refused and its code does not run', (language) => {
    const marker = `__pwned_${language.trim()}`;
    const evil = `---${language}\n{ title: (globalThis.${marker} = true, "x"), summary: "x" }\n---\nBody.\n`;
    expect(problems({ 'topics/evil.md': evil })).toEqual([
      `content/topics/evil.md:1: front matter language "${language.trim()}" is not allowed; only YAML is read (remove "${language.trim()}" after ---)`,
    ]);
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });
});

describe('non-Latin names', () => {
  test('Cyrillic and Chinese names render and link', () => {
    const { corpus, issues } = parseCorpus(
      contentTree({
        'topics/border-security.md': '---\nname: Пограничная безопасность\naliases: [边境安全]\nsummary: Охрана границ.\n---\nSee [[freedonia|Фридония]] and [[sylvania]].\n',
        'countries/sylvania.md': '---\nname: 西尔瓦尼亚\nsummary: 邻国。\n---\nNeighbour of [[freedonia]].\n',
      }),
    );
    expect(issues).toEqual([]);
    const topic = corpus.topic.find((t) => t.id === 'border-security')!;
    expect(topic.rendered.html).toBe(
      '<p>See <a href="/countries/freedonia/" class="entity" data-type="country" data-entity="freedonia">Фридония</a> and <a href="/countries/sylvania/" class="entity" data-type="country" data-entity="sylvania">西尔瓦尼亚</a>.</p>',
    );
  });
});

describe('npm run check', () => {
  const run = (changes: Changes) => {
    const root = mkdtempSync(join(tmpdir(), 'hostile-'));
    for (const file of contentTree(changes)) {
      mkdirSync(dirname(join(root, file.relativePath)), { recursive: true });
      writeFileSync(join(root, file.relativePath), file.text);
    }
    return spawnSync(process.execPath, ['src/cli/check.ts', '--content', root], { encoding: 'utf8' });
  };

  test('exits 0 and counts the entries on valid content', () => {
    const result = run({});
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('content OK: 2 digests, 2 countries, 3 actors, 2 topics, 2 events, 1 places, 1 disputes\n');
  });

  test('prints every problem, not just the first, and exits 1', () => {
    const result = run({ ...edit('events/pact-founded.md', '"2001-06-15"', '"2001-13-01"'), 'topics/empty.md': '' });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('/events/pact-founded.md:4 date: must be a real date'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('/topics/empty.md: file is empty'))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/^2 problems found; valid so far: /);
  });
});
