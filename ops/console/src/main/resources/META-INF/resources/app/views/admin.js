// Administration: register companions, projects and challenges; assign and release companions.
import {h, replace} from '../dom.js';
import {label, t, values} from '../i18n.js';
import * as api from '../api.js';
import {apiForm, enumOptions, field} from '../forms.js';
import {link} from '../router.js';
import {section} from './parts.js';
import {assignForm, releaseForm} from './assignment-forms.js';

export const roles = ['ADMIN'];
export const title = () => t('admin.title');

const domainOptions = blank => enumOptions(values('domain'), value => label('domain', value), blank);

/** A confirmation naming what was made, with a link to it where it has a page. */
const made = (key, page) => answer => [t(key, {id: answer.id}), ' ',
  page ? h('a', {href: link(`${page}/${encodeURIComponent(answer.id)}`)}, t('admin.open')) : null];

export function render(container) {
  replace(container, h('h1', {}, t('admin.title')),
    h('div', {class: 'forms-grid'},
      section('register-companion', t('admin.companion'), apiForm({submit: t('admin.register'),
        fields: [
          field({name: 'id', label: t('admin.id'), hint: t('admin.id.hint')}),
          field({name: 'name', label: t('companion.name'), required: true}),
          field({name: 'kind', label: t('filter.kind'), type: 'select', required: true,
            options: enumOptions(values('kind'), value => label('kind', value), t('form.choose'))}),
          field({name: 'organisation', label: t('companion.organisation'), required: true}),
          field({name: 'domains', label: t('companion.domains'), type: 'checkboxes', options: domainOptions()}),
          field({name: 'email', label: t('companion.email'), type: 'email'}),
          field({name: 'capacity', label: t('companion.capacity'), type: 'number', inputmode: 'numeric',
            hint: t('companion.capacity.hint')}),
        ],
        send: body => api.post('/api/v1/companions', body),
        done: made('admin.companion.done', '/companions')})),
      section('register-project', t('admin.project'), apiForm({submit: t('admin.register'),
        fields: [
          field({name: 'id', label: t('admin.id'), hint: t('admin.id.hint')}),
          field({name: 'title', label: t('project.title'), required: true}),
          field({name: 'domain', label: t('filter.domain'), type: 'select', required: true, options: domainOptions(t('form.choose'))}),
          field({name: 'source', label: t('filter.source'), required: true, hint: t('project.source.hint')}),
          field({name: 'origin', label: t('project.origin'), required: true}),
          field({name: 'teamLead', label: t('project.teamLead'), required: true}),
          field({name: 'summary', label: t('project.summary'), type: 'textarea'}),
        ],
        send: body => api.post('/api/v1/projects', body),
        done: made('admin.project.done', '/projects')})),
      section('post-challenge', t('admin.challenge'), apiForm({submit: t('admin.post'),
        fields: [
          field({name: 'id', label: t('admin.id'), hint: t('admin.id.hint')}),
          field({name: 'enterprise', label: t('challenge.enterprise'), required: true}),
          field({name: 'enterpriseCode', label: t('challenge.enterpriseCode')}),
          field({name: 'domain', label: t('filter.domain'), type: 'select', required: true, options: domainOptions(t('form.choose'))}),
          field({name: 'title', label: t('challenge.title'), required: true}),
          field({name: 'description', label: t('challenge.description'), type: 'textarea'}),
        ],
        send: body => api.post('/api/v1/challenges', body),
        done: made('admin.challenge.done')})),
      section('assignments', t('admin.assignments'), assignForm(), releaseForm())));
}
