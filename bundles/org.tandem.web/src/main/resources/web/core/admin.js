// A program's administration: set-up, participants (from launches and roster syncs; mentors chosen
// here), relationships and their health, each running feature's charts, exports, and the features.
import {h, clear, field, messageBox, values, section, explain} from './dom.js';
import {t} from './i18n.js';
import {Api} from './api.js';
import {decorate} from './home.js';
import {participantActions, retentionSection} from './privacy.js';

const MODELS = ['ONE_TO_ONE', 'TEAM', 'GROUP', 'PEER', 'CO_MENTORING'];
const MENTOR_ROLES = ['CAREER', 'PSYCHOSOCIAL', 'RESEARCH', 'PEER', 'GENERAL'];

export async function render(ctx, main, programId) {
  const [program, people, rels] = await Promise.all([ctx.api.get('/programs/' + encodeURIComponent(programId)),
    ctx.api.get(`/programs/${programId}/participants`), ctx.api.get(`/relationships?programId=${programId}&limit=200`)]);
  const state = live({program, people, rels: rels.items}, ctx);
  const parts = [h('h1', {text: t('admin.title', {program: program.name})}),
    setup(ctx, state), participants(ctx, state), relationships(ctx, state)];
  for (const m of ctx.modules.filter(m => m.admin)) parts.push(...await m.admin(ctx, state));
  parts.push(exportsSection(ctx, state), retentionSection(ctx, state), features(ctx));
  clear(main, parts);
}

/**
 * The page's shared state. An action changes the server, then calls state.changed(): the participants
 * and relationships are read again and every section that shows them (this page's and each feature's,
 * registered with state.on) draws itself anew, so nothing on the page is left from before the action.
 */
function live(state, ctx) {
  const listeners = [];
  state.on = draw => listeners.push(draw);
  state.changed = async () => {
    const id = state.program.id;
    const [people, rels] = await Promise.all([ctx.api.get(`/programs/${id}/participants`),
      ctx.api.get(`/relationships?programId=${id}&limit=200`)]);
    state.people = people;
    state.rels = rels.items;
    for (const draw of listeners) await draw();
  };
  return state;
}

function setup(ctx, state) {
  const p = state.program;
  const box = messageBox();
  const form = h('form', {class: 'grid', novalidate: true},
    field(t('admin.setup.name'), h('input', {name: 'name', value: p.name, required: true})),
    field(t('admin.setup.model'), h('select', {name: 'model'}, MODELS.map(m =>
      h('option', {value: m, selected: m === p.model, text: t('model.' + m)})))),
    field(t('admin.setup.starts'), h('input', {name: 'startsOn', type: 'date', value: p.startsOn || ''})),
    field(t('admin.setup.ends'), h('input', {name: 'endsOn', type: 'date', value: p.endsOn || ''})),
    field(t('admin.setup.description'), h('textarea', {name: 'description', rows: 2}, p.description || '')),
    h('div', {class: 'field check'}, h('input', {type: 'checkbox', name: 'formal', id: 'formal', checked: p.formal}),
      h('label', {for: 'formal', text: t('admin.setup.formal')})),
    h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('action.save')})), box);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const v = values(form);
    try {
      state.program = await ctx.api.put('/programs/' + p.id, {...state.program, ...v, version: state.program.version});
      box.show(t('saved'), 'ok');
    } catch (err) {
      explain(box, err, form);
    }
  });
  return section(t('admin.setup'), form, h('p', {class: 'hint', text: t('admin.roles.mapping')}));
}

function participants(ctx, state) {
  const box = messageBox();
  const body = h('tbody');
  const waiting = h('p', {class: 'hint'});
  const draw = () => {
    const unplaced = state.people.filter(p => !p.placed && p.active);
    waiting.textContent = unplaced.length ? t('participant.waitingCount', {n: unplaced.length}) : '';
    waiting.hidden = !unplaced.length;
    clear(body, state.people.map(p => h('tr', {class: p.placed ? '' : 'waiting'},
      h('th', {scope: 'row', text: p.displayName}),
      h('td', {text: p.placed ? capacities(p) : t('participant.unplaced', {roles: p.platformRoles || t('participant.noRoles')})}),
      h('td', {text: t('source.' + p.source) + (p.active ? '' : ' · ' + t('participant.left'))}),
      h('td', {}, h('span', {class: 'actions inline'}, p.mentor ? null : h('button', {type: 'button', class: 'small',
        onclick: () => makeMentor(p), text: t('participant.makeMentor'),
        'aria-label': t('participant.makeMentorOf', {name: p.displayName})}), participantActions(ctx, state, p, box))))));
  };
  const makeMentor = async p => {
    try {
      await ctx.api.put(`/programs/${state.program.id}/participants/${p.personId}`, {mentor: true});
      await state.changed();
      box.show(t('participant.madeMentor', {name: p.displayName}), 'ok');
    } catch (err) {
      box.show(err.message, 'error', err.details);
    }
  };
  draw();
  state.on(draw);
  const sync = ctx.features.has('lti-advantage') ? h('button', {type: 'button', text: t('participant.sync'),
    onclick: async () => {
      try {
        const r = await ctx.api.post(`/programs/${state.program.id}/roster-sync`);
        await state.changed();
        box.show(t('participant.synced', {n: r.members ?? state.people.length}), 'ok');
      } catch (err) {
        box.show(err.message, 'error', err.details);
      }
    }}) : null;
  return section(t('admin.participants'), box, waiting, h('div', {class: 'table-wrap'}, h('table', {},
    h('thead', {}, h('tr', {}, [t('participant.name'), t('participant.roles'), t('participant.source'), ''].map(c =>
      h('th', {scope: 'col', text: c})))), body)), sync);
}

function capacities(p) {
  return [p.coordinator && t('participant.coordinator'), p.mentee && t('participant.mentee'),
    p.mentor && t('participant.mentor'), p.testUser && t('participant.test')].filter(Boolean).join(', ');
}

/** The program's relationships and the form that pairs a mentee with a mentor; both follow the state. */
function relationships(ctx, state) {
  const list = h('ul', {class: 'cards'});
  const none = h('p', {text: t('admin.relationships.none')});
  const box = messageBox();
  const menteeSelect = h('select', {name: 'mentee'});
  const mentorSelect = h('select', {name: 'mentor'});
  const form = h('form', {class: 'grid', novalidate: true},
    field(t('rel.mentee'), menteeSelect), field(t('rel.mentor'), mentorSelect),
    field(t('rel.mentorRole'), h('select', {name: 'mentorRole'}, MENTOR_ROLES.map(r => h('option', {value: r, text: t('role.' + r)})))),
    field(t('rel.title'), h('input', {name: 'title'})),
    h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('rel.create')})));
  const noMentors = h('p', {class: 'hint', text: t('rel.noMentors')});
  const draw = () => {
    const names = Object.fromEntries(state.people.map(p => [p.personId, p.displayName]));
    clear(list, state.rels.map(r => h('li', {class: 'person-card', 'data-relationship': r.id},
      h('div', {}, h('h3', {}, ctx.routes.relationship ? h('a', {href: '#/relationship/' + r.id, text: title(r, names)})
        : title(r, names)), h('p', {class: 'muted', text: r.members.map(m => names[m.personId] + ' (' +
        t('member.' + m.role) + ')').join(', ')}), h('div', {class: 'badges'})))));
    list.hidden = !state.rels.length;
    none.hidden = !!state.rels.length;
    const mentors = state.people.filter(p => p.mentor && p.active);
    options(menteeSelect, state.people.filter(p => p.mentee && p.active));
    options(mentorSelect, mentors);
    form.hidden = !mentors.length;
    noMentors.hidden = !!mentors.length;
    return decorate(ctx, list);
  };
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const v = values(form);
    if (!v.mentee || !v.mentor) {
      box.show(t('rel.needBoth'));
      return;
    }
    try {
      await ctx.api.post('/relationships', {programId: state.program.id, title: v.title, members: [
        {personId: v.mentee, role: 'MENTEE'}, {personId: v.mentor, role: 'MENTOR', mentorRole: v.mentorRole}]});
      form.elements.title.value = '';
      await state.changed();
      box.show(t('rel.created'), 'ok');
    } catch (err) {
      explain(box, err, form);
    }
  });
  draw();
  state.on(draw);
  return section(t('admin.relationships'), list, none, h('h3', {text: t('rel.new')}), form, noMentors, box);
}

/** Fills a select with people, keeping the choice made when that person is still there. */
function options(select, people) {
  const chosen = select.value;
  clear(select, people.map(p => h('option', {value: p.personId, text: p.displayName, selected: p.personId === chosen})));
}

function title(r, names) {
  return r.title || r.members.map(m => names[m.personId] || '?').join(' & ');
}

function exportsSection(ctx, state) {
  const box = messageBox();
  const get = (path, file, type) => async () => {
    try {
      await ctx.api.download(path, file, type);
    } catch (err) {
      box.show(err.message, 'error', err.details);
    }
  };
  const id = state.program.id;
  const buttons = [
    h('button', {type: 'button', onclick: get(`/relationships?programId=${id}&limit=1000`, 'relationships.json', 'application/json'), text: t('export.relationships')}),
    h('button', {type: 'button', onclick: get(`/programs/${id}/participants`, 'participants.json', 'application/json'), text: t('export.participants')})];
  ctx.modules.filter(m => m.exports).forEach(m => buttons.push(...m.exports(ctx, state, get)));
  return section(t('admin.exports'), h('div', {class: 'actions'}, buttons), box);
}

/** Every feature and whether it runs; switching needs the server's administrator token. */
function features(ctx) {
  const box = messageBox();
  const token = h('input', {type: 'password', autocomplete: 'off'});
  const body = h('tbody');
  const draw = states => clear(body, states.map(f => h('tr', {},
    h('th', {scope: 'row'}, h('span', {text: f.title}), h('span', {class: 'hint block', text: f.description})),
    h('td', {text: f.active ? t('feature.on') : f.enabled ? t('feature.waiting', {reason: f.reason || ''}) : t('feature.off')}),
    h('td', {}, f.name === 'core' ? '' : h('button', {type: 'button', class: 'small',
      'aria-label': (f.enabled ? t('feature.disable') : t('feature.enable')) + ': ' + f.title,
      text: f.enabled ? t('feature.disable') : t('feature.enable'), onclick: () => flip(f)})))));
  const flip = async f => {
    if (!token.value) {
      box.show(t('feature.needToken'));
      token.focus();
      return;
    }
    try {
      const states = await new Api(ctx.api.base, token.value).put('/admin/features/' + f.name, {enabled: !f.enabled});
      draw(states);
      box.show(t('feature.switched'), 'ok');
    } catch (err) {
      box.show(err.message, 'error', err.details);
    }
  };
  draw(ctx.featureStates);
  return section(t('admin.features'), h('p', {class: 'hint', text: t('feature.explain')}),
    field(t('feature.token'), token), box, h('div', {class: 'table-wrap'}, h('table', {}, h('thead', {}, h('tr', {},
      [t('feature.name'), t('feature.state'), ''].map(c => h('th', {scope: 'col', text: c})))), body)));
}
