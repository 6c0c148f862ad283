// API keys: each user makes keys for itself (an administrator for anyone). A new key's secret is
// shown once.

import {api} from '../api.js';
import {ACTIONS, checkboxGroup, nameOf, secretBox, session} from '../admin.js';
import {
  clearFieldErrors, confirmDialog, emptyState, field, h, notice, pageHeader, replace, showProblem, timeElement, toast, unavailable,
} from '../dom.js';

export function renderApiKeys({main, me, isCurrent}) {
  const admin = me.role === 'admin';
  const abort = new AbortController();
  let keys = null;
  let users = null;
  const list = h('div', {class: 'results'}, h('p', {class: 'loading'}, 'Loading keys…'));
  const secretSlot = h('div', {class: 'secret-slot'});
  const formSlot = h('div');

  main.append(
    pageHeader('API keys'),
    h('p', {class: 'lead muted'}, `You are signed in with the key “${me.key_name}”. A key can be narrowed to fewer actions and given an expiry, for a CI job for example.`),
    secretSlot,
    list,
    formSlot);

  async function load() {
    try {
      const [keyAnswer, userAnswer] = await Promise.all([
        api.optional('/api/api-keys', {signal: abort.signal}),
        admin ? api.optional('/api/users', {signal: abort.signal}) : Promise.resolve(null),
      ]);
      if (!isCurrent()) {
        return;
      }
      if (keyAnswer === null) {
        replace(list, unavailable('Managing API keys'));
        return;
      }
      keys = keyAnswer.data;
      users = userAnswer ? userAnswer.data : session.users;
      draw();
      if (!formSlot.firstChild) {
        formSlot.append(createForm());
      }
    } catch (error) {
      if (error.name !== 'AbortError' && isCurrent()) {
        replace(list, notice(`The keys could not be loaded: ${error.message}`, 'error'));
      }
    }
  }

  function owner(key) {
    if (key.user && typeof key.user === 'object') {
      return key.user.name;
    }
    if (key.user === me.id) {
      return `${me.name} (you)`;
    }
    return key.user ? nameOf(users, key.user, 'user') : '—';
  }

  function draw() {
    if (keys.length === 0) {
      replace(list, emptyState('No key to show.'));
      return;
    }
    replace(list, h('table', {class: 'api-keys responsive'},
      h('caption', {class: 'visually-hidden'}, 'API keys'),
      h('thead', {}, h('tr', {}, ['Name', 'Starts with', admin ? 'User' : null, 'Actions allowed', 'Expires', 'Last used', '']
        .filter((c) => c !== null).map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', {}, keys.map((key) => h('tr', {'data-key-id': key.id},
        h('th', {scope: 'row', 'data-label': 'Name'}, key.name, key.name === me.key_name && key.user === me.id ? h('span', {class: 'muted'}, ' (this session)') : null),
        h('td', {'data-label': 'Starts with'}, h('code', {}, `${key.prefix || key.secret_prefix || ''}…`)),
        admin ? h('td', {'data-label': 'User'}, owner(key)) : null,
        h('td', {'data-label': 'Actions allowed'}, key.actions?.length
          ? h('ul', {class: 'tags'}, key.actions.map((a) => h('li', {class: 'tag'}, a)))
          : h('span', {class: 'muted'}, 'all of the user’s')),
        h('td', {'data-label': 'Expires'}, key.expires_at ? timeElement(key.expires_at) : h('span', {class: 'muted'}, 'never')),
        h('td', {'data-label': 'Last used'}, key.last_used_at ? timeElement(key.last_used_at) : h('span', {class: 'muted'}, 'never')),
        h('td', {'data-label': ''}, key.revoked_at || key.revoked
          ? h('span', {class: 'badge state-off'}, 'revoked')
          : h('button', {type: 'button', class: 'small danger', 'aria-label': `Revoke key ${key.name}`, onclick: () => revoke(key)}, 'Revoke')))))));
  }

  async function revoke(key) {
    const ok = await confirmDialog({
      title: `Revoke the key ${key.name}?`,
      message: key.name === me.key_name && key.user === me.id
        ? 'This is probably the key you are signed in with: you will be signed out.'
        : 'Whoever uses it is refused from now on.',
      confirmLabel: 'Revoke key',
    });
    if (!ok) {
      return;
    }
    try {
      await api.delete(`/api/api-keys/${key.id}`);
      toast(`Key ${key.name} revoked`);
      load();
    } catch (error) {
      toast(`Revoke ${key.name}: ${error.message}`, 'error');
    }
  }

  function createForm() {
    const name = h('input', {type: 'text', autocomplete: 'off', placeholder: 'ci'});
    const expires = h('input', {type: 'date'});
    const user = admin && users?.length
      ? h('select', {}, h('option', {value: ''}, 'Me'), users.filter((u) => u.id !== me.id).map((u) => h('option', {value: u.id}, u.name)))
      : null;
    const actions = checkboxGroup({legend: 'Narrow to these actions (optional)', name: 'actions', values: ACTIONS,
      hint: 'None ticked: the key may do what its user may. A key never allows more than its user.'});
    const form = h('form', {class: 'stacked-form panel', novalidate: true, 'aria-labelledby': 'new-key-title'},
      h('h2', {id: 'new-key-title'}, 'Make a key'),
      field({label: 'Name', name: 'name', input: name, required: true}),
      user ? field({label: 'For user', name: 'user', input: user}) : null,
      field({label: 'Expires on', name: 'expires_at', input: expires, hint: 'Empty: never expires.'}),
      actions.element,
      h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, 'Make key')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      const body = {name: name.value.trim()};
      if (user?.value) {
        body.user = Number(user.value);
      }
      if (expires.value) {
        body.expires_at = new Date(`${expires.value}T00:00:00Z`).toISOString();
      }
      if (actions.checked().length) {
        body.actions = actions.checked();
      }
      try {
        const created = await api.post('/api/api-keys', body);
        form.reset();
        replace(secretSlot, secretBox(`New key ${created.name}`, created.secret,
          'Use it as the X-JETO-KEY header or as a Bearer token.'));
        secretSlot.querySelector('[data-role="secret"]').focus();
        load();
      } catch (error) {
        showProblem(form, error);
      }
    });
    return form;
  }

  load();
  return () => abort.abort();
}
