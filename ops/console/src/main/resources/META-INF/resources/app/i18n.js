// The console's two languages: every label comes from messages-zh-CN.js or messages-en.js.
import zh from './messages-zh-CN.js';
import en from './messages-en.js';

const MESSAGES = {'zh-CN': zh, en};
const STORAGE_KEY = 'peipao.lang';
let current = 'zh-CN';

/** The language asked for by ?lang=, else the one remembered, else the browser's; zh-CN or en. */
export function chooseLanguage() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  const remembered = safeStorage(() => window.localStorage.getItem(STORAGE_KEY));
  const browser = (navigator.languages || [navigator.language]).find(Boolean) || 'zh-CN';
  const chosen = normalise(asked) || normalise(remembered) || (browser.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
  setLanguage(chosen);
  return chosen;
}

/** Switches the language, remembers it and states it in <html lang>. */
export function setLanguage(language) {
  current = normalise(language) || 'zh-CN';
  safeStorage(() => window.localStorage.setItem(STORAGE_KEY, current));
  document.documentElement.lang = current;
}

export function language() {
  return current;
}

export function otherLanguage() {
  return current === 'en' ? 'zh-CN' : 'en';
}

/** The message under key, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = MESSAGES[current][key] ?? MESSAGES.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Whether a message exists in the current language. */
export function has(key) {
  return key in MESSAGES[current];
}

/** The label of an enumerated value (a kind, domain, stage, ...); an unknown value is shown as it is. */
export function label(group, value) {
  if (value === null || value === undefined || value === '') return '';
  const key = `${group}.${value}`;
  return has(key) ? t(key) : String(value);
}

/** The values of an enumeration, in the order the messages list them. */
export function values(group) {
  const prefix = `${group}.`;
  return Object.keys(MESSAGES.en).filter(key => key.startsWith(prefix)).map(key => key.slice(prefix.length));
}

function normalise(language) {
  if (!language) return null;
  const lower = language.toLowerCase();
  if (lower.startsWith('zh')) return 'zh-CN';
  if (lower.startsWith('en')) return 'en';
  return null;
}

function safeStorage(action) {
  try {
    return action();
  } catch (unavailable) {
    return null; // private mode or storage switched off: the language is not remembered
  }
}
