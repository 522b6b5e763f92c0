/**
 * citeproc (through Citation.js), the CSL engine that the site's own
 * reference styles (src/lib/cite/reference-styles.ts) are held to: the same
 * items in the same styles must come out the same.
 *
 * APA is the style Citation.js ships. Chicago author-date is a CSL style
 * written for this site's items (web pages with an author, a date, a title,
 * a description in `genre`, a container and a URL), below.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { CslItem } from '../../src/lib/cite/csl.ts';

const CHICAGO_AUTHOR_DATE_ID = 'chicago-author-date-web';

const CHICAGO_AUTHOR_DATE_CSL = `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0" demote-non-dropping-particle="display-and-sort" default-locale="en-US">
  <info>
    <title>Chicago Manual of Style author-date, web pages</title>
    <id>${CHICAGO_AUTHOR_DATE_ID}</id>
    <category citation-format="author-date"/>
    <updated>2026-11-29T00:00:00+00:00</updated>
  </info>
  <macro name="author">
    <names variable="author">
      <name and="text" name-as-sort-order="first" sort-separator=", " delimiter=", " delimiter-precedes-last="always"/>
      <substitute>
        <text variable="publisher"/>
        <text variable="container-title"/>
      </substitute>
    </names>
  </macro>
  <macro name="year">
    <choose>
      <if variable="issued">
        <date variable="issued"><date-part name="year"/></date>
      </if>
      <else>
        <text term="no date" form="short"/>
      </else>
    </choose>
  </macro>
  <macro name="full-date">
    <choose>
      <if variable="issued">
        <date variable="issued">
          <date-part name="month" form="long" suffix=" "/>
          <date-part name="day" suffix=", "/>
          <date-part name="year"/>
        </date>
      </if>
    </choose>
  </macro>
  <citation et-al-min="4" et-al-use-first="1" disambiguate-add-year-suffix="true">
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=" ">
        <text macro="author"/>
        <text macro="year"/>
      </group>
    </layout>
  </citation>
  <bibliography hanging-indent="true" et-al-min="11" et-al-use-first="7">
    <sort>
      <key macro="author"/>
      <key variable="issued"/>
      <key variable="title"/>
    </sort>
    <layout suffix=".">
      <group delimiter=". ">
        <text macro="author"/>
        <text macro="year"/>
        <text variable="title" quotes="true"/>
        <text variable="genre" text-case="capitalize-first"/>
        <text variable="container-title" font-style="italic"/>
        <text macro="full-date"/>
        <text variable="URL"/>
      </group>
    </layout>
  </bibliography>
</style>
`;

let registered = false;

/**
 * What the styles are given. The `original-*` fields describe the work we
 * digested, but APA reads `original-date` as a reprint date ("Original work
 * published …"); and the site is author, publisher and container at once.
 */
function forStyles(item: CslItem): Record<string, unknown> {
  const {
    'original-title': _t,
    'original-publisher': _p,
    'original-author': _a,
    'original-date': _d,
    'original-URL': _u,
    'container-title': _c,
    publisher: _pb,
    ...rest
  } = item;
  return rest;
}

/** One item's reference-list entry in `style`, as citeproc writes it (HTML or text). */
export function citeprocEntry(item: CslItem, style: 'chicago' | 'apa', format: 'html' | 'text' = 'html'): string {
  if (!registered) {
    plugins.config.get('@csl').styles.add(CHICAGO_AUTHOR_DATE_ID, CHICAGO_AUTHOR_DATE_CSL);
    registered = true;
  }
  const template = style === 'chicago' ? CHICAGO_AUTHOR_DATE_ID : 'apa';
  const entries = new Cite([forStyles(item)]).format('bibliography', { format, template, lang: 'en-US', asEntryArray: true }) as Array<[string, string]>;
  return entries[0]![1].trim();
}
