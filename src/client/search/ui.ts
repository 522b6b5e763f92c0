/**
 * Everything search draws, added by boot.ts on first use: the header box
 * becomes a combobox and, on the search page, the page comes alive.
 */
import { attachCombobox } from './combobox.ts';
import { attachSearchPage } from './page.ts';

const box = document.querySelector<HTMLFormElement>('form[data-search-box]');
if (box) attachCombobox(box);
const page = document.querySelector<HTMLElement>('[data-search-page]');
if (page) attachSearchPage(page);
