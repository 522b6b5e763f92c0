/**
 * Content problems are collected, never thrown one at a time, so that an
 * author sees every mistake in one run of `npm run check` or the build.
 */

/** One problem in one content file. */
export interface ContentIssue {
  /** Path of the file, relative to the project (e.g. "content/digests/x.md"). */
  file: string;
  /** 1-based line in the file, when it can be located. */
  line?: number;
  /** The field, as a path such as "claims[2].by"; absent for whole-file problems. */
  field?: string;
  message: string;
}

/** `file:line field: message`, the one format every tool prints. */
export function formatIssue(issue: ContentIssue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}`;
  return issue.field ? `${where} ${issue.field}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Thrown when content has problems; carries all of them. */
export class ContentError extends Error {
  readonly issues: readonly ContentIssue[];
  /**
   * The first problem's place. Astro's dev error overlay shows `loc` (and the
   * lines around it) instead of the place in our code the error was thrown.
   */
  readonly loc: { file: string; line: number; column: number } | undefined;
  constructor(issues: readonly ContentIssue[]) {
    const count = `${issues.length} content problem${issues.length === 1 ? '' : 's'}`;
    super(`${count}:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'ContentError';
    this.issues = issues;
    const first = issues.find((issue) => issue.line !== undefined) ?? issues[0];
    this.loc = first && { file: first.file, line: first.line ?? 1, column: 1 };
  }
}

/** Renders a field path the way authors write it: `source.published`, `claims[2].by`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
