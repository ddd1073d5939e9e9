// The API's refusals in the reader's language: field errors next to their fields, rules as messages.
import {has, language, t} from './i18n.js';

/** Known wordings of the API's field messages, with their Chinese; others keep the API's words in English. */
const FIELD_MESSAGES_ZH = [
  [/^must not be (blank|null|empty)$/, () => '不能为空'],
  [/^is required$/, () => '必填'],
  [/^size must be between (\d+) and (\d+)$/, m => `长度须在 ${m[1]} 到 ${m[2]} 之间`],
  [/^must be greater than or equal to (\S+)$/, m => `不能小于 ${m[1]}`],
  [/^must be less than or equal to (\S+)$/, m => `不能大于 ${m[1]}`],
  [/^must be greater than (\S+)$/, m => `须大于 ${m[1]}`],
  [/^must be a well-formed email address$/, () => '不是有效的电子邮件地址'],
  [/^must be an http or https URL$/, () => '须为 http 或 https 链接'],
  [/^numeric value out of bounds/, () => '数值超出范围（最多两位小数）'],
  [/^must be 1 to 64 characters/, () => '须为 1 到 64 个字母、数字或 . _ -'],
  [/^cannot be '.*'/, () => '取值无效'],
  [/^may not contain/, () => '含有不允许的字符'],
];

/** A field error's message in the current language. */
export function fieldMessage(message) {
  if (language() !== 'zh-CN') return message;
  for (const [pattern, say] of FIELD_MESSAGES_ZH) {
    const match = pattern.exec(message || '');
    if (match) return say(match);
  }
  return t('problem.field-invalid');
}

/** What an error says to a reader: a named business rule, a status, or a failed connection. */
export function problemMessage(error) {
  if (!error || error.status === undefined) return t('problem.unexpected');
  if (error.status === 0) return t('problem.offline');
  if (error.type && has(`rule.${error.type}`)) return t(`rule.${error.type}`);
  if (error.status === 409) {
    return language() === 'en' && error.detail ? t('problem.rule-detail', {detail: error.detail})
      : t('problem.rule', {rule: error.type});
  }
  if (error.status === 429) {
    return t('problem.429', {seconds: error.headers?.get?.('Retry-After') || '60'});
  }
  if (error.status === 400 && error.errors.length === 0 && language() === 'en' && error.detail) return error.detail;
  const key = `problem.${error.status}`;
  return has(key) ? t(key) : t('problem.status', {status: error.status});
}
