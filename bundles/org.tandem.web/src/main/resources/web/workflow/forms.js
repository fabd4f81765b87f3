// The forms of a relationship's page. Each keeps what was typed when the server refuses it and says
// why under the field's own label; the page reloads only after a success.
import {h, field, section, messageBox, values, explain, date} from '../dom.js';
import {t} from '../i18n.js';

const MODES = ['IN_PERSON', 'VIDEO', 'PHONE', 'MIXED'];

function form(onSubmit, ...kids) {
  const box = messageBox();
  const f = h('form', {class: 'grid', novalidate: true}, kids, box);
  f.addEventListener('submit', async e => {
    e.preventDefault();
    const button = f.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await onSubmit(values(f), f);
    } catch (err) {
      explain(box, err, f);
    } finally {
      button.disabled = false;
    }
  });
  return f;
}

const text = (name, label, value, opts = {}) => field(label, h(opts.long ? 'textarea' : 'input',
  {name, rows: opts.long ? 3 : false, required: opts.required, value: opts.long ? false : value ?? ''}, opts.long ? value ?? '' : null),
opts.hint);
const num = (name, label, value) => field(label, h('input', {name, type: 'number', inputmode: 'numeric', value: value ?? ''}));
const day = (name, label, value, required) => field(label, h('input', {name, type: 'date', value: value ?? '', required}));
const submit = label => h('div', {class: 'actions'}, h('button', {type: 'submit', text: label}));
const ints = (v, ...names) => { names.forEach(n => { v[n] = v[n] == null ? null : Number(v[n]); }); return v; };

export async function preparation(page) {
  const mine = await page.ctx.api.get(`${page.base}/preparation/${page.me}`).catch(e => (e.status === 404 ? null : Promise.reject(e)));
  const p = mine || {};
  const seeks = page.myRole !== 'MENTOR';
  const gives = page.myRole !== 'MENTEE';
  const f = form(async v => {
    await page.ctx.api.put(`${page.base}/preparation/me`, ints(v, 'capacity'));
    await page.reload();
  },
  seeks ? text('shortTermGoals', t('prep.shortTermGoals'), p.shortTermGoals, {long: true, required: true}) : null,
  seeks ? text('longTermGoals', t('prep.longTermGoals'), p.longTermGoals, {long: true, required: true}) : null,
  seeks ? text('objectives', t('prep.objectives'), p.objectives, {long: true, required: true, hint: t('prep.objectives.hint')}) : null,
  gives ? text('offers', t('prep.offers'), p.offers, {long: true, required: true}) : null,
  gives ? num('capacity', t('prep.capacity'), p.capacity) : null,
  text('values', t('prep.values'), p.values),
  text('workStyle', t('prep.workStyle'), p.workStyle),
  seeks ? text('developmentNeeds', t('prep.developmentNeeds'), p.developmentNeeds, {long: true}) : null,
  submit(mine ? t('prep.update') : t('prep.save')));
  const parts = [h('p', {class: mine ? 'ready' : 'hint', text: mine ? t('prep.done') : t('prep.intro')}), f];
  if (page.myRole === 'MENTOR') {
    const box = messageBox();
    parts.push(h('h3', {text: t('prep.acceptTitle')}), h('p', {class: 'hint', text: t('prep.acceptHint')}),
      h('button', {type: 'button', text: t('prep.accept'), onclick: async () => {
        try {
          await page.ctx.api.post(`${page.base}/preparation/acceptance`);
          await page.reload();
        } catch (err) {
          box.show(err.message, 'error', err.details);
        }
      }}), box);
  }
  return section(t('prep.title'), parts);
}

const AGREEMENT = [['purpose', true], ['goals', true], ['roles', true], ['confidentiality', true],
  ['confidentialityExceptions', true], ['boundaries', true], ['feedbackNorms', true], ['problemResolution', true]];

export async function agreement(page) {
  const api = page.ctx.api;
  const current = await api.get(`${page.base}/agreement`).catch(e => (e.status === 404 ? null : Promise.reject(e)));
  const c = current?.content || {};
  const names = Object.fromEntries((page.rel.members || []).map(m => [m.personId, m.displayName]));
  const parts = [];
  if (current) {
    const signed = current.signedBy || [];
    parts.push(h('p', {class: 'muted', text: t('agr.revision', {n: current.revision, date: date(current.createdAt, page.ctx.locale)})}),
      h('dl', {class: 'agreement'}, AGREEMENT.filter(([k]) => c[k]).map(([k]) => [h('dt', {text: t('agr.' + k)}), h('dd', {text: c[k]})]),
        h('dt', {text: t('agr.cadence')}), h('dd', {text: t('agr.cadenceText', {days: c.meetingEveryDays ?? '?',
          minutes: c.meetingMinutes ?? '?', mode: c.meetingMode ? t('mode.' + c.meetingMode) : '?'})}),
        c.endsOn ? [h('dt', {text: t('agr.period')}), h('dd', {text: c.startsOn
          ? date(c.startsOn, page.ctx.locale) + ' – ' + date(c.endsOn, page.ctx.locale)
          : t('agr.until', {date: date(c.endsOn, page.ctx.locale)})})] : null),
      h('p', {class: 'signatures'}, t('agr.signedBy'), ' ', signed.length ? signed.map(id => names[id] || id).join(', ') : t('agr.nobody')));
    if (page.myRole && !signed.includes(page.me)) {
      const box = messageBox();
      parts.push(h('button', {type: 'button', class: 'primary', text: t('agr.sign', {n: current.revision}), onclick: async () => {
        try {
          await api.post(`${page.base}/agreement/signatures`, {revision: current.revision});
          await page.reload();
        } catch (err) {
          box.show(err.message, 'error', err.details);
        }
      }}), box);
    }
  } else {
    parts.push(h('p', {class: 'hint', text: t('agr.none')}));
  }
  if (page.myRole) {
    const f = form(async v => {
      const content = ints({...v}, 'meetingEveryDays', 'meetingMinutes', 'responseHours');
      delete content.changeNote;
      await api.put(`${page.base}/agreement`, {content, changeNote: v.changeNote, revision: current ? current.revision : 0});
      await page.reload();
    },
    AGREEMENT.map(([k]) => text(k, t('agr.' + k), c[k], {long: true})),
    num('meetingEveryDays', t('agr.meetingEveryDays'), c.meetingEveryDays),
    num('meetingMinutes', t('agr.meetingMinutes'), c.meetingMinutes),
    field(t('agr.meetingMode'), h('select', {name: 'meetingMode'}, h('option', {value: '', text: '—'}),
      MODES.map(m => h('option', {value: m, selected: c.meetingMode === m, text: t('mode.' + m)})))),
    num('responseHours', t('agr.responseHours'), c.responseHours),
    day('startsOn', t('agr.startsOn'), c.startsOn), day('endsOn', t('agr.endsOn'), c.endsOn),
    day('midpointReviewOn', t('agr.midpointReviewOn'), c.midpointReviewOn),
    current ? text('changeNote', t('agr.changeNote'), '', {hint: t('agr.changeNote.hint')}) : null,
    submit(current ? t('agr.amend') : t('agr.write')));
    parts.push(h('details', {open: !current}, h('summary', {text: current ? t('agr.edit') : t('agr.draft')}), f));
  }
  if (current && current.revision > 1) {
    const revisions = await api.get(`${page.base}/agreement/history`);
    parts.push(h('details', {}, h('summary', {text: t('agr.history')}), h('ol', {class: 'timeline'}, revisions.map(r =>
      h('li', {text: t('agr.revisionBy', {n: r.revision, who: names[r.authorId] || '?', date: date(r.createdAt, page.ctx.locale)})
        + (r.changeNote ? ' — ' + r.changeNote : '')})))));
  }
  return section(t('agr.title'), parts);
}

export async function goals(page) {
  const api = page.ctx.api;
  const list = await api.get(`${page.base}/goals`);
  const items = list.map(g => {
    const box = messageBox();
    const id = 'goal-' + g.id;
    const input = h('input', {type: 'number', min: 0, max: 100, step: 5, value: g.progress, 'aria-label': t('goal.progressOf', {title: g.title})});
    return h('li', {class: 'goal'}, h('h3', {id, text: g.title}),
      h('p', {class: 'muted', text: t('goal.measure') + ': ' + g.measure + ' · ' + t('goal.due', {date: date(g.dueOn, page.ctx.locale)})}),
      h('div', {class: 'progress'}, h('progress', {max: 100, value: g.progress, 'aria-labelledby': id}),
        h('span', {text: t('goal.percent', {n: g.progress})})),
      page.myRole ? h('div', {class: 'inline'}, input, h('button', {type: 'button', class: 'small', text: t('goal.update'), onclick: async () => {
        try {
          await api.put(`${page.base}/goals/${g.id}`, {...g, progress: Number(input.value)});
          await page.reload();
        } catch (err) {
          box.show(err.message, 'error', err.details);
        }
      }})) : null, box);
  });
  const add = page.myRole ? h('details', {open: !list.length}, h('summary', {text: t('goal.add')}), form(async v => {
    await api.post(`${page.base}/goals`, {...v, ownerId: page.me, progress: 0});
    await page.reload();
  }, h('p', {class: 'hint', text: t('goal.smart')}),
  text('title', t('goal.title'), '', {required: true, hint: t('goal.title.hint')}),
  text('measure', t('goal.measure'), '', {required: true, hint: t('goal.measure.hint')}),
  text('actions', t('goal.actions'), '', {long: true}),
  text('relevance', t('goal.relevance'), ''),
  day('dueOn', t('goal.dueOn'), '', true),
  submit(t('goal.save')))) : null;
  return section(t('goal.section'), list.length ? h('ul', {class: 'goals'}, items) : h('p', {class: 'hint', text: t('goal.none')}), add);
}

export async function meetings(page) {
  const api = page.ctx.api;
  const list = await api.get(`${page.base}/meetings`);
  const notes = await Promise.all(list.map(m => (page.myRole ? api.get(`${page.base}/meetings/${m.id}/private-note`)
    .then(n => n.note, () => null) : null)));
  const items = list.map((m, i) => {
    const box = messageBox();
    const held = m.status === 'PLANNED' && page.myRole ? h('button', {type: 'button', class: 'small', text: t('meeting.markHeld'),
      onclick: async () => {
        try {
          await api.put(`${page.base}/meetings/${m.id}`, {...m, status: 'HELD'});
          await page.reload();
        } catch (err) {
          box.show(err.message, 'error', err.details);
        }
      }}) : null;
    return h('li', {class: 'meeting'},
      h('h3', {text: new Date(m.startsAt).toLocaleString(page.ctx.locale, {dateStyle: 'medium', timeStyle: 'short'})
        + ' · ' + t('meeting.' + m.status)}),
      h('p', {class: 'muted', text: t('mode.' + m.mode) + ' · ' + t('meeting.minutesN', {n: m.minutes})}),
      m.location ? h('p', {}, h('strong', {text: t('meeting.location') + ': '}), /^https?:\/\//.test(m.location)
        ? h('a', {href: m.location, target: '_blank', rel: 'noopener', text: m.location}) : m.location) : null,
      m.agenda ? h('p', {}, h('strong', {text: t('meeting.agenda') + ': '}), m.agenda) : null,
      m.sharedNotes ? h('p', {}, h('span', {class: 'tag shared', text: t('meeting.sharedTag')}), ' ', m.sharedNotes) : null,
      notes[i] ? h('p', {}, h('span', {class: 'tag private', text: t('meeting.privateTag')}), ' ', notes[i]) : null,
      m.nextSteps ? h('p', {}, h('strong', {text: t('meeting.nextSteps') + ': '}), m.nextSteps) : null, held, box);
  });
  const add = page.myRole ? h('details', {open: !list.length}, h('summary', {text: t('meeting.add')}), form(async v => {
    const note = v.privateNote;
    delete v.privateNote;
    const when = v.startsAt ? new Date(v.startsAt) : null;
    const created = await api.post(`${page.base}/meetings`, {...ints(v, 'minutes'),
      startsAt: when && !isNaN(when) ? when.toISOString() : v.startsAt});
    if (note) await api.put(`${page.base}/meetings/${created.id}/private-note`, {note});
    await page.reload();
  },
  field(t('meeting.when'), h('input', {name: 'startsAt', type: 'datetime-local', required: true})),
  num('minutes', t('meeting.minutes'), 45),
  field(t('meeting.mode'), h('select', {name: 'mode'}, MODES.map(m => h('option', {value: m, text: t('mode.' + m)})))),
  field(t('meeting.status'), h('select', {name: 'status'}, ['HELD', 'PLANNED'].map(s => h('option', {value: s, text: t('meeting.log.' + s)})))),
  text('location', t('meeting.location'), '', {hint: t('meeting.location.hint')}),
  text('agenda', t('meeting.agenda'), ''),
  text('sharedNotes', t('meeting.sharedNotes'), '', {long: true, hint: t('meeting.sharedNotes.hint')}),
  text('nextSteps', t('meeting.nextSteps'), '', {long: true}),
  text('privateNote', t('meeting.privateNote'), '', {long: true, hint: t('meeting.privateNote.hint')}),
  submit(t('meeting.save')))) : null;
  return section(t('meeting.section'), list.length ? h('ul', {class: 'meetings'}, items) : h('p', {class: 'hint', text: t('meeting.none')}), add);
}
