// Companions: a list by kind and status.
import {h, replace} from '../dom.js';
import {label, t, values} from '../i18n.js';
import {count} from '../format.js';
import {enumOptions, field} from '../forms.js';
import {link} from '../router.js';
import {pagedList} from './paged-list.js';

export const title = () => t('companions.title');

export function render(container, {query}) {
  const any = t('filter.any');
  replace(container, h('h1', {}, t('companions.title')), pagedList({
    route: '/companions',
    endpoint: '/api/v1/companions',
    id: 'companions',
    query,
    emptyText: t('companions.empty'),
    exports: 'companions',
    fields: [
      field({name: 'q', label: t('companions.search'), type: 'search', value: query.q}),
      field({name: 'kind', label: t('filter.kind'), type: 'select', value: query.kind,
        options: enumOptions(values('kind'), value => label('kind', value), any)}),
      field({name: 'status', label: t('companions.status'), type: 'select', value: query.status,
        options: enumOptions(values('companionStatus'), value => label('companionStatus', value), any)}),
      field({name: 'domain', label: t('filter.domain'), type: 'select', value: query.domain,
        options: enumOptions(values('domain'), value => label('domain', value), any)}),
    ],
    columns: [
      [t('companion.name'), companion => h('a', {href: link(`/companions/${encodeURIComponent(companion.id)}`)}, companion.name)],
      [t('filter.kind'), companion => label('kind', companion.kind)],
      [t('companions.status'), companion => h('span', {class: `badge status-${companion.status}`},
        label('companionStatus', companion.status))],
      [t('companion.organisation'), companion => companion.organisation],
      [t('companion.domains'), companion => companion.domains.map(domain => label('domain', domain)).join(t('list.separator'))],
      [t('companion.load'), companion => t('companion.load.value', {active: count(companion.activeAssignments),
        capacity: count(companion.capacity)}), 'number'],
    ],
  }).nodes);
}
