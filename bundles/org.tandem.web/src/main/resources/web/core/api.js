// The REST API with the launch's session token and language. Every failure becomes an ApiError whose message a
// person can read: the server's problem detail, each field's message, each unmet condition.
import {t, lang} from './i18n.js';

export class ApiError extends Error {
  constructor(status, message, details = [], problem = null) {
    super(message);
    this.status = status;
    this.details = details;
    this.problem = problem;
  }
}

export class Api {
  constructor(base, token) {
    this.base = base;
    this.token = token;
  }

  get(path) { return this.request('GET', path); }
  put(path, body) { return this.request('PUT', path, body); }
  post(path, body) { return this.request('POST', path, body); }
  del(path) { return this.request('DELETE', path); }

  async request(method, path, body, accept = 'application/json') {
    // While the server republishes its API (a feature switched), it answers a plain 404 for a moment.
    for (let attempt = 0; ; attempt++) {
      const res = await this.send(method, path, body, accept);
      const problem = (res.headers.get('Content-Type') || '').includes('problem+json');
      if (res.status === 404 && !problem && attempt < 4) {
        await new Promise(r => setTimeout(r, 600));
        continue;
      }
      if (res.ok) {
        if (res.status === 204) return null;
        return accept === 'application/json' ? res.json() : res.text();
      }
      throw await failure(res, problem);
    }
  }

  async send(method, path, body, accept) {
    const headers = {Accept: accept, 'Accept-Language': lang()}; // the server's sentences in the launch's language
    if (this.token) headers.Authorization = 'Bearer ' + this.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    try {
      return await fetch(this.base + path, {method, headers, body: body === undefined ? undefined : JSON.stringify(body)});
    } catch (e) {
      throw new ApiError(0, t('error.network'));
    }
  }

  /** Downloads a file the API makes (CSV, JSON) with the session token, as a browser download. */
  async download(path, filename, accept) {
    const text = await this.request('GET', path, undefined, accept);
    const blob = new Blob([typeof text === 'string' ? text : JSON.stringify(text, null, 2)], {type: accept});
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }
}

async function failure(res, problem) {
  if (res.status === 401) return new ApiError(401, t('error.session'));
  if (!problem) return new ApiError(res.status, t('error.http', {status: res.status}));
  const p = await res.json();
  const details = [...(p.errors || []).map(e => e.field + ': ' + e.message), ...(p.reasons || []).map(r => r.message)];
  return new ApiError(res.status, p.detail || p.title || t('error.http', {status: res.status}), details, p);
}
