// A companion: profile, honours, outcomes, active assignments and the projects they accompany.
import {h} from '../dom.js';
import {label, t} from '../i18n.js';
import * as api from '../api.js';
import {amount, count, date} from '../format.js';
import {link} from '../router.js';
import {empty, load} from '../states.js';
import {table} from './table.js';
import {facts, section} from './parts.js';

export const title = () => t('companion.page');

export function render(container, {params}) {
  const id = encodeURIComponent(params.id);
  return load(container, () => Promise.all([
    api.get(`/api/v1/companions/${id}`),
    api.get('/api/v1/projects', {companionId: params.id, size: 100}),
  ]), ([companion, projects]) => page(companion, projects));
}

function page(companion, projects) {
  const outcomes = companion.outcomes || {};
  return [
    h('p', {class: 'crumbs'}, h('a', {href: link('/companions')}, t('companions.title'))),
    h('h1', {}, companion.name, ' ', h('span', {class: `badge status-${companion.status}`},
      label('companionStatus', companion.status))),
    facts([
      [t('project.id'), companion.id],
      [t('filter.kind'), label('kind', companion.kind)],
      [t('companion.organisation'), companion.organisation],
      [t('companion.domains'), companion.domains.map(domain => label('domain', domain)).join(t('list.separator'))],
      [t('companion.email'), companion.email],
      [t('companion.statusReason'), companion.statusReason],
      [t('companion.load'), t('companion.load.value', {active: count(companion.activeAssignments.length),
        capacity: count(companion.capacity)})],
      [t('companion.honours'), companion.honours.map(honour => `${honour.title} (${honour.year})`).join(t('list.separator'))],
    ]),
    section('companion-outcomes', t('companion.outcomes'), h('div', {class: 'kpis small'},
      outcome('landed-projects', outcomes.landedProjects),
      outcome('problems-solved', outcomes.problemsSolved),
      outcome('verified-milestones', outcomes.verifiedMilestones))),
    section('companion-projects', t('companion.projects'), projects.items.length ? table([
      [t('project.title'), p => h('a', {href: link(`/projects/${encodeURIComponent(p.id)}`)}, p.title)],
      [t('projects.stage'), p => label('stage', p.stage)],
      [t('assign.role'), p => assignmentOf(companion, p.id)],
      [t('projects.landings'), p => count(p.landings), 'number'],
      [t('projects.signed'), p => amount(p.signedAmountCny), 'number'],
    ], projects.items, 'companion-projects-table') : empty(t('companion.projects.empty'))),
  ];
}

function outcome(name, value) {
  return h('article', {class: 'kpi', dataset: {outcome: name, value: String(value ?? 0)}},
    h('h3', {}, t(`outcome.${name}`)), h('p', {class: 'figure'}, count(value ?? 0)));
}

function assignmentOf(companion, projectId) {
  const active = companion.activeAssignments.find(a => a.projectId === projectId);
  return active ? t('companion.assignment', {role: label('assignmentRole', active.role), since: date(active.since)})
    : t('companion.assignment.past');
}
