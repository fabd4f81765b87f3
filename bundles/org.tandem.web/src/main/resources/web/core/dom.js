// Small DOM helpers: every page is built from these, so text is always set as text (never as HTML).

/** h('p', {class: 'x', onclick: f}, 'text', child) → an element. */
export function h(tag, attrs, ...kids) {
  const el = tag.startsWith('svg:')
    ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
    : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, kids);
  return el;
}

function append(el, kids) {
  for (const kid of kids.flat(Infinity)) {
    if (kid === null || kid === undefined || kid === false) continue;
    el.append(kid instanceof Node ? kid : String(kid));
  }
}

export function clear(el, ...kids) {
  el.replaceChildren();
  append(el, kids);
  return el;
}

let ids = 0;
/** A labelled form field; `input` is an element or a function of its id. */
export function field(label, input, hint) {
  const id = 'f' + (++ids);
  const control = typeof input === 'function' ? input(id) : input;
  control.id = id;
  const hintEl = hint ? h('p', {class: 'hint', id: id + '-hint', text: hint}) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', {class: 'field'}, h('label', {for: id, text: label}), hintEl, control);
}

/** A region that announces what it shows: errors (role=alert) or confirmations (role=status). */
export function messageBox() {
  const box = h('div', {class: 'message', 'aria-live': 'polite'});
  box.hidden = true;
  box.show = (text, kind = 'error', details = []) => {
    clear(box, h('p', {text}), details.length ? h('ul', {}, details.map(d => h('li', {text: d}))) : null);
    box.className = 'message ' + kind;
    box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    box.hidden = false;
  };
  box.hide = () => { box.hidden = true; };
  return box;
}

/** The values of a form's named controls (checkboxes as booleans, empty text as null). */
export function values(form) {
  const out = {};
  for (const el of form.elements) {
    if (!el.name) continue;
    if (el.type === 'checkbox') out[el.name] = el.checked;
    else if (el.type === 'radio') { if (el.checked) out[el.name] = el.value; }
    else out[el.name] = el.value.trim() === '' ? null : el.value.trim();
  }
  return out;
}

export function section(title, ...kids) {
  const id = 's' + (++ids);
  return h('section', {class: 'card', 'aria-labelledby': id}, h('h2', {id, text: title}), kids);
}

export function date(iso, locale) {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? iso + 'T00:00:00' : iso);
  return d.toLocaleDateString(locale, {year: 'numeric', month: 'short', day: 'numeric'});
}

/**
 * Shows a failed action in `box`: the server's explanation, each field problem under the field's own
 * label (and the field marked invalid), each unmet condition. What the person typed stays as it was.
 */
export function explain(box, err, form) {
  const details = [];
  form?.querySelectorAll('[aria-invalid]').forEach(el => el.removeAttribute('aria-invalid'));
  for (const e of err.problem?.errors || []) {
    const key = String(e.field).replace(/^answers\./, '');
    const group = form?.querySelector(`[data-field="${CSS.escape(key)}"]`);
    const el = group || form?.elements?.[key];
    const label = group ? group.querySelector('legend')?.textContent
      : el?.id ? form.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    if (el?.setAttribute && !group) el.setAttribute('aria-invalid', 'true');
    details.push((label || e.field) + ': ' + e.message);
  }
  (err.problem?.reasons || []).forEach(r => details.push(r.message));
  box.show(err.message, 'error', details.length ? details : err.details || []);
}
