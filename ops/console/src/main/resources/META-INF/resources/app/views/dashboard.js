// The dashboard: KPI cards and charts of GET /api/v1/dashboard, and monthly trends, under the chosen filters.
import {h, replace} from '../dom.js';
import {label, t, values} from '../i18n.js';
import * as api from '../api.js';
import {dateTime} from '../format.js';
import {field, enumOptions} from '../forms.js';
import {remember} from '../router.js';
import {empty, load} from '../states.js';
import {chart} from '../charts.js';
import {kpiCards} from './kpis.js';
import {leaderboard} from './leaderboard.js';
import {section} from './parts.js';
import {exportButtons} from './export-buttons.js';
import * as charts from './dashboard-charts.js';

const FILTERS = ['from', 'to', 'domain', 'district', 'kind', 'source'];
const METRICS = ['landings', 'signedAmount', 'problemsSolved', 'verifiedMilestones', 'newProjects', 'activeCompanions'];

export const title = () => t('dashboard.title');

export async function render(container, {query}) {
  const state = {metric: METRICS.includes(query.metric) ? query.metric : 'landings'};
  for (const name of FILTERS) if (query[name]) state[name] = query[name];
  const filtersSlot = h('div', {class: 'filters-slot'});
  const figuresSlot = h('div', {class: 'figures', id: 'figures'});
  replace(container, h('h1', {}, t('dashboard.title')), filtersSlot,
    exportButtons({endpoint: '/api/v1/dashboard', id: 'dashboard', name: 'dashboard', formats: ['xlsx'],
      query: () => filterParams(state)}), figuresSlot);
  let shown = 0;
  const refresh = () => {
    remember('/dashboard', state);
    const mine = ++shown;
    return load(figuresSlot, () => api.get('/api/v1/dashboard', filterParams(state)),
      view => (mine === shown ? figures(view, state) : [...figuresSlot.childNodes]));
  };
  // the choices of district and source are those the whole programme has
  const whole = await load(filtersSlot, () => api.get('/api/v1/dashboard'), all => filterForm(all, state, refresh));
  if (whole) await refresh();
}

function filterParams(state) {
  return Object.fromEntries(FILTERS.filter(name => state[name]).map(name => [name, state[name]]));
}

function filterForm(all, state, refresh) {
  const choices = (keys, current) => [...new Set([...keys, ...(current ? [current] : [])])].sort();
  const any = t('filter.any');
  const form = h('form', {class: 'filters', id: 'dashboard-filters', 'aria-label': t('filter.label')},
    field({name: 'from', label: t('filter.from'), type: 'date', value: state.from}),
    field({name: 'to', label: t('filter.to'), type: 'date', value: state.to}),
    field({name: 'domain', label: t('filter.domain'), type: 'select', value: state.domain,
      options: enumOptions(values('domain'), value => label('domain', value), any)}),
    field({name: 'district', label: t('filter.district'), type: 'select', value: state.district,
      options: enumOptions(choices(Object.keys(all.landings.byDistrict), state.district), value => value, any)}),
    field({name: 'kind', label: t('filter.kind'), type: 'select', value: state.kind,
      options: enumOptions(values('kind'), value => label('kind', value), any)}),
    field({name: 'source', label: t('filter.source'), type: 'select', value: state.source,
      options: enumOptions(choices(Object.keys(all.projects.bySource), state.source), value => value, any)}),
    h('div', {class: 'actions'}, h('button', {type: 'reset', class: 'secondary'}, t('filter.clear'))));
  form.addEventListener('change', event => {
    const name = event.target.name;
    if (!FILTERS.includes(name)) return;
    if (event.target.value) state[name] = event.target.value; else delete state[name];
    refresh();
  });
  form.addEventListener('reset', () => {
    for (const name of FILTERS) delete state[name];
    setTimeout(refresh); // after the fields are cleared
  });
  form.addEventListener('submit', event => event.preventDefault());
  return form;
}

function figures(view, state) {
  const byKind = h('div', {class: 'chart'});
  const byDistrict = h('div', {class: 'chart'});
  const byDomain = h('div', {class: 'chart'});
  const ttl = h('div', {class: 'chart short'});
  const hasKinds = Object.values(view.companions.byKind).some(counts => counts.registered > 0);
  const nodes = [
    h('p', {class: 'as-of'}, t('dashboard.asOf', {time: dateTime(view.asOf)})),
    kpiCards(view),
    h('div', {class: 'grid'},
      section('chart-by-kind', t('chart.byKind'), hasKinds ? byKind : empty(t('chart.byKind.empty'))),
      section('chart-by-district', t('chart.byDistrict'), landingsChart(view.landings.byDistrict, byDistrict)),
      section('chart-by-domain', t('chart.byDomain'), landingsChart(view.landings.byDomain, byDomain)),
      trendCard(state),
      section('chart-time-to-landing', t('chart.ttl'), view.timeToLanding.landedProjects > 0 ? ttl : empty(t('chart.ttl.empty'))),
      section('leaderboard', t('leaderboard.title'), leaderboard(view.leaderboard))),
  ];
  if (hasKinds) draw(byKind, charts.companionsByKind(view.companions.byKind));
  draw(byDistrict, charts.signedBy(view.landings.byDistrict, value => value, 'chart.byDistrict'));
  draw(byDomain, charts.signedBy(view.landings.byDomain, value => label('domain', value), 'chart.byDomain'));
  if (view.timeToLanding.landedProjects > 0) draw(ttl, charts.timeToLanding(view.timeToLanding));
  return nodes;
}

function landingsChart(byKey, element) {
  return Object.keys(byKey).length ? element : empty(t('chart.landings.empty'));
}

function draw(element, {option, description}) {
  chart(element, option, description);
}

function trendCard(state) {
  const slot = h('div', {class: 'trend-slot'});
  const show = () => load(slot, () => api.get('/api/v1/dashboard/trends',
    {metric: state.metric, interval: 'month', ...filterParams(state)}), trendView => {
    const element = h('div', {class: 'chart'});
    draw(element, charts.trend(trendView.points, state.metric));
    return element;
  });
  const metric = field({name: 'metric', label: t('trend.metric'), type: 'select', value: state.metric,
    options: enumOptions(METRICS, value => label('metric', value))});
  metric.querySelector('select').addEventListener('change', event => {
    state.metric = event.target.value;
    remember('/dashboard', state);
    show();
  });
  show();
  return section('chart-trends', t('trend.title'), metric, slot);
}
