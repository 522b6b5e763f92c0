/**
 * Node-only: what a build may keep of the previous build's output folder.
 *
 * Astro empties the output folder before every build and then copies each
 * page whose cache key is unchanged back from its cache. On a disk where
 * writing and deleting a file costs more than rendering it, that was most
 * of a rebuild. Astro also keeps a page that is already in the output
 * folder, so the folder can be kept instead, on one condition: it must be
 * exactly what the previous build left (no file added, removed or changed
 * since) and that build's incremental manifest must be the one Astro reads
 * now. A record of both is written after each build and checked before the
 * next; anything else empties the folder as Astro would.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputCopy } from './output-copies.ts';

/**
 * A folder as a build left it: each file's size and modification time, and
 * each folder's modification time (by path relative to it, the folder
 * itself as ""). A folder's time changes whenever an entry is added to it,
 * removed or renamed, so checking the recorded paths finds any change
 * without listing the folder again.
 */
export interface FolderSnapshot {
  files: Record<string, [size: number, mtimeMs: number]>;
  folders: Record<string, number>;
}

/**
 * What a finished build left: its output folder, a hash of its incremental
 * manifest, the folder's snapshot, and which of its files are copies of
 * cache files (output path → source; see output-copies.ts).
 */
export interface OutputRecord {
  outDir: string;
  manifest: string;
  folder: FolderSnapshot;
  copies: Record<string, string>;
}

const inGit = (name: string) => name === '.git' || name.startsWith('.git/');

/** The names of each folder's files and subfolders in a snapshot, by the folder's name. */
function entriesByFolder(recorded: FolderSnapshot): Map<string, { files: string[]; folders: string[] }> {
  const byFolder = new Map<string, { files: string[]; folders: string[] }>();
  const entriesOf = (name: string) => {
    const parent = name.slice(0, Math.max(0, name.lastIndexOf('/')));
    let entries = byFolder.get(parent);
    if (!entries) byFolder.set(parent, (entries = { files: [], folders: [] }));
    return entries;
  };
  for (const name of Object.keys(recorded.files)) entriesOf(name).files.push(name);
  for (const name of Object.keys(recorded.folders)) if (name) entriesOf(name).folders.push(name);
  return byFolder;
}

/**
 * Every file and folder under `dir` (but a .git folder). Walked folder by
 * folder: Node's recursive readdir took half as long again at 10,000
 * digests (70,000 entries). Given the snapshot taken before a build, a
 * folder whose time is unchanged holds the entries it held then (see
 * FolderSnapshot), so only its files are looked at again, not its listing.
 */
export function snapshot(dir: string, before?: FolderSnapshot): FolderSnapshot {
  const found: FolderSnapshot = { files: {}, folders: {} };
  const root = statSync(dir, { throwIfNoEntry: false });
  if (!root?.isDirectory()) return found;
  const known = before && entriesByFolder(before);
  const addFile = (name: string) => {
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    if (stat) found.files[name] = [stat.size, stat.mtimeMs];
  };
  const addFolder = (name: string, mtimeMs: number) => {
    found.folders[name] = mtimeMs;
    const listed = before?.folders[name] === mtimeMs ? known!.get(name) : undefined;
    if (listed) {
      for (const file of listed.files) addFile(file);
      for (const folder of listed.folders) {
        const stat = statSync(join(dir, folder), { throwIfNoEntry: false });
        if (stat) addFolder(folder, stat.mtimeMs);
      }
      return;
    }
    for (const entry of readdirSync(join(dir, name), { withFileTypes: true })) {
      const childName = name ? `${name}/${entry.name}` : entry.name;
      if (inGit(childName)) continue;
      if (entry.isFile()) addFile(childName);
      else if (entry.isDirectory()) {
        const stat = statSync(join(dir, childName), { throwIfNoEntry: false });
        if (stat) addFolder(childName, stat.mtimeMs);
      }
    }
  };
  addFolder('', root.mtimeMs);
  return found;
}

/** Is every recorded file and folder of `dir` as recorded? (A third of the time of a new snapshot.) */
function unchanged(dir: string, recorded: FolderSnapshot): boolean {
  for (const [name, mtimeMs] of Object.entries(recorded.folders)) {
    if (statSync(join(dir, name), { throwIfNoEntry: false })?.mtimeMs !== mtimeMs) return false;
  }
  for (const [name, [size, mtimeMs]] of Object.entries(recorded.files)) {
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    if (stat?.size !== size || stat.mtimeMs !== mtimeMs) return false;
  }
  return true;
}

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** The output files Astro's incremental manifest lists for cached pages (relative to the output folder); undefined if it cannot be read. */
export function manifestOutputs(manifestText: string | undefined): Set<string> | undefined {
  if (manifestText === undefined) return undefined;
  try {
    const { routes } = JSON.parse(manifestText) as { routes: Record<string, { paths: Record<string, { outputFile: string }> }> };
    return new Set(Object.values(routes).flatMap((route) => Object.values(route.paths).map((p) => p.outputFile)));
  } catch {
    return undefined;
  }
}

/** Why the output folder cannot be kept, or undefined if it can. */
export function whyNotKept(record: OutputRecord | undefined, outDir: string, manifestText: string | undefined): string | undefined {
  if (!record) return 'no record of the previous build';
  if (record.outDir !== outDir) return 'the previous build wrote elsewhere';
  if (manifestText === undefined || manifestOutputs(manifestText) === undefined) return 'the incremental cache cannot be read';
  if (hash(manifestText) !== record.manifest) return 'the incremental cache is not the one that build left';
  if (!unchanged(outDir, record.folder)) return 'files in it changed after that build';
  return undefined;
}

/**
 * Deletes files of the output folder, then each folder they leave empty, up
 * to the output folder itself (which stays). Only the folders of deleted
 * files are looked at: walking all of them took a second at 10,000 digests.
 */
function removeFiles(outDir: string, names: Iterable<string>): void {
  const folders = new Set<string>();
  for (const name of names) {
    rmSync(join(outDir, name), { force: true });
    for (let at = name.lastIndexOf('/'); at > 0; at = name.lastIndexOf('/', at - 1)) folders.add(name.slice(0, at));
  }
  // Deepest first, so a parent is looked at after its children are gone.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    const path = join(outDir, folder);
    try {
      if (readdirSync(path).length === 0) rmSync(path, { recursive: true });
    } catch {
      // Already gone.
    }
  }
}

/** A kept output folder: the files a build may reuse, which of them are copies of which cache files, and the folder as the last build left it. */
export interface KeptOutput {
  kept: Set<string>;
  inPlace: Map<string, string>;
  before: FolderSnapshot;
}

/**
 * Before a build: keep the output folder if the record allows it, keeping
 * only the pages Astro may reuse and the copies of cache files (everything
 * else, from scripts to public files, is written again by the build);
 * otherwise empty it. The record is removed, so a build that stops half way
 * leaves none. Returns what was kept, or the reason the folder was emptied.
 */
export function prepareOutDir(outDir: string, recordFile: string, manifestFile: string): KeptOutput | { emptied: string } {
  let record: OutputRecord | undefined;
  try {
    const read = JSON.parse(readFileSync(recordFile, 'utf8')) as Partial<OutputRecord> | null;
    // A record that is not whole is no record.
    const isObject = (value: unknown) => typeof value === 'object' && value !== null;
    const whole = isObject(read?.folder?.files) && isObject(read?.folder?.folders) && isObject(read?.copies);
    if (typeof read?.outDir === 'string' && typeof read.manifest === 'string' && whole) {
      record = read as OutputRecord;
    }
  } catch {
    record = undefined;
  }
  rmSync(recordFile, { force: true });
  const manifestText = readText(manifestFile);
  const reason = whyNotKept(record, outDir, manifestText);
  if (reason !== undefined) {
    // As Astro empties it: everything but a .git folder.
    let names: string[] = [];
    try {
      names = readdirSync(outDir, { encoding: 'utf8' });
    } catch {
      // No folder yet.
    }
    for (const name of names) if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true });
    return { emptied: reason };
  }
  const inPlace = new Map(Object.entries(record!.copies).filter(([name, source]) => typeof source === 'string' && Object.hasOwn(record!.folder.files, name)));
  const kept = new Set([...manifestOutputs(manifestText)!, ...inPlace.keys()]);
  removeFiles(outDir, Object.keys(record!.folder.files).filter((name) => !kept.has(name)));
  return { kept, inPlace, before: record!.folder };
}

/**
 * After a build: remove the files kept from the previous build that this
 * one did not output (a deleted digest, a shorter list), then record the
 * folder. `output` is every file the build's routes output, kept or written;
 * `copies`, the copies of cache files among them.
 */
export function finishOutDir(
  outDir: string,
  recordFile: string,
  manifestFile: string,
  kept: Pick<KeptOutput, 'kept' | 'before'> | undefined,
  output: Set<string>,
  copies: readonly OutputCopy[] = [],
): void {
  if (kept) removeFiles(outDir, [...kept.kept].filter((name) => !output.has(name)));
  const manifestText = readText(manifestFile);
  if (manifestText === undefined) return;
  const record: OutputRecord = {
    outDir,
    manifest: hash(manifestText),
    folder: snapshot(outDir, kept?.before),
    copies: Object.fromEntries(copies.map(({ output, source }) => [output, source])),
  };
  writeFileSync(recordFile, JSON.stringify(record));
}
