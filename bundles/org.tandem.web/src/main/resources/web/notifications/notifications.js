// The notifications feature's pages: the bell in the header (the unread count, kept fresh), the inbox
// (newest first, each with a link to what it is about; mark read, mark all read) and the preferences
// (per kind of message: at once, daily or weekly summary, in Tandem only, off; a private calendar feed).
import {h, clear, section, messageBox, field, explain} from '../dom.js';
import {t} from '../i18n.js';
import {Api} from '../api.js';

const REFRESH_MS = 60000;

export default {
  header: bell,
  routes: {inbox: render},
  admin: ctx => [outbox(ctx)],
};

/** The bell: a link to the inbox whose name says how many are unread (screen readers read it). */
function bell(ctx) {
  const count = h('span', {class: 'count', 'aria-hidden': 'true'});
  const icon = h('svg:svg', {viewBox: '0 0 24 24', width: 20, height: 20, 'aria-hidden': 'true', focusable: 'false'},
    h('svg:path', {fill: 'currentColor', d: 'M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2zm6-6v-5a6 6 0 0 0-5-5.9V4a1 1 0 0 0-2 0'
      + 'v1.1A6 6 0 0 0 6 11v5l-2 2v1h16v-1z'}));
  const link = h('a', {href: '#/inbox', class: 'bell'}, icon, count);
  ctx.unread = async () => {
    try {
      show((await ctx.api.get('/notifications/unread')).unread);
    } catch {
      // the bell keeps its last count; the inbox page shows any error
    }
  };
  const show = n => {
    count.textContent = n > 0 ? (n > 99 ? '99+' : String(n)) : '';
    count.hidden = n === 0;
    link.setAttribute('aria-label', t('ntf.bell', {n}));
  };
  show(0);
  ctx.unread();
  setInterval(ctx.unread, REFRESH_MS);
  window.addEventListener('hashchange', ctx.unread);
  return link;
}

async function render(ctx, main) {
  const [inbox, prefs] = await Promise.all([ctx.api.get('/notifications'), ctx.api.get('/notifications/preferences')]);
  const box = messageBox();
  const act = async (work, done) => {
    try {
      await work();
      await ctx.refresh(done);
      ctx.unread?.();
    } catch (err) {
      explain(box, err);
    }
  };
  clear(main, h('h1', {text: t('ntf.title')}), box,
    section(t('ntf.inbox'), inboxList(ctx, inbox, act)),
    section(t('ntf.prefs'), preferences(ctx, prefs)),
    section(t('ntf.feed'), feed(ctx, prefs)));
}

function inboxList(ctx, inbox, act) {
  if (!inbox.items.length) return h('p', {class: 'hint', text: t('ntf.empty')});
  const readAll = inbox.unread > 0 ? h('p', {}, h('button', {type: 'button', text: t('ntf.readAll'),
    onclick: () => act(() => ctx.api.post('/notifications/read-all'), t('ntf.allRead'))})) : null;
  return [h('p', {class: 'muted', text: t('ntf.unread', {n: inbox.unread})}), readAll,
    h('ul', {class: 'inbox'}, inbox.items.map(i => item(ctx, i, act)))];
}

function item(ctx, i, act) {
  const read = () => ctx.api.post(`/notifications/${encodeURIComponent(i.id)}/read`);
  const when = new Date(i.createdAt).toLocaleString(ctx.locale, {dateStyle: 'medium', timeStyle: 'short'});
  return h('li', {class: i.read ? 'read' : 'unread'},
    h('p', {}, i.read ? null : h('span', {class: 'badge attention', text: t('ntf.new')}), ' ',
      h('strong', {text: i.subject})),
    h('p', {text: i.body}),
    h('p', {class: 'small muted'}, h('time', {datetime: i.createdAt, text: when}),
      i.link ? [' · ', h('a', {href: i.link, text: t('ntf.open'), onclick: () => { if (!i.read) read(); }})] : null,
      i.read ? null : [' · ', h('button', {type: 'button', class: 'link', text: t('ntf.markRead'),
        'aria-label': t('ntf.markReadOf', {subject: i.subject}), onclick: () => act(read, t('ntf.marked'))})]));
}

function preferences(ctx, prefs) {
  const box = messageBox();
  const f = h('form', {novalidate: true},
    prefs.mailConfigured ? null : h('p', {class: 'message', role: 'note', text: prefs.mailNote}),
    h('p', {class: 'hint', text: t('ntf.prefs.intro')}),
    h('div', {class: 'grid'}, prefs.categories.map(c => field(c.label, h('select', {name: c.category},
      prefs.modes.map(m => h('option', {value: m.mode, text: m.label, selected: m.mode === c.mode})))))),
    h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('ntf.save')})), box);
  f.addEventListener('submit', async e => {
    e.preventDefault();
    const wanted = Object.fromEntries([...f.elements].filter(el => el.name).map(el => [el.name, el.value]));
    try {
      await ctx.api.put('/notifications/preferences', wanted);
      box.show(t('ntf.saved'), 'ok');
    } catch (err) {
      explain(box, err, f);
    }
  });
  return f;
}

function feed(ctx, prefs) {
  const box = messageBox();
  const out = h('div', {});
  const make = async () => {
    try {
      const {url} = await ctx.api.post('/notifications/calendar-feed');
      const input = h('input', {readonly: true, value: url});
      clear(out, field(t('ntf.feed.url'), input, t('ntf.feed.once')),
        h('button', {type: 'button', text: t('ntf.copy'), onclick: async () => {
          input.select();
          try {
            await navigator.clipboard.writeText(url);
          } catch {
            document.execCommand('copy');
          }
          box.show(t('ntf.copied'), 'ok');
        }}));
      box.show(t('ntf.feed.made'), 'ok');
    } catch (err) {
      explain(box, err);
    }
  };
  const revoke = async () => {
    try {
      await ctx.api.del('/notifications/calendar-feed');
      clear(out);
      box.show(t('ntf.feed.revoked'), 'ok');
    } catch (err) {
      explain(box, err);
    }
  };
  return [h('p', {class: 'hint', text: t('ntf.feed.intro')}), out,
    h('div', {class: 'actions'}, h('button', {type: 'button', text: prefs.calendarFeed ? t('ntf.feed.replace')
      : t('ntf.feed.make'), onclick: make}),
      prefs.calendarFeed ? h('button', {type: 'button', class: 'secondary', text: t('ntf.feed.revoke'), onclick: revoke})
        : null), box];
}

/**
 * For the server's administrator (the admin token, used for these requests only and never stored):
 * whether mail is set up, the outbox (waiting, sent, failed, each with its reason) and a test mail.
 */
function outbox(ctx) {
  const box = messageBox();
  const token = h('input', {type: 'password', autocomplete: 'off'});
  const address = h('input', {type: 'email', autocomplete: 'email'});
  const out = h('div', {});
  const admin = () => {
    if (!token.value) {
      box.show(t('ntf.outbox.needToken'));
      token.focus();
      return null;
    }
    return new Api(ctx.api.base, token.value);
  };
  const show = async () => {
    const api = admin();
    if (!api) return;
    try {
      const [status, rows] = await Promise.all([api.get('/admin/notifications/status'),
        api.get('/admin/notifications/outbox?limit=50')]);
      box.hide();
      clear(out, h('p', {role: 'status', text: status.mailConfigured ? t('ntf.outbox.smtp', {smtp: status.smtp})
        : status.message}),
        h('p', {text: t('ntf.outbox.counts', {pending: status.pending, sent: status.sent, failed: status.failed})}),
        rows.length ? h('div', {class: 'table-wrap'}, h('table', {}, h('thead', {}, h('tr', {},
          [t('ntf.outbox.to'), t('ntf.outbox.subject'), t('ntf.outbox.status'), t('ntf.outbox.reason')]
            .map(c => h('th', {scope: 'col', text: c})))),
        h('tbody', {}, rows.map(r => h('tr', {}, h('td', {text: r.address}), h('td', {text: r.subject}),
          h('td', {text: t('ntf.outbox.' + r.status, {n: r.attempts})}), h('td', {text: r.reason || ''}))))))
          : h('p', {class: 'hint', text: t('ntf.outbox.empty')}));
    } catch (err) {
      explain(box, err);
    }
  };
  const test = async () => {
    const api = admin();
    if (!api) return;
    try {
      const sent = await api.post('/admin/notifications/test-mail', {address: address.value});
      box.show(sent.message, 'ok');
      await show();
    } catch (err) {
      explain(box, err);
    }
  };
  return section(t('ntf.outbox'), h('p', {class: 'hint', text: t('ntf.outbox.explain')}),
    field(t('ntf.outbox.token'), token),
    h('div', {class: 'actions'}, h('button', {type: 'button', text: t('ntf.outbox.show'), onclick: show})),
    field(t('ntf.outbox.testTo'), address),
    h('div', {class: 'actions'}, h('button', {type: 'button', class: 'secondary', text: t('ntf.outbox.test'),
      onclick: test})), box, out);
}
