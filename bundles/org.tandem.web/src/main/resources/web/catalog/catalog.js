// The catalog feature's pages: my training (what my programs require or recommend, what I have done,
// suggestions with their reason, recording a completion) and, for administrators, the requirements.
import {h, clear, section, messageBox, field, values, explain, date} from '../dom.js';
import {t} from '../i18n.js';

export default {
  nav: () => [{href: '#/training', label: t('nav.training')}],
  routes: {training: render},
  home,
  admin: adminSections,
  exports: (ctx, state, get) => [h('button', {type: 'button', text: t('export.catalog'),
    onclick: get('/catalog/courses/export?format=csv', 'tandem-catalog.csv', 'text/csv')})],
};

const mine = ctx => ctx.api.get(`/people/${encodeURIComponent(ctx.me.person.id)}/training`);

async function home(ctx) {
  const training = await mine(ctx);
  const open = training.due.filter(d => !d.done);
  if (!open.length && !training.suggested.length) return [];
  return [section(t('cat.home'), dueList(open), training.suggested.length
    ? h('p', {}, h('a', {href: '#/training', text: t('cat.suggestions', {n: training.suggested.length})})) : null)];
}

function dueList(due) {
  if (!due.length) return h('p', {class: 'ready', text: t('cat.allDone')});
  return h('ul', {class: 'checklist'}, due.map(d => h('li', {class: d.done ? 'done' : ''},
    h('strong', {text: d.courseTitle}), ' · ', t('cat.kind.' + d.kind), ' · ', h('span', {class: 'muted', text: d.programName}),
    d.done ? h('span', {class: 'badge ok', text: t('cat.done')}) : null)));
}

async function render(ctx, main) {
  const [training, courses] = await Promise.all([mine(ctx), ctx.api.get('/catalog/courses')]);
  const title = Object.fromEntries(courses.map(c => [c.id, c.title]));
  const box = messageBox();
  const f = h('form', {class: 'grid', novalidate: true},
    field(t('cat.course'), h('select', {name: 'courseId'}, courses.map(c => h('option', {value: c.id, text: c.title})))),
    field(t('cat.completedOn'), h('input', {name: 'completedOn', type: 'date', required: true})),
    field(t('cat.evidence'), h('input', {name: 'evidence'}), t('cat.evidence.hint')),
    h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('cat.record')})), box);
  f.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await ctx.api.post(`/people/${encodeURIComponent(ctx.me.person.id)}/training/completions`, values(f));
      await ctx.refresh(t('cat.recorded'));
    } catch (err) {
      explain(box, err, f);
    }
  });
  clear(main, h('h1', {text: t('cat.title')}),
    section(t('cat.due'), dueList(training.due)),
    section(t('cat.completions'), training.completions.length ? h('ul', {class: 'links'}, training.completions.map(c => h('li', {},
      h('strong', {text: title[c.courseId] || c.courseId}), ' · ', date(c.completedOn, ctx.locale), ' · ',
      h('span', {class: 'badge' + (c.valid ? ' ok' : ''), text: t('cat.status.' + c.status)}),
      c.expiresOn ? h('span', {class: 'muted', text: ' · ' + t('cat.expires', {date: date(c.expiresOn, ctx.locale)})}) : null)))
      : h('p', {class: 'hint', text: t('cat.completions.none')})),
    training.suggested.length ? section(t('cat.suggested'), h('ul', {class: 'links'}, training.suggested.map(s =>
      h('li', {}, h('strong', {text: s.courseTitle}), h('span', {class: 'muted', text: ' — ' + s.why}))))) : null,
    section(t('cat.recordTitle'), f));
}

async function adminSections(ctx, state) {
  const id = encodeURIComponent(state.program.id);
  const [reqs, courses] = await Promise.all([ctx.api.get(`/programs/${id}/training-requirements`), ctx.api.get('/catalog/courses')]);
  const box = messageBox();
  const f = h('form', {class: 'grid', novalidate: true},
    field(t('cat.course'), h('select', {name: 'courseId'}, courses.map(c => h('option', {value: c.id, text: c.title})))),
    field(t('cat.audience'), h('select', {name: 'audience'}, ['MENTORS', 'MENTEES', 'BOTH'].map(a => h('option', {value: a, text: t('cat.audience.' + a)})))),
    field(t('cat.kindLabel'), h('select', {name: 'kind'}, ['REQUIRED_BEFORE_ENABLING', 'RECOMMENDED'].map(k => h('option', {value: k, text: t('cat.kind.' + k)})))),
    h('div', {class: 'actions'}, h('button', {type: 'submit', text: t('cat.addRequirement')})), box);
  const item = r => h('li', {text: r.courseTitle + ' · ' + t('cat.audience.' + r.audience) + ' · ' + t('cat.kind.' + r.kind)});
  const list = h('ul', {class: 'checklist'}, reqs.map(item));
  const none = h('p', {class: 'hint', text: t('cat.requirements.none')});
  none.hidden = !!reqs.length;
  f.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      const r = await ctx.api.post(`/programs/${id}/training-requirements`, values(f));
      list.append(item(r));
      none.hidden = true;
      box.show(t('saved'), 'ok');
    } catch (err) {
      explain(box, err, f);
    }
  });
  return [section(t('cat.requirements'), none, list, f)];
}
