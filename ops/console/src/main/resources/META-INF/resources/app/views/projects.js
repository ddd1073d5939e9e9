// Projects: a searchable, paged list.
import {h, replace} from '../dom.js';
import {label, t, values} from '../i18n.js';
import {amount, count} from '../format.js';
import {enumOptions, field} from '../forms.js';
import {link} from '../router.js';
import {pagedList} from './paged-list.js';

export const title = () => t('projects.title');

export function render(container, {query}) {
  const any = t('filter.any');
  replace(container, h('h1', {}, t('projects.title')), pagedList({
    route: '/projects',
    endpoint: '/api/v1/projects',
    id: 'projects',
    query,
    emptyText: t('projects.empty'),
    exports: 'projects',
    fields: [
      field({name: 'q', label: t('projects.search'), type: 'search', value: query.q}),
      field({name: 'stage', label: t('projects.stage'), type: 'select', value: query.stage,
        options: enumOptions(values('stage'), value => label('stage', value), any)}),
      field({name: 'domain', label: t('filter.domain'), type: 'select', value: query.domain,
        options: enumOptions(values('domain'), value => label('domain', value), any)}),
      field({name: 'source', label: t('filter.source'), value: query.source}),
    ],
    columns: [
      [t('project.title'), project => h('a', {href: link(`/projects/${encodeURIComponent(project.id)}`)}, project.title)],
      [t('projects.stage'), project => h('span', {class: `badge stage-${project.stage}`}, label('stage', project.stage))],
      [t('filter.domain'), project => label('domain', project.domain)],
      [t('filter.source'), project => project.source],
      [t('projects.companions'), project => count(project.activeCompanions), 'number'],
      [t('projects.verified'), project => count(project.verifiedMilestones), 'number'],
      [t('projects.landings'), project => count(project.landings), 'number'],
      [t('projects.signed'), project => amount(project.signedAmountCny), 'number'],
    ],
  }).nodes);
}
