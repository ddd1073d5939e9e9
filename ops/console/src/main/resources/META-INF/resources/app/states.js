// The three states every screen part passes through before it shows data: loading, empty, error.
import {h, replace} from './dom.js';
import {t} from './i18n.js';
import {problemMessage} from './problems.js';

export function loading() {
  return h('p', {class: 'state loading', role: 'status'}, h('span', {class: 'spinner', 'aria-hidden': 'true'}),
    t('state.loading'));
}

export function empty(message = t('state.empty')) {
  return h('p', {class: 'state empty'}, message);
}

export function failure(error, retry) {
  return h('div', {class: 'state error', role: 'alert'},
    h('p', {}, problemMessage(error)),
    retry ? h('button', {type: 'button', class: 'secondary', onclick: retry}, t('state.retry')) : null);
}

/**
 * Shows loading in target, then what show(data) builds from fetch()'s answer, or the error with a retry.
 * Answers the data (undefined after an error).
 */
export async function load(target, fetch, show) {
  target.setAttribute('aria-busy', 'true');
  replace(target, loading());
  try {
    const data = await fetch();
    replace(target, show(data));
    return data;
  } catch (error) {
    replace(target, failure(error, () => load(target, fetch, show)));
    if (!error.status) console.warn(error); // a bug of the console, not an answer of the API
    return undefined;
  } finally {
    target.removeAttribute('aria-busy');
  }
}
