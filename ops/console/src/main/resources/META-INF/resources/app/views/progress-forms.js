// Logging a milestone (with the fields its type calls for) and recording a landing on a project.
import {h} from '../dom.js';
import {label, t, values} from '../i18n.js';
import * as api from '../api.js';
import {apiForm, enumOptions, field} from '../forms.js';

/** Fields that only some milestone types use, and those types (the API contract's type-specific fields). */
const TYPE_FIELDS = {
  amountCny: ['FINANCING_CLOSED', 'LICENSING_DEAL'],
  challengeId: ['TECH_PROBLEM_SOLVED'],
  phase: ['CLINICAL_PHASE_ENTERED'],
  count: ['JOBS_CREATED'],
};

const projectPath = (projectId, what) => `/api/v1/projects/${encodeURIComponent(projectId)}/${what}`;

/** The form to log a milestone on a project; done(answer) follows a milestone the API accepted. */
export function milestoneForm(projectId, done) {
  const typeField = field({name: 'type', label: t('milestone.type'), type: 'select', required: true,
    options: enumOptions(values('milestoneType'), value => label('milestoneType', value), t('form.choose'))});
  const specific = {
    amountCny: field({name: 'amountCny', label: t('milestone.amountCny'), type: 'number', inputmode: 'decimal'}),
    challengeId: field({name: 'challengeId', label: t('milestone.challengeId'), hint: t('milestone.challengeId.hint')}),
    phase: field({name: 'phase', label: t('milestone.phase'), type: 'select',
      options: enumOptions(values('phase'), value => label('phase', value), t('form.choose'))}),
    count: field({name: 'count', label: t('milestone.count'), type: 'number', inputmode: 'numeric'}),
  };
  const showFieldsOf = type => {
    for (const [name, types] of Object.entries(TYPE_FIELDS)) specific[name].hidden = !types.includes(type);
  };
  typeField.querySelector('select').addEventListener('change', event => showFieldsOf(event.target.value));
  showFieldsOf('');
  const form = apiForm({title: t('milestone.log'), className: 'milestone-form', submit: t('milestone.submit'),
    fields: [typeField,
      field({name: 'occurredOn', label: t('milestone.occurredOn'), type: 'date', required: true}),
      field({name: 'summary', label: t('milestone.summary'), type: 'textarea', required: true}),
      field({name: 'evidenceUrl', label: t('milestone.evidenceUrl'), type: 'url', hint: t('milestone.evidenceUrl.hint')}),
      Object.values(specific)],
    send: body => api.post(projectPath(projectId, 'milestones'), body),
    done: answer => {
      showFieldsOf('');
      done(answer);
      return t('milestone.done');
    }});
  return form;
}

/** The form to record a landing on a project. */
export function landingForm(projectId, done) {
  return apiForm({title: t('landing.record'), className: 'landing-form', submit: t('landing.submit'),
    fields: [
      field({name: 'district', label: t('landing.district'), required: true}),
      field({name: 'park', label: t('landing.park')}),
      field({name: 'form', label: t('landing.form'), type: 'select', required: true,
        options: enumOptions(values('landingForm'), value => label('landingForm', value), t('form.choose'))}),
      field({name: 'signedAmountCny', label: t('landing.signedAmountCny'), type: 'number', inputmode: 'decimal',
        required: true}),
      field({name: 'signedOn', label: t('landing.signedOn'), type: 'date', required: true}),
    ],
    send: body => api.post(projectPath(projectId, 'landings'), body),
    done: answer => {
      done(answer);
      return t('landing.done');
    }});
}

/** Both forms, side by side, for one project. */
export function progressForms(projectId, done) {
  return h('div', {class: 'forms-grid'}, milestoneForm(projectId, done), landingForm(projectId, done));
}
