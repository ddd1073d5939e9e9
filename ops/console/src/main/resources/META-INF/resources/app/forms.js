// Labelled form fields, and a form that sends its values to the API and shows the answer where it belongs.
import {h, replace, uid} from './dom.js';
import {t} from './i18n.js';
import {fieldMessage, problemMessage} from './problems.js';

/**
 * A labelled field. spec: {name, label, type: text|textarea|select|date|number|email|url|password|checkboxes,
 * options: [{value, label}], value, hint, required, autocomplete, inputmode}.
 */
export function field(spec) {
  const id = uid(spec.name);
  const errorId = `${id}-error`;
  const hintId = spec.hint ? `${id}-hint` : null;
  const control = spec.type === 'checkboxes' ? checkboxes(spec, id) : input(spec, id, hintId);
  const labelTag = spec.type === 'checkboxes' ? 'legend' : 'label';
  const wrapper = h(spec.type === 'checkboxes' ? 'fieldset' : 'div', {class: 'field', 'data-field': spec.name},
    h(labelTag, labelTag === 'label' ? {for: id} : {}, spec.label,
      spec.required ? h('span', {class: 'required'}, ` ${t('form.required')}`) : null),
    control,
    spec.hint ? h('p', {class: 'hint', id: hintId}, spec.hint) : null,
    h('p', {class: 'field-error', id: errorId, hidden: true}));
  return wrapper;
}

function input(spec, id, hintId) {
  const describedBy = [hintId, `${id}-error`].filter(Boolean).join(' ');
  const common = {id, name: spec.name, 'aria-describedby': describedBy, autocomplete: spec.autocomplete || 'off'};
  if (spec.type === 'select') {
    return h('select', common, (spec.options || []).map(option =>
      h('option', {value: option.value, selected: String(option.value) === String(spec.value ?? '')}, option.label)));
  }
  if (spec.type === 'textarea') return h('textarea', {...common, rows: 3}, spec.value || '');
  return h('input', {...common, type: spec.type || 'text', value: spec.value ?? null, inputmode: spec.inputmode,
    step: spec.type === 'number' ? 'any' : null});
}

function checkboxes(spec, id) {
  return h('div', {class: 'choices', id},
    spec.options.map(option => h('label', {class: 'choice'},
      h('input', {type: 'checkbox', name: spec.name, value: option.value,
        checked: (spec.value || []).includes(option.value)}), ' ', option.label)));
}

/** The form's values: empty fields left out, numbers as numbers, checkbox groups as lists. */
export function values(form) {
  const result = {};
  for (const wrapper of form.querySelectorAll('[data-field]')) {
    const name = wrapper.dataset.field;
    if (wrapper.hidden) continue;
    const boxes = wrapper.querySelectorAll('input[type=checkbox]');
    if (boxes.length) {
      result[name] = [...boxes].filter(box => box.checked).map(box => box.value);
      continue;
    }
    const control = wrapper.querySelector('input, select, textarea');
    const value = control.value.trim();
    if (value === '') continue;
    result[name] = control.type === 'number' && value !== '' && !Number.isNaN(Number(value)) ? Number(value) : value;
  }
  return result;
}

/**
 * A form that calls send(values) on submit. A validation refusal puts each field's message next to it, any
 * other refusal is a message above the button; success shows done(answer) and clears the form unless keep.
 */
export function apiForm({title, fields, submit, send, done, keep = false, className = ''}) {
  const message = h('div', {class: 'form-message', 'aria-live': 'polite'});
  const button = h('button', {type: 'submit'}, submit);
  const form = h('form', {class: `api-form ${className}`, novalidate: true},
    title ? h('h3', {}, title) : null, fields, message, h('div', {class: 'actions'}, button));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form);
    button.disabled = true;
    try {
      const answer = await send(values(form));
      if (!keep) form.reset();
      replace(message, h('p', {class: 'success', role: 'status'}, done ? done(answer) : t('form.saved')));
    } catch (error) {
      showProblem(form, message, error);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}

function clearErrors(form) {
  for (const error of form.querySelectorAll('.field-error')) {
    error.hidden = true;
    error.textContent = '';
  }
  for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  replace(form.querySelector('.form-message'));
}

function showProblem(form, message, error) {
  const unplaced = [];
  for (const fieldError of error.errors || []) {
    const name = String(fieldError.field || '').split(/[.[]/)[0];
    const wrapper = form.querySelector(`[data-field="${CSS.escape(name)}"]:not([hidden])`);
    if (!wrapper) {
      unplaced.push(`${fieldError.field}: ${fieldMessage(fieldError.message)}`);
      continue;
    }
    const slot = wrapper.querySelector('.field-error');
    slot.textContent = fieldMessage(fieldError.message);
    slot.hidden = false;
    const control = wrapper.querySelector('input, select, textarea');
    control.setAttribute('aria-invalid', 'true');
  }
  const placed = (error.errors || []).length - unplaced.length;
  const text = placed > 0 && unplaced.length === 0 ? t('form.check-fields') : problemMessage(error);
  replace(message, h('div', {class: 'error', role: 'alert'}, h('p', {}, text),
    unplaced.length ? h('ul', {}, unplaced.map(line => h('li', {}, line))) : null));
  const firstInvalid = form.querySelector('[aria-invalid]');
  if (firstInvalid) firstInvalid.focus();
}

/** Options of an enumeration for a select, labelled in the current language, optionally led by a blank. */
export function enumOptions(valueList, labelOf, blank) {
  const options = valueList.map(value => ({value, label: labelOf(value)}));
  return blank === undefined ? options : [{value: '', label: blank}, ...options];
}
