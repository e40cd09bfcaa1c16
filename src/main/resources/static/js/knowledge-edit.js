// Creating or editing one knowledge entry through the API, with its version history and rollback.
import { api, el, requireSession, t, toast } from './session.js';

requireSession('SUPERVISOR', 'ADMIN');

const form = document.getElementById('entry');
const errors = document.getElementById('entry-errors');
const params = new URLSearchParams(location.search);
let entryId = params.get('id');

function fill(entry) {
    form.id.value = entry.id;
    form.id.readOnly = true;
    form.language.value = entry.language;
    form.questions.value = entry.questions.join('\n');
    form.answer.value = entry.answer;
    form.category.value = entry.category || '';
    form.tags.value = (entry.tags || []).join(', ');
    form.status.value = entry.status || 'PUBLISHED';
    document.getElementById('edit-heading').textContent = t('编辑知识：', 'Edit entry: ') + entry.id;
}

function entryFromForm() {
    const lines = text => text.split('\n').map(line => line.trim()).filter(Boolean);
    return {
        id: form.id.value.trim() || 'faq-' + Date.now().toString(36),
        language: form.language.value,
        questions: lines(form.questions.value),
        answer: form.answer.value.trim(),
        category: form.category.value.trim() || null,
        tags: form.tags.value.split(/[,，]/).map(tag => tag.trim()).filter(Boolean),
        status: form.status.value
    };
}

function showErrors(list) {
    errors.replaceChildren(...list.map(text => el('li', { text })));
    errors.hidden = list.length === 0;
}

form.addEventListener('submit', async event => {
    event.preventDefault();
    const entry = entryFromForm();
    const missing = [];
    if (!entry.questions.length) missing.push(t('至少填写一个问题。', 'Give at least one question.'));
    if (!entry.answer) missing.push(t('请填写答案。', 'Write the answer.'));
    showErrors(missing);
    if (missing.length) return;
    try {
        await api('/api/v1/knowledge', { method: 'PUT', body: [entry] });
        toast(t('已保存', 'Saved'));
        entryId = entry.id;
        history.replaceState(null, '', '?id=' + encodeURIComponent(entryId));
        await load();
    } catch (e) {
        showErrors(e.errors.length ? e.errors.map(error => error.field.replace(/^\[0\]\.?/, '') + ': ' + error.message) : [e.message]);
    }
});

async function load() {
    if (!entryId) {
        if (params.get('question')) form.questions.value = params.get('question');
        if (params.get('language')) form.language.value = params.get('language');
        return;
    }
    try {
        fill(await api('/api/v1/knowledge/' + encodeURIComponent(entryId)));
        renderVersions(await api('/api/v1/knowledge/' + encodeURIComponent(entryId) + '/versions'));
    } catch (e) {
        showErrors([e.message]);
    }
}

function renderVersions(versions) {
    document.getElementById('history').hidden = false;
    const current = versions.length ? versions[0].version : 0;
    document.getElementById('versions').replaceChildren(...versions.map(version => el('tr', { 'data-version': version.version },
        el('td', { text: 'v' + version.version }),
        el('td', { text: version.change }),
        el('td', { text: version.changedBy || '' }),
        el('td', { text: new Date(version.changedAt).toLocaleString() }),
        el('td', { text: version.entry ? version.entry.answer.slice(0, 120) : '' }),
        el('td', {}, version.version === current ? el('span', { class: 'badge', text: t('当前', 'current') })
            : el('button', { type: 'button', class: 'secondary', text: t('回滚到此版本', 'Roll back to this'),
                'aria-label': t('回滚到版本 ', 'Roll back to version ') + version.version, onclick: () => rollback(version.version) })))));
}

async function rollback(version) {
    try {
        await api('/api/v1/knowledge/' + encodeURIComponent(entryId) + '/rollback', { method: 'POST', body: { version } });
        toast(t('已回滚到版本 ', 'Rolled back to version ') + version);
        await load();
    } catch (e) {
        toast(e.message);
    }
}

load();
