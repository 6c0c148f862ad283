// Projects: groups of instances made from one code base, cloned from git or found under a path.

import {api} from '../api.js';
import {
  clearFieldErrors, confirmDialog, emptyState, field, h, notice, pageHeader, replace, showProblem, toast,
} from '../dom.js';

export function renderProjects({main, me, isCurrent}) {
  const admin = me.role === 'admin';
  const abort = new AbortController();
  let projects = null;
  let editing = null;
  const list = h('div', {class: 'results'}, h('p', {class: 'loading'}, 'Loading projects…'));

  main.append(
    pageHeader('Projects'),
    h('p', {class: 'lead muted'}, 'A project names a git repository (instances are clones of its branches and tags) or a base directory.'),
    list,
    admin ? projectForm(null) : notice('Only administrators add or change projects.', 'info'));

  async function load() {
    try {
      projects = await api.get('/api/projects', {signal: abort.signal});
      if (isCurrent()) {
        draw();
      }
    } catch (error) {
      if (error.name !== 'AbortError' && isCurrent()) {
        replace(list, notice(`The projects could not be loaded: ${error.message}`, 'error'));
      }
    }
  }

  function draw() {
    if (projects.length === 0) {
      replace(list, emptyState(admin ? 'No project yet. Add the first one below.' : 'No project is visible to your key.'));
      return;
    }
    replace(list, h('table', {class: 'projects responsive'},
      h('caption', {class: 'visually-hidden'}, 'Projects'),
      h('thead', {}, h('tr', {}, ['Name', 'Git repository', 'Base path', admin ? 'Actions' : null].filter(Boolean)
        .map((c) => h('th', {scope: 'col'}, c)))),
      h('tbody', {}, projects.flatMap((p) => [
        h('tr', {'data-project-id': p.id},
          h('th', {scope: 'row', 'data-label': 'Name'}, p.name),
          h('td', {'data-label': 'Git repository'}, p.git_address ? h('code', {}, p.git_address) : h('span', {class: 'muted'}, '—')),
          h('td', {'data-label': 'Base path'}, p.base_path ? h('code', {}, p.base_path) : h('span', {class: 'muted'}, '—')),
          admin ? h('td', {'data-label': 'Actions'}, h('div', {class: 'action-buttons'},
            h('button', {type: 'button', class: 'small', 'aria-expanded': String(editing === p.id),
              'aria-label': `Edit ${p.name}`, onclick: () => { editing = editing === p.id ? null : p.id; draw(); }}, 'Edit'),
            h('button', {type: 'button', class: 'small danger', 'aria-label': `Delete ${p.name}`, onclick: () => remove(p)}, 'Delete'))) : null),
        editing === p.id ? h('tr', {class: 'edit-row'}, h('td', {colspan: '4'}, projectForm(p))) : null,
      ].filter(Boolean)))));
    list.querySelector('.edit-row input')?.focus();
  }

  async function remove(project) {
    const ok = await confirmDialog({
      title: `Delete project ${project.name}?`,
      message: 'Its instances stay, without a project. Grants on the project are removed.',
      confirmLabel: 'Delete project',
    });
    if (!ok) {
      return;
    }
    try {
      await api.delete(`/api/projects/${project.id}`);
      toast(`Project ${project.name} deleted`);
      load();
    } catch (error) {
      toast(`Delete ${project.name}: ${error.message}`, 'error');
    }
  }

  function projectForm(project) {
    const name = h('input', {type: 'text', autocomplete: 'off', value: project?.name ?? ''});
    const git = h('input', {type: 'text', autocomplete: 'off', spellcheck: 'false', value: project?.git_address ?? '',
      placeholder: 'https://git.example.org/shop.git'});
    const base = h('input', {type: 'text', autocomplete: 'off', spellcheck: 'false', value: project?.base_path ?? '',
      placeholder: '/srv/envs'});
    const titleId = project ? `edit-project-${project.id}` : 'new-project-title';
    const form = h('form', {class: project ? 'stacked-form' : 'stacked-form panel', novalidate: true, 'aria-labelledby': titleId},
      h(project ? 'h3' : 'h2', {id: titleId}, project ? `Edit ${project.name}` : 'Add a project'),
      field({label: 'Name', name: 'name', input: name, required: true}),
      field({label: 'Git repository', name: 'git_address', input: git, hint: 'Cloned for instances made from a branch or tag.'}),
      field({label: 'Base path', name: 'base_path', input: base, hint: 'A directory on the server that holds its environments.'}),
      h('div', {class: 'actions'},
        project ? h('button', {type: 'button', onclick: () => { editing = null; draw(); }}, 'Cancel') : null,
        h('button', {type: 'submit', class: 'primary'}, project ? 'Save' : 'Add project')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearFieldErrors(form);
      const body = {name: name.value.trim()};
      if (git.value.trim()) {
        body.git_address = git.value.trim();
      }
      if (base.value.trim()) {
        body.base_path = base.value.trim();
      }
      try {
        if (project) {
          await api.put(`/api/projects/${project.id}`, body);
          editing = null;
          toast(`Project ${body.name} saved`);
        } else {
          await api.post('/api/projects', body);
          toast(`Project ${body.name} added`);
          form.reset();
        }
        await load();
      } catch (error) {
        showProblem(form, error);
      }
    });
    return form;
  }

  load();
  return () => abort.abort();
}
