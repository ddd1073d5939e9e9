// The console's start: the language, who is signed in, the header, and the view of the current route.
import {h, replace} from './dom.js';
import {chooseLanguage, label, language, otherLanguage, setLanguage, t} from './i18n.js';
import * as api from './api.js';
import {current, go, route} from './router.js';
import {failure, loading} from './states.js';
import {disposeCharts} from './charts.js';
import {setOfficeZone} from './format.js';
import * as signIn from './views/sign-in.js';
import * as dashboard from './views/dashboard.js';
import * as projects from './views/projects.js';
import * as project from './views/project.js';
import * as companions from './views/companions.js';
import * as companion from './views/companion.js';
import * as work from './views/work.js';
import * as admin from './views/admin.js';
import * as imports from './views/imports.js';
import * as queue from './views/queue.js';
import * as audit from './views/audit.js';

/** The main navigation: route, message key, and the roles it is shown to (none: every role). */
const NAV = [
  ['/dashboard', 'nav.dashboard', dashboard],
  ['/projects', 'nav.projects', projects],
  ['/companions', 'nav.companions', companions],
  ['/work', 'nav.work', work],
  ['/admin', 'nav.admin', admin],
  ['/imports', 'nav.imports', imports],
  ['/queue', 'nav.queue', queue],
  ['/audit', 'nav.audit', audit],
];

const session = {me: null, mode: 'basic', problem: null};

function registerRoutes() {
  route('/sign-in', signIn);
  for (const [path, , view] of NAV) route(path, view);
  route('/projects/:id', project);
  route('/companions/:id', companion);
}

function allowed(view) {
  return !view.roles || view.roles.some(role => session.me?.roles.includes(role));
}

async function identify() {
  session.problem = null;
  try {
    session.me = await api.get('/api/v1/me', {}, {quiet401: true});
    setOfficeZone(session.me.zone);
  } catch (error) {
    session.me = null;
    if (error.status === 401) {
      // the 401's challenge names the way in: a bearer token (jwt mode) or, without one, the sign-in form
      session.mode = /^bearer/i.test(error.headers.get('WWW-Authenticate') || '') ? 'jwt' : 'basic';
    } else {
      session.problem = error;
    }
  }
}

function renderChrome() {
  document.getElementById('skip-link').textContent = t('nav.skip');
  const brand = document.getElementById('brand');
  brand.textContent = t('app.name');
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('nav.label'));
  const path = current()?.path || '';
  replace(nav, session.me ? h('ul', {}, NAV.filter(([, , view]) => allowed(view)).map(([target, key]) =>
    h('li', {}, h('a', {href: `#${target}`, 'aria-current': path.startsWith(target) ? 'page' : null}, t(key))))) : null);
  const other = otherLanguage();
  replace(document.getElementById('session'),
    h('button', {type: 'button', class: 'link-button', lang: other, id: 'language-switch',
      'aria-label': t('language.switch'), onclick: switchLanguage}, t('language.other')),
    session.me ? [
      h('span', {class: 'who'}, t('session.who', {
        name: session.me.name, roles: session.me.roles.map(role => label('role', role)).join(t('list.separator'))})),
      h('button', {type: 'button', class: 'link-button', id: 'sign-out', onclick: leave}, t('session.sign-out')),
    ] : null);
}

function switchLanguage() {
  setLanguage(otherLanguage());
  const url = new URL(window.location.href);
  if (url.searchParams.has('lang')) url.searchParams.set('lang', language());
  window.history.replaceState(null, '', url);
  render();
}

async function leave() {
  try {
    await api.signOut();
  } finally {
    window.location.reload();
  }
}

async function render() {
  disposeCharts();
  renderChrome();
  const main = document.getElementById('view');
  const container = h('div', {class: 'view'});
  replace(main, container);
  if (session.problem) {
    replace(container, failure(session.problem, () => start()));
    return;
  }
  const at = current();
  if (!session.me) {
    document.title = `${t('signin.title')} · ${t('app.name')}`;
    signIn.render(container, {mode: session.mode});
    return;
  }
  if (!at || at.view === signIn) {
    go('/dashboard', {}, true);
    return;
  }
  document.title = `${at.view.title(at)} · ${t('app.name')}`;
  if (!allowed(at.view)) {
    replace(container, h('p', {class: 'state error', role: 'alert'}, t('problem.403')));
    return;
  }
  await at.view.render(container, {...at, me: session.me});
}

async function start() {
  replace(document.getElementById('view'), loading());
  await identify();
  await render();
}

chooseLanguage();
registerRoutes();
window.addEventListener('hashchange', () => render());
api.onSignedOut(() => {
  session.me = null;
  render();
});
start();
