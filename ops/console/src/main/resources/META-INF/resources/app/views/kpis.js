// The six KPI cards of a dashboard answer (live, or as of a past date in the audit view).
import {h} from '../dom.js';
import {t} from '../i18n.js';
import {amount, count, exactAmount} from '../format.js';

/** Each card: its data-kpi name, where its figure is in the dashboard answer, and whether it is an amount. */
const CARDS = [
  ['active-companions', view => view.companions.active],
  ['projects-incubating', view => view.projects.incubating],
  ['projects-landed', view => view.projects.landed],
  ['signed-amount', view => view.landings.signedAmountCny, true],
  ['problems-solved', view => view.challenges.solved],
  ['enterprises-served', view => view.challenges.enterprisesServed],
];

/** The KPI cards of a dashboard answer; each card's data-value is the API's figure as it came. */
export function kpiCards(view) {
  return h('section', {class: 'kpis', 'aria-label': t('dashboard.kpis')}, CARDS.map(([name, figure, isAmount]) => {
    const value = figure(view);
    return h('article', {class: 'kpi', dataset: {kpi: name, value: String(value)}},
      h('h3', {}, t(`kpi.${name}`)),
      h('p', {class: 'figure', title: isAmount ? exactAmount(value) : null}, isAmount ? amount(value) : count(value)),
      h('p', {class: 'caption'}, t(`kpi.${name}.caption`)));
  }));
}
