// Teams: groups of users that grants can name at once.

import {api} from '../api.js';
import {checkboxGroup, nameOf, session} from '../admin.js';
import {
  clearFieldErrors, confirmDialog, emptyState, field, h, notice, pageHeader, replace, showProblem, toast, unavailable,
} from '../dom.js';

export function renderTeams({main, isCurrent}) {
  let teams = null;
  let users = null;
  const list = h('div', {class: 'results'}, h('p', {class: 'loading'}, 'Loading teams…'));
  const formSlot = h('div');

  main.append(
    pageHeader('Teams'),
    h('p', {class: 'lead muted'}, 'A grant to a team applies to each of its members.'),
    list,
    formSlot);

  async function load() {
    try {
      const [teamAnswer, userAnswer] = await Promise.all([api.optional('/api/teams'), api.optional('/api/users')]);
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
        formSlot.append(createForm());
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
      h('tbody', {}, teams.map((team) => h('tr', {'data-team-id': team.id},
        h('th', {scope: 'row', 'data-label': 'Name'}, team.name),
        h('td', {'data-label': 'Members'}, memberNames(team)),
        h('td', {'data-label': 'Actions'}, h('button', {type: 'button', class: 'small danger',
          'aria-label': `Delete team ${team.name}`, onclick: () => remove(team)}, 'Delete')))))));
  }

  async function remove(team) {
    const ok = await confirmDialog({
      title: `Delete team ${team.name}?`,
      message: 'Its members lose what the team’s grants allowed them.',
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

  function createForm() {
    const name = h('input', {type: 'text', autocomplete: 'off'});
    const known = users && users.length > 0;
    const members = known
      ? checkboxGroup({legend: 'Members', name: 'members', values: users.map((u) => String(u.id))})
      : null;
    if (members) {
      // Show names, send ids.
      members.element.querySelectorAll('label').forEach((label, i) => { label.textContent = users[i].name; });
    }
    const ids = known ? null : h('input', {type: 'text', autocomplete: 'off', placeholder: '3, 4'});
    const form = h('form', {class: 'stacked-form panel', novalidate: true, 'aria-labelledby': 'new-team-title'},
      h('h2', {id: 'new-team-title'}, 'Add a team'),
      field({label: 'Name', name: 'name', input: name, required: true}),
      members ? members.element : field({label: 'Member ids', name: 'members', input: ids, hint: 'User numbers, separated by commas.'}),
      h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, 'Add team')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      const memberIds = members
        ? members.checked().map(Number)
        : ids.value.split(/[\s,]+/).filter(Boolean).map(Number);
      try {
        await api.post('/api/teams', {name: name.value.trim(), members: memberIds});
        toast(`Team ${name.value.trim()} added`);
        form.reset();
        load();
      } catch (error) {
        showProblem(form, error);
      }
    });
    return form;
  }

  load();
  return () => {};
}
