// Small DOM helpers. Everything that comes from the server is put into the page as text nodes
// or attribute values, never parsed as HTML.

/**
 * Builds an element: h('button', {class: 'primary', onclick: fn}, 'Start').
 * Attributes named on* become listeners; true/false toggle boolean attributes; children may be
 * strings (made text nodes), nodes, arrays, or null/undefined/false (skipped).
 */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

export function append(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces every child of parent with the given children. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

let idCounter = 0;
export function uid(prefix = 'id') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A labelled form field with a slot for its error message, tied together for screen readers. */
export function field({label, name, input, hint, required}) {
  const id = input.id || uid(name || 'field');
  input.id = id;
  if (name) {
    input.name = name;
  }
  if (required) {
    input.required = true;
  }
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  input.setAttribute('aria-describedby', [hintId, errorId].filter(Boolean).join(' '));
  return h('div', {class: 'field', 'data-field': name},
    h('label', {for: id}, label, required ? h('span', {class: 'required', 'aria-hidden': 'true'}, ' *') : null),
    input,
    hint ? h('p', {class: 'hint', id: hintId}, hint) : null,
    h('p', {class: 'field-error', id: errorId, hidden: true}));
}

/** Shows message next to the field named name inside form; returns false when there is none. */
export function showFieldError(form, name, message) {
  const wrapper = form.querySelector(`.field[data-field="${CSS.escape(name)}"]`);
  if (!wrapper || wrapper.closest('[hidden]')) {
    return false;
  }
  const input = wrapper.querySelector('input, select, textarea, fieldset');
  const error = wrapper.querySelector('.field-error');
  error.textContent = message;
  error.hidden = false;
  wrapper.classList.add('invalid');
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    input.focus();
  }
  return true;
}

export function clearFieldErrors(form) {
  for (const wrapper of form.querySelectorAll('.field.invalid')) {
    wrapper.classList.remove('invalid');
    const error = wrapper.querySelector('.field-error');
    error.textContent = '';
    error.hidden = true;
    wrapper.querySelector('[aria-invalid]')?.removeAttribute('aria-invalid');
  }
  const formError = form.querySelector('.form-error');
  if (formError) {
    formError.textContent = '';
    formError.hidden = true;
  }
}

export function formError(form, message) {
  let slot = form.querySelector('.form-error');
  if (!slot) {
    slot = h('p', {class: 'form-error notice error', role: 'alert'});
    form.prepend(slot);
  }
  slot.textContent = message;
  slot.hidden = false;
}

/** Shows an API error on a form: next to its field when the problem names one. */
export function showProblem(form, error, fieldAliases = {}) {
  const name = error.field ? (fieldAliases[error.field] || error.field) : null;
  if (name && showFieldError(form, name, stripFieldPrefix(error.detail, error.field))) {
    return;
  }
  formError(form, error.message);
}

function stripFieldPrefix(detail, fieldName) {
  const prefix = `${fieldName}: `;
  return detail && detail.startsWith(prefix) ? detail.slice(prefix.length) : detail;
}

/** A button that copies text, falling back to selecting it where the clipboard is refused. */
export function copyButton(text, what) {
  const button = h('button', {type: 'button', class: 'copy small', 'aria-label': `Copy ${what}`},
    'Copy');
  button.addEventListener('click', async () => {
    const done = await copyText(text);
    button.textContent = done ? 'Copied' : 'Press Ctrl+C';
    announce(done ? `${what} copied` : `Select ${what} and press Ctrl+C to copy`);
    setTimeout(() => { button.textContent = 'Copy'; }, 2000);
  });
  return button;
}

async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, no focus): fall back below.
  }
  const scratch = h('textarea', {class: 'visually-hidden', readonly: true});
  scratch.value = text;
  document.body.append(scratch);
  scratch.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  scratch.remove();
  return copied;
}

export function announce(message) {
  const region = document.getElementById('announcer');
  if (region) {
    region.textContent = '';
    setTimeout(() => { region.textContent = message; }, 30);
  }
}

export function toast(message, kind = 'info') {
  const box = document.getElementById('toasts');
  if (!box) {
    return;
  }
  const item = h('div', {class: `toast ${kind}`, role: kind === 'error' ? 'alert' : null}, message);
  box.append(item);
  setTimeout(() => item.remove(), kind === 'error' ? 8000 : 4000);
}

/** A modal confirmation; resolves true when the user confirms. */
export function confirmDialog({title, message, confirmLabel, danger = true, typeToConfirm}) {
  return new Promise((resolve) => {
    const titleId = uid('dialog-title');
    const input = typeToConfirm
      ? h('input', {type: 'text', autocomplete: 'off', spellcheck: 'false'})
      : null;
    const confirm = h('button', {type: 'submit', class: danger ? 'danger' : 'primary',
      disabled: Boolean(typeToConfirm)}, confirmLabel);
    const cancel = h('button', {type: 'button', value: 'cancel'}, 'Cancel');
    const form = h('form', {method: 'dialog'},
      h('h2', {id: titleId}, title),
      h('p', {}, message),
      input ? field({label: `Type ${typeToConfirm} to confirm`, name: 'confirm', input}) : null,
      h('div', {class: 'actions'}, cancel, confirm));
    const dialog = h('dialog', {'aria-labelledby': titleId, class: 'confirm'}, form);
    let answer = false;
    input?.addEventListener('input', () => { confirm.disabled = input.value !== typeToConfirm; });
    cancel.addEventListener('click', () => dialog.close());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!confirm.disabled) {
        answer = true;
        dialog.close();
      }
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    (input || cancel).focus();
  });
}

export function formatTime(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : date.toLocaleString();
}

export function timeElement(iso) {
  return iso ? h('time', {datetime: iso, title: iso}, formatTime(iso)) : h('span', {class: 'muted'}, '—');
}

export function duration(startIso, endIso) {
  if (!startIso) {
    return '';
  }
  const start = new Date(startIso).getTime();
  const end = endIso ? new Date(endIso).getTime() : Date.now();
  const seconds = Math.max(0, Math.round((end - start) / 1000));
  if (seconds < 60) {
    return `${seconds} s`;
  }
  const minutes = Math.floor(seconds / 60);
  return minutes < 60 ? `${minutes} min ${seconds % 60} s` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** A notice for an empty list, with an optional call to action. */
export function emptyState(message, action) {
  return h('div', {class: 'empty'}, h('p', {}, message), action || null);
}

export function notice(message, kind = 'info') {
  return h('p', {class: `notice ${kind}`, role: kind === 'error' ? 'alert' : null}, message);
}

/** The state of a page whose endpoint this server does not have yet. */
export function unavailable(what) {
  return h('div', {class: 'empty unavailable', 'data-unavailable': 'true'},
    h('p', {}, h('strong', {}, `${what} is not available on this server yet.`)),
    h('p', {class: 'muted'}, 'This Jeto version does not offer it; the page works as soon as the server does.'));
}

export function pageHeader(title, ...extra) {
  return h('div', {class: 'page-header'}, h('h1', {}, title), h('div', {class: 'page-actions'}, extra));
}
