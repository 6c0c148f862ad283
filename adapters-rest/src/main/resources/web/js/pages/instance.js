// One instance: its machines and what can be done to them, its scripts, its commands and the
// live console.

import {api} from '../api.js';
import {ConsolePanel, commandLabel} from '../console.js';
import {
  announce, clearFieldErrors, confirmDialog, copyButton, duration, emptyState, field, h, notice,
  replace, showProblem, timeElement, toast, uid,
} from '../dom.js';
import {FINAL_STATES, MACHINE_ACTIONS, commandBadge, pointless, stateBadge} from '../machines.js';

/** vagrant status is measured on every read of the instance: not more often than this. */
const INSTANCE_REFRESH_MS = 20000;
const HISTORY_REFRESH_MS = 3000;
/** The grant a command's action needs, where its name differs from the action's. */
const RIGHT_OF = {delete: 'destroy', status: 'view'};

export function renderInstance({main, params, setTitle, isCurrent}) {
  const id = Number(params[0]);
  const wantedCommand = params[1] ? Number(params[1]) : null;
  const abort = new AbortController();
  let instance = null;
  let commands = [];
  let instanceTimer = null;
  let historyTimer = null;
  let deleting = false;

  const consolePanel = new ConsolePanel({
    instanceId: id,
    mayCancel: (command) => instance !== null && allowed(RIGHT_OF[command.action] || command.action),
    onEnd: (command) => {
      loadHistory();
      if (command.action === 'delete' && command.state === 'succeeded') {
        gone('This instance was deleted.');
        return;
      }
      loadInstance();
    },
  });

  const header = h('div', {class: 'instance-header'});
  const problems = h('div', {class: 'instance-problems'});
  const machinesSection = h('section', {class: 'panel', 'aria-labelledby': 'machines-title'});
  const scriptsSection = h('section', {class: 'panel', 'aria-labelledby': 'scripts-title'});
  const infoSection = h('section', {class: 'panel', 'aria-labelledby': 'info-title'});
  const historySection = h('section', {class: 'panel', 'aria-labelledby': 'history-title'},
    h('h2', {id: 'history-title'}, 'Command history'), h('p', {class: 'loading'}, 'Loading commands…'));
  const body = h('div', {class: 'instance-body', hidden: true},
    problems,
    machinesSection,
    h('div', {class: 'two-columns'}, scriptsSection, infoSection),
    consolePanel.element,
    historySection);

  main.append(
    h('nav', {class: 'breadcrumb', 'aria-label': 'Breadcrumb'}, h('a', {href: '#/instances'}, '← All instances')),
    header,
    h('p', {class: 'loading', id: 'instance-loading'}, 'Loading the instance and asking Vagrant for its state…'),
    body);

  async function loadInstance() {
    clearTimeout(instanceTimer);
    try {
      const fresh = await api.get(`/api/instances/${id}`, {signal: abort.signal});
      if (!isCurrent() || deleting) {
        return;
      }
      instance = fresh;
      draw();
    } catch (error) {
      if (error.name === 'AbortError' || !isCurrent()) {
        return;
      }
      if (error.status === 404) {
        gone(instance ? 'This instance no longer exists.' : 'There is no instance with this number, or your key may not see it.');
        return;
      }
      if (!instance) {
        replace(header, h('h1', {}, 'Instance'));
        main.querySelector('#instance-loading')?.remove();
        body.hidden = false;
        replace(problems, notice(`The instance could not be loaded: ${error.message}`, 'error'),
          h('button', {type: 'button', onclick: loadInstance}, 'Try again'));
        return;
      }
      toast(`Refreshing the instance failed: ${error.message}`, 'error');
    }
    instanceTimer = setTimeout(loadInstance, INSTANCE_REFRESH_MS);
  }

  function gone(message) {
    deleting = true;
    consolePanel.stop();
    clearTimeout(instanceTimer);
    clearTimeout(historyTimer);
    replace(main,
      h('nav', {class: 'breadcrumb', 'aria-label': 'Breadcrumb'}, h('a', {href: '#/instances'}, '← All instances')),
      h('h1', {tabindex: '-1'}, instance ? instance.name : 'Instance not found'),
      emptyState(message, h('a', {class: 'button', href: '#/instances'}, 'Back to the instances')));
    main.querySelector('h1').focus();
  }

  async function loadHistory() {
    clearTimeout(historyTimer);
    try {
      commands = await api.get(`/api/instances/${id}/commands`, {signal: abort.signal});
    } catch (error) {
      if (error.name === 'AbortError' || !isCurrent()) {
        return;
      }
      if (error.status !== 404) {
        replace(historySection, h('h2', {id: 'history-title'}, 'Command history'),
          notice(`The commands could not be loaded: ${error.message}`, 'error'));
      }
      historyTimer = setTimeout(loadHistory, HISTORY_REFRESH_MS * 5);
      return;
    }
    if (!isCurrent()) {
      return;
    }
    drawHistory();
    if (!consolePanel.command) {
      pickInitialCommand();
    } else {
      const same = commands.find((c) => c.id === consolePanel.command.id);
      if (same) {
        consolePanel.update(same);
      }
    }
    const live = commands.some((c) => !FINAL_STATES.has(c.state));
    historyTimer = setTimeout(loadHistory, live ? HISTORY_REFRESH_MS : HISTORY_REFRESH_MS * 5);
  }

  function pickInitialCommand() {
    const wanted = wantedCommand ? commands.find((c) => c.id === wantedCommand) : null;
    const live = commands.filter((c) => !FINAL_STATES.has(c.state));
    const choice = wanted || live[live.length - 1] || commands[0];
    if (choice) {
      consolePanel.show(choice);
      drawHistory();
    }
  }

  function draw() {
    setTitle(instance.name);
    main.querySelector('#instance-loading')?.remove();
    body.hidden = false;
    drawHeader();
    drawProblems();
    drawMachines();
    drawScripts();
    drawInfo();
  }

  function allowed(action) {
    return (instance.allowed_actions || []).includes(action);
  }

  function drawHeader() {
    const source = instance.git_reference
      ? ['Git reference', instance.git_reference]
      : instance.archive_url ? ['Archive', instance.archive_url] : null;
    replace(header,
      h('div', {class: 'page-header'},
        h('h1', {}, instance.name),
        h('div', {class: 'page-actions'},
          h('button', {type: 'button', onclick: refreshNow, 'data-role': 'refresh'}, 'Refresh status'),
          allowed('edit') ? h('button', {type: 'button', onclick: toggleEdit, 'aria-expanded': 'false',
            'aria-controls': 'edit-instance', 'data-role': 'edit'}, 'Edit') : null,
          allowed('destroy') ? h('button', {type: 'button', class: 'danger', onclick: deleteInstance,
            'data-role': 'delete'}, 'Delete instance') : null)),
      h('dl', {class: 'facts inline'},
        fact('Environment', instance.environment),
        fact('Host', `${instance.host?.name ?? ''}${instance.host?.provider ? ` (${instance.host.provider})` : ''}`),
        fact('Project', instance.project?.name || '—'),
        source ? fact(source[0], source[1]) : null,
        fact('Path', h('code', {}, instance.path)),
        instance.busy ? fact('Busy', h('span', {class: 'badge state-busy'}, commandLabel(instance.busy))) : null),
      h('div', {id: 'edit-instance', hidden: true}));
  }

  function fact(label, value) {
    return h('div', {}, h('dt', {}, label), h('dd', {}, value));
  }

  function drawProblems() {
    const items = [];
    if (instance.status_error) {
      items.push(notice(`Vagrant could not tell the machines' state: ${instance.status_error}`, 'warn'));
    }
    if (instance.jeto_infos_error) {
      items.push(notice(`jeto.json could not be read: ${instance.jeto_infos_error}`, 'warn'));
    }
    if (onlyView()) {
      items.push(notice('Your key may only view this instance: its actions are disabled.', 'info'));
    }
    replace(problems, items);
  }

  function onlyView() {
    return (instance.allowed_actions || []).every((a) => a === 'view');
  }

  function actionButton({action, label, danger}, machines, machine) {
    const may = allowed(action);
    const why = !may ? `your key may not ${action}` : pointless(action, machines);
    const describedBy = why ? uid('why') : null;
    const text = machine ? label : `${label} all`;
    return [
      h('button', {
        type: 'button',
        class: danger ? 'danger small' : 'small',
        disabled: Boolean(why),
        title: why ? `${label}: ${why}` : null,
        'aria-describedby': describedBy,
        'aria-label': machine ? `${label} ${machine}` : `${label} all machines`,
        'data-action': action,
        'data-machine': machine || '',
        onclick: () => run(action, machine),
      }, text),
      why ? h('span', {id: describedBy, class: 'visually-hidden'}, `${label} is unavailable: ${why}`) : null,
    ];
  }

  function drawMachines() {
    const machines = instance.status || [];
    const titleRow = h('div', {class: 'panel-header'},
      h('h2', {id: 'machines-title'}, 'Machines'),
      instance.busy ? h('p', {class: 'muted'}, 'A command is running: new ones wait in line.') : null);
    const allBar = h('div', {class: 'action-bar', role: 'group', 'aria-label': 'Actions on all machines'},
      h('span', {class: 'action-bar-label'}, machines.length > 1 ? 'All machines:' : 'Instance:'),
      (machines.length > 1 || machines.length === 0
        ? MACHINE_ACTIONS.map((a) => actionButton(a, machines, null)) : []),
      instance.git_reference ? syncButton() : null);
    if (machines.length === 0) {
      replace(machinesSection, titleRow,
        emptyState(instance.status_error
          ? 'The machines are unknown until Vagrant answers. The actions below still work.'
          : 'Vagrant reports no machine in this environment.'),
        allBar);
      return;
    }
    const rows = machines.map((m) => h('tr', {'data-machine': m.name},
      h('th', {scope: 'row', 'data-label': 'Machine'}, m.name),
      h('td', {'data-label': 'State'}, stateBadge(m)),
      h('td', {'data-label': 'Provider'}, m.provider || instance.host?.provider || '—'),
      h('td', {'data-label': 'Address'}, m.ip
        ? h('span', {class: 'address'}, h('code', {'data-role': 'ip'}, m.ip), ' ', copyButton(m.ip, `address of ${m.name}`))
        : h('span', {class: 'muted'}, 'none')),
      h('td', {'data-label': 'Actions'},
        h('div', {class: 'action-buttons', role: 'group', 'aria-label': `Actions on ${m.name}`},
          MACHINE_ACTIONS.map((a) => actionButton(a, [m], m.name))))));
    const checked = machines[0]?.checked_at;
    replace(machinesSection, titleRow,
      h('table', {class: 'machines responsive'},
        h('caption', {class: 'visually-hidden'}, 'Machines of this instance'),
        h('thead', {}, h('tr', {}, ['Machine', 'State', 'Provider', 'Address', 'Actions'].map((c) => h('th', {scope: 'col'}, c)))),
        h('tbody', {}, rows)),
      allBar.childElementCount > 1 ? allBar : null,
      checked ? h('p', {class: 'muted small-print'}, 'State measured ', timeElement(checked)) : null);
  }

  function syncButton() {
    const may = allowed('sync');
    const why = may ? null : 'your key may not sync';
    return h('button', {type: 'button', class: 'small', disabled: Boolean(why), title: why ? `Sync: ${why}` : null,
      'data-action': 'sync', onclick: () => run('sync', null)}, 'Sync from git');
  }

  function drawScripts() {
    const scripts = instance.jeto_infos?.scripts;
    const entries = scripts && typeof scripts === 'object' ? Object.entries(scripts) : [];
    const title = h('h2', {id: 'scripts-title'}, 'Scripts');
    if (entries.length === 0) {
      replace(scriptsSection, title, emptyState('This environment declares no script. Scripts come from "scripts" in its jeto.json.'));
      return;
    }
    const machines = instance.status || [];
    const running = machines.filter((m) => pointless('runScript', [m]) === null);
    const machineSelect = machines.length > 1
      ? h('select', {}, machines.map((m) => h('option', {value: m.name, selected: m === running[0]}, m.name)))
      : null;
    const list = h('ul', {class: 'scripts'}, entries.map(([name, script]) => {
      const may = allowed('runScript');
      const why = !may ? 'your key may not run scripts' : pointless('runScript', machines);
      return h('li', {},
        h('button', {type: 'button', class: 'small', disabled: Boolean(why), title: why ? `${name}: ${why}` : null,
          'data-script': name, 'aria-label': `Run script ${name}`,
          onclick: () => run('runScript', machineSelect ? machineSelect.value : null, name)}, `Run ${name}`),
        h('code', {class: 'script-command'}, typeof script?.command === 'string' ? script.command : JSON.stringify(script)));
    }));
    replace(scriptsSection, title,
      machineSelect ? field({label: 'Run on machine', name: 'script-machine', input: machineSelect}) : null,
      list);
  }

  function drawInfo() {
    const infos = instance.jeto_infos || {};
    const rest = Object.entries(infos).filter(([key]) => key !== 'scripts');
    const title = h('h2', {id: 'info-title'}, 'jeto.json');
    if (rest.length === 0) {
      replace(infoSection, title, emptyState(Object.keys(infos).length
        ? 'Nothing besides the scripts.'
        : 'This environment has no jeto.json.'));
      return;
    }
    replace(infoSection, title, h('dl', {class: 'facts'}, rest.map(([key, value]) =>
      h('div', {}, h('dt', {}, key), h('dd', {}, typeof value === 'string'
        ? value : h('pre', {class: 'json'}, JSON.stringify(value, null, 2)))))));
  }

  function drawHistory() {
    const title = h('h2', {id: 'history-title'}, 'Command history');
    if (commands.length === 0) {
      replace(historySection, title, emptyState('No command yet.'));
      return;
    }
    const selected = consolePanel.command?.id;
    replace(historySection, title, h('table', {class: 'history responsive'},
      h('caption', {class: 'visually-hidden'}, 'Commands, newest first'),
      h('thead', {}, h('tr', {}, ['#', 'Command', 'State', 'Requested by', 'Requested', 'Took', ''].map((c) =>
        h('th', {scope: 'col'}, c)))),
      h('tbody', {}, commands.map((c) => h('tr', {'data-command-id': c.id, class: c.id === selected ? 'selected' : null},
        h('td', {'data-label': '#'}, String(c.id)),
        h('td', {'data-label': 'Command'}, commandLabel(c)),
        h('td', {'data-label': 'State'}, commandBadge(c.state), c.exit_code !== null && c.exit_code !== undefined && c.exit_code !== 0
          ? h('span', {class: 'muted'}, ` (${c.exit_code})`) : null),
        h('td', {'data-label': 'Requested by'}, c.requested_by || '—'),
        h('td', {'data-label': 'Requested'}, timeElement(c.created_at)),
        h('td', {'data-label': 'Took'}, c.started_at ? duration(c.started_at, c.finished_at) : '—'),
        h('td', {'data-label': ''}, h('button', {type: 'button', class: 'small link',
          'aria-current': c.id === selected ? 'true' : null,
          onclick: () => select(c)}, c.id === selected ? 'Shown' : 'Show console')))))));
  }

  function select(command) {
    consolePanel.show(command);
    history.replaceState(null, '', `#/instances/${id}/commands/${command.id}`);
    drawHistory();
    consolePanel.element.scrollIntoView({block: 'start'});
    consolePanel.output.focus({preventScroll: true});
  }

  async function run(action, machine, script) {
    const what = commandLabel({action, machine, script});
    if (action === 'destroy') {
      const ok = await confirmDialog({
        title: machine ? `Destroy ${machine}?` : `Destroy every machine of ${instance.name}?`,
        message: 'Vagrant deletes the machine and its disks. The instance stays, and you can start it again from scratch.',
        confirmLabel: machine ? `Destroy ${machine}` : 'Destroy all machines',
      });
      if (!ok) {
        return;
      }
    }
    const body = {action};
    if (machine) {
      body.machine = machine;
    }
    if (script) {
      body.script = script;
    }
    try {
      const command = await api.post(`/api/instances/${id}/commands`, body);
      announce(`${what} requested`);
      consolePanel.show(command);
      history.replaceState(null, '', `#/instances/${id}/commands/${command.id}`);
      loadHistory();
    } catch (error) {
      toast(`${what}: ${error.message}`, 'error');
    }
  }

  function refreshNow() {
    announce('Asking Vagrant for the state of the machines');
    loadInstance();
  }

  function toggleEdit(event) {
    const button = event.currentTarget;
    const slot = header.querySelector('#edit-instance');
    const open = slot.hidden;
    slot.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (!open) {
      replace(slot);
      return;
    }
    const name = h('input', {type: 'text', value: instance.name, maxlength: '128', autocomplete: 'off'});
    const environment = h('input', {type: 'text', value: instance.environment, autocomplete: 'off'});
    const form = h('form', {class: 'inline-form', novalidate: true},
      field({label: 'Name', name: 'name', input: name, required: true}),
      field({label: 'Environment', name: 'environment', input: environment, required: true}),
      h('div', {class: 'actions'},
        h('button', {type: 'button', onclick: () => { slot.hidden = true; button.setAttribute('aria-expanded', 'false'); button.focus(); }}, 'Cancel'),
        h('button', {type: 'submit', class: 'primary'}, 'Save')));
    form.addEventListener('submit', async (submitEvent) => {
      submitEvent.preventDefault();
      clearFieldErrors(form);
      try {
        instance = await api.patch(`/api/instances/${id}`, {name: name.value, environment: environment.value});
        draw();
        toast('Instance saved');
      } catch (error) {
        showProblem(form, error);
      }
    });
    replace(slot, form);
    name.focus();
  }

  async function deleteInstance() {
    const ok = await confirmDialog({
      title: `Delete ${instance.name}?`,
      message: 'Jeto destroys every machine with Vagrant, removes the files it created for this instance, then forgets it. This cannot be undone.',
      confirmLabel: 'Delete instance',
      typeToConfirm: instance.name,
    });
    if (!ok) {
      return;
    }
    try {
      const command = await api.delete(`/api/instances/${id}`);
      toast('Deleting: the machines are destroyed first.');
      consolePanel.show(command);
      loadHistory();
    } catch (error) {
      toast(`Delete: ${error.message}`, 'error');
    }
  }

  loadInstance();
  loadHistory();
  return () => {
    abort.abort();
    consolePanel.stop();
    clearTimeout(instanceTimer);
    clearTimeout(historyTimer);
  };
}
