// The feedback feature's pages: the forms addressed to me (drafts kept, submitted once), and for a
// program's administrators the results per competency, never below the minimum group size.
import {h, clear, section, messageBox, explain, date} from '../dom.js';
import {t, lang} from '../i18n.js';
import {bars} from '../charts.js';

export default {
  nav: () => [{href: '#/feedback', label: t('nav.feedback')}],
  routes: {feedback: render},
  home,
  admin: adminSections,
  exports,
};

const local = v => (v && typeof v === 'object' ? v[lang()] || v.en || Object.values(v)[0] : v);

async function home(ctx) {
  const due = (await ctx.api.get('/feedback/forms')).filter(f => f.open && f.status !== 'SUBMITTED');
  if (!due.length) return [];
  return [section(t('fb.due'), list(ctx, due))];
}

function list(ctx, forms) {
  return h('ul', {class: 'links'}, forms.map(f => h('li', {},
    h('a', {href: '#/feedback/' + f.id, text: f.title}), ' ',
    h('span', {class: 'badge', text: t('fb.status.' + f.status)}),
    f.closesAt ? h('span', {class: 'muted', text: ' · ' + t('fb.closes', {date: date(f.closesAt, ctx.locale)})}) : null)));
}

async function render(ctx, main, id) {
  if (!id) {
    const all = await ctx.api.get('/feedback/forms');
    clear(main, h('h1', {text: t('fb.title')}), all.length ? list(ctx, all) : h('p', {text: t('fb.none')}));
    return;
  }
  const f = await ctx.api.get('/feedback/forms/' + encodeURIComponent(id));
  const answers = f.answers || {};
  const box = messageBox();
  const form = h('form', {class: 'feedback', novalidate: true}, f.questions.map(q => question(q, answers[q.id])), box,
    h('div', {class: 'actions'}, h('button', {type: 'button', text: t('fb.draft'), onclick: () => send(false)}),
      h('button', {type: 'submit', class: 'primary', text: t('fb.submit')})));
  const send = async final => {
    try {
      const body = {answers: collect(form, f.questions)};
      await (final ? ctx.api.post : ctx.api.put).call(ctx.api, `/feedback/forms/${f.id}/response`, body);
      box.show(final ? t('fb.submitted') : t('fb.saved'), 'ok');
      if (final) form.querySelectorAll('button').forEach(b => { b.disabled = true; });
    } catch (err) {
      explain(box, err, form);
    }
  };
  form.addEventListener('submit', e => { e.preventDefault(); send(true); });
  clear(main, h('h1', {text: f.title}), h('p', {class: 'hint', text: t('fb.visibility.' + f.visibility)}),
    f.submitted ? h('p', {class: 'ready', text: t('fb.alreadySubmitted')}) : form);
}

function question(q, answer) {
  const label = local(q.label) + (q.required ? ' *' : '');
  const help = q.help && local(q.help) ? h('p', {class: 'hint', text: local(q.help)}) : null;
  const group = (...kids) => h('fieldset', {class: 'question', 'data-field': q.id}, h('legend', {text: label}), help, kids);
  const radios = (name, choices, checked) => h('div', {class: 'choices'}, choices.map(([value, text]) => h('label', {class: 'choice'},
    h('input', {type: 'radio', name, value, checked: String(checked) === String(value)}), ' ', text)));
  switch (q.type) {
    case 'LIKERT': return group(radios(q.id, scale(q), answer));
    case 'YES_NO': return group(radios(q.id, [['true', t('fb.yes')], ['false', t('fb.no')]], answer));
    case 'SINGLE_CHOICE': return group(radios(q.id, Object.entries(q.options).map(([k, v]) => [k, local(v)]), answer));
    case 'MULTIPLE_CHOICE': return group(h('div', {class: 'choices'}, Object.entries(q.options).map(([k, v]) => h('label', {class: 'choice'},
      h('input', {type: 'checkbox', name: q.id, value: k, checked: (answer || []).includes(k)}), ' ', local(v)))));
    case 'RATING_MATRIX': return group(Object.entries(q.rows).map(([row, text]) => h('fieldset', {class: 'row'},
      h('legend', {text: local(text)}), radios(q.id + '::' + row, scale(q), (answer || {})[row]))));
    case 'LONG_TEXT': return group(h('textarea', {name: q.id, rows: 4, 'aria-label': local(q.label)}, answer || ''));
    default: return group(h('input', {name: q.id, value: answer || '', 'aria-label': local(q.label)}));
  }
}

function scale(q) {
  return Array.from({length: q.points}, (_, i) => [String(i + 1), String(i + 1) + (q.anchors?.[i + 1] ? ' — ' + local(q.anchors[i + 1]) : '')]);
}

function collect(form, questions) {
  const out = {};
  for (const q of questions) {
    const checked = name => form.querySelector(`input[name="${CSS.escape(name)}"]:checked`)?.value;
    let v;
    if (q.type === 'LIKERT') v = checked(q.id) && Number(checked(q.id));
    else if (q.type === 'YES_NO') v = checked(q.id) && checked(q.id) === 'true';
    else if (q.type === 'SINGLE_CHOICE') v = checked(q.id);
    else if (q.type === 'MULTIPLE_CHOICE') v = [...form.querySelectorAll(`input[name="${CSS.escape(q.id)}"]:checked`)].map(i => i.value);
    else if (q.type === 'RATING_MATRIX') {
      v = {};
      Object.keys(q.rows).forEach(r => { const c = checked(q.id + '::' + r); if (c) v[r] = Number(c); });
    } else v = form.elements[q.id].value.trim() || undefined;
    if (q.type === 'YES_NO' && checked(q.id) === undefined) v = undefined;
    if (v !== undefined && v !== null && !(Array.isArray(v) && !v.length)) out[q.id] = v;
  }
  return out;
}

async function aggregateTemplates(ctx, state) {
  const templates = (await ctx.api.get('/feedback/templates')).filter(x => x.visibility === 'ADMINS_AGGREGATE');
  const results = await Promise.all(templates.map(x => ctx.api.get(
    `/programs/${encodeURIComponent(state.program.id)}/feedback/results?template=${encodeURIComponent(x.key)}`).catch(() => null)));
  return templates.map((x, i) => ({template: x, results: results[i]})).filter(r => r.results && r.results.respondents > 0);
}

async function adminSections(ctx, state) {
  const found = await aggregateTemplates(ctx, state);
  state.feedbackResults = found;
  if (!found.length) return [section(t('fb.results'), h('p', {class: 'hint', text: t('fb.results.none')}))];
  return [section(t('fb.results'), found.map(({template, results}) => bars(local(template.title) + ' · ' +
    t('fb.respondents', {n: results.respondents}), results.competencies.map(c => ({label: c.name, value: c.mean,
    note: t('fb.withheld', {k: results.minimumGroupSize})})), {max: 7, format: v => v.toFixed(1),
    caption: t('fb.kAnon', {k: results.minimumGroupSize})})))];
}

function exports(ctx, state, get) {
  return (state.feedbackResults || []).map(({template}) => h('button', {type: 'button', text: t('export.feedback', {title: local(template.title)}),
    onclick: get(`/programs/${state.program.id}/feedback/results?template=${template.key}&format=csv`, template.key + '-results.csv', 'text/csv')}));
}
