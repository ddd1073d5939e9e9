// Verify a logged milestone, or reject it with a reason (administrators).
import {h} from '../dom.js';
import {t} from '../i18n.js';
import * as api from '../api.js';
import {apiForm, field} from '../forms.js';

const path = (projectId, milestoneId, action) =>
  `/api/v1/projects/${encodeURIComponent(projectId)}/milestones/${encodeURIComponent(milestoneId)}/${action}`;

/** The verify and reject forms of one milestone; done(answer) follows a write that was accepted. */
export function verificationActions(projectId, milestoneId, done) {
  return h('div', {class: 'verification', dataset: {milestone: milestoneId}},
    apiForm({className: 'inline verify', submit: t('verify.submit'),
      fields: [field({name: 'note', label: t('verify.note')})],
      send: body => api.post(path(projectId, milestoneId, 'verification'), body),
      done: answer => {
        done(answer);
        return t('verify.done');
      }}),
    h('details', {class: 'reject'}, h('summary', {}, t('reject.open')),
      apiForm({className: 'inline', submit: t('reject.submit'),
        fields: [field({name: 'reason', label: t('reject.reason'), required: true})],
        send: body => api.post(path(projectId, milestoneId, 'rejection'), body),
        done: answer => {
          done(answer);
          return t('reject.done');
        }})));
}
