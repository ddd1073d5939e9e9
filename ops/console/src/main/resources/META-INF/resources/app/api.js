// The console's only way to the server: fetch() on /api/v1 (and the sign-in form's /login and /logout).

/** A refusal or failure of the API: its status and, for a problem answer, type, detail and field errors. */
export class ApiError extends Error {
  constructor(status, problem = {}, headers = new Headers()) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.type = (problem.type || '').split('/').pop();
    this.detail = problem.detail || '';
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.headers = headers;
  }
}

const SIGNED_OUT = 'peipao:signed-out';

/** Calls back when a call finds the session gone (401): the console then asks to sign in. */
export function onSignedOut(listener) {
  window.addEventListener(SIGNED_OUT, listener);
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find(part => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : null;
}

async function send(method, path, {body, form, file, quiet401} = {}) {
  const headers = {'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json'};
  if (method !== 'GET') {
    const token = csrfToken();
    if (token) headers['X-XSRF-TOKEN'] = token;
  }
  let payload;
  if (form) {
    payload = new URLSearchParams(form);
  } else if (file) {
    headers['Content-Type'] = /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv';
    payload = file;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, {method, headers, body: payload, credentials: 'same-origin', cache: 'no-store'});
  } catch (offline) {
    throw new ApiError(0, {detail: offline.message});
  }
  const text = await response.text();
  const json = text ? parse(text) : null;
  if (!response.ok) {
    if (response.status === 401 && !quiet401) window.dispatchEvent(new Event(SIGNED_OUT));
    throw new ApiError(response.status, json || {}, response.headers);
  }
  return json;
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch (notJson) {
    return null;
  }
}

/** GET path with query parameters; empty ones are left out. */
export function get(path, query = {}, options = {}) {
  return send('GET', withQuery(path, query), options);
}

export const post = (path, body) => send('POST', path, {body: body ?? {}});

/** The media type of Excel workbooks (.xlsx). */
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Posts a spreadsheet file as the body (CSV or XLSX, by its name) and answers the JSON answer. */
export function upload(path, query, file) {
  return send('POST', withQuery(path, query), {file});
}

/**
 * Downloads what GET path answers in the media type accept (an export, a template, a report) as a file named name:
 * the answer is fetched with the session, then handed to the browser as a download.
 */
export async function download(path, query, accept, name) {
  let response;
  try {
    response = await fetch(withQuery(path, query), {headers: {'X-Requested-With': 'XMLHttpRequest', Accept: accept},
      credentials: 'same-origin', cache: 'no-store'});
  } catch (offline) {
    throw new ApiError(0, {detail: offline.message});
  }
  if (!response.ok) {
    if (response.status === 401) window.dispatchEvent(new Event(SIGNED_OUT));
    throw new ApiError(response.status, parse(await response.text()) || {}, response.headers);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function withQuery(path, query = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(name, value);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
export const del = path => send('DELETE', path);

/** Signs in with the form fields username and password (a session cookie follows). */
export const signIn = (username, password) => send('POST', '/login', {form: {username, password}, quiet401: true});
export const signOut = () => send('POST', '/logout');

/**
 * Reads path until it shows a write: read models follow the events within milliseconds, and a read's
 * version tells whether a write of that version is visible yet.
 */
export async function readAfter(path, version, attempts = 40) {
  let read = await get(path);
  for (let attempt = 1; attempt < attempts && (read.version ?? -1) < version; attempt += 1) {
    await new Promise(resolve => setTimeout(resolve, 50));
    read = await get(path);
  }
  return read;
}
