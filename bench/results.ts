/** The shape of one benchmark run's results, shared by the runner and the report. */
import type { BuildRun, SiteKind } from './build.ts';
import type { Environment } from './lib/environment.ts';
import type { ProfileSummary } from './lib/profile.ts';
import type { PagefindIndexResult } from './search/pagefind-index.ts';
import type { SessionResult } from './search/session.ts';
import type { PageWeight } from './weight.ts';

export interface CorpusStats {
  digests: number;
  files: number;
  bytes: number;
  ms: number;
}

export interface BuildSeries {
  site: SiteKind;
  digests: number;
  runs: BuildRun[];
  /** Why the series is incomplete, e.g. a build that ran out of memory. */
  error?: string;
}

export interface BenchResults {
  env: Environment;
  seed: string;
  /** Wall time of the whole `npm run bench`. */
  wallMs: number;
  /** 1-minute load average when the run started and ended. */
  load: { start: number; end: number; max: number };
  corpora: CorpusStats[];
  builds: BuildSeries[];
  /** Our site built from the real content/, as benchmarked (PREVIEW_IMAGES=site) and with a preview image per page. */
  real?: { site: BuildRun; allPreviews?: BuildRun };
  /** Where our build spends its time, from `node --cpu-prof`. */
  profile?: { digests: number; summary: ProfileSummary };
  /** Queries in the scripted typing session, and the pause between keystrokes. */
  searchQueries: number;
  searchGapMs?: number;
  search: Array<SessionResult & { digests: number }>;
  pagefindIndex: Array<PagefindIndexResult & { digests: number }>;
  weights: Array<{ site: string; pages: PageWeight[] }>;
  /** Things the reader of the report must know: skipped parts, reduced runs. */
  notes: string[];
}
