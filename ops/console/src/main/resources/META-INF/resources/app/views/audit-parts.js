// What the audit view shows: a stream's events, an aggregate's state as of a date, the verification's outcome.
import {h} from '../dom.js';
import {label, t} from '../i18n.js';
import {count, dateTime} from '../format.js';
import {empty} from '../states.js';
import {facts} from './parts.js';
import {table} from './table.js';

const json = value => h('details', {class: 'payload'}, h('summary', {}, t('audit.payload')),
  h('pre', {class: 'code'}, JSON.stringify(value, null, 2)));

/** Who did what, when: every event of the stream, in order. */
export function history(stream) {
  return [
    h('h3', {}, t('audit.events', {id: stream.aggregateId, count: count(stream.events.length)})),
    table([
      [t('audit.sequence'), e => count(e.sequence), 'number'],
      [t('audit.when'), e => dateTime(e.timestamp)],
      [t('audit.what'), e => label('event', e.type.replace(/Event$/, ''))],
      [t('audit.who'), e => [e.actor || '–', e.actorRoles ? ` (${e.actorRoles.split(',')
        .map(role => label('role', role.trim())).join(t('list.separator'))})` : '']],
      [t('audit.correlation'), e => h('code', {}, e.correlationId || '–')],
      [t('audit.payload'), e => json(e.payload)],
    ], stream.events, 'audit-events-table'),
  ];
}

/** The aggregate as it stood: the facts a reader looks for first, then the whole state. */
export function stateAsOf(state) {
  const kind = String(state.type).toLowerCase();
  const aggregate = state[kind] || {};
  const main = {
    project: [[t('project.title'), aggregate.title], [t('projects.stage'), label('stage', aggregate.stage)],
      [t('project.milestones'), count((aggregate.milestones || []).length)],
      [t('project.landings'), count((aggregate.landings || []).length)]],
    companion: [[t('companion.name'), aggregate.name], [t('filter.kind'), label('kind', aggregate.kind)],
      [t('companions.status'), label('companionStatus', aggregate.status)]],
    challenge: [[t('challenge.enterprise'), aggregate.enterprise], [t('challenge.title'), aggregate.title],
      [t('companions.status'), label('challengeStatus', aggregate.status)]],
  }[kind] || [];
  return h('div', {class: 'state-as-of', dataset: {version: String(state.version)}},
    facts([
      [t('audit.streamKind'), label('streamKind', kind)],
      [t('audit.asOfInstant'), dateTime(state.asOf)],
      [t('audit.version'), count(state.version)],
      [t('audit.lastEvent'), state.lastEvent ? `${label('event', state.lastEvent.type.replace(/Event$/, ''))} · ${
        dateTime(state.lastEvent.timestamp)}` : null],
      ...main,
    ]),
    json(aggregate));
}

/**
 * The tamper check of the event log and the comparison of the read models with the events (an incremental run has
 * no read-model check).
 */
export function verification(result) {
  const log = result.eventLog;
  const models = result.readModels;
  return h('div', {class: 'verification-result'},
    h('h3', {}, t('audit.eventLog'), ' ', badge(log.status)),
    facts([[t('audit.checkedEvents'), count(log.checkedEvents)], [t('audit.streams'), count(log.streams)],
      [t('audit.digest'), h('code', {class: 'wrap'}, log.digest || '–')]]),
    log.problems.length ? table([
      [t('audit.stream'), p => p.aggregateId ?? t('audit.wholeLog')], // none: events removed or added below a verified head
      [t('audit.sequence'), p => count(p.sequence), 'number'],
      [t('audit.problem'), p => label('chainProblem', p.problem)],
    ], log.problems, 'chain-problems') : empty(t('audit.noProblems')),
    models ? readModels(models) : h('p', {class: 'hint'}, t('audit.jobs.noReadModels')));
}

function readModels(models) {
  return [
    h('h3', {}, t('audit.readModels'), ' ', badge(models.status)),
    facts([[t('audit.checkedDocuments'), count(models.checkedDocuments)],
      [t('audit.rebuilding'), (models.rebuilding || []).join(t('list.separator'))]]),
    models.differences.length ? table([
      [t('audit.readModel'), d => d.readModel],
      [t('audit.document'), d => d.documentId],
      [t('audit.problem'), d => label('readModelProblem', d.problem)],
    ], models.differences, 'read-model-differences') : empty(t('audit.noDifferences')),
  ];
}

function badge(status) {
  return h('span', {class: `badge check-${status}`, dataset: {status}}, label('checkStatus', status));
}
