// The audit log: who did what, newest first, with filters and pages.

import {api, nextLink} from '../api.js';
import {ACTIONS} from '../admin.js';
import {emptyState, field, h, notice, pageHeader, replace, timeElement, uid, unavailable} from '../dom.js';

const PAGE_SIZE = 50;
const OBJECT_TYPES = ['instance', 'host', 'project', 'user', 'team', 'grant', 'api_key'];
const CHANGES = ['create', 'update', 'delete', 'revoke', 'cancel'];

export function renderAuditLog({main, me, isCurrent}) {
  const abort = new AbortController();
  const previous = [];
  let current = null;
  let next = null;
  let users = null;

  const user = h('select', {}, h('option', {value: ''}, 'Anyone'));
  const userNumber = h('input', {type: 'number', min: '1', inputmode: 'numeric', placeholder: 'user number'});
  const objectType = h('select', {}, h('option', {value: ''}, 'Anything'), OBJECT_TYPES.map((t) => h('option', {value: t}, t.replace('_', ' '))));
  const objectId = h('input', {type: 'number', min: '1', inputmode: 'numeric'});
  const actionList = uid('audit-actions');
  const action = h('input', {type: 'text', autocomplete: 'off', list: actionList, placeholder: 'start'});
  const userSlot = h('div', {class: 'field-slot'}, field({label: 'User', name: 'user', input: userNumber}));
  const filters = h('form', {class: 'toolbar', role: 'search', 'aria-label': 'Filter the audit log'},
    userSlot,
    field({label: 'Object type', name: 'object_type', input: objectType}),
    field({label: 'Object number', name: 'object_id', input: objectId}),
    field({label: 'Action', name: 'action', input: action}),
    h('datalist', {id: actionList}, [...new Set([...ACTIONS, ...CHANGES])].map((a) => h('option', {value: a}))),
    h('div', {class: 'field toolbar-buttons'},
      h('button', {type: 'submit', class: 'primary'}, 'Apply filters'),
      h('button', {type: 'button', onclick: clearFilters}, 'Clear')));
  const results = h('div', {class: 'results'}, h('p', {class: 'loading'}, 'Loading the audit log…'));
  const pager = h('nav', {class: 'pager', 'aria-label': 'Audit log pages'});

  main.append(pageHeader('Audit log'),
    h('p', {class: 'lead muted'}, me.role === 'admin'
      ? 'Every change and every command, newest first.'
      : 'The changes and commands on what your key may see, newest first.'),
    filters, results, pager);

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    restart();
  });

  function clearFilters() {
    filters.reset();
    restart();
  }

  function restart() {
    previous.length = 0;
    base = firstPage();
    load(base);
  }

  function userFilter() {
    return users ? user.value : userNumber.value.trim();
  }

  function firstPage() {
    const query = new URLSearchParams({limit: String(PAGE_SIZE)});
    const values = {user: userFilter(), object_type: objectType.value, object_id: objectId.value.trim(), action: action.value.trim()};
    for (const [name, value] of Object.entries(values)) {
      if (value) {
        query.set(name, value);
      }
    }
    return `/api/auditlog?${query}`;
  }

  // The next page keeps the filters even if a server's Link names only limit and cursor.
  function withFilters(link) {
    if (!link) {
      return null;
    }
    const cursor = new URL(link, window.location.href).searchParams.get('cursor');
    if (!cursor) {
      return link;
    }
    const url = new URL(base, window.location.href);
    url.searchParams.set('cursor', cursor);
    return `${url.pathname}${url.search}`;
  }

  async function loadUsers() {
    if (me.role !== 'admin') {
      return;
    }
    try {
      const answer = await api.optional('/api/users', {signal: abort.signal});
      if (answer && isCurrent()) {
        users = answer.data;
        replace(user, h('option', {value: ''}, 'Anyone'), users.map((u) => h('option', {value: u.id}, u.name)));
        replace(userSlot, field({label: 'User', name: 'user', input: user}));
      }
    } catch {
      // The number field stays.
    }
  }

  async function load(url) {
    try {
      const answer = await api.optional(url, {signal: abort.signal});
      if (!isCurrent()) {
        return;
      }
      if (answer === null) {
        replace(results, unavailable('The audit log'));
        filters.hidden = true;
        replace(pager);
        return;
      }
      current = url;
      next = withFilters(nextLink(answer.headers));
      draw(answer.data || []);
    } catch (error) {
      if (error.name !== 'AbortError' && isCurrent()) {
        replace(results, notice(`The audit log could not be loaded: ${error.message}`, 'error'));
      }
    }
  }

  function draw(entries) {
    if (entries.length === 0) {
      replace(results, emptyState(previous.length ? 'No older entry.' : 'No entry matches these filters.'));
    } else {
      replace(results, h('table', {class: 'audit responsive'},
        h('caption', {class: 'visually-hidden'}, 'Audit log entries, newest first'),
        h('thead', {}, h('tr', {}, ['When', 'Who', 'Action', 'Object', 'From', 'Outcome', 'Details'].map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, entries.map((e) => h('tr', {'data-audit-id': e.id},
          h('td', {'data-label': 'When'}, timeElement(e.at)),
          h('td', {'data-label': 'Who'}, e.user_name || '—', e.key_name ? h('span', {class: 'muted'}, ` (key ${e.key_name})`) : null),
          h('td', {'data-label': 'Action'}, h('code', {}, e.action || '—')),
          h('td', {'data-label': 'Object'}, objectOf(e)),
          h('td', {'data-label': 'From'}, e.address || h('span', {class: 'muted'}, 'Jeto')),
          h('td', {'data-label': 'Outcome'}, outcomeBadge(e.outcome)),
          h('td', {'data-label': 'Details'}, e.details ? detailsOf(e.details) : h('span', {class: 'muted'}, '—')))))));
    }
    replace(pager,
      h('button', {type: 'button', disabled: previous.length === 0, onclick: newer}, '← Newer'),
      h('span', {class: 'muted'}, `Page ${previous.length + 1}`),
      h('button', {type: 'button', disabled: !next, onclick: older}, 'Older →'));
  }

  function older() {
    previous.push(current);
    load(next);
  }

  function newer() {
    load(previous.pop());
  }

  let base = firstPage();
  loadUsers();
  load(base);
  return () => abort.abort();
}

function objectOf(entry) {
  const type = (entry.object_type || '').replace('_', ' ');
  const id = entry.object_id !== null && entry.object_id !== undefined ? ` #${entry.object_id}` : '';
  const name = entry.object_name ? ` “${entry.object_name}”` : '';
  const text = `${type}${id}${name}`.trim() || '—';
  if (entry.object_type === 'instance' && entry.object_id) {
    return h('a', {href: `#/instances/${entry.object_id}`}, text);
  }
  return text;
}

function outcomeBadge(outcome) {
  if (!outcome) {
    return h('span', {class: 'muted'}, '—');
  }
  const tone = /succeeded|^ok$|created|^2\d\d/.test(outcome) ? 'ok'
    : /failed|denied|refused|error|^4\d\d|^5\d\d/.test(outcome) ? 'bad'
      : /cancel|interrupt/.test(outcome) ? 'warn' : 'off';
  return h('span', {class: `badge state-${tone}`}, outcome);
}

function detailsOf(details) {
  let text = details;
  try {
    text = JSON.stringify(JSON.parse(details), null, 2);
  } catch {
    // Shown as the server wrote it.
  }
  return h('details', {}, h('summary', {}, 'Show'), h('pre', {class: 'json'}, text));
}
