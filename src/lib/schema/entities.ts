import { z } from 'zod';
import { DraftSchema, LineSchema, PartialDateSchema } from './common.ts';
import { ref, subjects } from './refs.ts';
import { SourceRefSchema } from './source-ref.ts';

/** Fields every entity (country, actor, topic, event) has. */
const EntityBase = {
  /** The name readers know it by, in English. */
  name: LineSchema,
  /**
   * Other names, spellings, transliterations and native scripts
   * (e.g. "Токаев", "Tokaev", "托卡耶夫"). Search matches all of them.
   */
  aliases: z.array(LineSchema).default([]),
  /** One or two sentences shown in lists, previews and search results. */
  summary: LineSchema,
  /** Published sources for facts that are not common knowledge (dates, offices, memberships, figures). */
  sources: z.array(SourceRefSchema).default([]),
  /** Work in progress: checked, never published (see DraftSchema). */
  draft: DraftSchema,
};

/** Membership of an organization (e.g. a state in the SCO) over a period. */
export const MembershipSchema = z.strictObject({
  /** The organization's actor id, e.g. "sco". */
  org: ref('actor'),
  /** When membership began (YYYY, YYYY-MM or YYYY-MM-DD). */
  from: PartialDateSchema.optional(),
  /** When it ended; omit if still a member. */
  to: PartialDateSchema.optional(),
  /** Kind of membership when it is not full membership, e.g. "observer". */
  status: z.enum(['member', 'founding-member', 'observer', 'dialogue-partner', 'former-member']).default('member'),
  /** Anything a reader should know about it. */
  note: z.string().optional(),
});

/** A role or office an actor held, e.g. Foreign Minister of China from 2013. */
export const RoleSchema = z.strictObject({
  /** The office or position, e.g. "Foreign Minister". */
  title: LineSchema,
  /** The organization or state body it was held in, if it has a page. */
  org: ref('actor').optional(),
  /** The country it was held in, if not implied by `org`. */
  country: ref('country').optional(),
  /** When it began. */
  from: PartialDateSchema.optional(),
  /** When it ended; omit if still held. */
  to: PartialDateSchema.optional(),
  /** A short qualifier, e.g. "acting" or "affiliation unverified". */
  note: z.string().optional(),
});

export const CountrySchema = z.strictObject({
  ...EntityBase,
  /** ISO 3166-1 numeric code, used to draw the country on the map (e.g. "398"). */
  isoNumeric: z.string().regex(/^\d{3}$/, 'must be a three-digit ISO 3166-1 numeric code').optional(),
  /** Capital city and any former names worth knowing. */
  capital: z.string().optional(),
  /** Whether the country is one of the five Central Asian states. */
  centralAsia: z.boolean().default(false),
  /** Memberships of organizations such as the SCO and CSTO, with dates. */
  memberships: z.array(MembershipSchema).default([]),
});

export const ACTOR_KINDS = ['person', 'organization', 'state-body'] as const;

export const ActorSchema = z.strictObject({
  ...EntityBase,
  /** A person, an organization (bloc, outlet, institute) or a body of a state (ministry, army). */
  kind: z.enum(ACTOR_KINDS),
  /** The country the actor belongs to or is based in. */
  country: ref('country').optional(),
  /** Offices and positions, with dates. */
  roles: z.array(RoleSchema).default([]),
  /** Memberships of other organizations. */
  memberships: z.array(MembershipSchema).default([]),
});

export const TopicSchema = z.strictObject({
  ...EntityBase,
  /** Broader topics this one belongs to. */
  broader: z.array(ref('topic')).default([]),
});

export const EventSchema = z.strictObject({
  ...EntityBase,
  /** When it happened or began (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: PartialDateSchema,
  /** When it ended, for events that span days or years. */
  end: PartialDateSchema.optional(),
  /** True when the date is approximate ("about 2016"). */
  approximate: z.boolean().default(false),
  /** Countries it concerns. */
  countries: subjects('country'),
  /** Actors it concerns. */
  actors: subjects('actor'),
  /** Topics it concerns. */
  topics: subjects('topic'),
});

export const PLACE_CATEGORIES = ['city', 'region', 'military-base', 'border-post', 'corridor'] as const;

export const PlaceSchema = z.strictObject({
  ...EntityBase,
  /** What sort of place: a city, a region, a military base, a border post or a corridor. */
  category: z.enum(PLACE_CATEGORIES),
  /** The country it lies in. */
  country: ref('country'),
  /** Where it is, in decimal degrees (WGS 84): a point for a city or base, a middle point for a region or corridor. */
  coordinates: z.strictObject({
    /** Latitude, -90 to 90 (north positive). */
    lat: z.number().min(-90).max(90),
    /** Longitude, -180 to 180 (east positive). */
    lon: z.number().min(-180).max(180),
  }),
  /** True when the position is only roughly known (an unacknowledged post, say). */
  approximate: z.boolean().default(false),
});

export type Membership = z.infer<typeof MembershipSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Country = z.infer<typeof CountrySchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type ActorKind = Actor['kind'];
export type Topic = z.infer<typeof TopicSchema>;
export type Event = z.infer<typeof EventSchema>;
export type Place = z.infer<typeof PlaceSchema>;
