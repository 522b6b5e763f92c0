/**
 * Node-only: writes a new content file, a draft, for `npm run new`. Every
 * check runs before anything is written, so a refused request changes no
 * file; each refusal is one line that says what to do instead.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { checkContent } from '../corpus-fs.ts';
import { type Kind, KINDS, KIND_NAMES } from '../kinds.ts';
import { ID_PATTERN, SCHEMAS } from '../schema/index.ts';
import { entityIndex } from './entity-index.ts';
import { scaffoldDigest } from './scaffold.ts';
import { skeletonFile } from './skeleton.ts';

/** A request `npm run new` refuses; the message is one line. */
export class AuthoringError extends Error {
  override name = 'AuthoringError';
}

/** Source files larger than this are refused: no article is, and reading one would be slow. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

export interface NewFileRequest {
  /** A kind ("actor") or a folder name ("actors"). */
  kind: string;
  id: string;
  /** For digests: the source file to scaffold from (relative to `cwd`, or absolute). */
  from?: string | undefined;
  /** Overwrite the target if it exists. */
  force?: boolean | undefined;
  /** The content root. */
  root: string;
  /** Where paths in messages are relative to. */
  cwd?: string | undefined;
}

export interface NewFileResult {
  /** The file written, relative to `cwd`. */
  path: string;
  /** One line on what was written and found. */
  summary: string;
}

/** The kinds `npm run new` takes: every row of the table of kinds. */
export const NEW_KINDS: readonly Kind[] = KIND_NAMES;

function kindOf(name: string): Kind {
  const found = KIND_NAMES.find((kind) => kind === name || KINDS[kind].collection === name);
  if (!found) throw new AuthoringError(`unknown kind "${name}": use one of ${NEW_KINDS.join(', ')}`);
  return found;
}

/** Reads a source file as text, or refuses it in one line. */
export function readSource(given: string, cwd: string): string {
  const path = resolve(cwd, given);
  const shown = given;
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new AuthoringError(`source "${shown}" is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof AuthoringError) throw error;
    throw new AuthoringError(`source file "${shown}" not found`);
  }
  if (size > MAX_SOURCE_BYTES) {
    throw new AuthoringError(`source file "${shown}" is ${(size / 1024 / 1024).toFixed(1)} MB; files over 5 MB are refused (save the article's text alone)`);
  }
  const bytes = readFileSync(path);
  if (bytes.includes(0)) throw new AuthoringError(`source file "${shown}" is a binary file, not text; save the article as plain text first`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AuthoringError(`source file "${shown}" is not UTF-8 text; save the article as plain text first`);
  }
  return text;
}

/** Writes the draft, or throws an AuthoringError without touching any file. */
export async function createContentFile(request: NewFileRequest): Promise<NewFileResult> {
  const cwd = request.cwd ?? process.cwd();
  const kind = kindOf(request.kind);
  const { id } = request;
  if (!ID_PATTERN.test(id)) throw new AuthoringError(`"${id}" is not a valid id: use lowercase a-z, 0-9 and single hyphens (e.g. "xi-jinping")`);
  if (request.from !== undefined && kind !== 'digest') throw new AuthoringError(`--from makes digests only; leave it out for a new ${kind}`);

  const target = join(request.root, KINDS[kind].collection, `${id}.md`);
  const shown = (path: string) => relative(cwd, path);
  for (const other of KIND_NAMES) {
    const folder = join(request.root, KINDS[other].collection);
    const clash = existsSync(folder) ? readdirSync(folder).find((file) => file.toLowerCase() === `${id}.md`) : undefined;
    if (clash === undefined) continue;
    const path = join(folder, clash);
    if (path !== target) throw new AuthoringError(`id "${id}" is taken by ${shown(path)} (ids are unique across all folders); choose another`);
    if (!request.force) throw new AuthoringError(`${shown(path)} already exists; add --force to overwrite it`);
  }

  let text: string;
  let summary: string;
  if (request.from !== undefined) {
    const source = readSource(request.from, cwd);
    const { corpus } = await checkContent(request.root, cwd);
    const scaffold = scaffoldDigest(basename(request.from), source, entityIndex(corpus));
    text = scaffold.text;
    summary = `${scaffold.found.length} entities named in the source, ${scaffold.related.length} suggested through them, ${scaffold.candidates.length} names with no entity`;
  } else {
    text = skeletonFile(SCHEMAS[kind], defaultsFor(kind, id));
    summary = `the skeleton of a new ${kind}`;
  }
  mkdirSync(join(request.root, KINDS[kind].collection), { recursive: true });
  writeFileSync(target, text);
  return { path: shown(target), summary };
}

/** An entity's name guessed from its id ("xi-jinping" → "Xi Jinping"), for the author to correct. */
function defaultsFor(kind: Kind, id: string) {
  const shape = (SCHEMAS[kind] as unknown as { shape: Record<string, unknown> }).shape;
  if (!('name' in shape)) return {};
  const name = id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
  return { name: { value: name, comment: 'to verify: made from the id' } };
}
