/**
 * Everything search draws, added by boot.ts on first use: its stylesheet,
 * the header box as a combobox and, on the search page, the page itself.
 */
import stylesheet from './search-ui.css?url';
import { attachCombobox } from './combobox.ts';
import { attachSearchPage } from './page.ts';

const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = stylesheet;
document.head.append(link);

const box = document.querySelector<HTMLFormElement>('form[data-search-box]');
if (box) attachCombobox(box);
const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) attachSearchPage(page);
