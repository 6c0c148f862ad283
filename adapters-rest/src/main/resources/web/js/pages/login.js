// The sign-in screen: the key is typed once and kept for this browser tab only.

import {api, storeKey} from '../api.js';
import {clearFieldErrors, field, h, notice, showFieldError} from '../dom.js';

export function renderLogin({main, message, onSignedIn}) {
  const input = h('input', {type: 'password', autocomplete: 'off', spellcheck: 'false',
    autocapitalize: 'off', placeholder: 'jeto_…'});
  const submit = h('button', {type: 'submit', class: 'primary'}, 'Sign in');
  const form = h('form', {class: 'login-form', novalidate: true},
    field({label: 'API key', name: 'key', input, required: true,
      hint: 'Kept in this browser tab only, and forgotten when you close it or sign out.'}),
    h('div', {class: 'actions'}, submit));

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    const key = input.value.trim();
    if (!key) {
      showFieldError(form, 'key', 'Type the API key you were given.');
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Signing in…';
    try {
      const me = await api.get('/api/me', {key});
      storeKey(key);
      onSignedIn(me);
    } catch (error) {
      const text = error.status === 401
        ? 'This key is not accepted: it is unknown, revoked or expired.'
        : error.message;
      showFieldError(form, 'key', text);
    } finally {
      submit.disabled = false;
      submit.textContent = 'Sign in';
    }
  });

  main.append(h('section', {class: 'login', 'aria-labelledby': 'login-title'},
    h('div', {class: 'login-card'},
      h('p', {class: 'brand-large', 'aria-hidden': 'true'}, 'Jeto'),
      h('h1', {id: 'login-title'}, 'Sign in'),
      h('p', {class: 'muted'}, 'Manage your Vagrant environments from the browser.'),
      message ? notice(message, 'info') : null,
      form)));
  requestAnimationFrame(() => input.focus());
}
