// Hosts: where environments run, and the variables every Vagrant command there gets. The
// values often are credentials: they stay masked until an administrator reveals them.

import {api} from '../api.js';
import {clearFieldErrors, emptyState, field, h, notice, pageHeader, replace, showProblem, toast, uid} from '../dom.js';

const PROVIDERS = ['virtualbox', 'libvirt', 'docker', 'lxc', 'aws', 'hyperv', 'vmware_desktop'];
const MASK = '••••••••';

export function renderHosts({main, me, isCurrent}) {
  const admin = me.role === 'admin';
  const abort = new AbortController();
  const revealed = new Set();
  let hosts = null;
  const list = h('div', {class: 'results'}, h('p', {class: 'loading'}, 'Loading hosts…'));

  main.append(
    pageHeader('Hosts'),
    h('p', {class: 'lead muted'}, 'A host runs Vagrant with one provider. Its parameters are passed as environment variables to every Vagrant command on it.'),
    list,
    admin ? createForm() : notice('Only administrators add hosts or see their parameter values.', 'info'));

  async function load() {
    try {
      hosts = await api.get('/api/hosts', {signal: abort.signal});
      if (isCurrent()) {
        draw();
      }
    } catch (error) {
      if (error.name !== 'AbortError' && isCurrent()) {
        replace(list, notice(`The hosts could not be loaded: ${error.message}`, 'error'));
      }
    }
  }

  function draw() {
    if (hosts.length === 0) {
      replace(list, emptyState(admin ? 'No host yet. Add the first one below.' : 'No host is visible to your key.'));
      return;
    }
    replace(list, h('table', {class: 'hosts responsive'},
      h('caption', {class: 'visually-hidden'}, 'Hosts'),
      h('thead', {}, h('tr', {}, ['Name', 'Provider', 'Parameters'].map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', {}, hosts.map((host) => h('tr', {'data-host-id': host.id},
        h('th', {scope: 'row', 'data-label': 'Name'}, host.name),
        h('td', {'data-label': 'Provider'}, host.provider),
        h('td', {'data-label': 'Parameters'}, params(host)))))));
  }

  function params(host) {
    const entries = Object.entries(host.params || {});
    if (entries.length === 0) {
      return h('span', {class: 'muted'}, 'none');
    }
    const shown = revealed.has(host.id);
    const listId = uid('params');
    return h('div', {class: 'params'},
      h('dl', {class: 'param-list', id: listId}, entries.map(([key, value]) => h('div', {},
        h('dt', {}, key),
        h('dd', {'data-role': 'param-value'}, shown ? h('code', {}, value) : h('span', {class: 'masked', 'aria-label': 'hidden value'}, MASK))))),
      admin ? h('button', {type: 'button', class: 'small', 'aria-pressed': String(shown), 'aria-controls': listId,
        'data-role': 'reveal', onclick: () => toggle(host.id)}, shown ? 'Hide values' : 'Reveal values') : null);
  }

  function toggle(id) {
    if (revealed.has(id)) {
      revealed.delete(id);
    } else {
      revealed.add(id);
    }
    draw();
    list.querySelector(`tr[data-host-id="${id}"] [data-role="reveal"]`)?.focus();
  }

  function createForm() {
    const name = h('input', {type: 'text', autocomplete: 'off'});
    const providerList = uid('providers');
    const provider = h('input', {type: 'text', autocomplete: 'off', list: providerList, placeholder: 'lxc'});
    const rows = h('div', {class: 'param-rows'});
    const addRow = () => {
      const key = h('input', {type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-label': 'Variable name', placeholder: 'HTTP_PROXY'});
      const value = h('input', {type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-label': 'Value'});
      const remove = h('button', {type: 'button', class: 'small', 'aria-label': 'Remove this parameter'}, 'Remove');
      const row = h('div', {class: 'param-row'}, key, value, remove);
      remove.addEventListener('click', () => { row.remove(); addButton.focus(); });
      rows.append(row);
      return key;
    };
    const addButton = h('button', {type: 'button', class: 'small', onclick: () => addRow().focus()}, 'Add a parameter');
    const form = h('form', {class: 'stacked-form panel', novalidate: true, 'aria-labelledby': 'new-host-title'},
      h('h2', {id: 'new-host-title'}, 'Add a host'),
      field({label: 'Name', name: 'name', input: name, required: true}),
      field({label: 'Provider', name: 'provider', input: provider, required: true,
        hint: 'The Vagrant provider, set as VAGRANT_DEFAULT_PROVIDER.'}),
      h('datalist', {id: providerList}, PROVIDERS.map((p) => h('option', {value: p}))),
      h('div', {class: 'field', 'data-field': 'params'},
        h('fieldset', {}, h('legend', {}, 'Parameters'), rows, addButton),
        h('p', {class: 'field-error', hidden: true})),
      h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, 'Add host')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      const params = {};
      for (const row of rows.querySelectorAll('.param-row')) {
        const [key, value] = row.querySelectorAll('input');
        if (key.value.trim()) {
          params[key.value.trim()] = value.value;
        }
      }
      try {
        const created = await api.post('/api/hosts', {name: name.value.trim(), provider: provider.value.trim(), params});
        toast(`Host ${created.name} added`);
        form.reset();
        replace(rows);
        await load();
        name.focus();
      } catch (error) {
        showProblem(form, error);
      }
    });
    return form;
  }

  load();
  return () => abort.abort();
}
