// Building the page from data without HTML strings: text is always text, never markup.

/**
 * Creates an element: h('a', {href: '#/x', class: 'link'}, 'text', child).
 * Attributes starting with "on" are listeners; null, undefined and false leave an attribute out.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends children: nodes, strings and numbers as text, arrays flattened, null skipped. */
export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces an element's children. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

let unique = 0;

/** An id for pairing a label with its field. */
export function uid(prefix) {
  unique += 1;
  return `${prefix}-${unique}`;
}
