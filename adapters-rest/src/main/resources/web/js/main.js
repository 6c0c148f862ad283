// Boots the single-page app: signs in, draws the top bar, and routes #/... to the pages.

import {ApiError, api, forgetKey, storedKey, whenUnauthenticated} from './api.js';
import {h, replace, toast} from './dom.js';
import {renderLogin} from './pages/login.js';
import {renderInstances} from './pages/instances.js';
import {renderInstance} from './pages/instance.js';
import {renderNewInstance} from './pages/new-instance.js';
import {renderHosts} from './pages/hosts.js';
import {renderProjects} from './pages/projects.js';
import {renderUsers} from './pages/users.js';
import {renderTeams} from './pages/teams.js';
import {renderGrants} from './pages/grants.js';
import {renderApiKeys} from './pages/api-keys.js';
import {renderAuditLog} from './pages/audit-log.js';

const ROUTES = [
  {pattern: /^\/instances$/, page: renderInstances, nav: 'instances', title: 'Instances'},
  {pattern: /^\/instances\/new$/, page: renderNewInstance, nav: 'instances', title: 'New instance'},
  {pattern: /^\/instances\/(\d+)(?:\/commands\/(\d+))?$/, page: renderInstance, nav: 'instances', title: 'Instance'},
  {pattern: /^\/hosts$/, page: renderHosts, nav: 'hosts', title: 'Hosts'},
  {pattern: /^\/projects$/, page: renderProjects, nav: 'projects', title: 'Projects'},
  {pattern: /^\/api-keys$/, page: renderApiKeys, nav: 'api-keys', title: 'API keys'},
  {pattern: /^\/admin\/users$/, page: renderUsers, nav: 'users', title: 'Users', admin: true},
  {pattern: /^\/admin\/teams$/, page: renderTeams, nav: 'teams', title: 'Teams', admin: true},
  {pattern: /^\/admin\/grants$/, page: renderGrants, nav: 'grants', title: 'Grants', admin: true},
  {pattern: /^\/admin\/audit-log$/, page: renderAuditLog, nav: 'audit-log', title: 'Audit log'},
];

const NAV = [
  {id: 'instances', href: '#/instances', label: 'Instances'},
  {id: 'hosts', href: '#/hosts', label: 'Hosts'},
  {id: 'projects', href: '#/projects', label: 'Projects'},
  {id: 'api-keys', href: '#/api-keys', label: 'API keys'},
  {id: 'users', href: '#/admin/users', label: 'Users', admin: true},
  {id: 'teams', href: '#/admin/teams', label: 'Teams', admin: true},
  {id: 'grants', href: '#/admin/grants', label: 'Grants', admin: true},
  {id: 'audit-log', href: '#/admin/audit-log', label: 'Audit log'},
];

const main = document.getElementById('main');
const topbar = document.getElementById('topbar');
let me = null;
let cleanup = null;
let renderCount = 0;

function currentPath() {
  const hash = window.location.hash;
  return hash.startsWith('#/') ? hash.slice(1) : null;
}

export function navigate(path) {
  if (currentPath() === path) {
    route();
  } else {
    window.location.hash = `#${path}`;
  }
}

async function route() {
  const path = currentPath();
  if (path === null) {
    // "#main" from the skip link, or nothing at all: not a route.
    if (!window.location.hash) {
      window.location.replace('#/instances');
    }
    return;
  }
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  closeMenu();
  // What a toast said was about the page being left.
  document.getElementById('toasts').replaceChildren();
  if (!me) {
    showLogin();
    return;
  }
  if (path === '/login') {
    window.location.replace('#/instances');
    return;
  }
  const found = ROUTES.map((r) => ({r, match: path.match(r.pattern)})).find((x) => x.match);
  renderCount += 1;
  const ticket = renderCount;
  drawNav(found?.r.nav);
  if (!found) {
    document.title = 'Not found · Jeto';
    replace(main, h('h1', {}, 'Page not found'),
      h('p', {}, 'There is no page at this address. ', h('a', {href: '#/instances'}, 'Go to the instances')));
    focusMain();
    return;
  }
  if (found.r.admin && me.role !== 'admin') {
    document.title = `${found.r.title} · Jeto`;
    replace(main, h('h1', {}, found.r.title),
      h('p', {class: 'notice warn'}, 'Only administrators may open this page.'));
    focusMain();
    return;
  }
  document.title = `${found.r.title} · Jeto`;
  replace(main);
  const context = {
    me,
    main,
    params: found.match.slice(1),
    navigate,
    setTitle: (title) => { document.title = `${title} · Jeto`; },
    isCurrent: () => ticket === renderCount,
  };
  try {
    cleanup = found.r.page(context) || null;
  } catch (error) {
    replace(main, h('h1', {}, found.r.title), h('p', {class: 'notice error', role: 'alert'}, String(error.message || error)));
  }
  focusMain();
}

function focusMain() {
  // Moves focus to the new page so that screen readers and keyboards start at its top.
  requestAnimationFrame(() => {
    const heading = main.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({preventScroll: true});
    } else {
      main.focus({preventScroll: true});
    }
    window.scrollTo(0, 0);
  });
}

function showLogin(message) {
  topbar.hidden = true;
  document.title = 'Sign in · Jeto';
  replace(main);
  renderLogin({
    main,
    message,
    onSignedIn(who) {
      me = who;
      if (!currentPath() || currentPath() === '/login') {
        window.location.replace('#/instances');
      } else {
        route();
      }
    },
  });
}

function drawNav(active) {
  topbar.hidden = false;
  const nav = document.getElementById('nav');
  const items = NAV.filter((item) => !item.admin || me.role === 'admin');
  replace(nav, h('ul', {}, items.map((item) => h('li', {},
    h('a', {href: item.href, 'aria-current': item.id === active ? 'page' : null}, item.label)))));
  replace(document.getElementById('whoami'),
    h('span', {class: 'who'}, h('span', {class: 'who-name'}, me.name),
      h('span', {class: 'badge role'}, me.role)),
    h('button', {type: 'button', class: 'small', id: 'sign-out', onclick: signOut}, 'Sign out'));
}

function closeMenu() {
  const toggle = document.getElementById('nav-toggle');
  toggle.setAttribute('aria-expanded', 'false');
  topbar.classList.remove('open');
}

function signOut() {
  forgetKey();
  me = null;
  if (cleanup) {
    cleanup();
    cleanup = null;
  }
  window.location.hash = '#/login';
  showLogin('You are signed out.');
}

async function start() {
  document.querySelector('.skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    (main.querySelector('h1') || main).focus();
  });
  document.getElementById('nav-toggle').addEventListener('click', (event) => {
    const open = topbar.classList.toggle('open');
    event.currentTarget.setAttribute('aria-expanded', String(open));
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && topbar.classList.contains('open')) {
      closeMenu();
      document.getElementById('nav-toggle').focus();
    }
  });
  whenUnauthenticated(() => {
    if (me) {
      forgetKey();
      me = null;
      if (cleanup) {
        cleanup();
        cleanup = null;
      }
      showLogin('The server no longer accepts this key. Sign in again.');
    }
  });
  window.addEventListener('hashchange', route);
  window.addEventListener('unhandledrejection', (event) => {
    // An aborted fetch of a page the user left is not an error worth a message, and a refusal
    // of the server is told to the user; anything else is a bug and stays in the console.
    if (event.reason?.name === 'AbortError') {
      event.preventDefault();
    } else if (event.reason instanceof ApiError) {
      event.preventDefault();
      toast(event.reason.message, 'error');
    }
  });

  if (storedKey()) {
    try {
      me = await api.get('/api/me', {key: storedKey()});
    } catch (error) {
      forgetKey();
      showLogin(error.status === 401 ? 'Your session key is no longer accepted. Sign in again.' : error.message);
      return;
    }
  }
  route();
}

start();
