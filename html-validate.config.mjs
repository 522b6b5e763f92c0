// @ts-check
/**
 * html-validate for the built site (dist/**\/*.html), run by the e2e tests.
 * The recommended preset applies in full, with two documented exceptions.
 */
import { defineFlatConfig, esmResolver, FlatCompat } from 'html-validate';

const compat = new FlatCompat([esmResolver()]);

export default defineFlatConfig([
  // Element metadata must be named in flat configs; the legacy format added html5 by default.
  await compat.config({ extends: ['html-validate:recommended'], elements: ['html5'] }),
  {
    name: 'site',
    rules: {
      // Page titles are digest headlines followed by the site name, and a
      // headline is often longer than 70 characters on its own. Cutting it
      // would hide words from tab titles, bookmarks and screen readers; search
      // engines shorten what they display by themselves.
      'long-title': 'off',
      // A group of checkboxes shares one name, each box one value (the
      // timeline filter: name="country", value=<id>), as in any form that
      // submits several values for one field. The rule's default allows a
      // shared name for radio buttons and buttons only.
      'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
    },
  },
]);
