/**
 * The region map on the home page, drawn at build time: Natural Earth
 * country shapes (a world-atlas TopoJSON topology) projected onto a
 * rectangle around Central Asia. The output is plain path data, so the page
 * ships an inline SVG and no script.
 */
import { geoConicEqualArea, geoGraticule, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A country with a page, as the map needs it. */
export interface MapCountry {
  id: string;
  name: string;
  url: string;
  /** ISO 3166-1 numeric code; world-atlas uses it as the feature id. */
  isoNumeric: string;
  /** How many digests touch the country. */
  digests: number;
}

/** One country outline inside the frame. */
export interface MapShape {
  iso: string;
  /** Natural Earth's name, used for countries that have no page. */
  name: string;
  /** SVG path data in map coordinates. */
  d: string;
  /** The country's page, when it has one. */
  country?: MapCountry;
  /** Coverage band from 1 (least) to 4 (most); 0 when the country has no page. */
  level: 0 | 1 | 2 | 3 | 4;
  /** Where its name goes (countries with pages only). */
  label?: { x: number; y: number };
}

/** A place with a page, as the map needs it. */
export interface MapPlace {
  id: string;
  name: string;
  url: string;
  lat: number;
  lon: number;
  /** How many digests touch the place. */
  digests: number;
}

/** A place inside the frame, at its projected point. */
export interface MapPin {
  place: MapPlace;
  x: number;
  y: number;
}

export interface RegionMap {
  width: number;
  height: number;
  shapes: MapShape[];
  /** Places inside the frame, west to east. */
  pins: MapPin[];
  /** The countries drawn with pages, most digests first: the text list beside the map. */
  listed: MapCountry[];
}

/** The part of the globe the map shows: Central Asia, Xinjiang and the neighbours around them. */
export const REGION_FRAME = { west: 46, east: 96, south: 30, north: 56 } as const;

interface Options {
  width?: number;
  /** Decimal places kept in path data; one is plenty at this scale. */
  digits?: number;
  frame?: { west: number; east: number; south: number; north: number };
  /** A generous width of one label character in map units, to keep labels inside the frame. */
  labelCharWidth?: number;
}

/**
 * The coverage band of a country, relative to the best-covered one: 1 for
 * none, 2 for under half the maximum, 3 from half, 4 from three quarters.
 */
export function coverageLevel(count: number, max: number): 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 1;
  if (count * 4 >= max * 3) return 4;
  return count * 2 >= max ? 3 : 2;
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/** Projects the countries of `topology` and the places that fall inside the frame; countries and places with pages become links. */
export function drawRegionMap(
  topology: Topology,
  countries: readonly MapCountry[],
  places: readonly MapPlace[] = [],
  options: Options = {},
): RegionMap {
  const { width = 800, digits = 1, frame = REGION_FRAME, labelCharWidth = 12 } = options;
  const outline = geoGraticule()
    .extent([[frame.west, frame.south], [frame.east, frame.north]])
    .outline();
  const midLon = (frame.west + frame.east) / 2;
  const projection = geoConicEqualArea()
    .rotate([-midLon, 0])
    .parallels([frame.south + (frame.north - frame.south) / 4, frame.north - (frame.north - frame.south) / 4])
    .fitWidth(width, outline);
  const height = Math.ceil(geoPath(projection).bounds(outline)[1][1]);
  projection.clipExtent([[0, 0], [width, height]]);
  const path = geoPath(projection).digits(digits);

  const byIso = new Map(countries.map((c) => [c.isoNumeric, c]));
  const max = Math.max(0, ...countries.map((c) => c.digests));
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const features = feature(topology, object).features as Array<Feature<Geometry, { name: string }>>;

  const shapes: MapShape[] = [];
  for (const f of features) {
    const iso = String(f.id ?? '');
    const d = path(f);
    // Shapes wholly outside the frame are clipped to nothing.
    if (!d || !iso) continue;
    const country = byIso.get(iso);
    const shape: MapShape = {
      iso,
      name: country?.name ?? f.properties.name,
      d,
      level: country ? coverageLevel(country.digests, max) : 0,
      ...(country ? { country } : {}),
    };
    // Only countries with pages are named: the rest are context, and their
    // clipped slivers would put names in odd places.
    if (country) {
      const [x, y] = path.centroid(f);
      if (Number.isFinite(x) && Number.isFinite(y)) {
        // A country cut by the frame has its centre near an edge; pull the name inside.
        const half = (shape.name.length * labelCharWidth) / 2 + 4;
        shape.label = { x: Math.round(clamp(x, half, width - half)), y: Math.round(clamp(y, 20, height - 8)) };
      }
    }
    shapes.push(shape);
  }
  shapes.sort((a, b) => Number(Boolean(a.country)) - Number(Boolean(b.country)) || a.iso.localeCompare(b.iso));
  const pins: MapPin[] = [];
  for (const place of places) {
    const point = projection([place.lon, place.lat]);
    if (!point) continue;
    const [x, y] = point.map((v) => Math.round(v * 10) / 10) as [number, number];
    if (x >= 0 && x <= width && y >= 0 && y <= height) pins.push({ place, x, y });
  }
  pins.sort((a, b) => a.x - b.x || a.place.id.localeCompare(b.place.id));
  const listed = shapes
    .flatMap((s) => (s.country ? [s.country] : []))
    .sort((a, b) => b.digests - a.digests || a.name.localeCompare(b.name, 'en'));
  return { width, height, shapes, pins, listed };
}
