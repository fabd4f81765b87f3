// The app's strings come from the server's resource bundles (web/i18n/*.properties), for the
// language of the LMS launch; t('key', {name}) fills {name} placeholders.
let strings = {};
let language = 'en';

export async function loadStrings(appBase, locale) {
  const res = await fetch(appBase + '/i18n/messages.json?locale=' + encodeURIComponent(locale || ''));
  if (!res.ok) throw new Error('Translations could not be loaded (' + res.status + ').');
  const body = await res.json();
  strings = body.messages;
  language = body.language;
  document.documentElement.lang = language;
  return language;
}

export function t(key, vars) {
  const text = strings[key];
  if (text === undefined) {
    console.warn('Missing string', key);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (m, name) => (vars && vars[name] !== undefined ? vars[name] : m));
}

export function lang() {
  return language;
}
