// Home: a mentee's developmental network (each mentor with the role they play), a mentor's mentees and
// capacity, what each running feature adds (feedback due, training), and the programs one runs.
import {h, clear, section, messageBox} from './dom.js';
import {t} from './i18n.js';

export async function render(ctx, main) {
  const me = ctx.me;
  const asMentee = me.relationships.filter(r => r.myRole === 'MENTEE' || r.myRole === 'PEER');
  const asMentor = me.relationships.filter(r => r.myRole === 'MENTOR');
  const parts = [h('h1', {text: t('home.hello', {name: me.person.displayName})})];
  if (me.waiting?.length) parts.push(section(t('home.waiting.title'), me.waiting.map(waiting)));
  if (asMentee.length) parts.push(section(t('home.mentors'), network(ctx, asMentee)));
  if (asMentor.length || me.capacity.limit) parts.push(section(t('home.mentees'), capacity(me.capacity), mentees(ctx, asMentor)));
  if (!me.relationships.length && !me.waiting?.length) parts.push(section(t('home.none.title'), h('p', {text: t('home.none.text')})));
  for (const m of ctx.modules.filter(m => m.home)) parts.push(...await m.home(ctx));
  const run = me.programs.filter(p => p.administers);
  if (run.length) {
    parts.push(section(t('home.programs'), h('ul', {class: 'links'}, run.map(p =>
      h('li', {}, h('a', {href: '#/admin/' + p.id, text: p.name}))))));
  }
  parts.push(yourData(ctx));
  clear(main, parts);
  await decorate(ctx, main);
}

/** The right of access: everything Tandem holds about the person, as one JSON file (/api/me/export). */
function yourData(ctx) {
  const box = messageBox();
  const download = async () => {
    try {
      await ctx.api.download('/me/export', 'tandem-my-data.json', 'application/json');
      box.show(t('home.data.done'), 'ok');
    } catch (e) {
      box.show(e.message);
    }
  };
  return section(t('home.data.title'), h('p', {text: t('home.data.text')}),
    h('div', {class: 'actions'}, h('button', {type: 'button', class: 'secondary', onclick: download, text: t('home.data.download')})),
    box);
}

/** A program that has me without a place: what the course sent, and whom to ask. */
function waiting(w) {
  const names = w.coordinators.join(', ');
  return h('div', {class: 'move'}, h('p', {text: t('home.waiting.text', {program: w.programName,
    roles: w.platformRoles || t('participant.noRoles')})}),
  h('p', {text: w.coordinators.length ? t('home.waiting.ask', {n: w.coordinators.length, names}) : t('home.waiting.nobody')}));
}

/** The mentors around a mentee: one card per mentor, naming the kind of mentoring they give. */
function network(ctx, rels) {
  const cards = rels.flatMap(r => r.members.filter(m => !m.me && m.role !== 'MENTEE').map(m =>
    card(ctx, r, m.displayName, m.mentorRole ? t('role.' + m.mentorRole) : t('role.peer'))));
  return cards.length ? h('ul', {class: 'cards'}, cards) : h('p', {text: t('home.mentors.none')});
}

function mentees(ctx, rels) {
  return h('ul', {class: 'cards'}, rels.map(r => {
    const names = r.members.filter(m => m.role !== 'MENTOR').map(m => m.displayName).join(', ');
    return card(ctx, r, names, r.title || r.programName);
  }));
}

function card(ctx, rel, title, subtitle) {
  const linked = ctx.routes.relationship;
  const name = linked ? h('a', {href: '#/relationship/' + rel.id, text: title}) : title;
  return h('li', {class: 'person-card', 'data-relationship': rel.id},
    h('span', {class: 'avatar', 'aria-hidden': 'true', text: initials(title)}),
    h('div', {}, h('h3', {}, name), h('p', {class: 'muted', text: subtitle}),
      h('p', {class: 'muted small', text: rel.programName || ''}), h('div', {class: 'badges'})));
}

function capacity(c) {
  if (!c.limit) return h('p', {class: 'muted', text: t('home.capacity.none', {used: c.used})});
  return h('div', {class: 'capacity'}, h('label', {for: 'capacity', text: t('home.capacity', {used: c.used, limit: c.limit})}),
    h('meter', {id: 'capacity', min: 0, max: c.limit, value: c.used, high: c.limit, optimum: 0}));
}

/** Phase and health badges come from the workflow feature, when it runs: one request per card, all at once. */
export async function decorate(ctx, root) {
  const withBadges = ctx.modules.filter(m => m.badges);
  await Promise.all([...root.querySelectorAll('[data-relationship]')].flatMap(li => withBadges.map(m =>
    m.badges(ctx, li.dataset.relationship).then(b => li.querySelector('.badges').append(...b), () => {}))));
}

function initials(name) {
  return name.split(/[\s,]+/).filter(Boolean).slice(0, 2).map(w => w[0].toUpperCase()).join('');
}
