// Small parts of the detail pages: a headed section, and a list of facts.
import {h} from '../dom.js';

export function section(id, heading, ...body) {
  return h('section', {class: 'card', id}, h('h2', {}, heading), body);
}

/** Name and value pairs; pairs without a value are left out. */
export function facts(pairs) {
  return h('dl', {class: 'facts'}, pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([name, value]) => h('div', {}, h('dt', {}, name), h('dd', {}, value))));
}
