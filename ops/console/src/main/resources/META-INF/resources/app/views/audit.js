// The auditor's view: pick a project, companion or challenge and read its event history; see its state and the
// dashboard as of a date; run the verification of the event log and the read models, now or as a job with a receipt.
import {h, replace} from '../dom.js';
import {label, t} from '../i18n.js';
import * as api from '../api.js';
import {today} from '../format.js';
import {apiForm, enumOptions, field} from '../forms.js';
import {remember} from '../router.js';
import {empty, load} from '../states.js';
import {section} from './parts.js';
import {exportButtons} from './export-buttons.js';
import {history, stateAsOf, verification} from './audit-parts.js';
import {kpiCards} from './kpis.js';
import {verificationJobs} from './verification-jobs.js';

export const roles = ['ADMIN', 'AUDITOR'];
export const title = () => t('audit.title');

/** How each kind of stream is searched: its list endpoint, search parameter and the label of an item. */
const SEARCH = {
  project: ['/api/v1/projects', 'q', item => item.title],
  companion: ['/api/v1/companions', 'q', item => item.name],
  challenge: ['/api/v1/challenges', 'enterprise', item => `${item.enterprise} · ${item.title}`],
};

export function render(container, {query}) {
  const state = {stream: query.stream, asOf: query.asOf || today()};
  const found = h('div', {class: 'found', id: 'audit-found'});
  const events = h('div', {id: 'audit-events'});
  const asOf = h('div', {id: 'audit-as-of'});
  const checked = h('div', {id: 'audit-verification'});
  const choose = id => {
    state.stream = id;
    remember('/audit', state);
    load(events, () => api.get(`/api/v1/audit/streams/${encodeURIComponent(id)}/events`), history);
  };
  const picker = apiForm({className: 'filters', submit: t('list.search'), keep: true,
    fields: [
      field({name: 'kind', label: t('audit.kind'), type: 'select',
        options: enumOptions(Object.keys(SEARCH), kind => label('streamKind', kind))}),
      field({name: 'q', label: t('audit.search'), type: 'search'}),
    ],
    send: ({kind, q}) => {
      const [endpoint, parameter, name] = SEARCH[kind];
      return load(found, () => api.get(endpoint, {[parameter]: q, size: 10}), page => (page.items.length
        ? h('ul', {class: 'choices-list'}, page.items.map(item => h('li', {}, h('button', {type: 'button',
          class: 'secondary', dataset: {stream: item.id}, onclick: () => choose(item.id)}, `${name(item)} (${item.id})`))))
        : empty(t('audit.none'))));
    },
    done: () => t('audit.found')});
  const asOfForm = apiForm({className: 'filters', submit: t('audit.asOf.show'), keep: true,
    fields: [field({name: 'asOf', label: t('audit.asOf.date'), type: 'date', value: state.asOf})],
    send: async ({asOf: day}) => {
      state.asOf = day || today();
      remember('/audit', state);
      await showAsOf(asOf, state);
    },
    done: () => t('audit.asOf.shown', {date: state.asOf})});
  replace(container, h('h1', {}, t('audit.title')),
    section('audit-history', t('audit.history'), h('p', {class: 'lead'}, t('audit.history.intro')), picker, found, events),
    section('audit-as-of-section', t('audit.asOf'), asOfForm, asOf),
    section('audit-log', t('audit.log'), h('p', {class: 'lead'}, t('audit.log.intro')),
      exportButtons({endpoint: '/api/v1/audit/events', id: 'audit-log', name: 'events', query: () => ({})})),
    section('audit-verification-section', t('audit.verification'), h('p', {class: 'lead'}, t('audit.verification.intro')),
      h('button', {type: 'button', id: 'run-verification', onclick: () => load(checked,
        () => api.get('/api/v1/audit/verification'), verification)}, t('audit.verification.run')), checked),
    section('audit-jobs-section', t('audit.jobs'), verificationJobs()));
  if (state.stream) choose(state.stream);
}

function showAsOf(target, state) {
  const stateSlot = h('div', {id: 'audit-state'});
  const dashboardSlot = h('div', {id: 'audit-dashboard'});
  replace(target, h('h3', {}, t('audit.asOf.state')), stateSlot, h('h3', {}, t('audit.asOf.dashboard')), dashboardSlot);
  return Promise.all([
    state.stream ? load(stateSlot, () => api.get(`/api/v1/audit/streams/${encodeURIComponent(state.stream)}/state`,
      {asOf: state.asOf}), stateAsOf) : replace(stateSlot, empty(t('audit.asOf.pick'))),
    load(dashboardSlot, () => api.get('/api/v1/audit/dashboard', {asOf: state.asOf}), kpiCards),
  ]);
}
