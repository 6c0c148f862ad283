// Teams: groups of users that grants can name at once. Edits send the version they started
// from, so that two administrators cannot silently overwrite each other.

import {api} from '../api.js';
import {checkboxGroup, nameOf, session} from '../admin.js';
import {
  clearFieldErrors, confirmDialog, emptyState, field, formError, h, notice, pageHeader, replace, showProblem, toast, unavailable,
} from '../dom.js';

export function renderTeams({main, isCurrent}) {
  const abort = new AbortController();
  let teams = null;
  let users = null;
  let editing = null;
  const list = h('div', {class: 'results'}, h('p', {class: 'loading'}, 'Loading teams…'));
  const formSlot = h('div');

  main.append(
    pageHeader('Teams'),
    h('p', {class: 'lead muted'}, 'A grant to a team applies to each of its members.'),
    list,
    formSlot);

  async function load() {
    try {
      const signal = abort.signal;
      const [teamAnswer, userAnswer] = await Promise.all([
        api.optional('/api/teams', {signal}), api.optional('/api/users', {signal})]);
      if (!isCurrent()) {
        return;
      }
      if (teamAnswer === null) {
        replace(list, unavailable('Teams'));
        replace(formSlot);
        return;
      }
      teams = teamAnswer.data;
      users = userAnswer ? userAnswer.data : session.users;
      draw();
      if (!formSlot.firstChild) {
        formSlot.append(teamForm(null));
      }
    } catch (error) {
      if (error.name !== 'AbortError' && isCurrent()) {
        replace(list, notice(`The teams could not be loaded: ${error.message}`, 'error'));
      }
    }
  }

  function memberNames(team) {
    const members = team.members || [];
    if (members.length === 0) {
      return h('span', {class: 'muted'}, 'no member');
    }
    return members.map((m) => (typeof m === 'object' ? m.name : nameOf(users, m, 'user'))).join(', ');
  }

  function draw() {
    if (teams.length === 0) {
      replace(list, emptyState('No team yet. Add the first one below.'));
      return;
    }
    replace(list, h('table', {class: 'teams responsive'},
      h('caption', {class: 'visually-hidden'}, 'Teams'),
      h('thead', {}, h('tr', {}, ['Name', 'Members', 'Actions'].map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', {}, teams.flatMap((team) => [
        h('tr', {'data-team-id': team.id},
          h('th', {scope: 'row', 'data-label': 'Name'}, team.name),
          h('td', {'data-label': 'Members'}, memberNames(team)),
          h('td', {'data-label': 'Actions'}, h('div', {class: 'action-buttons'},
            h('button', {type: 'button', class: 'small', 'aria-expanded': String(editing === team.id),
              'aria-label': `Edit team ${team.name}`, onclick: () => { editing = editing === team.id ? null : team.id; draw(); }}, 'Edit'),
            h('button', {type: 'button', class: 'small danger', 'aria-label': `Delete team ${team.name}`,
              onclick: () => remove(team)}, 'Delete')))),
        editing === team.id ? h('tr', {class: 'edit-row'}, h('td', {colspan: '3'}, teamForm(team))) : null,
      ].filter(Boolean)))));
    list.querySelector('.edit-row input')?.focus();
  }

  async function remove(team) {
    const ok = await confirmDialog({
      title: `Delete team ${team.name}?`,
      message: 'Its members lose what the team’s grants allowed them, and those grants are removed.',
      confirmLabel: 'Delete team',
    });
    if (!ok) {
      return;
    }
    try {
      await api.delete(`/api/teams/${team.id}`);
      toast(`Team ${team.name} deleted`);
      load();
    } catch (error) {
      toast(`Team ${team.name}: ${error.message}`, 'error');
    }
  }

  function teamForm(team) {
    const name = h('input', {type: 'text', autocomplete: 'off', value: team?.name ?? ''});
    const current = (team?.members || []).map((m) => String(typeof m === 'object' ? m.id : m));
    const known = users && users.length > 0;
    const members = known
      ? checkboxGroup({legend: 'Members', name: 'members', values: users.map((u) => String(u.id)), checked: current})
      : null;
    if (members) {
      // Names on the page, ids in the request.
      members.element.querySelectorAll('label').forEach((label, i) => { label.textContent = users[i].name; });
    }
    const ids = known ? null : h('input', {type: 'text', autocomplete: 'off', placeholder: '3, 4', value: current.join(', ')});
    const titleId = team ? `edit-team-${team.id}` : 'new-team-title';
    const form = h('form', {class: team ? 'stacked-form' : 'stacked-form panel', novalidate: true, 'aria-labelledby': titleId},
      h(team ? 'h3' : 'h2', {id: titleId}, team ? `Edit ${team.name}` : 'Add a team'),
      field({label: 'Name', name: 'name', input: name, required: true}),
      members ? members.element : field({label: 'Member ids', name: 'members', input: ids, hint: 'User numbers, separated by commas.'}),
      h('div', {class: 'actions'},
        team ? h('button', {type: 'button', onclick: () => { editing = null; draw(); }}, 'Cancel') : null,
        h('button', {type: 'submit', class: 'primary'}, team ? 'Save' : 'Add team')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      const memberIds = members
        ? members.checked().map(Number)
        : ids.value.split(/[\s,]+/).filter(Boolean).map(Number);
      const body = {name: name.value.trim(), members: memberIds};
      try {
        if (team) {
          const headers = team.version === undefined ? {} : {'If-Match': `"${team.version}"`};
          await api.put(`/api/teams/${team.id}`, body, {headers});
          editing = null;
          toast(`Team ${body.name} saved`);
        } else {
          await api.post('/api/teams', body);
          toast(`Team ${body.name} added`);
          form.reset();
        }
        load();
      } catch (error) {
        if (error.status === 412) {
          formError(form, 'Someone changed this team meanwhile. Cancel, look at the new version, and edit again.');
        } else {
          showProblem(form, error);
        }
      }
    });
    return form;
  }

  load();
  return () => abort.abort();
}
