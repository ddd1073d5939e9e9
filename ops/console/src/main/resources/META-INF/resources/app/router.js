// Hash routes (#/projects/p-1?q=bone): deep links need nothing from the server.

const routes = [];

/** Registers a view for a pattern such as '/projects/:id'. */
export function route(pattern, view) {
  const names = [];
  const regex = new RegExp(`^${pattern.replace(/:(\w+)/g, (whole, name) => {
    names.push(name);
    return '([^/]+)';
  })}$`);
  routes.push({regex, names, view});
}

/** The current route: its view, path parameters and query parameters. */
export function current() {
  const [path, search = ''] = window.location.hash.replace(/^#/, '').split('?');
  const query = Object.fromEntries(new URLSearchParams(search));
  for (const {regex, names, view} of routes) {
    const match = regex.exec(path || '/');
    if (match) {
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
      return {path, view, params, query};
    }
  }
  return null;
}

/** A link target: link('/projects/' + id, {tab: 'x'}). */
export function link(path, query = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(name, value);
  }
  const search = params.toString();
  return `#${path}${search ? `?${search}` : ''}`;
}

/** Goes to a route; with replace, without a new history entry. */
export function go(path, query = {}, replace = false) {
  const target = link(path, query);
  if (replace) {
    window.history.replaceState(null, '', target);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = target;
  }
}

/** Records a view's state (its filters, say) in the address without rendering the view again. */
export function remember(path, query = {}) {
  window.history.replaceState(null, '', link(path, query));
}
