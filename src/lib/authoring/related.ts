/**
 * What a digest probably links without the source naming it: entities one
 * step away in the entity graph from those the text names. A source on the
 * January 2022 unrest names Tokayev and the CSTO; the events that involve
 * both, in the weeks before it was published, are suggested too, and so are
 * the topics and places those events are filed under. Each suggestion says why, so the
 * author can judge it.
 */

/** An entity with what its own front matter refers to. */
export interface GraphEntity {
  id: string;
  kind: string;
  /** Ids its front matter names: an event's countries, actors and topics; an actor's country and organizations. */
  refs: readonly string[];
  /** For events, when it happened (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string | undefined;
}

/** An entity suggested through the graph, and the entity that led to it. */
export interface RelatedEntity {
  id: string;
  kind: string;
  /** The found or suggested entity that refers to it, or that it refers to. */
  via: string;
}

/** How far before the source's date an event may lie and still be suggested (years). */
const YEARS_BEFORE = 2;
/** Sources are often dated a little late or early: events this many days after still count. */
const DAYS_AFTER = 31;
/** Events this close to one another are taken for one story. */
const DAYS_IN_A_RUN = 7;

const dayNumber = (date: string) => {
  const [y, m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
};

/**
 * Entities one step from `found`: events that refer to two or more found
 * entities (dated near `published` when it is known, or in a year the text
 * mentions; three or more when the date is unknown), the topics and places
 * of those events, events within days of an offered one that share a found
 * entity with it, and the country of each found person or organization.
 */
export function relatedEntities(
  found: ReadonlySet<string>,
  known: readonly GraphEntity[],
  options: { published?: string | undefined; yearsMentioned?: ReadonlySet<string> } = {},
): RelatedEntity[] {
  const byId = new Map(known.map((e) => [e.id, e]));
  const out = new Map<string, RelatedEntity>();
  const add = (id: string, via: string) => {
    const target = byId.get(id);
    if (target && !found.has(id) && !out.has(id)) out.set(id, { id, kind: target.kind, via });
  };
  const published = options.published ? dayNumber(options.published) : undefined;
  const near = (date: string | undefined) => {
    if (!date) return false;
    if (options.yearsMentioned?.has(date.slice(0, 4))) return true;
    if (published === undefined) return false;
    const day = dayNumber(date);
    return day <= published + DAYS_AFTER && day >= published - 365 * YEARS_BEFORE;
  };
  const events = known.filter((e) => e.kind === 'event' && !found.has(e.id));
  for (const event of events) {
    const shared = event.refs.filter((id) => found.has(id) && byId.get(id)?.kind !== 'topic');
    // Without a date to go by, an event must share more to be suggested.
    if (shared.length >= (published === undefined && !near(event.date) ? 3 : 2) && (published === undefined || near(event.date))) {
      add(event.id, shared.join(' + '));
    }
  }
  // Events come in runs (protests, a request for help, a deployment): an
  // event within days of one already offered, sharing one of its found
  // entities, belongs to the same story even when it shares only that one.
  const anchors = [...found, ...out.keys()].map((id) => byId.get(id)).filter((e) => e?.kind === 'event' && e.date?.length === 10);
  for (const event of events) {
    if (out.has(event.id) || event.date?.length !== 10) continue;
    const day = dayNumber(event.date);
    const shared = event.refs.filter((id) => found.has(id) && byId.get(id)?.kind !== 'topic');
    const anchor = anchors.find((a) => Math.abs(dayNumber(a!.date!) - day) <= DAYS_IN_A_RUN && a!.refs.some((id) => shared.includes(id)));
    if (anchor) add(event.id, `${shared.join(' + ')}, days from ${anchor.id}`);
  }
  for (const id of [...found, ...out.keys()]) {
    const entity = byId.get(id);
    if (entity?.kind !== 'event') continue;
    for (const ref of entity.refs) if (byId.get(ref)?.kind === 'topic' || byId.get(ref)?.kind === 'place') add(ref, id);
  }
  for (const id of found) {
    const entity = byId.get(id);
    if (entity?.kind !== 'actor') continue;
    for (const ref of entity.refs) if (byId.get(ref)?.kind === 'country') add(ref, id);
  }
  return [...out.values()];
}
