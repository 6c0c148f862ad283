// Pieces shared by the administration pages.

import {copyButton, field, h, uid} from './dom.js';

export const ACTIONS = ['view', 'create', 'start', 'stop', 'provision', 'reload', 'rsync', 'runScript', 'sync', 'destroy', 'edit'];

/**
 * What this tab has created and may not be able to list back from the server (when listing
 * users or grants is not available yet). Names and ids only: never a key.
 */
export const session = {users: [], grants: []};

export function rememberUser(user) {
  session.users = session.users.filter((u) => u.id !== user.id).concat({id: user.id, name: user.name, email: user.email, role: user.role});
}

/** A secret shown this once, with a copy button and a warning that it will not come back. */
export function secretBox(title, secret, explanation) {
  const inputId = uid('secret');
  const input = h('input', {type: 'text', id: inputId, readonly: true, value: secret, class: 'secret-value',
    spellcheck: 'false', 'data-role': 'secret'});
  input.addEventListener('focus', () => input.select());
  return h('div', {class: 'secret-box', role: 'region', 'aria-label': title},
    h('h3', {}, title),
    h('p', {}, explanation),
    h('div', {class: 'secret-row'}, h('label', {for: inputId, class: 'visually-hidden'}, title), input,
      copyButton(secret, 'the key')),
    h('p', {class: 'warn-text'}, 'It is shown only now: copy it before leaving this page.'));
}

/** A fieldset of checkboxes named name; checked(): the values ticked. */
export function checkboxGroup({legend, name, values, checked = [], hint}) {
  const boxes = values.map((value) => {
    const box = h('input', {type: 'checkbox', name, value, id: uid(name), checked: checked.includes(value)});
    return {box, element: h('div', {class: 'checkbox-item'}, box, h('label', {for: box.id}, value))};
  });
  const hintId = hint ? uid('hint') : null;
  const errorId = uid('error');
  const fieldset = h('fieldset', {class: 'checkbox-group', 'aria-describedby': [hintId, errorId].filter(Boolean).join(' ')},
    h('legend', {}, legend), h('div', {class: 'checkbox-grid'}, boxes.map((b) => b.element)));
  const element = h('div', {class: 'field', 'data-field': name},
    fieldset,
    hint ? h('p', {class: 'hint', id: hintId}, hint) : null,
    h('p', {class: 'field-error', id: errorId, hidden: true}));
  return {element, checked: () => boxes.filter((b) => b.box.checked).map((b) => b.box.value)};
}

/** A select of options [{value, label}] inside a labelled field. */
export function selectField({label, name, options, placeholder, required, hint}) {
  const select = h('select', {},
    placeholder ? h('option', {value: ''}, placeholder) : null,
    options.map((o) => h('option', {value: o.value}, o.label)));
  return {select, element: field({label, name, input: select, required, hint})};
}

export function nameOf(list, id, fallback) {
  const found = list?.find((item) => item.id === id);
  return found ? found.name : `${fallback} #${id}`;
}
