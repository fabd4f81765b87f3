// The front door at /: what Tandem is, its health and features, connecting a learning platform (with the
// admin token, which stays in this page's memory only), the API documentation, and in try-it mode the
// sample people to open Tandem as. Everything shown comes from the public API, or the admin API once
// the token is given; without it the page shows no secret and nothing about any platform.
import {h, clear, field, messageBox, section} from './dom.js';
import {loadStrings, t, lang} from './i18n.js';
import {Api} from './api.js';
import {privacyPart} from './landing-privacy.js';

const meta = name => new URL(document.querySelector(`meta[name="${name}"]`).content, location.href).href.replace(/\/$/, '');
const pub = new Api(meta('tandem-api'));
let admin = null;

async function boot() {
  const main = document.getElementById('main');
  try {
    await loadStrings(meta('tandem-app'), navigator.language);
  } catch (e) {
    clear(main, h('h1', {text: 'Tandem'}), h('p', {role: 'alert', class: 'message error', text: e.message}));
    return;
  }
  document.title = t('landing.title');
  const health = await pub.get('/health').catch(e => ({status: 'DOWN', detail: e.message, checks: {}, features: []}));
  const demo = health.checks?.['sample-data'];
  if (demo) document.body.prepend(sampleBand());
  clear(main,
    h('h1', {text: t('landing.title')}),
    h('p', {class: 'lead', text: t('landing.intro')}),
    demo ? tryIt() : null,
    status(health),
    connect(),
    docs());
}

function sampleBand() {
  return h('div', {class: 'sample-band', role: 'note', text: t('demo.band')});
}

function tryIt() {
  const box = messageBox();
  const people = [['mentee', t('demo.as.mentee')], ['mentor', t('demo.as.mentor')],
    ['coordinator', t('demo.as.coordinator')], ['mentee-de', t('demo.as.menteeDe')]];
  const reset = async () => {
    box.show(t('demo.resetting'), 'ok');
    try {
      await pub.post('/demo/reset');
      box.show(t('demo.reset.done'), 'ok');
    } catch (e) {
      box.show(e.message);
    }
  };
  return section(t('demo.title'), h('p', {text: t('demo.text')}),
    h('div', {class: 'actions'}, people.map(([who, label]) => h('a', {class: 'button', href: 'demo/launch/' + who, text: label}))),
    h('p', {class: 'hint', text: t('demo.how')}),
    h('div', {class: 'actions'}, h('button', {type: 'button', class: 'secondary', onclick: reset, text: t('demo.reset')})),
    box);
}

function status(health) {
  const up = health.status === 'UP';
  const checks = Object.entries(health.checks || {}).filter(([name]) => name !== 'sample-data');
  const list = h('ul', {class: 'links features'});
  const card = section(t('landing.status'),
    h('p', {}, h('span', {class: 'badge ' + (up ? 'ok' : 'risk'), text: up ? t('landing.up') : t('landing.down')}), ' ',
      t('landing.version', {version: health.version || '?', database: health.database || '?'})),
    health.detail ? h('p', {class: 'message error', role: 'alert', text: health.detail}) : null,
    h('ul', {class: 'links'}, checks.map(([name, c]) => h('li', {}, h('strong', {text: name + ': '}),
      h('span', {class: 'badge ' + (c.status === 'UP' ? 'ok' : c.status === 'DOWN' ? 'risk' : 'attention'), text: c.status}),
      ' ', c.detail))),
    h('h3', {text: t('landing.features')}), list,
    h('p', {class: 'hint', id: 'features-hint', text: t('landing.features.hint')}));
  features(list);
  return card;
}

async function features(list) {
  const box = messageBox();
  try {
    const all = await pub.get('/features');
    const hint = document.getElementById('features-hint');
    if (hint) hint.hidden = !!admin;
    clear(list, all.map(f => h('li', {},
      h('strong', {text: f.title || f.name}), ' ',
      h('span', {class: 'badge ' + (f.active ? 'ok' : ''), text: f.active ? t('landing.feature.on') : t('landing.feature.off')}),
      f.name !== 'core' && admin ? h('button', {type: 'button', class: 'small secondary',
        'aria-label': t(f.enabled ? 'landing.feature.switchOff' : 'landing.feature.switchOn', {name: f.title || f.name}),
        onclick: () => toggle(list, f, box), text: t(f.enabled ? 'landing.feature.offButton' : 'landing.feature.onButton')}) : null,
      h('p', {class: 'hint', text: f.description}))), box);
  } catch (e) {
    clear(list, h('li', {role: 'alert', text: e.message}));
  }
}

async function toggle(list, f, box) {
  try {
    await admin.put('/admin/features/' + encodeURIComponent(f.name), {enabled: !f.enabled});
    await features(list);
    list.parentElement.querySelector('[role=status]')?.remove();
    list.after(h('p', {class: 'message ok', role: 'status',
      text: t(f.enabled ? 'landing.feature.switchedOff' : 'landing.feature.switchedOn', {name: f.title || f.name})}));
  } catch (e) {
    box.show(e.message);
  }
}

function connect() {
  const box = messageBox();
  const out = h('div', {id: 'connect-out'});
  const form = h('form', {class: 'inline-form', onsubmit: async e => {
    e.preventDefault();
    const token = form.elements.token.value.trim();
    const candidate = new Api(meta('tandem-api'), token);
    try {
      await candidate.get('/admin/privacy');
      admin = candidate;
    } catch (err) {
      admin = null;
      clear(out);
      box.show(err.status === 401 ? t('landing.token.wrong') : err.message);
      return;
    }
    box.show(t('landing.token.ok'), 'ok');
    features(document.querySelector('ul.features'));
    const privacy = h('div');
    clear(privacy, privacyPart(admin));
    try {
      await platformsPart(out, await admin.get('/admin/platforms'));
    } catch (err) {
      clear(out, h('p', {class: 'message', role: 'status', text: err.status === 404 ? t('landing.lti.off') : err.message}));
    }
    out.append(privacy);
  }},
  field(t('landing.token'), id => h('input', {type: 'password', name: 'token', autocomplete: 'off', required: true}),
    t('landing.token.hint')),
  h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('landing.token.use')})));
  return section(t('landing.connect'), h('p', {text: t('landing.connect.text')}), form, box, out);
}

async function platformsPart(out, platforms) {
  const tool = await admin.get('/admin/platforms/tool');
  const linkBox = messageBox();
  const linkOut = h('div');
  const create = async () => {
    try {
      const link = await admin.post('/admin/platforms/registration-links');
      clear(linkOut, copyable(t('landing.moodle.link'), link.url, t('landing.moodle.expires', {at: new Date(link.expiresAt).toLocaleString(lang())})));
      linkOut.querySelector('input').focus();
    } catch (e) {
      linkBox.show(e.message);
    }
  };
  clear(out,
    h('h3', {text: t('landing.moodle')}),
    h('p', {text: t('landing.moodle.text')}),
    h('div', {class: 'actions'}, h('button', {type: 'button', class: 'primary', onclick: create, text: t('landing.moodle.create')})),
    linkBox, linkOut,
    h('h3', {text: t('landing.canvas')}),
    copyable(t('landing.canvas.url'), tool.canvasConfigUrl, t('landing.canvas.text')),
    h('h3', {text: t('landing.manual')}),
    h('p', {text: t('landing.manual.text')}),
    copyable(t('landing.url.login'), tool.loginUrl),
    copyable(t('landing.url.launch'), tool.launchUrl),
    copyable(t('landing.url.jwks'), tool.jwksUrl),
    copyable(t('landing.url.deepLink'), tool.deepLinkUrl),
    h('h3', {text: t('landing.platforms')}),
    platforms.length ? h('div', {class: 'table-wrap'}, h('table', {},
      h('thead', {}, h('tr', {}, [t('landing.platform.name'), t('landing.platform.issuer'), t('landing.platform.client'),
        t('landing.platform.last')].map(c => h('th', {scope: 'col', text: c})))),
      h('tbody', {}, platforms.map(p => h('tr', {}, h('td', {text: p.name}), h('td', {text: p.issuer}), h('td', {text: p.clientId}),
        h('td', {text: p.lastLaunchAt ? new Date(p.lastLaunchAt).toLocaleString(lang()) : t('landing.platform.never')}))))))
      : h('p', {class: 'muted', text: t('landing.platforms.none')}));
}

/** A read-only address with a button that copies it (and says so). */
function copyable(label, value, hint) {
  const status = h('span', {class: 'copied', role: 'status'});
  const wrap = field(label, id => h('input', {type: 'text', readonly: true, value, class: 'wide'}), hint);
  const input = wrap.querySelector('input');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(input.value);
    } catch (e) {
      input.select();
      document.execCommand('copy');
    }
    status.textContent = t('landing.copied');
  };
  wrap.append(h('div', {class: 'inline'}, h('button', {type: 'button', class: 'small', 'aria-label': t('landing.copy.label', {what: label}),
    onclick: copy, text: t('landing.copy')}), status));
  return wrap;
}

function docs() {
  return section(t('landing.docs'), h('ul', {class: 'links'},
    h('li', {}, h('a', {href: 'api-docs/', text: t('landing.docs.api')}), ' ', t('landing.docs.api.text')),
    h('li', {}, h('a', {href: 'api/openapi.json', text: 'api/openapi.json'}), ' ', t('landing.docs.openapi')),
    h('li', {}, h('a', {href: 'api/health', text: 'api/health'}), ' ', t('landing.docs.health'))),
  h('p', {class: 'hint', text: t('landing.docs.readme')}));
}

boot();
