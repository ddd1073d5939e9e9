// The mentor's work page: the projects they accompany now, and the forms to log progress on one of them.
import {h, replace} from '../dom.js';
import {label, t} from '../i18n.js';
import * as api from '../api.js';
import {date} from '../format.js';
import {link, remember} from '../router.js';
import {empty, load} from '../states.js';
import {section} from './parts.js';
import {progressForms} from './progress-forms.js';
import {table} from './table.js';

export const roles = ['MENTOR'];
export const title = () => t('work.title');

export function render(container, {query, me}) {
  const heading = h('h1', {}, t('work.title'));
  if (!me.companionId) {
    replace(container, heading, empty(t('work.no-companion')));
    return undefined;
  }
  const mine = h('div', {id: 'my-projects'});
  const chosen = h('div', {id: 'work-project'});
  replace(container, heading, section('my-projects-section', t('work.mine'), mine), chosen);
  return load(mine, () => Promise.all([
    api.get(`/api/v1/companions/${encodeURIComponent(me.companionId)}`),
    api.get('/api/v1/projects', {companionId: me.companionId, size: 100}),
  ]), ([companion, projects]) => {
    const titles = Object.fromEntries(projects.items.map(p => [p.id, p]));
    const active = companion.activeAssignments;
    const choose = projectId => () => {
      remember('/work', {project: projectId});
      showProject(chosen, projectId, titles[projectId]?.title || projectId);
    };
    if (query.project && active.some(a => a.projectId === query.project)) choose(query.project)();
    if (!active.length) return empty(t('work.none'));
    return table([
      [t('project.title'), a => h('a', {href: link(`/projects/${encodeURIComponent(a.projectId)}`)},
        titles[a.projectId]?.title || a.projectId)],
      [t('projects.stage'), a => label('stage', titles[a.projectId]?.stage)],
      [t('assign.role'), a => label('assignmentRole', a.role)],
      [t('assign.since'), a => date(a.since)],
      [t('list.actions'), a => h('button', {type: 'button', class: 'secondary', dataset: {project: a.projectId},
        onclick: choose(a.projectId)}, t('work.choose'))],
    ], active, 'my-projects-table');
  });
}

function showProject(target, projectId, projectTitle) {
  const recent = h('div', {class: 'recent'});
  const refresh = answer => load(recent, () => api.readAfter(`/api/v1/projects/${encodeURIComponent(projectId)}`,
    answer ? answer.version : 0), milestoneStatuses);
  replace(target, section('work-forms', t('work.forms', {title: projectTitle}), progressForms(projectId, refresh),
    h('h3', {}, t('work.recent')), recent));
  refresh();
  target.querySelector('select, input')?.focus();
}

function milestoneStatuses(project) {
  if (!project.milestones.length) return empty(t('project.milestones.empty'));
  return table([
    [t('milestone.type'), m => label('milestoneType', m.type)],
    [t('milestone.occurredOn'), m => date(m.occurredOn)],
    [t('milestone.summary'), m => m.summary],
    [t('milestone.status'), m => h('span', {class: `badge status-${m.status}`, dataset: {status: m.status}},
      label('milestoneStatus', m.status))],
  ], [...project.milestones].reverse(), 'work-milestones');
}
