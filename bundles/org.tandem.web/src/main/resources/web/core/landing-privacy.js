// The front door's privacy requests, for the server's administrator (admin token): find a person by name
// or e-mail, download everything Tandem holds about them, or erase them (asked twice); and the register,
// the access log and the erasures as files for a data-protection officer.
import {h, clear, field, messageBox} from './dom.js';
import {t} from './i18n.js';
import {privacyButtons} from './privacy.js';

export function privacyPart(admin) {
  const box = messageBox();
  const results = h('div');
  const form = h('form', {class: 'inline-form', role: 'search', onsubmit: async e => {
    e.preventDefault();
    await search(form.elements.q.value.trim());
  }},
  field(t('landing.privacy.find'), id => h('input', {type: 'search', name: 'q', required: true, autocomplete: 'off'}),
    t('landing.privacy.find.hint')),
  h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('landing.privacy.search')})));
  let last = '';
  const search = async (q, keepMessage) => {
    last = q;
    try {
      const people = await admin.get('/admin/privacy/people?q=' + encodeURIComponent(q));
      clear(results, people.length ? table(people) : h('p', {class: 'muted', text: t('landing.privacy.none', {q})}));
      if (!keepMessage) box.hide();
    } catch (err) {
      box.show(err.message, 'error', err.details);
    }
  };
  const table = people => h('div', {class: 'table-wrap'}, h('table', {},
    h('thead', {}, h('tr', {}, [t('landing.privacy.name'), t('landing.privacy.email'), t('landing.privacy.programs'), '']
      .map(c => h('th', {scope: 'col', text: c})))),
    h('tbody', {}, people.map(p => h('tr', {}, h('th', {scope: 'row', text: p.displayName}),
      h('td', {text: p.email || '—'}), h('td', {text: p.programs.join(', ') || '—'}), h('td', {}, actions(p)))))));
  const actions = p => {
    const cell = privacyButtons(h('span', {class: 'actions inline'}), {name: p.displayName, erasable: !p.erased, box,
      exportData: () => admin.download(`/admin/people/${p.id}/export`, `tandem-export-${p.id}.json`, 'application/json'),
      erase: () => admin.post(`/admin/people/${p.id}/erasure`), done: () => search(last, true)});
    if (p.erased) cell.append(h('span', {class: 'badge', text: t('landing.privacy.erased')}));
    return cell;
  };
  const file = async (path, name, type, done) => {
    try {
      await admin.download(path, name, type);
      box.show(done, 'ok');
    } catch (err) {
      box.show(err.message, 'error', err.details);
    }
  };
  const files = h('div', {class: 'actions'},
    h('button', {type: 'button', class: 'secondary', text: t('landing.privacy.register'), onclick: () =>
      file('/admin/privacy?format=markdown', 'tandem-privacy.md', 'text/markdown', t('landing.privacy.downloaded'))}),
    h('button', {type: 'button', class: 'secondary', text: t('landing.privacy.log'), onclick: () =>
      file('/admin/privacy/access-log?limit=100000', 'tandem-access-log.json', 'application/json', t('landing.privacy.downloaded'))}),
    h('button', {type: 'button', class: 'secondary', text: t('landing.privacy.erasures'), onclick: () =>
      file('/admin/privacy/erasures?limit=100000', 'tandem-erasures.json', 'application/json', t('landing.privacy.downloaded'))}));
  return [h('h3', {text: t('landing.privacy')}), h('p', {text: t('landing.privacy.text')}), form, box, results, files];
}
