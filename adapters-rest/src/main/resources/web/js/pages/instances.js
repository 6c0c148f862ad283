// The instances list: every environment this key may see, with each machine's last known state.

import {api} from '../api.js';
import {emptyState, field, h, notice, pageHeader, replace, uid} from '../dom.js';
import {stateBadge, stateTone} from '../machines.js';

const REFRESH_MS = 5000;

// Kept while the tab lives, so that coming back from an instance finds the list as it was left.
const view = {filter: '', state: 'any', sort: 'name', descending: false, autoRefresh: true};

const COLUMNS = [
  {key: 'name', label: 'Name'},
  {key: 'project', label: 'Project'},
  {key: 'host', label: 'Host'},
  {key: 'environment', label: 'Environment'},
  {key: 'state', label: 'Machines'},
];

const STATE_FILTERS = [
  {value: 'any', label: 'Any state'},
  {value: 'ok', label: 'Running'},
  {value: 'off', label: 'Stopped'},
  {value: 'none', label: 'Not created'},
  {value: 'problem', label: 'Needs attention'},
  {value: 'busy', label: 'Busy'},
];

export function renderInstances({main, isCurrent}) {
  let instances = null;
  let loadError = null;
  let timer = null;
  let updatedAt = null;
  const abort = new AbortController();

  const filterInput = h('input', {type: 'search', value: view.filter, autocomplete: 'off',
    placeholder: 'Name, host, state…'});
  const stateSelect = h('select', {}, STATE_FILTERS.map((f) =>
    h('option', {value: f.value, selected: f.value === view.state}, f.label)));
  const sortSelect = h('select', {}, COLUMNS.map((c) =>
    h('option', {value: c.key, selected: c.key === view.sort}, c.key === 'state' ? 'State' : c.label)));
  const orderButton = h('button', {type: 'button', class: 'small', 'aria-pressed': String(view.descending)});
  const autoBox = h('input', {type: 'checkbox', id: uid('auto'), checked: view.autoRefresh});
  const updated = h('span', {class: 'muted updated', 'aria-live': 'off'});
  const results = h('div', {class: 'results'});
  const count = h('p', {class: 'muted count', role: 'status'});

  filterInput.addEventListener('input', () => { view.filter = filterInput.value; draw(); });
  stateSelect.addEventListener('change', () => { view.state = stateSelect.value; draw(); });
  sortSelect.addEventListener('change', () => { view.sort = sortSelect.value; draw(); });
  orderButton.addEventListener('click', () => { view.descending = !view.descending; draw(); });
  autoBox.addEventListener('change', () => { view.autoRefresh = autoBox.checked; schedule(); });

  main.append(
    pageHeader('Instances', h('a', {class: 'button primary', href: '#/instances/new'}, 'New instance')),
    h('div', {class: 'toolbar', role: 'search'},
      field({label: 'Filter', name: 'filter', input: filterInput}),
      field({label: 'State', name: 'state', input: stateSelect}),
      field({label: 'Sort by', name: 'sort', input: sortSelect}),
      h('div', {class: 'field toolbar-buttons'}, orderButton),
      h('div', {class: 'field refresh'},
        h('label', {class: 'checkbox', for: autoBox.id}, autoBox, `Auto-refresh every ${REFRESH_MS / 1000} s`),
        updated)),
    count,
    results);

  async function load() {
    try {
      instances = await api.get('/api/instances', {signal: abort.signal});
      loadError = null;
      updatedAt = new Date();
    } catch (error) {
      if (error.name === 'AbortError') {
        return;
      }
      loadError = error;
    }
    if (isCurrent()) {
      draw();
      schedule();
    }
  }

  function schedule() {
    clearTimeout(timer);
    if (view.autoRefresh && !abort.signal.aborted) {
      timer = setTimeout(load, REFRESH_MS);
    }
  }

  function draw() {
    orderButton.textContent = view.descending ? 'Descending' : 'Ascending';
    orderButton.setAttribute('aria-pressed', String(view.descending));
    orderButton.setAttribute('aria-label', `Sort order: ${view.descending ? 'descending' : 'ascending'}`);
    updated.textContent = updatedAt ? `Updated ${updatedAt.toLocaleTimeString()}` : '';
    if (loadError && !instances) {
      replace(results, notice(`The instances could not be loaded: ${loadError.message}`, 'error'),
        h('button', {type: 'button', onclick: load}, 'Try again'));
      count.textContent = '';
      return;
    }
    if (!instances) {
      replace(results, h('p', {class: 'loading'}, 'Loading instances…'));
      return;
    }
    const warning = loadError ? notice(`Refreshing failed: ${loadError.message}. Showing the last list.`, 'warn') : null;
    if (instances.length === 0) {
      count.textContent = '';
      replace(results, warning, emptyState('No instances yet. An instance is a Vagrant environment that Jeto manages.',
        h('a', {class: 'button primary', href: '#/instances/new'}, 'Create the first instance')));
      return;
    }
    const shown = sorted(instances.filter(matches));
    count.textContent = shown.length === instances.length
      ? `${instances.length} instance${instances.length === 1 ? '' : 's'}`
      : `${shown.length} of ${instances.length} instances`;
    if (shown.length === 0) {
      replace(results, warning, emptyState('No instance matches this filter.',
        h('button', {type: 'button', onclick: clearFilter}, 'Clear the filter')));
      return;
    }
    replace(results, warning, table(shown));
  }

  function clearFilter() {
    view.filter = '';
    view.state = 'any';
    filterInput.value = '';
    stateSelect.value = 'any';
    draw();
    filterInput.focus();
  }

  function table(rows) {
    const head = h('tr', {}, COLUMNS.map((c) => {
      const active = c.key === view.sort;
      const sortState = active ? (view.descending ? 'descending' : 'ascending') : 'none';
      return h('th', {scope: 'col', 'aria-sort': sortState},
        h('button', {type: 'button', class: 'sort', onclick: () => sortBy(c.key)},
          c.label, h('span', {class: 'sort-mark', 'aria-hidden': 'true'},
            active ? (view.descending ? ' ▼' : ' ▲') : '')));
    }));
    return h('table', {class: 'instances responsive'},
      h('caption', {class: 'visually-hidden'}, 'Instances'),
      h('thead', {}, head),
      h('tbody', {}, rows.map(row)));
  }

  function sortBy(key) {
    if (view.sort === key) {
      view.descending = !view.descending;
    } else {
      view.sort = key;
      view.descending = false;
    }
    sortSelect.value = view.sort;
    draw();
    results.querySelector('th[aria-sort]:not([aria-sort="none"]) button')?.focus();
  }

  function row(instance) {
    return h('tr', {'data-instance-id': instance.id},
      h('th', {scope: 'row', 'data-label': 'Name'},
        h('a', {href: `#/instances/${instance.id}`, class: 'instance-link'}, instance.name),
        instance.busy ? h('span', {class: 'badge state-busy busy-mark'}, `${instance.busy.action} ${instance.busy.state}`) : null),
      h('td', {'data-label': 'Project'}, instance.project?.name || h('span', {class: 'muted'}, '—')),
      h('td', {'data-label': 'Host'}, instance.host?.name || '', instance.host?.provider
        ? h('span', {class: 'muted'}, ` (${instance.host.provider})`) : null),
      h('td', {'data-label': 'Environment'}, instance.environment),
      h('td', {'data-label': 'Machines'}, machines(instance)));
  }

  function machines(instance) {
    if (instance.status_error) {
      return h('span', {class: 'badge state-bad', title: instance.status_error}, 'status unknown');
    }
    if (!instance.status?.length) {
      return h('span', {class: 'muted'}, 'no machines');
    }
    return h('ul', {class: 'machine-badges'}, instance.status.map((m) =>
      h('li', {}, h('span', {class: 'machine-name'}, m.name), ' ', stateBadge(m))));
  }

  load();
  draw();
  return () => {
    abort.abort();
    clearTimeout(timer);
  };
}

function matches(instance) {
  const text = view.filter.trim().toLowerCase();
  if (text) {
    const haystack = [instance.name, instance.project?.name, instance.host?.name, instance.host?.provider,
      instance.environment, instance.git_reference,
      ...(instance.status || []).flatMap((m) => [m.name, m.status, m.state])]
      .filter(Boolean).join(' ').toLowerCase();
    if (!text.split(/\s+/).every((word) => haystack.includes(word))) {
      return false;
    }
  }
  if (view.state === 'any') {
    return true;
  }
  const tones = (instance.status || []).map((m) => stateTone(m.state));
  switch (view.state) {
    case 'busy':
      return Boolean(instance.busy);
    case 'problem':
      return Boolean(instance.status_error) || tones.some((t) => t === 'bad' || t === 'unknown');
    default:
      return tones.includes(view.state);
  }
}

function sortKey(instance, key) {
  switch (key) {
    case 'project':
      return instance.project?.name || '';
    case 'host':
      return instance.host?.name || '';
    case 'state':
      return (instance.status || []).map((m) => m.state).sort().join(',') || (instance.status_error ? '~' : '');
    default:
      return String(instance[key] ?? '');
  }
}

function sorted(list) {
  const collator = new Intl.Collator(undefined, {numeric: true, sensitivity: 'base'});
  const direction = view.descending ? -1 : 1;
  return [...list].sort((a, b) =>
    direction * (collator.compare(sortKey(a, view.sort), sortKey(b, view.sort)) || a.id - b.id));
}
