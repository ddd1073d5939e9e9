// Verification as a job: start a full or incremental run, follow its progress, read past runs and download a run's
// signed receipt (receipt-<id>.jws), which anyone may later check against the log.
import {h, replace} from '../dom.js';
import {label, t} from '../i18n.js';
import * as api from '../api.js';
import {count, dateTime} from '../format.js';
import {empty, failure, load} from '../states.js';
import {verification} from './audit-parts.js';
import {table} from './table.js';

const RUNS = '/api/v1/audit/verifications';

/** The section's body: the two start buttons, the followed run, and the past runs. */
export function verificationJobs() {
  const followed = h('div', {id: 'verification-job', 'aria-live': 'polite'});
  const past = h('div', {id: 'verification-runs'});
  const refresh = () => load(past, () => api.get(RUNS, {limit: 20}), runs => (runs.items.length
    ? table([
      [t('audit.jobs.startedAt'), run => dateTime(run.startedAt)],
      [t('audit.jobs.kind'), run => label('runKind', run.kind)],
      [t('audit.jobs.status'), run => h('span', {class: `badge run-${run.status}`, dataset: {status: run.status}},
        label('runStatus', run.status))],
      [t('audit.jobs.progress'), run => `${count(run.progress)} %`, 'number'],
      [t('audit.jobs.head'), run => (run.headPosition == null ? '–' : count(run.headPosition)), 'number'],
      [t('audit.jobs.receipt'), run => (run.receipt ? receiptButton(run) : run.reason || '–')],
    ], runs.items, 'verification-runs-table')
    : empty(t('audit.jobs.none'))));
  const start = from => async () => {
    try {
      const run = await api.post(from ? `${RUNS}?from=${from}` : RUNS);
      follow(run.id, followed, refresh);
    } catch (error) {
      replace(followed, failure(error));
    }
  };
  refresh();
  return [
    h('p', {class: 'lead'}, t('audit.jobs.intro')),
    h('div', {class: 'actions'},
      h('button', {type: 'button', id: 'start-full-verification', onclick: start(null)}, t('audit.jobs.full')),
      h('button', {type: 'button', class: 'secondary', id: 'start-incremental-verification', onclick: start('last')},
        t('audit.jobs.incremental'))),
    followed,
    h('h3', {}, t('audit.jobs.past')),
    past,
  ];
}

/** Polls the run until it is no longer running, showing its progress, then its outcome. */
function follow(id, target, refresh) {
  const bar = h('progress', {max: 100, value: 0, 'aria-label': t('audit.jobs.progress')});
  const text = h('span', {}, t('audit.jobs.started'));
  replace(target, h('p', {class: 'state loading', role: 'status'}, bar, ' ', text));
  const poll = async () => {
    if (!target.isConnected) return;
    let run;
    try {
      run = await api.get(`${RUNS}/${encodeURIComponent(id)}`);
    } catch (error) {
      replace(target, failure(error));
      return;
    }
    if (run.status === 'RUNNING') {
      bar.value = run.progress;
      text.textContent = run.etaSeconds == null ? t('audit.jobs.running', {progress: count(run.progress)})
        : t('audit.jobs.runningEta', {progress: count(run.progress), seconds: count(run.etaSeconds)});
      setTimeout(poll, 500);
      return;
    }
    replace(target, finished(run));
    refresh();
  };
  setTimeout(poll, 300);
}

function finished(run) {
  if (run.status !== 'DONE') {
    return h('div', {class: 'state error verification-run', role: 'alert', dataset: {status: run.status}},
      h('p', {}, t('audit.jobs.failed', {reason: run.reason || ''})));
  }
  // a run that finished may still have found problems: say so rather than "verified"
  const clean = run.eventLog?.status === 'OK' && (!run.readModels || run.readModels.status === 'OK');
  return h('div', {class: 'verification-run', dataset: {status: run.status, run: run.id}},
    h('p', {class: clean ? 'success' : 'problems', role: 'status'},
      t(clean ? 'audit.jobs.done' : 'audit.jobs.doneWithProblems', {head: count(run.headPosition)}), ' ',
      receiptButton(run)),
    verification(run));
}

function receiptButton(run) {
  return h('button', {type: 'button', class: 'secondary download-receipt', dataset: {run: run.id},
    onclick: () => save(run.receipt, `receipt-${run.id}.jws`)}, t('audit.jobs.download'));
}

/** Hands text to the browser as a file download. */
function save(text, name) {
  const url = URL.createObjectURL(new Blob([text], {type: 'application/jose'}));
  const link = h('a', {href: url, download: name, hidden: true});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
