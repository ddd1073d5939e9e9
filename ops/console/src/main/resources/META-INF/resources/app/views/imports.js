// Imports (administrators): a spreadsheet of companions, projects or challenges, dry run first, then applied.
import {h, replace} from '../dom.js';
import {has, language, t} from '../i18n.js';
import * as api from '../api.js';
import {count} from '../format.js';
import {enumOptions, field} from '../forms.js';
import {remember} from '../router.js';
import {fieldMessage, problemMessage} from '../problems.js';
import {section} from './parts.js';
import {table} from './table.js';

export const roles = ['ADMIN'];
export const title = () => t('imports.title');

const KINDS = ['companions', 'projects', 'challenges'];
/** Lines of a report shown on the page at most (the downloaded report has them all). */
const SHOWN = 200;

export function render(container, {query}) {
  const state = {kind: KINDS.includes(query.kind) ? query.kind : 'companions', checked: null};
  const kind = field({name: 'kind', label: t('imports.kind'), type: 'select', value: state.kind,
    options: enumOptions(KINDS, value => t(`imports.kind.${value}`))});
  const file = field({name: 'file', label: t('imports.file'), type: 'file', hint: t('imports.file.hint')});
  const input = file.querySelector('input');
  input.accept = '.csv,.xlsx,text/csv,' + api.XLSX;
  const dryRun = h('button', {type: 'button', id: 'import-dry-run'}, t('imports.dry-run'));
  const apply = h('button', {type: 'button', id: 'import-apply', class: 'secondary', disabled: true}, t('imports.apply'));
  const progress = h('div', {class: 'import-progress', id: 'import-progress', 'aria-live': 'polite'});
  const report = h('div', {class: 'import-report', id: 'import-report'});
  const templates = h('div', {class: 'exports', id: 'import-templates'});
  const showTemplates = () => replace(templates, [['xlsx', language()], ['csv', language()]].map(([format, lang]) =>
    h('button', {type: 'button', class: 'secondary', dataset: {template: format}, onclick: () => api.download(
      `/api/v1/imports/${state.kind}/template`, {format, lang}, format === 'xlsx' ? api.XLSX : 'text/csv',
      `${state.kind}-template.${format}`).catch(error => replace(progress, failed(error)))},
    t(`imports.template.${format}`))));
  const forget = () => {
    state.checked = null;
    apply.disabled = true;
  };
  kind.querySelector('select').addEventListener('change', event => {
    state.kind = event.target.value;
    remember('/imports', {kind: state.kind});
    showTemplates();
    forget();
  });
  input.addEventListener('change', forget);
  const run = async real => {
    const chosen = input.files[0];
    if (!chosen) {
      replace(progress, h('p', {class: 'error', role: 'alert'}, t('imports.file.missing')));
      return;
    }
    const job = `console-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    dryRun.disabled = true;
    apply.disabled = true;
    replace(report);
    const watching = watch(job, progress, real);
    try {
      const answer = await api.upload(`/api/v1/imports/${state.kind}`, {dryRun: !real, job}, chosen);
      watching.stop();
      replace(progress, h('p', {class: 'success', role: 'status'}, t(real ? 'imports.applied' : 'imports.checked',
        {rows: count(answer.created + answer.unchanged + (answer.updated || 0) + answer.refused)})));
      replace(report, shown(answer, job));
      state.checked = real ? null : chosen;
    } catch (error) {
      watching.stop();
      replace(progress, failed(error));
    } finally {
      dryRun.disabled = false;
      apply.disabled = state.checked !== chosen || real;
    }
  };
  dryRun.addEventListener('click', () => run(false));
  apply.addEventListener('click', () => run(true));
  showTemplates();
  replace(container, h('h1', {}, t('imports.title')),
    section('import-section', t('imports.heading'), h('p', {class: 'lead'}, t('imports.intro')),
      h('form', {class: 'api-form import-form', novalidate: true, onsubmit: event => event.preventDefault()},
        kind, h('div', {class: 'field'}, h('span', {class: 'label'}, t('imports.templates')), templates), file,
        h('div', {class: 'actions'}, dryRun, apply)),
      progress, report));
}

/** Follows the job's progress while the import runs: rows done of all, as a progress bar. */
function watch(job, target, real) {
  let stopped = false;
  const bar = h('progress', {max: 1, value: 0});
  const text = h('span', {}, t(real ? 'imports.applying' : 'imports.checking'));
  replace(target, h('p', {class: 'state loading', role: 'status'}, bar, ' ', text));
  const poll = async () => {
    if (stopped) return;
    try {
      const now = await api.get(`/api/v1/imports/jobs/${job}`, {}, {quiet401: true});
      if (stopped) return;
      bar.max = Math.max(1, now.rows);
      bar.value = now.done;
      text.textContent = t('imports.progress', {done: count(now.done), rows: count(now.rows)});
    } catch (notYet) {
      // the job is known once the file is read
    }
    if (!stopped) setTimeout(poll, 500);
  };
  setTimeout(poll, 300);
  return {stop: () => { stopped = true; }};
}

function failed(error) {
  return h('div', {class: 'state error', role: 'alert'}, h('p', {}, error.type === 'sheet-headers'
    ? t('imports.headers') : problemMessage(error)),
    error.errors.length ? h('ul', {class: 'header-errors'}, error.errors.map(e => h('li', {}, `${e.field}: ${e.message}`)))
      : error.status === 400 && error.detail ? h('p', {}, error.detail) : null);
}

function shown(answer, job) {
  const counts = ['created', 'unchanged', 'updated', 'refused'].map(outcome =>
    h('div', {class: 'kpi', dataset: {outcome}}, h('span', {class: 'value'}, count(answer[outcome] || 0)),
      h('span', {class: 'label'}, t(`imports.outcome.${outcome}`))));
  const refused = answer.rows.filter(line => line.outcome === 'refused');
  const lines = [...refused, ...answer.rows.filter(line => line.outcome !== 'refused')].slice(0, SHOWN);
  return [
    h('div', {class: 'import-counts'}, counts),
    h('div', {class: 'exports', id: 'import-report-downloads'}, ['csv', 'xlsx'].map(format => h('button', {
      type: 'button', class: 'secondary', dataset: {report: format}, onclick: () => api.download(
        `/api/v1/imports/jobs/${job}/report`, {}, format === 'xlsx' ? api.XLSX : 'text/csv',
        `${answer.kind}-import-report.${format}`)}, t(`imports.report.${format}`)))),
    lines.length ? table([
      [t('imports.row'), line => count(line.row), 'number'],
      [t('imports.id'), line => line.id || ''],
      [t('imports.outcome'), line => h('span', {class: `badge outcome-${line.outcome}`},
        t(`imports.outcome.${line.outcome}`))],
      [t('imports.field'), line => line.field || ''],
      [t('imports.reason'), line => reason(line)],
    ], lines, 'import-report-table') : null,
    answer.rows.length > SHOWN ? h('p', {class: 'hint'}, t('imports.more', {shown: count(SHOWN)})) : null,
  ];
}

// a row's refusals that are no business rule, said as the API's status would be outside English
const GENERIC = {'not-found': 'problem.404', 'internal-error': 'problem.500'};

function reason(line) {
  if (!line.type) return '';
  if (line.type === 'validation') return fieldMessage(line.detail);
  if (has(`rule.${line.type}`)) return t(`rule.${line.type}`);
  return GENERIC[line.type] && language() !== 'en' ? t(GENERIC[line.type]) : line.detail;
}
