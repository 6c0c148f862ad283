// Creating an instance: from a project's git reference, from a directory on the server, or from
// an archive URL.

import {api} from '../api.js';
import {clearFieldErrors, field, formError, h, notice, pageHeader, replace, showProblem, uid} from '../dom.js';

const SOURCES = [
  {value: 'git', label: 'A branch or tag of the project’s git repository'},
  {value: 'path', label: 'A directory on the Jeto server'},
  {value: 'archive', label: 'An archive to download (zip, tar.gz)'},
];

export function renderNewInstance({main, navigate, me, isCurrent}) {
  const abort = new AbortController();
  const form = h('form', {class: 'stacked-form', novalidate: true, 'aria-labelledby': 'new-title'});
  main.append(
    h('nav', {class: 'breadcrumb', 'aria-label': 'Breadcrumb'}, h('a', {href: '#/instances'}, '← All instances')),
    pageHeader('New instance'),
    h('p', {class: 'loading'}, 'Loading hosts and projects…'),
    form);
  main.querySelector('.page-header h1').id = 'new-title';

  Promise.all([
    api.get('/api/hosts', {signal: abort.signal}),
    api.get('/api/projects', {signal: abort.signal}),
  ]).then(([hosts, projects]) => {
    if (isCurrent()) {
      main.querySelector('.loading')?.remove();
      build(hosts, projects);
    }
  }).catch((error) => {
    if (error.name !== 'AbortError' && isCurrent()) {
      main.querySelector('.loading')?.remove();
      replace(form, notice(`Hosts and projects could not be loaded: ${error.message}`, 'error'));
    }
  });

  function build(hosts, projects) {
    const name = h('input', {type: 'text', maxlength: '128', autocomplete: 'off', spellcheck: 'false'});
    const environmentList = uid('environments');
    const environment = h('input', {type: 'text', autocomplete: 'off', list: environmentList, value: 'dev'});
    const host = h('select', {},
      h('option', {value: ''}, hosts.length ? 'Choose a host' : 'No host yet'),
      hosts.map((x) => h('option', {value: x.id}, `${x.name} (${x.provider})`)));
    if (hosts.length === 1) {
      host.value = String(hosts[0].id);
    }
    const project = h('select', {},
      h('option', {value: ''}, 'No project'),
      projects.map((p) => h('option', {value: p.id}, p.git_address ? `${p.name} (git)` : p.name)));
    const reference = h('select', {disabled: true}, h('option', {value: ''}, 'Choose a project first'));
    const referenceStatus = h('p', {class: 'hint', role: 'status'});
    const path = h('input', {type: 'text', autocomplete: 'off', spellcheck: 'false', placeholder: '/srv/envs/shop'});
    const archive = h('input', {type: 'url', autocomplete: 'off', spellcheck: 'false', placeholder: 'https://example.org/env.tar.gz'});

    const withGit = projects.filter((p) => p.git_address);
    let source = withGit.length ? 'git' : 'path';
    const radios = SOURCES.map((s) => {
      const radio = h('input', {type: 'radio', name: 'source', value: s.value, id: uid('source'), checked: s.value === source});
      radio.addEventListener('change', () => { source = s.value; showSource(); });
      return h('div', {class: 'radio'}, radio, h('label', {for: radio.id}, s.label));
    });
    const gitPart = h('div', {class: 'source-part', 'data-source': 'git'},
      field({label: 'Git reference', name: 'git_reference', input: reference, required: true,
        hint: 'Branches and tags of the chosen project’s repository.'}), referenceStatus);
    const pathPart = h('div', {class: 'source-part', 'data-source': 'path'},
      field({label: 'Path', name: 'path', input: path, required: true,
        hint: 'An absolute directory that holds a Vagrantfile, under the roots Jeto is configured with.'}));
    const archivePart = h('div', {class: 'source-part', 'data-source': 'archive'},
      field({label: 'Archive URL', name: 'archive_url', input: archive, required: true,
        hint: 'Downloaded and unpacked by Jeto; its Vagrantfile may sit in a single top folder.'}));
    const submit = h('button', {type: 'submit', class: 'primary'}, 'Create instance');

    replace(form,
      hosts.length === 0 ? notice(me.role === 'admin'
        ? 'There is no host yet. Create one on the Hosts page first.'
        : 'There is no host you may use yet. Ask an administrator.', 'warn') : null,
      field({label: 'Name', name: 'name', input: name, required: true}),
      field({label: 'Environment', name: 'environment', input: environment, required: true,
        hint: 'Given to every Vagrant command as ENVIRONMENT.'}),
      h('datalist', {id: environmentList}, ['dev', 'qa', 'staging', 'prod'].map((e) => h('option', {value: e}))),
      field({label: 'Host', name: 'host', input: host, required: true}),
      field({label: 'Project', name: 'project', input: project,
        hint: 'Needed for a git reference; optional otherwise.'}),
      h('fieldset', {class: 'sources'}, h('legend', {}, 'Where the Vagrantfile comes from'), radios),
      gitPart, pathPart, archivePart,
      h('div', {class: 'actions'}, h('a', {class: 'button', href: '#/instances'}, 'Cancel'), submit));

    if (withGit.length === 1) {
      project.value = String(withGit[0].id);
    }
    project.addEventListener('change', loadReferences);
    showSource();
    loadReferences();
    name.focus();

    function showSource() {
      for (const part of [gitPart, pathPart, archivePart]) {
        part.hidden = part.dataset.source !== source;
      }
    }

    async function loadReferences() {
      const chosen = projects.find((p) => String(p.id) === project.value);
      reference.disabled = true;
      if (!chosen) {
        replace(reference, h('option', {value: ''}, 'Choose a project first'));
        referenceStatus.textContent = '';
        return;
      }
      if (!chosen.git_address) {
        replace(reference, h('option', {value: ''}, 'This project has no git repository'));
        referenceStatus.textContent = '';
        return;
      }
      replace(reference, h('option', {value: ''}, 'Loading…'));
      referenceStatus.textContent = `Reading branches and tags of ${chosen.git_address}…`;
      try {
        const refs = await api.get(`/api/projects/${chosen.id}/git-references`, {signal: abort.signal});
        if (project.value !== String(chosen.id)) {
          return;
        }
        const group = (type, label) => {
          const items = refs.filter((r) => r.type === type);
          return items.length ? h('optgroup', {label}, items.map((r) => h('option', {value: r.name}, r.name))) : null;
        };
        const others = refs.filter((r) => r.type !== 'branch' && r.type !== 'tag');
        replace(reference,
          h('option', {value: ''}, refs.length ? 'Choose a branch or tag' : 'No branch or tag found'),
          group('branch', 'Branches'), group('tag', 'Tags'),
          others.length ? h('optgroup', {label: 'Other'}, others.map((r) => h('option', {value: r.name}, r.name))) : null);
        reference.disabled = refs.length === 0;
        referenceStatus.textContent = refs.length ? `${refs.length} references found.` : 'The repository has no branch or tag.';
      } catch (error) {
        if (error.name !== 'AbortError') {
          replace(reference, h('option', {value: ''}, 'Unavailable'));
          referenceStatus.textContent = `The references could not be read: ${error.message}`;
        }
      }
    }

    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      const body = {name: name.value.trim(), environment: environment.value.trim()};
      if (host.value) {
        body.host = Number(host.value);
      }
      if (project.value) {
        body.project = Number(project.value);
      }
      if (source === 'git') {
        body.git_reference = reference.value;
      } else if (source === 'path') {
        body.path = path.value.trim();
      } else {
        body.archive_url = archive.value.trim();
      }
      if (!checkLocally(body)) {
        return;
      }
      submit.disabled = true;
      submit.textContent = 'Creating…';
      try {
        const created = await api.post('/api/instances', body);
        navigate(`/instances/${created.id}`);
      } catch (error) {
        showProblem(form, error);
      } finally {
        submit.disabled = false;
        submit.textContent = 'Create instance';
      }
    });

    // The same rules the server applies, said before the round trip.
    function checkLocally(body) {
      const missing = [];
      if (!body.name) {
        missing.push(['name', 'Give the instance a name.']);
      }
      if (!body.environment) {
        missing.push(['environment', 'Say which environment this is, for example dev.']);
      }
      if (!body.host) {
        missing.push(['host', 'Choose the host that runs it.']);
      }
      if (source === 'git' && !body.project) {
        missing.push(['project', 'Choose the project whose repository to use.']);
      } else if (source === 'git' && !body.git_reference) {
        missing.push(['git_reference', 'Choose a branch or tag.']);
      }
      if (source === 'path' && !body.path) {
        missing.push(['path', 'Give the directory that holds the Vagrantfile.']);
      }
      if (source === 'archive' && !body.archive_url) {
        missing.push(['archive_url', 'Give the address of the archive.']);
      }
      if (missing.length === 0) {
        return true;
      }
      // Marked from the last to the first, so that focus ends on the first one.
      for (const [fieldName, message] of [...missing].reverse()) {
        showProblem(form, {field: fieldName, detail: message, message});
      }
      formError(form, `Please correct ${missing.length === 1 ? 'the field' : `the ${missing.length} fields`} marked below.`);
      return false;
    }
  }

  return () => abort.abort();
}
