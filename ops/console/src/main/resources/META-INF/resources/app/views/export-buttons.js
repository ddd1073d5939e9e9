// Export buttons: the list (or table) the screen shows, with its filters and without paging, as Excel or CSV.
import {h, replace} from '../dom.js';
import {language, t} from '../i18n.js';
import * as api from '../api.js';
import {problemMessage} from '../problems.js';

/**
 * spec: {endpoint, query: () => the filters now, name (the file's, without extension), id, formats (default both)}.
 * Headers come in the console's language; a failure shows next to the buttons.
 */
export function exportButtons(spec) {
  const message = h('span', {class: 'export-message', role: 'status', 'aria-live': 'polite'});
  const formats = spec.formats || ['xlsx', 'csv'];
  const run = format => async event => {
    const button = event.currentTarget;
    button.disabled = true;
    replace(message);
    try {
      const query = {...spec.query(), lang: language()};
      delete query.page;
      delete query.size;
      await api.download(spec.endpoint, query, format === 'xlsx' ? api.XLSX : 'text/csv', `${spec.name}.${format}`);
    } catch (error) {
      replace(message, h('span', {class: 'error'}, problemMessage(error)));
    } finally {
      button.disabled = false;
    }
  };
  return h('div', {class: 'exports', id: `${spec.id}-exports`},
    formats.map(format => h('button', {type: 'button', class: 'secondary', dataset: {export: format},
      onclick: run(format)}, t(`export.${format}`))),
    message);
}
