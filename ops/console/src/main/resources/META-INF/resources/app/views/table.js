// A data table that turns into labelled rows on a phone (each cell says its column's name).
import {h} from '../dom.js';

/** columns: [heading, cell(row, index) → node or text, class?]; rows: the data. */
export function table(columns, rows, id) {
  return h('div', {class: 'table-wrap'}, h('table', {class: 'data', id, tabindex: '-1'},
    h('thead', {}, h('tr', {}, columns.map(([heading, , className]) => h('th', {scope: 'col', class: className}, heading)))),
    h('tbody', {}, rows.map((row, index) => h('tr', {},
      columns.map(([heading, cell, className]) => h('td', {class: className, 'data-label': heading}, cell(row, index))))))));
}
