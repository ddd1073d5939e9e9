// A project: its facts, companions, milestones with their status, landings and timeline; and, for those allowed,
// the forms that act on it.
import {h, replace} from '../dom.js';
import {label, language, t} from '../i18n.js';
import * as api from '../api.js';
import {amount, count, date, dateTime, exactAmount} from '../format.js';
import {link} from '../router.js';
import {empty, load} from '../states.js';
import {table} from './table.js';
import {facts, section} from './parts.js';
import {verificationActions} from './milestone-actions.js';
import {progressForms} from './progress-forms.js';
import {assignForm, releaseForm} from './assignment-forms.js';

export const title = () => t('project.page');

export function render(container, {params, me}) {
  const path = `/api/v1/projects/${encodeURIComponent(params.id)}`;
  const show = (fetch, notice) => load(container, fetch, project => page(project, me, notice, written))
    .then(() => container.querySelector('p.success')?.focus());
  const written = message => answer => show(() => api.readAfter(path, answer.version), message);
  return show(() => api.get(path));
}

function page(project, me, notice, written) {
  const isAdmin = me.roles.includes('ADMIN');
  const accompanies = project.companions.some(c => c.companionId === me.companionId && !c.releasedOn);
  const canLog = isAdmin || (me.roles.includes('MENTOR') && accompanies);
  return [
    h('p', {class: 'crumbs'}, h('a', {href: link('/projects')}, t('projects.title'))),
    h('h1', {}, project.title, ' ', h('span', {class: `badge stage-${project.stage}`}, label('stage', project.stage))),
    notice ? h('p', {class: 'success', role: 'status', tabindex: '-1'}, notice) : null,
    facts([
      [t('project.id'), project.id],
      [t('filter.domain'), label('domain', project.domain)],
      [t('filter.source'), project.source],
      [t('project.origin'), project.origin],
      [t('project.teamLead'), project.teamLead],
      [t('project.summary'), project.summary],
      [t('project.withdrawalReason'), project.withdrawalReason],
    ]),
    section('project-companions', t('project.companions'), companionsTable(project, isAdmin, written),
      isAdmin ? assignForm(project.id, written(t('assign.done'))) : null),
    section('project-milestones', t('project.milestones'), milestonesTable(project, isAdmin, written)),
    section('project-landings', t('project.landings'), landingsTable(project)),
    canLog ? section('project-progress', t('project.progress'),
      progressForms(project.id, written(t('project.progress.done')))) : null,
    section('project-timeline', t('project.timeline'), timeline(project.timeline)),
  ];
}

function companionsTable(project, isAdmin, written) {
  if (!project.companions.length) return empty(t('project.companions.empty'));
  return table([
    [t('assign.companionId'), c => h('a', {href: link(`/companions/${encodeURIComponent(c.companionId)}`)}, c.companionId)],
    [t('assign.role'), c => label('assignmentRole', c.role)],
    [t('assign.since'), c => date(c.since)],
    [t('project.released'), c => (c.releasedOn ? t('project.releasedOn', {date: date(c.releasedOn)}) : t('project.active'))],
    ...(isAdmin ? [[t('list.actions'), c => (c.releasedOn ? '' :
      releaseForm(project.id, c.companionId, written(t('release.done'))))]] : []),
  ], project.companions, 'companions-table');
}

function milestonesTable(project, isAdmin, written) {
  if (!project.milestones.length) return empty(t('project.milestones.empty'));
  return table([
    [t('milestone.type'), m => label('milestoneType', m.type)],
    [t('milestone.status'), m => h('span', {class: `badge status-${m.status}`, dataset: {status: m.status}},
      label('milestoneStatus', m.status))],
    [t('milestone.occurredOn'), m => date(m.occurredOn)],
    [t('milestone.summary'), m => m.summary],
    [t('milestone.details'), m => milestoneDetails(m)],
    ...(isAdmin ? [[t('list.actions'), m => (m.status === 'LOGGED'
      ? verificationActions(project.id, m.id, written(t('verify.recorded'))) : '')]] : []),
  ], project.milestones, 'milestones-table');
}

/** The type-specific facts of a milestone, its evidence, who logged it and the verifier's words. */
export function milestoneDetails(m) {
  const items = [
    m.amountCny !== undefined && m.amountCny !== null
      ? h('li', {title: exactAmount(m.amountCny)}, `${t('milestone.amount')}: ${amount(m.amountCny)}`) : null,
    m.phase ? h('li', {}, `${t('milestone.phase')}: ${label('phase', m.phase)}`) : null,
    m.count ? h('li', {}, `${t('milestone.count')}: ${count(m.count)}`) : null,
    m.challengeId ? h('li', {}, `${t('milestone.challengeId')}: ${m.challengeId}`) : null,
    m.evidenceUrl ? h('li', {}, h('a', {href: m.evidenceUrl, rel: 'noopener noreferrer', target: '_blank'},
      t('milestone.evidence'))) : null,
    m.loggedByCompanionId ? h('li', {}, `${t('milestone.loggedBy')}: ${m.loggedByCompanionId}`) : null,
    m.verificationNote ? h('li', {}, `${t('verify.note')}: ${m.verificationNote}`) : null,
    m.rejectionReason ? h('li', {}, `${t('reject.reason')}: ${m.rejectionReason}`) : null,
  ].filter(Boolean);
  return items.length ? h('ul', {class: 'details'}, items) : '';
}

function landingsTable(project) {
  if (!project.landings.length) return empty(t('project.landings.empty'));
  return table([
    [t('landing.district'), l => l.district],
    [t('landing.park'), l => l.park || '–'],
    [t('landing.form'), l => label('landingForm', l.form)],
    [t('landing.signedAmountCny'), l => h('span', {title: exactAmount(l.signedAmountCny)}, amount(l.signedAmountCny)), 'number'],
    [t('landing.signedOn'), l => date(l.signedOn)],
  ], project.landings, 'landings-table');
}

function timeline(entries) {
  if (!entries.length) return empty(t('project.timeline.empty'));
  return h('ol', {class: 'timeline'}, entries.map(entry => h('li', {},
    h('p', {class: 'when'}, entry.date ? date(entry.date) : dateTime(entry.recordedAt)),
    h('p', {class: 'what'}, label('event', entry.event),
      // the API words the description in English: shown to English readers only
      language() === 'en' && entry.description ? ` — ${entry.description}` : ''),
    h('p', {class: 'who'}, t('timeline.by', {actor: entry.actor || '–', time: dateTime(entry.recordedAt)})))));
}
