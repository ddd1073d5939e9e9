// Apache ECharts, served by Peipao itself from its WebJar, loaded when a screen first draws a chart.
import {language} from './i18n.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
const PALETTE = ['#0f5c6e', '#e0a526', '#3f8f5f', '#c0504d', '#6b5ca5', '#4a90c2', '#8a6d3b'];
const drawn = new Set();
let library;

/** Draws option into element; description is what a screen reader says instead of the picture. */
export async function chart(element, option, description) {
  library = library || import(ECHARTS);
  const echarts = await library;
  if (!element.isConnected) return null; // the reader has moved on
  element.setAttribute('role', 'img');
  element.setAttribute('aria-label', description);
  const instance = echarts.init(element, null, {locale: language() === 'en' ? 'EN' : 'ZH'});
  instance.setOption({
    color: PALETTE,
    textStyle: {fontFamily: getComputedStyle(document.body).fontFamily},
    animationDuration: 300,
    ...option,
  });
  const observer = new ResizeObserver(() => instance.resize());
  observer.observe(element);
  drawn.add({instance, observer});
  return instance;
}

/** Lets go of every chart drawn so far (a new screen is shown). */
export function disposeCharts() {
  for (const {instance, observer} of drawn) {
    observer.disconnect();
    instance.dispose();
  }
  drawn.clear();
}
