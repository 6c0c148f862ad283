// Hosts: where environments run, and the variables every Vagrant command there gets. The
// values often are credentials: they stay masked until an administrator reveals them.

import {api} from '../api.js';
import {
  clearFieldErrors, confirmDialog, emptyState, field, h, notice, pageHeader, replace, showProblem, toast, uid,
} from '../dom.js';

const PROVIDERS = ['virtualbox', 'libvirt', 'docker', 'lxc', 'aws', 'hyperv', 'vmware_desktop'];
const MASK = '••••••••';

export function renderHosts({main, me, isCurrent}) {
  const admin = me.role === 'admin';
  const abort = new AbortController();
  const revealed = new Set();
  let hosts = null;
  let editing = null;
  const list = h('div', {class: 'results'}, h('p', {class: 'loading'}, 'Loading hosts…'));

  main.append(
    pageHeader('Hosts'),
    h('p', {class: 'lead muted'}, 'A host runs Vagrant with one provider. Its parameters are passed as environment variables to every Vagrant command on it.'),
    list,
    admin ? hostForm(null) : notice('Only administrators add hosts or see their parameter values.', 'info'));

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
    const columns = ['Name', 'Provider', 'Parameters', admin ? 'Actions' : null].filter(Boolean);
    replace(list, h('table', {class: 'hosts responsive'},
      h('caption', {class: 'visually-hidden'}, 'Hosts'),
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', {}, hosts.flatMap((host) => [
        h('tr', {'data-host-id': host.id},
          h('th', {scope: 'row', 'data-label': 'Name'}, host.name),
          h('td', {'data-label': 'Provider'}, host.provider),
          h('td', {'data-label': 'Parameters'}, params(host)),
          admin ? h('td', {'data-label': 'Actions'}, h('div', {class: 'action-buttons'},
            h('button', {type: 'button', class: 'small', 'aria-expanded': String(editing === host.id),
              'aria-label': `Edit ${host.name}`, onclick: () => { editing = editing === host.id ? null : host.id; draw(); }}, 'Edit'),
            h('button', {type: 'button', class: 'small danger', 'aria-label': `Delete ${host.name}`,
              onclick: () => remove(host)}, 'Delete'))) : null),
        editing === host.id ? h('tr', {class: 'edit-row'}, h('td', {colspan: String(columns.length)}, hostForm(host))) : null,
      ].filter(Boolean)))));
    list.querySelector('.edit-row input')?.focus();
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
        h('dd', {'data-role': 'param-value'}, shown
          ? h('code', {}, value)
          : h('span', {class: 'masked'}, h('span', {'aria-hidden': 'true'}, MASK), h('span', {class: 'visually-hidden'}, 'hidden')))))),
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

  async function remove(host) {
    const ok = await confirmDialog({
      title: `Delete host ${host.name}?`,
      message: 'Jeto forgets this host and its parameters. A host that instances still use cannot be deleted.',
      confirmLabel: 'Delete host',
    });
    if (!ok) {
      return;
    }
    try {
      await api.delete(`/api/hosts/${host.id}`);
      toast(`Host ${host.name} deleted`);
      load();
    } catch (error) {
      toast(`Delete ${host.name}: ${error.message}`, 'error');
    }
  }

  function hostForm(host) {
    const name = h('input', {type: 'text', autocomplete: 'off', value: host?.name ?? ''});
    const providerList = uid('providers');
    const provider = h('input', {type: 'text', autocomplete: 'off', list: providerList, placeholder: 'lxc',
      value: host?.provider ?? ''});
    const rows = h('div', {class: 'param-rows'});
    let valuesShown = false;
    const showValues = h('button', {type: 'button', class: 'small', 'aria-pressed': 'false'}, 'Show values');
    showValues.addEventListener('click', () => {
      valuesShown = !valuesShown;
      showValues.setAttribute('aria-pressed', String(valuesShown));
      showValues.textContent = valuesShown ? 'Hide values' : 'Show values';
      for (const input of rows.querySelectorAll('input.param-value')) {
        input.type = valuesShown ? 'text' : 'password';
      }
    });
    const addRow = (key = '', value = '') => {
      const keyInput = h('input', {type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-label': 'Variable name',
        placeholder: 'HTTP_PROXY', value: key});
      const valueInput = h('input', {type: valuesShown ? 'text' : 'password', class: 'param-value', autocomplete: 'off',
        spellcheck: 'false', 'aria-label': 'Value', value});
      const remove = h('button', {type: 'button', class: 'small', 'aria-label': 'Remove this parameter'}, 'Remove');
      const row = h('div', {class: 'param-row'}, keyInput, valueInput, remove);
      remove.addEventListener('click', () => { row.remove(); addButton.focus(); });
      rows.append(row);
      return keyInput;
    };
    const addButton = h('button', {type: 'button', class: 'small', onclick: () => addRow().focus()}, 'Add a parameter');
    for (const [key, value] of Object.entries(host?.params || {})) {
      addRow(key, value);
    }
    const titleId = host ? `edit-host-${host.id}` : 'new-host-title';
    const form = h('form', {class: host ? 'stacked-form' : 'stacked-form panel', novalidate: true, 'aria-labelledby': titleId},
      h(host ? 'h3' : 'h2', {id: titleId}, host ? `Edit ${host.name}` : 'Add a host'),
      field({label: 'Name', name: 'name', input: name, required: true}),
      field({label: 'Provider', name: 'provider', input: provider, required: true,
        hint: 'The Vagrant provider, set as VAGRANT_DEFAULT_PROVIDER.'}),
      h('datalist', {id: providerList}, PROVIDERS.map((p) => h('option', {value: p}))),
      h('div', {class: 'field', 'data-field': 'params'},
        h('fieldset', {}, h('legend', {}, 'Parameters'), rows,
          h('div', {class: 'action-buttons'}, addButton, showValues)),
        h('p', {class: 'field-error', hidden: true})),
      h('div', {class: 'actions'},
        host ? h('button', {type: 'button', onclick: () => { editing = null; draw(); }}, 'Cancel') : null,
        h('button', {type: 'submit', class: 'primary'}, host ? 'Save' : 'Add host')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      const values = {};
      for (const row of rows.querySelectorAll('.param-row')) {
        const [key, value] = row.querySelectorAll('input');
        if (key.value.trim()) {
          values[key.value.trim()] = value.value;
        }
      }
      const body = {name: name.value.trim(), provider: provider.value.trim(), params: values};
      try {
        if (host) {
          await api.put(`/api/hosts/${host.id}`, body);
          editing = null;
          toast(`Host ${body.name} saved`);
        } else {
          await api.post('/api/hosts', body);
          toast(`Host ${body.name} added`);
          form.reset();
          replace(rows);
        }
        await load();
      } catch (error) {
        showProblem(form, error);
      }
    });
    return form;
  }

  load();
  return () => abort.abort();
}
