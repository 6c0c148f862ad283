// The Jeto API, called with the session's key. The key lives in sessionStorage only: it is gone
// when the tab closes, and never reaches localStorage or a cookie.

const KEY_ITEM = 'jeto.key';

/** A refused or failed call, carrying the problem details of RFC 9457 when the server sent them. */
export class ApiError extends Error {
  constructor(status, problem, fallback) {
    const detail = problem?.detail || problem?.title || fallback;
    super(detail);
    this.status = status;
    this.detail = detail;
    this.field = problem?.field || null;
    this.problem = problem;
  }

  get notFound() {
    return this.status === 404;
  }
}

export function storedKey() {
  try {
    return sessionStorage.getItem(KEY_ITEM);
  } catch {
    return null;
  }
}

export function storeKey(key) {
  sessionStorage.setItem(KEY_ITEM, key);
}

export function forgetKey() {
  sessionStorage.removeItem(KEY_ITEM);
}

let onUnauthenticated = () => {};

/** Called when the server no longer accepts the key (revoked, expired). */
export function whenUnauthenticated(callback) {
  onUnauthenticated = callback;
}

export function authHeaders(key = storedKey()) {
  return key ? {'X-JETO-KEY': key} : {};
}

/**
 * Calls the API and answers {data, headers, status}; throws ApiError for any non-2xx answer and
 * for a network failure (status 0).
 */
export async function request(method, path, body, {key, signal, headers: extra} = {}) {
  const headers = {Accept: 'application/json', ...authHeaders(key), ...extra};
  const init = {method, headers, signal, cache: 'no-store'};
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, null, 'Jeto did not answer; check that the service is running.');
  }
  const data = await readBody(response);
  if (!response.ok) {
    const problem = data && typeof data === 'object' ? data : null;
    const error = new ApiError(response.status, problem,
      `${response.status} ${response.statusText || 'error'}`);
    if (response.status === 401 && key === undefined) {
      onUnauthenticated(error);
    }
    throw error;
  }
  return {data, headers: response.headers, status: response.status};
}

async function readBody(response) {
  if (response.status === 204) {
    return null;
  }
  const text = await response.text();
  if (!text) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  }
  return text;
}

export const api = {
  get: (path, options) => request('GET', path, undefined, options).then((r) => r.data),
  post: (path, body, options) => request('POST', path, body ?? {}, options).then((r) => r.data),
  put: (path, body, options) => request('PUT', path, body, options).then((r) => r.data),
  patch: (path, body) => request('PATCH', path, body).then((r) => r.data),
  delete: (path) => request('DELETE', path).then((r) => r.data),
  /** GET answering null instead of throwing when the endpoint does not exist (yet). */
  async optional(path, options) {
    try {
      return await request('GET', path, undefined, options);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 405)) {
        return null;
      }
      throw error;
    }
  },
};

/** The URL of the next page from a Link header, or null. */
export function nextLink(headers) {
  const link = headers?.get('Link');
  if (!link) {
    return null;
  }
  for (const part of link.split(',')) {
    const match = part.match(/<([^>]+)>\s*;\s*rel="?next"?/);
    if (match) {
      return match[1];
    }
  }
  return null;
}
