// The console panel: one command's output, followed live over its event stream.

import {api} from './api.js';
import {AnsiRenderer} from './ansi.js';
import {announce, duration, h, replace, timeElement, uid} from './dom.js';
import {FINAL_STATES, commandBadge} from './machines.js';
import {followConsole} from './sse.js';

/** Lines kept on the page; older ones are dropped (the whole console stays on the server). */
const MAX_LINES = 5000;

export function commandLabel(command) {
  const parts = [command.action];
  if (command.script) {
    parts.push(command.script);
  }
  if (command.machine) {
    parts.push(`on ${command.machine}`);
  } else if (['start', 'stop', 'provision', 'reload', 'rsync', 'destroy'].includes(command.action)) {
    parts.push('on all machines');
  }
  return parts.join(' ');
}

export class ConsolePanel {
  /**
   * instanceId: the instance; onEnd(command): called once a command seen running has ended;
   * mayCancel(command): whether this key has the right the command's action needs.
   */
  constructor({instanceId, onEnd, mayCancel = () => true}) {
    this.instanceId = instanceId;
    this.onEnd = onEnd;
    this.mayCancel = mayCancel;
    this.command = null;
    this.abort = null;
    this.pending = [];
    this.frame = 0;
    this.dropped = 0;
    this.lineCount = 0;
    this.follow = true;

    const followId = uid('follow');
    this.followBox = h('input', {type: 'checkbox', id: followId, checked: true});
    this.followBox.addEventListener('change', () => {
      this.follow = this.followBox.checked;
      if (this.follow) {
        this.scrollToEnd();
      }
    });
    this.title = h('h2', {id: uid('console-title')}, 'Console');
    this.meta = h('div', {class: 'console-meta'});
    this.connection = h('span', {class: 'connection muted', role: 'status'});
    this.cancelButton = h('button', {type: 'button', class: 'danger small', hidden: true, 'data-role': 'cancel'}, 'Cancel command');
    this.cancelButton.addEventListener('click', () => this.cancel());
    this.droppedNote = h('p', {class: 'muted dropped', hidden: true});
    this.output = h('div', {class: 'console-output', role: 'log', 'aria-live': 'off', tabindex: '0',
      'aria-labelledby': this.title.id, 'data-role': 'console'});
    this.output.addEventListener('scroll', () => {
      const atEnd = this.output.scrollHeight - this.output.scrollTop - this.output.clientHeight < 24;
      if (this.follow !== atEnd && this.command && !FINAL_STATES.has(this.command.state)) {
        this.follow = atEnd;
        this.followBox.checked = atEnd;
      }
    });
    this.element = h('section', {class: 'panel console-panel', 'aria-labelledby': this.title.id},
      h('div', {class: 'panel-header'}, this.title,
        h('div', {class: 'console-tools'}, this.connection,
          h('label', {class: 'checkbox', for: followId}, this.followBox, 'Follow output'),
          this.cancelButton)),
      this.meta,
      this.droppedNote,
      this.output);
    this.showEmpty();
  }

  showEmpty() {
    replace(this.meta, h('p', {class: 'muted'}, 'No command has run on this instance yet. Start a machine or run a script to see its output here.'));
    replace(this.output);
    this.output.hidden = true;
  }

  /** Shows command and follows its console from the first line. */
  show(command) {
    this.stop();
    this.command = command;
    this.seenLive = !FINAL_STATES.has(command.state);
    this.renderer = new AnsiRenderer();
    this.pending = [];
    this.dropped = 0;
    this.lineCount = 0;
    this.follow = true;
    this.followBox.checked = true;
    this.droppedNote.hidden = true;
    this.output.hidden = false;
    replace(this.output);
    this.output.setAttribute('aria-busy', 'true');
    this.drawMeta();
    this.abort = new AbortController();
    const signal = this.abort.signal;
    const path = `/api/instances/${this.instanceId}/commands/${command.id}/console`;
    followConsole(path, {
      signal,
      onLine: (line) => this.queue(line),
      onEnd: (end) => this.ended(end, signal),
      onConnection: (state) => {
        this.connection.textContent = state === 'reconnecting' ? 'Connection lost, reconnecting…' : '';
      },
    }).catch((error) => {
      if (!signal.aborted) {
        this.connection.textContent = `The console cannot be read: ${error.message}`;
      }
    });
  }

  /** Updates the header from a fresher copy of the same command (the history poll). */
  update(command) {
    if (this.command && command.id === this.command.id && !FINAL_STATES.has(this.command.state)) {
      this.command = {...this.command, ...command};
      this.drawMeta();
    }
  }

  drawMeta() {
    const c = this.command;
    const live = !FINAL_STATES.has(c.state);
    this.title.textContent = `Console: ${commandLabel(c)}`;
    this.cancelButton.hidden = !live;
    this.cancelButton.disabled = !this.mayCancel(c);
    this.cancelButton.title = this.cancelButton.disabled ? 'Your key may not cancel this command' : '';
    replace(this.meta, h('dl', {class: 'facts inline'},
      h('div', {}, h('dt', {}, 'Command'), h('dd', {}, `#${c.id} ${commandLabel(c)}`)),
      h('div', {}, h('dt', {}, 'State'), h('dd', {'data-role': 'command-state'}, commandBadge(c.state),
        c.exit_code !== null && c.exit_code !== undefined ? h('span', {class: 'exit-code'}, ` exit code ${c.exit_code}`) : null)),
      h('div', {}, h('dt', {}, 'Requested by'), h('dd', {}, c.requested_by || '—')),
      h('div', {}, h('dt', {}, 'Started'), h('dd', {}, timeElement(c.started_at || c.created_at))),
      c.started_at ? h('div', {}, h('dt', {}, 'Took'), h('dd', {}, duration(c.started_at, c.finished_at))) : null));
  }

  queue(line) {
    this.pending.push(line);
    if (this.pending.length > MAX_LINES) {
      const excess = this.pending.length - MAX_LINES;
      this.pending.splice(0, excess);
      this.dropped += excess;
    }
    if (!this.frame) {
      // Lines come in bursts: the page takes them in batches, at most 20 times a second.
      this.frame = setTimeout(() => this.flush(), 50);
    }
  }

  flush() {
    this.frame = 0;
    if (this.pending.length === 0) {
      return;
    }
    const fragment = document.createDocumentFragment();
    for (const line of this.pending) {
      const row = h('div', {class: `line ${line.stream || 'stdout'}`});
      this.renderer.render(line.text ?? '', row);
      if (!row.firstChild) {
        row.append(document.createTextNode('\u200b'));
      }
      fragment.append(row);
    }
    this.lineCount += this.pending.length;
    this.pending = [];
    this.output.append(fragment);
    while (this.output.childElementCount > MAX_LINES) {
      this.output.firstElementChild.remove();
      this.dropped += 1;
    }
    if (this.dropped > 0) {
      this.droppedNote.hidden = false;
      this.droppedNote.textContent = `${this.dropped} earlier lines are not shown here.`;
    }
    if (this.follow) {
      this.scrollToEnd();
    }
  }

  scrollToEnd() {
    this.output.scrollTop = this.output.scrollHeight;
  }

  async ended(end, signal) {
    clearTimeout(this.frame);
    this.flush();
    this.output.removeAttribute('aria-busy');
    if (signal.aborted) {
      return;
    }
    this.command = {...this.command, state: end.state || this.command.state, exit_code: end.exit_code ?? null};
    try {
      const fresh = await api.get(`/api/instances/${this.instanceId}/commands/${this.command.id}`);
      if (!signal.aborted) {
        const {console: _ignored, ...rest} = fresh;
        this.command = rest;
      }
    } catch {
      // The end event already said how it ended; the timing details can wait.
    }
    if (signal.aborted) {
      return;
    }
    this.drawMeta();
    if (this.seenLive) {
      announce(`${commandLabel(this.command)} ${this.command.state}`);
      this.onEnd(this.command);
    }
  }

  async cancel() {
    const command = this.command;
    this.cancelButton.disabled = true;
    try {
      const answer = await api.post(`/api/instances/${this.instanceId}/commands/${command.id}/cancel`);
      this.update(answer);
      announce(`Cancelling ${commandLabel(command)}`);
    } catch (error) {
      this.cancelButton.disabled = false;
      this.connection.textContent = `Cancel refused: ${error.message}`;
    }
  }

  stop() {
    if (this.abort) {
      this.abort.abort();
      this.abort = null;
    }
    clearTimeout(this.frame);
    this.frame = 0;
    this.connection.textContent = '';
  }
}
