/**
 * Files a build writes into its output folder from its cache, beside the
 * pages Astro renders: the preview cards. Written as pages, each of 10,000
 * cards went through a Response, Astro's page log and its incremental
 * cache, which cost more than drawing it; written here, a card kept from the
 * previous build costs nothing at all.
 *
 * The kept-output integration (src/data/kept-output.ts) opens the output
 * folder to copies when a build starts, saying which copies the previous
 * build left in it; a route offers its copies while Astro lists its pages
 * (src/pages/og/), writing them meanwhile; the integration takes them when
 * the build is done and records them with the folder. Astro runs the pages
 * from its bundle and the integrations from the config: they share the
 * process, not their modules, so the hand-over is held on globalThis.
 */

/** A file of the output folder (its path in it, with "/") and the cache file it is a copy of. */
export interface OutputCopy {
  output: string;
  source: string;
}

/** The output folder a build copies into, and the copies already in it. */
export interface CopyTarget {
  outDir: string;
  /** Copies the previous build left in the kept output folder: output path → source. Unchanged since, so they need no writing. */
  inPlace: ReadonlyMap<string, string>;
}

/** What a route offers: every copy its pages link to, once each is in the output folder, and how many it had to write. */
export interface CopyOffer {
  copies: OutputCopy[];
  written: number;
}

interface HandOver {
  target?: CopyTarget;
  offers: Map<string, Promise<CopyOffer>>;
}

const KEY = Symbol.for('central-asia-security-digest.output-copies');

function handOver(): HandOver {
  const holder = globalThis as typeof globalThis & { [KEY]?: HandOver };
  holder[KEY] ??= { offers: new Map() };
  return holder[KEY];
}

/** Called when a build starts: where copies go, and which are there already. Forgets the offers of any build before. */
export function openCopies(target: CopyTarget): void {
  handOver().target = target;
  handOver().offers.clear();
}

/** Where this build's copies go; undefined outside a build run with the kept-output integration. */
export function copyTarget(): CopyTarget | undefined {
  return handOver().target;
}

/**
 * Offers copies under a name; a second offer under the same name (a route's
 * paths listed twice) replaces the first. A failure is held for takeCopies
 * to report.
 */
export function offerCopies(name: string, offer: Promise<CopyOffer>): void {
  offer.catch(() => {});
  handOver().offers.set(name, offer);
}

/** Every offer of this build, once written, by name; closes the target. A failed offer rejects with its error, naming it. */
export async function takeCopies(): Promise<Map<string, CopyOffer>> {
  const { offers } = handOver();
  const taken = new Map<string, CopyOffer>();
  for (const [name, offer] of offers) {
    taken.set(
      name,
      await offer.catch((error: unknown) => {
        throw new Error(`${name} could not be written to the output folder: ${(error as Error)?.message ?? error}`, { cause: error });
      }),
    );
  }
  offers.clear();
  delete handOver().target;
  return taken;
}
