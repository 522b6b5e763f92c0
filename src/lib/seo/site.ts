/** What the site calls itself wherever it is named: titles, feeds, preview cards, structured data. */
export const SITE = {
  name: 'Central Asia Security Digest',
  /** The headline question the site answers. */
  subject: "China's security posture in Central Asia",
  description:
    "Sourced digests on China's security posture in Central Asia, cross-linked by country, actor, topic and event.",
  language: 'en',
} as const;
