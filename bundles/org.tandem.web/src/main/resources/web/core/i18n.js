// The app's strings come from the server's resource bundles (web/i18n/*.properties), for the
// language of the LMS launch. t('key', {name}) fills {name} placeholders and chooses among plural
// forms written as in ICU MessageFormat: {n, plural, =0 {none} one {# suggestion} other {# suggestions}},
// by the language's own plural rules (the browser's Intl.PluralRules, i.e. CLDR).
let strings = {};
let language = 'en';
let rules = new Intl.PluralRules('en');

export async function loadStrings(appBase, locale) {
  const res = await fetch(appBase + '/i18n/messages.json?locale=' + encodeURIComponent(locale || ''));
  if (!res.ok) throw new Error('Translations could not be loaded (' + res.status + ').');
  const body = await res.json();
  strings = body.messages;
  language = body.language;
  rules = new Intl.PluralRules(language);
  document.documentElement.lang = language;
  return language;
}

export function t(key, vars) {
  const text = strings[key];
  if (text === undefined) {
    console.warn('Missing string', key);
    return key;
  }
  return format(text, vars || {});
}

export function lang() {
  return language;
}

/** Fills {name} and {name, plural, …} in a pattern; an unknown name stays as written. */
export function format(text, vars, pluralRules = rules) {
  let out = '';
  for (let i = 0; i < text.length;) {
    if (text[i] !== '{') {
      out += text[i++];
      continue;
    }
    const end = closing(text, i);
    const body = text.slice(i + 1, end);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(body);
    if (plural) out += choose(vars, plural[1], plural[2], pluralRules);
    else out += vars[body.trim()] !== undefined ? vars[body.trim()] : '{' + body + '}';
    i = end + 1;
  }
  return out;
}

function closing(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

function choose(vars, name, spec, pluralRules) {
  const n = Number(vars[name]);
  const cases = {};
  for (let i = 0; i < spec.length;) {
    const m = /^\s*(=\d+|[a-z]+)\s*\{/.exec(spec.slice(i));
    if (!m) break;
    const open = i + m[0].length - 1;
    const end = closing(spec, open);
    cases[m[1]] = spec.slice(open + 1, end);
    i = end + 1;
  }
  const chosen = cases['=' + n] ?? cases[pluralRules.select(n)] ?? cases.other ?? '';
  return format(chosen.replace(/#/g, Number.isFinite(n) ? n.toLocaleString(language) : String(vars[name])), vars, pluralRules);
}
