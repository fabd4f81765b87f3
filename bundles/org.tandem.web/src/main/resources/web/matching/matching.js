// The matching feature's pages: a mentee's ranked suggestions with the reasons behind each score and
// requests; a mentor's requests to answer; for administrators, a run to review, edit and publish.
import {h, clear, section, messageBox, date, field, explain} from '../dom.js';
import {t} from '../i18n.js';

const KINDS = ['CAREER', 'PSYCHOSOCIAL', 'RESEARCH', 'PEER'];

export default {
  nav: ctx => ctx.me.programs.filter(p => !p.administers).slice(0, 1)
    .map(p => ({href: '#/matching/' + p.id, label: t('nav.matching')})),
  routes: {matching: render},
  home,
  admin: adminSections,
};

const base = id => `/programs/${encodeURIComponent(id)}/matching`;
const points = n => t('match.points', {n: n.toFixed(1)});

/** Where I take part (not only administer), with what matching has for me there. */
async function mine(ctx) {
  const out = [];
  for (const p of ctx.me.programs.filter(p => !p.administers || ctx.me.relationships.some(r => r.programId === p.id))) {
    const [suggestions, requests] = await Promise.all([ctx.api.get(base(p.id) + '/suggestions').catch(() => []),
      ctx.api.get(base(p.id) + '/requests').catch(() => ({sent: [], received: []}))]);
    out.push({program: p, suggestions, requests});
  }
  return out;
}

async function home(ctx) {
  const parts = [];
  for (const {program, suggestions, requests} of await mine(ctx)) {
    const pending = requests.received.filter(r => r.status === 'PENDING');
    if (pending.length) parts.push(section(t('match.toAnswer'), pending.map(r => answer(ctx, program, r))));
    const waiting = requests.sent.filter(r => r.status === 'PENDING');
    if (waiting.length) {
      parts.push(section(t('match.waiting'), h('ul', {class: 'links'}, waiting.map(r => h('li', {},
        t('match.askedWho', {name: r.mentorName, date: date(r.dueAt, ctx.locale)}))))));
    } else if (suggestions.length) {
      parts.push(section(t('match.find'), h('p', {class: 'hint', text: t('match.findHint')}),
        h('ul', {class: 'cards'}, suggestions.slice(0, 3).map(s => suggestionCard(ctx, program, s))),
        h('p', {}, h('a', {href: '#/matching/' + program.id, text: t('match.all', {n: suggestions.length})}))));
    }
  }
  return parts;
}

function answer(ctx, program, r) {
  const box = messageBox();
  const act = path => async () => {
    try {
      await ctx.api.post(base(program.id) + '/requests/' + r.id + path);
      await ctx.refresh(path === '/acceptance' ? t('match.accepted', {name: r.menteeName}) : t('match.declined'));
    } catch (err) {
      box.show(err.message, 'error', err.details);
    }
  };
  return h('div', {class: 'move'}, h('p', {}, h('strong', {text: r.menteeName}), ' ', t('match.asks', {
    role: t('role.' + r.role), date: date(r.dueAt, ctx.locale)})),
  h('div', {class: 'actions'}, h('button', {type: 'button', text: t('match.accept'), onclick: act('/acceptance')}),
    h('button', {type: 'button', text: t('match.decline'), onclick: act('/decline')})), box);
}

function suggestionCard(ctx, program, s) {
  const box = messageBox();
  return h('li', {class: 'person-card'}, h('div', {},
    h('h3', {text: s.mentorName}),
    h('p', {class: 'muted', text: t('role.' + s.role) + ' · ' + points(s.score)}),
    reasons(s.breakdown, 3),
    h('button', {type: 'button', class: 'small', text: t('match.ask'), 'aria-label': t('match.askWho', {name: s.mentorName}),
      onclick: async () => {
        try {
          await ctx.api.post(base(program.id) + '/requests', {mentorId: s.mentorId, role: s.role});
          await ctx.refresh(t('match.asked', {name: s.mentorName}));
        } catch (err) {
          box.show(err.message, 'error', err.details);
        }
      }}), box));
}

/** The criteria that gave the most points, each with its reason; all of them when `top` is absent. */
function reasons(parts, top) {
  const sorted = [...parts].sort((a, b) => b.points - a.points).slice(0, top || parts.length);
  return h('ul', {class: 'reasons'}, sorted.map(p => h('li', {},
    h('span', {class: 'badge', text: t('crit.' + p.criterion) + ' ' + p.points.toFixed(1) + '/' + p.weight}), ' ', p.why)));
}

async function render(ctx, main, programId) {
  const program = ctx.me.programs.find(p => p.id === programId);
  const [suggestions, profile] = await Promise.all([ctx.api.get(base(programId) + '/suggestions'),
    ctx.api.get(base(programId) + '/profiles/me')]);
  const state = {profile};
  const cards = suggestions.map(s => {
    const card = suggestionCard(ctx, {id: programId}, s);
    card.querySelector('.reasons').replaceWith(reasons(s.breakdown));
    const box = messageBox();
    card.firstChild.append(h('button', {type: 'button', class: 'small secondary', text: t('match.conflict'),
      'aria-label': t('match.conflictWho', {name: s.mentorName}), onclick: async () => {
        try {
          state.profile = await ctx.api.put(base(programId) + '/profiles/me', {...body(state.profile),
            conflicts: [...state.profile.conflicts, s.mentorId]});
          card.remove();
        } catch (err) {
          box.show(err.message, 'error', err.details);
        }
      }}), box);
    return card;
  });
  clear(main, h('h1', {text: t('match.title', {program: program ? program.name : ''})}),
    h('p', {class: 'hint', text: t('match.explain')}),
    cards.length ? h('ul', {class: 'cards'}, cards) : h('p', {text: t('match.none')}),
    preferences(ctx, programId, state));
}

/** What the matching API takes back of a profile it gave. */
function body(p) {
  return {version: p.version, department: p.department, languages: p.languages, rolesNeeded: p.rolesNeeded,
    rolesOffered: p.rolesOffered, conflicts: p.conflicts, preferred: p.preferred};
}

function preferences(ctx, programId, state) {
  const p = state.profile;
  const box = messageBox();
  const kinds = (name, chosen) => h('fieldset', {class: 'question', 'data-field': name},
    h('legend', {text: t('match.' + name)}), h('div', {class: 'choices'}, KINDS.map(k => h('label', {class: 'choice'},
      h('input', {type: 'checkbox', name, value: k, checked: chosen.includes(k)}), ' ', t('role.' + k)))));
  const form = h('form', {class: 'grid', novalidate: true},
    field(t('match.department'), h('input', {name: 'department', value: p.department || ''})),
    field(t('match.languages'), h('input', {name: 'languages', value: p.languages.join(', ')}), t('match.languagesHint')),
    kinds('rolesNeeded', p.rolesNeeded), kinds('rolesOffered', p.rolesOffered),
    h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('action.save')})), box);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const checked = name => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map(i => i.value);
    try {
      state.profile = await ctx.api.put(base(programId) + '/profiles/me', {...body(state.profile),
        department: form.elements.department.value.trim() || null,
        languages: form.elements.languages.value.split(',').map(x => x.trim()).filter(Boolean),
        rolesNeeded: checked('rolesNeeded'), rolesOffered: checked('rolesOffered')});
      box.show(t('saved'), 'ok');
    } catch (err) {
      explain(box, err, form);
    }
  });
  return section(t('match.preferences'), h('p', {class: 'hint', text: t('match.preferencesHint')}), form);
}

async function adminSections(ctx, state) {
  const id = state.program.id;
  const box = messageBox();
  const out = h('div');
  let current = null;
  const show = run => {
    current = run;
    const names = Object.fromEntries(state.people.map(p => [p.personId, p.displayName]));
    const mentors = state.people.filter(p => p.mentor && p.active);
    const table = h('table', {}, h('thead', {}, h('tr', {}, [t('rel.mentee'), t('rel.mentorRole'), t('rel.mentor'),
      t('match.score')].map(c => h('th', {scope: 'col', text: c})))), h('tbody', {}, run.proposals.map(p => {
      const select = h('select', {'aria-label': t('match.mentorFor', {name: p.menteeName}), disabled: run.status !== 'DRAFT'},
        h('option', {value: '', text: t('match.nobody')}), mentors.map(m => h('option', {value: m.personId,
          selected: m.personId === p.mentorId, text: m.displayName})));
      select.addEventListener('change', async () => {
        try {
          show(await ctx.api.put(`${base(id)}/runs/${run.id}/proposals/${p.slot}`, {mentorId: select.value || null,
            version: run.version}));
          box.show(t('saved'), 'ok');
        } catch (err) {
          select.value = p.mentorId || '';
          box.show(err.message, 'error', err.details);
        }
      });
      return h('tr', {}, h('th', {scope: 'row', text: p.menteeName || names[p.menteeId]}), h('td', {text: t('role.' + p.role)}),
        h('td', {}, select), h('td', {}, p.mentorId ? h('details', {}, h('summary', {text: points(p.score)}), reasons(p.breakdown))
          : '—'));
    })));
    const publish = run.status === 'DRAFT' ? h('button', {type: 'button', class: 'primary', text: t('match.publish'),
      onclick: async () => {
        try {
          show(await ctx.api.post(`${base(id)}/runs/${run.id}/publication`, {version: run.version}));
          await state.changed(); // the new relationships, their charts and the participants' load
          box.show(t('match.published'), 'ok');
        } catch (err) {
          box.show(err.message, 'error', err.details);
        }
      }}) : h('p', {class: 'ready', text: t('match.publishedOn', {date: date(run.publishedAt, ctx.locale)})});
    clear(out, h('p', {text: t('match.summary', {matched: run.matched, slots: run.slots, total: run.total.toFixed(1)})}),
      h('p', {class: run.certified ? 'ready' : 'hint', text: run.certified ? t('match.optimal') : t('match.graphOnly')}),
      h('div', {class: 'table-wrap'}, table), publish);
  };
  const start = h('button', {type: 'button', text: t('match.run'), onclick: async () => {
    try {
      show(await ctx.api.post(base(id) + '/runs'));
      box.hide();
    } catch (err) {
      box.show(err.message, 'error', err.details);
    }
  }});
  state.on(() => current && show(current)); // e.g. a participant just made a mentor is offered here too
  return [section(t('match.admin'), h('p', {class: 'hint', text: t('match.adminHint')}), start, box, out)];
}
