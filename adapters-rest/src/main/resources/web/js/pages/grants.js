// Grants: which user or team may do which actions on an instance, a project or a host.

import {api} from '../api.js';
import {ACTIONS, checkboxGroup, nameOf, session} from '../admin.js';
import {
  clearFieldErrors, confirmDialog, emptyState, field, h, notice, pageHeader, replace, showProblem, toast, uid, unavailable,
} from '../dom.js';

const TARGETS = [
  {kind: 'instance', label: 'One instance', path: '/api/instances'},
  {kind: 'project', label: 'Every instance of a project', path: '/api/projects'},
  {kind: 'host', label: 'A host', path: '/api/hosts'},
];

export function renderGrants({main, isCurrent}) {
  const abort = new AbortController();
  const lists = {users: null, teams: null, instance: [], project: [], host: []};
  let grants = null;
  let listing = true;
  const list = h('div', {class: 'results'}, h('p', {class: 'loading'}, 'Loading grants…'));
  const formSlot = h('div');

  main.append(
    pageHeader('Grants'),
    h('p', {class: 'lead muted'}, 'Nobody sees anything without a grant. A grant names who, on what, and which actions.'),
    list,
    formSlot);

  async function load() {
    try {
      const signal = abort.signal;
      const [grantAnswer, userAnswer, teamAnswer, instances, projects, hosts] = await Promise.all([
        api.optional('/api/grants', {signal}),
        api.optional('/api/users', {signal}),
        api.optional('/api/teams', {signal}),
        api.get('/api/instances', {signal}),
        api.get('/api/projects', {signal}),
        api.get('/api/hosts', {signal}),
      ]);
      if (!isCurrent()) {
        return;
      }
      listing = grantAnswer !== null;
      grants = listing ? grantAnswer.data : session.grants;
      lists.users = userAnswer ? userAnswer.data : null;
      lists.teams = teamAnswer ? teamAnswer.data : null;
      Object.assign(lists, {instance: instances, project: projects, host: hosts});
      draw();
      if (!formSlot.firstChild) {
        formSlot.append(createForm());
      }
    } catch (error) {
      if (error.name !== 'AbortError' && isCurrent()) {
        replace(list, notice(`The grants could not be loaded: ${error.message}`, 'error'));
      }
    }
  }

  function knownUsers() {
    return lists.users || session.users;
  }

  function who(grant) {
    if (grant.team) {
      return `team ${nameOf(lists.teams, grant.team, 'team')}`;
    }
    return nameOf(knownUsers(), grant.user, 'user');
  }

  function what(grant) {
    for (const target of TARGETS) {
      if (grant[target.kind]) {
        return `${target.kind} ${nameOf(lists[target.kind], grant[target.kind], target.kind)}`;
      }
    }
    return '—';
  }

  function draw() {
    const rows = grants || [];
    const head = listing ? null : [unavailable('Listing grants'),
      h('p', {class: 'muted'}, 'Grants can still be created below; those made in this tab are listed here.')];
    if (rows.length === 0) {
      replace(list, head, listing ? emptyState('No grant yet: only administrators see anything.') : null);
      return;
    }
    replace(list, head, h('table', {class: 'grants responsive'},
      h('caption', {class: listing ? 'visually-hidden' : null}, listing ? 'Grants' : 'Grants created in this tab'),
      h('thead', {}, h('tr', {}, ['Who', 'On', 'Actions', listing ? '' : null].filter((c) => c !== null)
        .map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', {}, rows.map((g) => h('tr', {'data-grant-id': g.id},
        h('th', {scope: 'row', 'data-label': 'Who'}, who(g)),
        h('td', {'data-label': 'On'}, what(g)),
        h('td', {'data-label': 'Actions'}, h('ul', {class: 'tags'}, (g.actions || []).map((a) => h('li', {class: 'tag'}, a))),
          g.scripts?.length ? h('p', {class: 'muted small-print'}, `Scripts: ${g.scripts.join(', ')}`) : null),
        listing ? h('td', {'data-label': ''}, h('button', {type: 'button', class: 'small danger',
          'aria-label': `Revoke grant ${g.id}`, onclick: () => revoke(g)}, 'Revoke')) : null)))));
  }

  async function revoke(grant) {
    const ok = await confirmDialog({
      title: 'Revoke this grant?',
      message: `${who(grant)} loses ${(grant.actions || []).join(', ')} on ${what(grant)} at once.`,
      confirmLabel: 'Revoke',
    });
    if (!ok) {
      return;
    }
    try {
      await api.delete(`/api/grants/${grant.id}`);
      toast('Grant revoked');
      load();
    } catch (error) {
      toast(`Revoke: ${error.message}`, 'error');
    }
  }

  function choice(name, options, selected, onChange) {
    return options.map((o) => {
      const radio = h('input', {type: 'radio', name, value: o.value, id: uid(name), checked: o.value === selected,
        disabled: Boolean(o.disabled)});
      radio.addEventListener('change', () => onChange(o.value));
      return h('div', {class: 'radio'}, radio, h('label', {for: radio.id}, o.label));
    });
  }

  function createForm() {
    let subject = 'user';
    let targetKind = 'instance';
    const users = knownUsers();
    const userInput = users.length
      ? h('select', {}, h('option', {value: ''}, 'Choose a user'), users.map((u) => h('option', {value: u.id}, `${u.name} (${u.email})`)))
      : h('input', {type: 'number', min: '1', inputmode: 'numeric'});
    const teamInput = h('select', {}, h('option', {value: ''}, 'Choose a team'),
      (lists.teams || []).map((t) => h('option', {value: t.id}, t.name)));
    const userField = field({label: 'User', name: 'user', input: userInput, required: true,
      hint: users.length ? null : 'The user’s number (listing users is not available on this server yet).'});
    const teamField = field({label: 'Team', name: 'team', input: teamInput, required: true});
    const targetFields = TARGETS.map((t) => {
      const select = h('select', {}, h('option', {value: ''}, `Choose a ${t.kind}`),
        lists[t.kind].map((item) => h('option', {value: item.id}, item.name)));
      return {kind: t.kind, select, element: field({label: t.kind[0].toUpperCase() + t.kind.slice(1), name: t.kind, input: select, required: true})};
    });
    const actions = checkboxGroup({legend: 'Actions', name: 'actions', values: ACTIONS, checked: ['view'],
      hint: 'view lets them see it; each other action lets them run it.'});
    const scripts = h('input', {type: 'text', autocomplete: 'off', spellcheck: 'false', placeholder: 'migrate, seed'});
    const scriptsField = field({label: 'Only these scripts', name: 'scripts', input: scripts,
      hint: 'With runScript: the script names allowed, separated by commas. Empty: every script.'});

    const show = () => {
      userField.hidden = subject !== 'user';
      teamField.hidden = subject !== 'team';
      for (const t of targetFields) {
        t.element.hidden = t.kind !== targetKind;
      }
    };
    const form = h('form', {class: 'stacked-form panel', novalidate: true, 'aria-labelledby': 'new-grant-title'},
      h('h2', {id: 'new-grant-title'}, 'Grant access'),
      h('fieldset', {}, h('legend', {}, 'Who'), choice('subject', [
        {value: 'user', label: 'A user'},
        {value: 'team', label: lists.teams ? 'A team' : 'A team (not available on this server yet)', disabled: !lists.teams},
      ], subject, (v) => { subject = v; show(); })),
      userField, teamField,
      h('fieldset', {}, h('legend', {}, 'On what'), choice('target', TARGETS.map((t) => ({value: t.kind, label: t.label})),
        targetKind, (v) => { targetKind = v; show(); })),
      targetFields.map((t) => t.element),
      actions.element,
      scriptsField,
      h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'primary'}, 'Grant')));
    show();
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      const body = {actions: actions.checked()};
      const scriptNames = scripts.value.split(/[\s,]+/).filter(Boolean);
      if (scriptNames.length) {
        body.scripts = scriptNames;
      }
      const subjectValue = subject === 'user' ? userInput.value : teamInput.value;
      if (subjectValue) {
        body[subject] = Number(subjectValue);
      }
      const target = targetFields.find((t) => t.kind === targetKind);
      if (target.select.value) {
        body[targetKind] = Number(target.select.value);
      }
      const missing = [
        !subjectValue && [subject, `Choose the ${subject} to grant access to.`],
        !target.select.value && [targetKind, `Choose the ${targetKind}.`],
        body.actions.length === 0 && ['actions', 'Tick at least one action.'],
      ].filter(Boolean);
      if (missing.length) {
        for (const [name, message] of missing.reverse()) {
          showProblem(form, {field: name, detail: message, message});
        }
        return;
      }
      try {
        const created = await api.post('/api/grants', body);
        toast('Access granted');
        if (!listing) {
          session.grants = session.grants.concat(created);
        }
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
