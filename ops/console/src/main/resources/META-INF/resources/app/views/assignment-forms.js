// Assigning a companion to a project, and releasing one (administrators).
import {label, t, values} from '../i18n.js';
import * as api from '../api.js';
import {ApiError} from '../api.js';
import {apiForm, enumOptions, field} from '../forms.js';

const assignments = projectId => `/api/v1/projects/${encodeURIComponent(projectId)}/assignments`;

/** Ids that go into the path: a blank one is named as the API names a blank field, since no request can. */
function pathIds(ids) {
  const blank = Object.entries(ids).filter(([, value]) => !value);
  if (blank.length) {
    throw new ApiError(400, {errors: blank.map(([name]) => ({field: name, message: 'must not be blank'}))});
  }
  return ids;
}

/** Assigns a companion; without projectId the form asks for the project too. */
export function assignForm(projectId, done = () => {}) {
  return apiForm({title: t('assign.title'), className: 'assign-form', submit: t('assign.submit'),
    fields: [
      projectId ? null : field({name: 'projectId', label: t('assign.projectId'), required: true}),
      field({name: 'companionId', label: t('assign.companionId'), required: true, hint: t('assign.companionId.hint')}),
      field({name: 'role', label: t('assign.role'), type: 'select', required: true,
        options: enumOptions(values('assignmentRole'), value => label('assignmentRole', value))}),
      field({name: 'since', label: t('assign.since'), type: 'date'}),
    ],
    send: ({projectId: asked, ...body}) => api.post(assignments(pathIds({projectId: projectId || asked}).projectId), body),
    done: answer => {
      done(answer);
      return t('assign.done');
    }});
}

/** Releases a companion from a project; without projectId and companionId the form asks for them. */
export function releaseForm(projectId, companionId, done = () => {}) {
  return apiForm({title: projectId ? null : t('release.title'), className: projectId ? 'release-form inline' : 'release-form',
    submit: t('release.submit'),
    fields: [
      projectId ? null : field({name: 'projectId', label: t('assign.projectId'), required: true}),
      companionId ? null : field({name: 'companionId', label: t('assign.companionId'), required: true}),
      field({name: 'reason', label: t('release.reason')}),
    ],
    send: ({projectId: askedProject, companionId: askedCompanion, reason}) => {
      const ids = pathIds({projectId: projectId || askedProject, companionId: companionId || askedCompanion});
      const query = reason ? `?reason=${encodeURIComponent(reason)}` : '';
      return api.del(`${assignments(ids.projectId)}/${encodeURIComponent(ids.companionId)}${query}`);
    },
    done: answer => {
      done(answer);
      return t('release.done');
    }});
}
