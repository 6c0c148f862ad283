// Follows a command's console (text/event-stream). EventSource cannot send the X-JETO-KEY
// header, so this reads the stream with fetch() and parses the events itself; after a drop it
// reconnects with Last-Event-ID, and the server resumes after the last line received.

import {ApiError, authHeaders} from './api.js';

const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 10000;

/**
 * Calls onLine({stream, text}, id) for each line and onEnd({state, exit_code}) once at the end;
 * onConnection('live' | 'reconnecting') as the link comes and goes. Stops when signal aborts.
 * Rejects with ApiError when the server refuses the stream (404, 403, 401).
 */
export async function followConsole(path, {onLine, onEnd, onConnection = () => {}, signal}) {
  let lastId = null;
  let delay = RETRY_MIN_MS;
  while (!signal.aborted) {
    try {
      const ended = await readOnce(path, lastId, signal, {
        onOpen() {
          delay = RETRY_MIN_MS;
          onConnection('live');
        },
        onEvent(event) {
          if (event.type === 'line') {
            if (event.id !== null) {
              lastId = event.id;
            }
            onLine(parse(event.data) || {stream: 'stdout', text: event.data}, event.id);
          } else if (event.type === 'end') {
            onEnd(parse(event.data) || {});
            return true;
          }
          return false;
        },
      });
      if (ended) {
        return;
      }
    } catch (error) {
      if (signal.aborted || error.name === 'AbortError') {
        return;
      }
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        throw error;
      }
    }
    if (signal.aborted) {
      return;
    }
    onConnection('reconnecting');
    await sleep(delay, signal);
    delay = Math.min(RETRY_MAX_MS, delay * 2);
  }
}

async function readOnce(path, lastId, signal, {onOpen, onEvent}) {
  const headers = {Accept: 'text/event-stream', ...authHeaders()};
  if (lastId !== null) {
    headers['Last-Event-ID'] = lastId;
  }
  const response = await fetch(path, {headers, signal, cache: 'no-store'});
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      problem = null;
    }
    throw new ApiError(response.status, problem, `${response.status} ${response.statusText}`);
  }
  onOpen();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new EventParser();
  try {
    for (;;) {
      const {value, done} = await reader.read();
      if (done) {
        return false;
      }
      for (const event of parser.push(value)) {
        if (onEvent(event)) {
          return true;
        }
      }
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/** The text/event-stream framing of the HTML standard: fields, blank-line dispatch, comments. */
export class EventParser {
  constructor() {
    this.buffer = '';
    this.reset();
  }

  reset() {
    this.type = '';
    this.data = [];
    this.id = null;
  }

  push(chunk) {
    let text = this.buffer + chunk;
    // A CR at the very end may be the first half of a CRLF split across chunks: hold it back.
    const held = text.endsWith('\r') ? '\r' : '';
    if (held) {
      text = text.slice(0, -1);
    }
    const events = [];
    const lines = text.split(/\r\n|\r|\n/);
    // The last piece has no line end yet (or is empty): keep it for the next chunk.
    this.buffer = lines.pop() + held;
    for (const line of lines) {
      if (line === '') {
        if (this.data.length > 0) {
          events.push({type: this.type || 'message', data: this.data.join('\n'), id: this.id});
        }
        this.reset();
        continue;
      }
      if (line.startsWith(':')) {
        continue;
      }
      const colon = line.indexOf(':');
      const name = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) {
        value = value.slice(1);
      }
      if (name === 'event') {
        this.type = value;
      } else if (name === 'data') {
        this.data.push(value);
      } else if (name === 'id' && !value.includes('\0')) {
        this.id = value;
      }
    }
    return events;
  }
}

function parse(data) {
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

function sleep(ms, signal) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, {once: true});
  });
}
