// A searchable, paged list of an API list endpoint ({items, page, size, total}), its state kept in the address.
import {h, replace} from '../dom.js';
import {t} from '../i18n.js';
import * as api from '../api.js';
import {count} from '../format.js';
import {values as formValues} from '../forms.js';
import {remember} from '../router.js';
import {empty, load} from '../states.js';
import {table} from './table.js';
import {exportButtons} from './export-buttons.js';

const SIZE = 20;

/**
 * spec: {route, endpoint, query (the address's), fields (filter fields, named as the endpoint's parameters),
 * fixed (parameters always sent), columns (see table.js), emptyText, id, exports (the file name: export buttons for
 * the whole filtered list)}. Answers its nodes and a refresh().
 */
export function pagedList(spec) {
  const names = () => [...form.querySelectorAll('[name]')].map(control => control.name);
  const state = {...spec.query, page: Number(spec.query.page) || 0};
  const results = h('div', {class: 'results', id: `${spec.id}-results`});
  const form = h('form', {class: 'filters', role: 'search', 'aria-label': t('list.search'), hidden: !spec.fields},
    spec.fields, h('div', {class: 'actions'}, h('button', {type: 'submit'}, t('list.search'))));
  const show = () => {
    remember(spec.route, state);
    return load(results, () => api.get(spec.endpoint, {...state, ...spec.fixed, size: SIZE}), page => listing(page));
  };
  const listing = page => {
    if (!page.items.length) return empty(spec.emptyText);
    const last = Math.max(0, Math.ceil(page.total / SIZE) - 1);
    const turn = to => () => {
      state.page = to;
      show().then(() => results.querySelector('table')?.focus());
    };
    return [
      table(spec.columns, page.items, spec.id),
      h('nav', {class: 'pager', 'aria-label': t('list.pages')},
        h('button', {type: 'button', class: 'secondary', disabled: page.page <= 0, onclick: turn(page.page - 1)},
          t('list.previous')),
        h('span', {}, t('list.range', {from: count(page.page * SIZE + 1),
          to: count(page.page * SIZE + page.items.length), total: count(page.total)})),
        h('button', {type: 'button', class: 'secondary', disabled: page.page >= last, onclick: turn(page.page + 1)},
          t('list.next'))),
    ];
  };
  form.addEventListener('submit', event => {
    event.preventDefault();
    const chosen = formValues(form);
    for (const name of names()) delete state[name];
    Object.assign(state, chosen, {page: 0});
    show();
  });
  form.addEventListener('change', event => {
    if (event.target.tagName === 'SELECT') form.requestSubmit();
  });
  show();
  const exports = spec.exports ? exportButtons({endpoint: spec.endpoint, id: spec.id, name: spec.exports,
    query: () => ({...state, ...spec.fixed})}) : null;
  return {nodes: [form, exports, results], refresh: show};
}
