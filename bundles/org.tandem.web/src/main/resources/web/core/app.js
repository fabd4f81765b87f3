// The app's shell: reads what the launch page handed over (session, API, language), asks the server
// which features run, loads only those features' pages, and routes #/… addresses to them.
import {h, clear} from './dom.js';
import {loadStrings, t, lang} from './i18n.js';
import {Api} from './api.js';
import * as home from './home.js';
import * as admin from './admin.js';

const FEATURE_PAGES = ['workflow', 'feedback', 'catalog', 'matching', 'notifications'];
const meta = name => document.querySelector(`meta[name="${name}"]`)?.content;

async function boot() {
  const main = document.getElementById('main');
  const launchedProgram = document.getElementById('program')?.dataset.id;
  const ctx = {app: meta('tandem-app'), api: new Api(meta('tandem-api'), meta('tandem-session')), modules: []};
  try {
    await loadStrings(ctx.app, meta('tandem-locale'));
    const [features, me, health] = await Promise.all([ctx.api.get('/features'), ctx.api.get('/me'),
      ctx.api.get('/health').catch(() => null)]);
    // Try-it mode: every page says that its people and data are made up.
    if (health?.checks?.['sample-data']) document.body.prepend(h('div', {class: 'sample-band', role: 'note', text: t('demo.band')}));
    ctx.me = me;
    ctx.locale = lang();
    ctx.featureStates = features;
    ctx.features = new Set(features.filter(f => f.active).map(f => f.name));
    for (const name of FEATURE_PAGES.filter(n => ctx.features.has(n))) {
      ctx.modules.push((await import(`${ctx.app}/${name}/${name}.js`)).default);
    }
  } catch (e) {
    clear(main, h('h1', {text: 'Tandem'}), h('p', {role: 'alert', class: 'message error', text: e.message}));
    return;
  }
  ctx.routes = {'': home.render, admin: admin.render};
  ctx.modules.forEach(m => Object.assign(ctx.routes, m.routes || {}));
  ctx.go = hash => { location.hash = hash; };
  // After an action that changes what the page shows: the page is drawn again from the server, in
  // place (no "Loading…", the scroll kept), and the confirmation is announced at its top.
  ctx.refresh = async message => {
    await route(ctx, main, true);
    if (message) {
      const note = h('p', {class: 'message ok', role: 'status', text: message});
      (main.querySelector('h1') || main).after(note);
      note.scrollIntoView({block: 'nearest'});
    }
  };
  shell(ctx, main);
  const start = location.hash ? null : startPage(ctx, meta('tandem-activity'), launchedProgram);
  if (start) history.replaceState(null, '', start);
  window.addEventListener('hashchange', () => route(ctx, main));
  route(ctx, main);
}

/**
 * Where a launch of a placed activity (Deep Linking's custom tandem_activity) opens: the agreement, the
 * plan and the meetings are on the person's relationship page in the launched program; the program on
 * its coordinator's page. Anything else opens the home page.
 */
function startPage(ctx, activity, programId) {
  if (['agreement', 'plan', 'meetings'].includes(activity) && ctx.routes.relationship) {
    const rel = ctx.me.relationships.find(r => !programId || r.programId === programId);
    return rel ? '#/relationship/' + encodeURIComponent(rel.id) : null;
  }
  if (activity === 'program' && ctx.me.programs.some(p => p.id === programId && p.administers)) {
    return '#/admin/' + encodeURIComponent(programId);
  }
  return null;
}

function shell(ctx, main) {
  const links = [{href: '#/', label: t('nav.home')}];
  ctx.modules.forEach(m => links.push(...(m.nav ? m.nav(ctx) : [])));
  ctx.me.programs.filter(p => p.administers).forEach(p =>
    links.push({href: '#/admin/' + p.id, label: t('nav.admin', {program: p.name})}));
  ctx.nav = h('ul', {}, links.map(l => h('li', {}, h('a', {href: l.href, text: l.label}))));
  const header = h('header', {class: 'top'},
    h('a', {class: 'skip', href: '#main', onclick: e => { e.preventDefault(); main.focus(); }, text: t('nav.skip')}),
    h('span', {class: 'brand', text: 'Tandem'}),
    h('nav', {'aria-label': t('nav.label')}, ctx.nav),
    h('span', {class: 'who', text: ctx.me.person.displayName}),
    ctx.modules.map(m => m.header ? m.header(ctx) : null));
  main.before(header);
  main.setAttribute('tabindex', '-1');
  main.classList.remove('boot');
}

async function route(ctx, main, inPlace = false) {
  const [name = '', ...args] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  const page = ctx.routes[name];
  for (const a of ctx.nav.querySelectorAll('a')) {
    a.toggleAttribute('aria-current', a.getAttribute('href') === '#/' + [name, ...args].filter(Boolean).join('/')
      || (name === '' && a.getAttribute('href') === '#/'));
  }
  if (!inPlace) clear(main, h('p', {class: 'muted', text: t('loading')}));
  try {
    if (!page) throw new Error(t('error.noPage'));
    ctx.me = await ctx.api.get('/me'); // what another page changed (a relationship, a request) shows here too
    await page(ctx, main, ...args);
  } catch (e) {
    clear(main, h('h1', {text: t('error.title')}), h('p', {role: 'alert', class: 'message error', text: e.message}),
      h('p', {}, h('a', {href: '#/', text: t('nav.backHome')})));
  }
  const heading = main.querySelector('h1');
  document.title = (heading ? heading.textContent + ' · ' : '') + 'Tandem';
  if (!inPlace) main.focus({preventScroll: true});
}

boot();
