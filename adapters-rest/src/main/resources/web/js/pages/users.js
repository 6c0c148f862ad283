// Users: administrators make them; a new user's first API key is shown once, here.

import {api} from '../api.js';
import {rememberUser, secretBox, session} from '../admin.js';
import {
  clearFieldErrors, confirmDialog, emptyState, field, h, notice, pageHeader, replace, showProblem, toast, unavailable,
} from '../dom.js';

export function renderUsers({main, isCurrent}) {
  const abort = new AbortController();
  let users = null;
  let listing = true;
  const list = h('div', {class: 'results'}, h('p', {class: 'loading'}, 'Loading users…'));
  const secretSlot = h('div', {class: 'secret-slot'});

  main.append(
    pageHeader('Users'),
    h('p', {class: 'lead muted'}, 'Every user signs in with an API key. Grants decide which instances they see and what they may do.'),
    secretSlot,
    list,
    createForm());

  async function load() {
    try {
      const answer = await api.optional('/api/users');
      if (!isCurrent()) {
        return;
      }
      listing = answer !== null;
      users = answer ? answer.data : null;
      draw();
    } catch (error) {
      if (error.name !== 'AbortError' && isCurrent()) {
        replace(list, notice(`The users could not be loaded: ${error.message}`, 'error'));
      }
    }
  }

  function draw() {
    if (!listing) {
      replace(list, unavailable('Listing users'),
        session.users.length ? usersTable(session.users, 'Users created in this tab', false) : null);
      return;
    }
    if (users.length === 0) {
      replace(list, emptyState('No user yet.'));
      return;
    }
    replace(list, usersTable(users, 'Users', true));
  }

  function usersTable(rows, caption, manage) {
    return h('table', {class: 'users responsive'},
      h('caption', {class: manage ? 'visually-hidden' : null}, caption),
      h('thead', {}, h('tr', {}, ['Name', 'Email', 'Role', manage ? 'Status' : null, manage ? 'Actions' : null]
        .filter(Boolean).map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', {}, rows.map((u) => h('tr', {'data-user-id': u.id},
        h('th', {scope: 'row', 'data-label': 'Name'}, u.name),
        h('td', {'data-label': 'Email'}, u.email),
        h('td', {'data-label': 'Role'}, h('span', {class: 'badge role'}, u.role)),
        manage ? h('td', {'data-label': 'Status'}, u.disabled ? h('span', {class: 'badge state-off'}, 'disabled') : h('span', {class: 'badge state-ok'}, 'active')) : null,
        manage ? h('td', {'data-label': 'Actions'}, h('div', {class: 'action-buttons'},
          h('button', {type: 'button', class: 'small', onclick: () => setDisabled(u, !u.disabled)}, u.disabled ? 'Enable' : 'Disable'),
          h('button', {type: 'button', class: 'small danger', onclick: () => remove(u)}, 'Delete'))) : null))));
  }

  async function setDisabled(user, disabled) {
    try {
      await api.patch(`/api/users/${user.id}`, {disabled});
      toast(`${user.name} ${disabled ? 'disabled' : 'enabled'}`);
      load();
    } catch (error) {
      toast(error.status === 404 || error.status === 405
        ? 'Changing users is not available on this server yet.'
        : `${user.name}: ${error.message}`, 'error');
    }
  }

  async function remove(user) {
    const ok = await confirmDialog({
      title: `Delete ${user.name}?`,
      message: 'Their keys stop working at once and their grants are removed.',
      confirmLabel: 'Delete user',
    });
    if (!ok) {
      return;
    }
    try {
      await api.delete(`/api/users/${user.id}`);
      toast(`${user.name} deleted`);
      load();
    } catch (error) {
      toast(error.status === 405 ? 'Deleting users is not available on this server yet.' : `${user.name}: ${error.message}`, 'error');
    }
  }

  function createForm() {
    const name = h('input', {type: 'text', autocomplete: 'off'});
    const email = h('input', {type: 'email', autocomplete: 'off'});
    const role = h('select', {}, h('option', {value: 'user'}, 'user'), h('option', {value: 'admin'}, 'admin'));
    const form = h('form', {class: 'stacked-form panel', novalidate: true, 'aria-labelledby': 'new-user-title'},
      h('h2', {id: 'new-user-title'}, 'Add a user'),
      field({label: 'Name', name: 'name', input: name, required: true}),
      field({label: 'Email', name: 'email', input: email, required: true}),
      field({label: 'Role', name: 'role', input: role, hint: 'Administrators may do everything; users only what grants allow.'}),
      h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, 'Add user')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      try {
        const created = await api.post('/api/users', {name: name.value.trim(), email: email.value.trim(), role: role.value});
        rememberUser(created);
        form.reset();
        replace(secretSlot, secretBox(`API key of ${created.name}`, created.api_key,
          `Give this key to ${created.name}. With it they sign in; they see nothing until you grant them access.`),
        h('p', {}, h('a', {href: '#/admin/grants', class: 'button'}, `Grant ${created.name} access`)));
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
