// The dashboard's charts as ECharts options, with what each says in words for screen readers.
import {label, t} from '../i18n.js';
import {amount, count, period} from '../format.js';

const STATUSES = ['active', 'suspended', 'retired'];
const GRID = {left: 20, right: 32, top: 36, bottom: 8, containLabel: true};
const LEGEND = {top: 0, type: 'scroll'};
/** Category names (data, often long) wrap instead of running off a phone's screen. */
const BAR = 28;
const CATEGORY_LABEL = {width: 104, overflow: 'break'};

/** Companions of each kind, stacked by status. */
export function companionsByKind(byKind) {
  const kinds = Object.keys(byKind);
  const option = {
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    legend: LEGEND,
    grid: GRID,
    xAxis: {type: 'value', minInterval: 1},
    yAxis: {type: 'category', data: kinds.map(kind => label('kind', kind)), inverse: true, axisLabel: CATEGORY_LABEL},
    series: STATUSES.map(status => ({
      name: label('companionStatus', status.toUpperCase()), type: 'bar', stack: 'status', barMaxWidth: BAR,
      data: kinds.map(kind => byKind[kind][status]),
    })),
  };
  const words = kinds.map(kind => `${label('kind', kind)} ${count(byKind[kind].active)}`).join(t('list.separator'));
  return {option, description: t('chart.byKind.words', {list: words})};
}

/** Landings and signed amount per district, domain or form: two bars, each on its own axis. */
export function signedBy(byKey, labelOf, titleKey) {
  const keys = Object.keys(byKey).sort((a, b) => Number(byKey[b].signedAmountCny) - Number(byKey[a].signedAmountCny));
  const option = {
    // (the default tooltip escapes names, which are data; each series formats its own values)
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
    legend: LEGEND,
    grid: {...GRID, top: 56},
    xAxis: [
      {type: 'value', minInterval: 1, position: 'bottom'},
      {type: 'value', position: 'top', axisLabel: {formatter: value => amount(value), hideOverlap: true},
        splitLine: {show: false}},
    ],
    yAxis: {type: 'category', data: keys.map(labelOf), inverse: true, axisLabel: CATEGORY_LABEL},
    series: [
      {name: t('chart.landings'), type: 'bar', xAxisIndex: 0, barMaxWidth: BAR, data: keys.map(key => byKey[key].count),
        tooltip: {valueFormatter: count}},
      {name: t('chart.signedAmount'), type: 'bar', xAxisIndex: 1, barMaxWidth: BAR, data: keys.map(key => Number(byKey[key].signedAmountCny)),
        tooltip: {valueFormatter: amount}},
    ],
  };
  const words = keys.map(key => t('chart.signed.item', {
    name: labelOf(key), count: count(byKey[key].count), amount: amount(byKey[key].signedAmountCny)})).join(t('list.separator'));
  return {option, description: `${t(titleKey)}: ${words}`};
}

/** One KPI per month. */
export function trend(points, metric) {
  const isAmount = metric === 'signedAmount';
  const show = value => (isAmount ? amount(value) : count(value));
  const option = {
    tooltip: {trigger: 'axis', valueFormatter: show},
    grid: {...GRID, top: 16},
    xAxis: {type: 'category', data: points.map(point => period(point.period))},
    yAxis: {type: 'value', minInterval: isAmount ? 0 : 1, axisLabel: {formatter: show}},
    series: [{name: label('metric', metric), type: 'line', areaStyle: {opacity: 0.12},
      data: points.map(point => Number(point.value))}],
  };
  const words = points.map(point => `${period(point.period)} ${show(point.value)}`).join(t('list.separator'));
  return {option, description: `${label('metric', metric)}: ${words}`};
}

/** Median and 90th percentile of the days from first assignment to first landing. */
export function timeToLanding(figures) {
  const names = [t('chart.ttl.median'), t('chart.ttl.p90')];
  const days = [figures.medianDays, figures.p90Days];
  const option = {
    tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}, valueFormatter: value => t('unit.days', {n: count(value)})},
    grid: {...GRID, top: 16},
    xAxis: {type: 'value', minInterval: 1, axisLabel: {formatter: value => t('unit.days', {n: value})}},
    yAxis: {type: 'category', data: names, inverse: true, axisLabel: CATEGORY_LABEL},
    series: [{type: 'bar', name: t('chart.ttl.days'), data: days, barMaxWidth: BAR,
      label: {show: true, position: 'right', formatter: item => t('unit.days', {n: count(item.value)})}}],
  };
  return {option, description: t('chart.ttl.words', {median: count(days[0]), p90: count(days[1]),
    projects: count(figures.landedProjects)})};
}
