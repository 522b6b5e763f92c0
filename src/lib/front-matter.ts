import matter from 'gray-matter';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { ContentIssue } from './issues.ts';

/** A Markdown file split into its front matter and body. */
export interface SplitFile {
  /** The parsed front matter: always a plain object. */
  data: Record<string, unknown>;
  /** The front matter exactly as written, for locating fields by line. */
  frontMatter: string;
  /** The Markdown after the closing delimiter. */
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

const refuse = (language: string) => () => {
  throw new Error(`front matter in ${language} is not allowed; write YAML`);
};

/**
 * gray-matter evaluates `---js` front matter with `eval` unless its engines
 * are replaced; every engine but YAML is replaced by one that throws. YAML is
 * read with the core schema so that dates stay strings we can validate.
 */
const ENGINES = {
  yaml: (source: string) => parseYaml(source),
  js: refuse('JavaScript'),
  javascript: refuse('JavaScript'),
  coffee: refuse('CoffeeScript'),
  cson: refuse('CoffeeScript'),
  json: refuse('JSON'),
  toml: refuse('TOML'),
};

/**
 * js-yaml reads front matter: it is several times faster than the yaml
 * package, which matters at thousands of files. The yaml package keeps exact
 * positions, so it is asked again only to word and place a problem.
 */
function parseYaml(source: string): unknown {
  try {
    return load(source, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const lineCounter = new LineCounter();
    const precise = parseDocument(source, { schema: 'core', uniqueKeys: true, prettyErrors: false, lineCounter }).errors[0];
    if (precise) throw new YamlError(precise.message, lineCounter.linePos(precise.pos[0]).line);
    throw new YamlError(error.reason, error.mark ? error.mark.line + 1 : undefined);
  }
}

class YamlError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line?: number) {
    super(message);
    this.line = line;
  }
}

const OPENING = /^---([^\r\n]*)\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/** Where a file's front matter and body are, before the YAML is read. */
export interface FrontMatterBlock {
  /** The file without a byte-order mark. */
  text: string;
  frontMatter: string;
  body: string;
  bodyLine: number;
}

/**
 * Finds the front matter between its --- lines, or returns the problems that
 * stop it being read: an empty file, no front matter, front matter that is
 * never closed, or a language other than YAML.
 */
export function findFrontMatter(source: string, file: string): FrontMatterBlock | ContentIssue[] {
  const text = source.replace(/^\uFEFF/, '');
  if (!text.trim()) return [{ file, message: 'file is empty; a content file needs YAML front matter between --- lines' }];
  const opening = OPENING.exec(text);
  if (!opening) return [{ file, line: 1, message: 'file must begin with YAML front matter opened by a line "---"' }];
  const language = opening[1]!.trim();
  if (language && language.toLowerCase() !== 'yaml') {
    return [{ file, line: 1, message: `front matter language "${language}" is not allowed; only YAML is read (remove "${language}" after ---)` }];
  }
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return [{ file, line: 1, message: 'front matter is not closed: add a line "---" after it' }];
  const bodyStart = opening[0].length + closing.index + closing[0].length;
  const bodyLine = text.slice(0, bodyStart).split('\n').length + 1;
  return { text, frontMatter: rest.slice(0, closing.index), body: text.slice(bodyStart).replace(/^\r?\n/, ''), bodyLine };
}

/** Reads the YAML of a block found by findFrontMatter, or returns why it cannot: invalid YAML, or YAML that is not a mapping. Never evaluates code. */
export function readFrontMatter(block: FrontMatterBlock, file: string): Record<string, unknown> | ContentIssue[] {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // Options must be passed on every call: without them gray-matter caches by content.
    parsed = matter(block.text, { engines: ENGINES, language: 'yaml' } as Parameters<typeof matter>[1]);
  } catch (error) {
    const line = error instanceof YamlError && error.line ? error.line + 1 : 1;
    return [{ file, line, message: `front matter is not valid YAML: ${(error as Error).message}` }];
  }
  const data: unknown = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ file, line: 2, message: 'front matter must be a YAML mapping of field: value' }];
  }
  return data as Record<string, unknown>;
}

/** Splits a file into front matter (read) and body, or returns the problems that stop it being read. */
export function splitFrontMatter(source: string, file: string): SplitFile | ContentIssue[] {
  const block = findFrontMatter(source, file);
  if (Array.isArray(block)) return block;
  const data = readFrontMatter(block, file);
  if (Array.isArray(data)) return data;
  return { data, frontMatter: block.frontMatter, body: block.body, bodyLine: block.bodyLine };
}

/**
 * The 1-based line, within the front matter, of a field; falls
 * back to the nearest enclosing field that exists, then to the first line.
 */
export function lineOfField(frontMatter: string, path: readonly PropertyKey[]): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(frontMatter, { schema: 'core', lineCounter });
  for (let depth = path.length; depth > 0; depth--) {
    const offset = findKeyNode(doc.contents, path.slice(0, depth))?.range?.[0];
    if (offset !== undefined) return lineCounter.linePos(offset).line;
  }
  return 1;
}

/** For a mapping field, the key's position is where the author looks. */
function findKeyNode(root: unknown, path: readonly PropertyKey[]): { range?: [number, number, number] } | undefined {
  let node: unknown = root;
  for (let i = 0; i < path.length; i++) {
    if (!node || typeof node !== 'object' || !('items' in node)) return undefined;
    const items = (node as { items: unknown[] }).items;
    if (isMap(node)) {
      const pair = (items as Array<{ key: { value?: unknown; range?: [number, number, number] }; value: unknown }>).find(
        (p) => p.key?.value === path[i],
      );
      if (!pair) return undefined;
      if (i === path.length - 1) return pair.key;
      node = pair.value;
    } else {
      node = items[path[i] as number];
      if (i === path.length - 1) return node as { range?: [number, number, number] };
    }
  }
  return undefined;
}
