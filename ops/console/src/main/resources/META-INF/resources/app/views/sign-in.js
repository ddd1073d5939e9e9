// Sign-in: the form of basic mode, or, in jwt mode, how this server is signed in to instead.
import {h, replace} from '../dom.js';
import {t} from '../i18n.js';
import * as api from '../api.js';
import {field} from '../forms.js';
import {problemMessage} from '../problems.js';

export const title = () => t('signin.title');

export function render(container, {mode}) {
  if (mode === 'jwt') {
    replace(container, h('section', {class: 'sign-in card'},
      h('h1', {}, t('signin.title')),
      h('p', {}, t('signin.jwt.intro')),
      h('p', {}, t('signin.jwt.api')),
      h('pre', {class: 'code'}, 'Authorization: Bearer <token>'),
      h('p', {}, t('signin.jwt.later'))));
    return;
  }
  const message = h('div', {class: 'form-message', 'aria-live': 'assertive'});
  const button = h('button', {type: 'submit'}, t('signin.submit'));
  const form = h('form', {class: 'sign-in card', id: 'sign-in', novalidate: true},
    h('h1', {}, t('signin.title')),
    h('p', {class: 'lead'}, t('signin.intro')),
    field({name: 'username', label: t('signin.username'), autocomplete: 'username'}),
    field({name: 'password', label: t('signin.password'), type: 'password', autocomplete: 'current-password'}),
    message,
    h('div', {class: 'actions'}, button));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    button.disabled = true;
    replace(message);
    try {
      await api.signIn(form.elements.username.value, form.elements.password.value);
      window.location.reload(); // the new session's CSRF token comes with the page
    } catch (error) {
      const text = error.status === 401 ? t('signin.wrong') : error.status === 403 ? t('signin.expired')
        : problemMessage(error);
      replace(message, h('p', {class: 'error', role: 'alert'}, text));
      button.disabled = false;
      form.elements.password.select();
    }
  });
  replace(container, form);
  form.elements.username.focus();
}
