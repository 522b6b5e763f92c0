/** The site's main navigation: the index page of each kind that has one in the nav, then the pages that are not kinds. */
import { KINDS, NAV_KINDS } from '../kinds.ts';
import { kindIndexUrl } from '../urls.ts';

export interface NavLink {
  href: string;
  label: string;
}

export const NAV: readonly NavLink[] = [
  ...NAV_KINDS.map((kind) => ({ href: kindIndexUrl(kind), label: KINDS[kind].many })),
  { href: '/timeline/', label: 'Timeline' },
  { href: '/about/', label: 'About' },
];
