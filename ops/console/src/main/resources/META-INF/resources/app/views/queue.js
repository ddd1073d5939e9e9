// The verification queue: milestones waiting for verification across all projects, oldest first.
import {h, replace} from '../dom.js';
import {label, t} from '../i18n.js';
import * as api from '../api.js';
import {date, dateTime} from '../format.js';
import {link} from '../router.js';
import {pagedList} from './paged-list.js';
import {milestoneDetails} from './project.js';
import {verificationActions} from './milestone-actions.js';

export const roles = ['ADMIN', 'AUDITOR'];
export const title = () => t('queue.title');

export function render(container, {query, me}) {
  const isAdmin = me.roles.includes('ADMIN');
  let list;
  const decided = item => answer => api.readAfter(`/api/v1/projects/${encodeURIComponent(item.projectId)}`,
    answer.version).then(() => list.refresh());
  list = pagedList({
    route: '/queue',
    endpoint: '/api/v1/milestones',
    fixed: {status: 'LOGGED'},
    id: 'queue',
    query,
    emptyText: t('queue.empty'),
    columns: [
      [t('queue.loggedAt'), item => dateTime(item.loggedAt)],
      [t('queue.project'), item => h('a', {href: link(`/projects/${encodeURIComponent(item.projectId)}`)},
        item.projectTitle || item.projectId)],
      [t('milestone.type'), item => label('milestoneType', item.type)],
      [t('milestone.occurredOn'), item => date(item.occurredOn)],
      [t('milestone.summary'), item => item.summary],
      [t('milestone.details'), item => milestoneDetails(item)],
      ...(isAdmin ? [[t('list.actions'), item => verificationActions(item.projectId, item.milestoneId, decided(item))]] : []),
    ],
  });
  replace(container, h('h1', {}, t('queue.title')), h('p', {class: 'lead'}, t('queue.intro')), list.nodes);
}
