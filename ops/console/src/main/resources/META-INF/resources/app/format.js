// Numbers, amounts and dates the way the current language writes them.
import {language, t} from './i18n.js';

const YI = 1e8;
const WAN = 1e4;

function number(value, maximumFractionDigits = 0) {
  return new Intl.NumberFormat(language(), {maximumFractionDigits}).format(value);
}

/** A count: 1,234. */
export function count(value) {
  return value === null || value === undefined ? '–' : number(Number(value));
}

/**
 * An amount in CNY: 36.85亿元 or 335万元 in Chinese; CNY 3.685 bn, CNY 12.5 m or CNY 800 k in English.
 */
export function amount(value) {
  if (value === null || value === undefined) return '–';
  const cny = Number(value);
  const size = Math.abs(cny);
  if (language() === 'zh-CN') {
    if (size >= YI) return `${number(cny / YI, 2)}亿元`;
    if (size >= WAN) return `${number(cny / WAN, 2)}万元`;
    return `${number(cny, 2)}元`;
  }
  if (size >= 1e9) return `CNY ${number(cny / 1e9, 3)} bn`;
  if (size >= 1e6) return `CNY ${number(cny / 1e6, 2)} m`;
  if (size >= 1e3) return `CNY ${number(cny / 1e3, 2)} k`;
  return `CNY ${number(cny, 2)}`;
}

/** The exact amount, for a title: 3,685,000,000 CNY. */
export function exactAmount(value) {
  return value === null || value === undefined ? '' : t('amount.exact', {amount: number(Number(value), 2)});
}

/** A calendar date (2025-06-10) written locally; it names a day, not an instant, so no time zone shifts it. */
export function date(isoDate) {
  if (!isoDate) return '–';
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(language(), {dateStyle: 'medium', timeZone: 'UTC'})
    .format(new Date(Date.UTC(year, month - 1, day)));
}

/** An instant written in the browser's time zone. */
export function dateTime(isoInstant) {
  if (!isoInstant) return '–';
  return new Intl.DateTimeFormat(language(), {dateStyle: 'medium', timeStyle: 'short'}).format(new Date(isoInstant));
}

/** A trend period: 2025-03 as a month, 2025-W10 as a week. */
export function period(value) {
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (!month) return value;
  return new Intl.DateTimeFormat(language(), {year: 'numeric', month: 'short', timeZone: 'UTC'})
    .format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
}

let officeZone;

/** The office's time zone (from GET /api/v1/me): its days are the days dates name (peipao.zone). */
export function setOfficeZone(zone) {
  officeZone = zone || undefined;
}

/**
 * Today's date in the office's time zone, as YYYY-MM-DD: in the evening in Europe it is already tomorrow in Chongqing,
 * and a date means the office's day. (The browser's own zone only until the server has named the office's.)
 */
export function today() {
  const parts = new Intl.DateTimeFormat('en-US', {timeZone: officeZone, year: 'numeric', month: '2-digit',
    day: '2-digit'}).formatToParts(new Date());
  const part = type => parts.find(p => p.type === type).value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
