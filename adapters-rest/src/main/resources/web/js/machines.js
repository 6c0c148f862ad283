// What a machine's state looks like, and which actions make sense in it.

import {h} from './dom.js';

/** Badge colour families for Vagrant's state ids across providers. */
const TONES = {
  running: 'ok',
  up: 'ok',
  active: 'ok',
  poweroff: 'off',
  stopped: 'off',
  shutoff: 'off',
  halted: 'off',
  saved: 'warn',
  paused: 'warn',
  suspended: 'warn',
  frozen: 'warn',
  preparing: 'busy',
  starting: 'busy',
  stopping: 'busy',
  not_created: 'none',
  aborted: 'bad',
  gurumeditation: 'bad',
  inaccessible: 'bad',
  error: 'bad',
};

export function stateTone(state) {
  return TONES[state] || 'unknown';
}

/** A coloured badge that also says the state in words (colour is never the only cue). */
export function stateBadge(machine) {
  const state = machine.state || machine.status || 'unknown';
  const label = machine.status || state.replace(/_/g, ' ');
  return h('span', {class: `badge state-${stateTone(state)}`, 'data-state': state}, label);
}

/** A command's state as a badge. */
export function commandBadge(state) {
  const tones = {
    queued: 'busy', running: 'busy', succeeded: 'ok', failed: 'bad', cancelled: 'warn', interrupted: 'warn',
  };
  return h('span', {class: `badge state-${tones[state] || 'unknown'}`, 'data-command-state': state}, state);
}

export const FINAL_STATES = new Set(['succeeded', 'failed', 'cancelled', 'interrupted']);

export const MACHINE_ACTIONS = [
  {action: 'start', label: 'Start'},
  {action: 'stop', label: 'Stop'},
  {action: 'provision', label: 'Provision'},
  {action: 'reload', label: 'Reload'},
  {action: 'rsync', label: 'Rsync'},
  {action: 'destroy', label: 'Destroy', danger: true},
];

const isRunning = (m) => stateTone(m.state) === 'ok';
const isCreated = (m) => m.state !== 'not_created';

/**
 * Why the action is pointless for these machines (a sentence), or null when it makes sense.
 * Unknown states (Vagrant could not answer) never block: the server is the judge then.
 */
export function pointless(action, machines) {
  if (machines.length === 0) {
    return null;
  }
  switch (action) {
    case 'start':
      return machines.every(isRunning) ? 'already running' : null;
    case 'stop':
      return machines.some((m) => isRunning(m) || stateTone(m.state) === 'warn') ? null : 'not running';
    case 'provision':
    case 'rsync':
    case 'runScript':
      return machines.some(isRunning) ? null : 'needs a running machine';
    case 'reload':
      return machines.some(isCreated) ? null : 'not created yet';
    case 'destroy':
      return machines.some(isCreated) ? null : 'nothing to destroy';
    default:
      return null;
  }
}
