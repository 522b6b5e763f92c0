/**
 * A CSL style for Chicago author-date reference-list entries of web pages,
 * the only kind of item this site cites (a digest, or a claim in one). It is
 * written for this site rather than taken from the shared style repository,
 * and covers what our items carry: an author or a publisher standing in for
 * one, a date, a title, a description in `genre`, a container and a URL.
 *
 * Kept as a string so the core stays loadable by plain Node (no bundler
 * asset imports).
 */
export const CHICAGO_AUTHOR_DATE_ID = 'chicago-author-date-web';

export const CHICAGO_AUTHOR_DATE_CSL = `<?xml version="1.0" encoding="utf-8"?>
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
  <macro name="author-short">
    <names variable="author">
      <name form="short" and="text" delimiter=", "/>
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
      <else-if variable="accessed">
        <group delimiter=" ">
          <text term="accessed" text-case="capitalize-first"/>
          <date variable="accessed">
            <date-part name="month" form="long" suffix=" "/>
            <date-part name="day" suffix=", "/>
            <date-part name="year"/>
          </date>
        </group>
      </else-if>
    </choose>
  </macro>
  <citation et-al-min="4" et-al-use-first="1" disambiguate-add-year-suffix="true">
    <layout prefix="(" suffix=")" delimiter="; ">
      <group delimiter=" ">
        <text macro="author-short"/>
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
