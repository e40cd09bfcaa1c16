// The analytics dashboard: the summary API drawn as figures and charts for a chosen period.
import { api, el, requireSession, t, toast } from './session.js';

requireSession('SUPERVISOR', 'ADMIN');

const $ = id => document.getElementById(id);
const charts = {};
const NAMES = {
    anger: t('愤怒', 'anger'), anxiety: t('焦虑', 'anxiety'), disappointment: t('失望', 'disappointment'),
    confusion: t('困惑', 'confusion'), satisfaction: t('满意', 'satisfaction'), neutral: t('平静', 'neutral'),
    customer_request: t('客户要求人工', 'asked for a human'), negative_emotion: t('情绪激动', 'upset customer'),
    bot_failure: t('机器人未能解决', 'bot could not help'), high_risk: t('高风险', 'high risk'), policy: t('规则转人工', 'store policy')
};
const named = keys => keys.map(key => NAMES[key] || key);
const COLOURS = ['#0b5cad', '#d7261e', '#2e9d57', '#f08c00', '#7b5ea7', '#2f8fd8', '#8a94a3', '#b8860b', '#00838f', '#ad1457'];

function percent(value) {
    return value === null || value === undefined ? '—' : Math.round(value * 100) + '%';
}

function figure(label, value) {
    return el('div', { class: 'panel figure' }, el('div', { class: 'muted', text: label }), el('strong', { text: String(value) }));
}

function draw(id, type, labels, values) {
    if (charts[id]) charts[id].destroy();
    if (!window.Chart) return;
    charts[id] = new window.Chart($(id), {
        type,
        data: { labels, datasets: [{ data: values, backgroundColor: labels.map((_, i) => COLOURS[i % COLOURS.length]) }] },
        options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: type !== 'bar' } },
            indexAxis: type === 'bar' ? 'y' : undefined }
    });
}

function items(list, render) {
    return list.length ? list.map(render) : [el('li', { class: 'empty', text: t('暂无', 'Nothing yet') })];
}

async function show() {
    const query = new URLSearchParams();
    if ($('from').value) query.set('from', $('from').value);
    if ($('to').value) query.set('to', $('to').value);
    try {
        const summary = await api('/api/v1/analytics/summary?' + query);
        $('figures').replaceChildren(
            figure(t('会话', 'Conversations'), summary.conversations),
            figure(t('消息', 'Messages'), summary.messages),
            figure(t('机器人独立解决率', 'Contained by the bot'), percent(summary.containmentRate)),
            figure(t('转人工率', 'Handed to agents'), percent(summary.handoffRate)),
            figure(t('满意度', 'CSAT'), summary.csatAverage ? summary.csatAverage.toFixed(2) + ' / 5 (' + summary.csatCount + ')' : '—'),
            figure(t('机器人平均响应', 'Bot response'), summary.avgBotResponseMillis ? Math.round(summary.avgBotResponseMillis) + ' ms' : '—'),
            figure(t('人工首次响应', 'First agent response'), summary.avgFirstAgentResponseSeconds ? Math.round(summary.avgFirstAgentResponseSeconds) + ' s' : '—'));
        draw('intents-chart', 'bar', summary.topIntents.map(i => i.intent), summary.topIntents.map(i => i.count));
        draw('emotions-chart', 'doughnut', named(Object.keys(summary.emotionDistribution)), Object.values(summary.emotionDistribution));
        draw('handoffs-chart', 'doughnut', named(Object.keys(summary.handoffReasons)), Object.values(summary.handoffReasons));
        $('complaints').replaceChildren(...items(summary.complaintTopics || [], topic => el('li', {},
            el('div', { class: 'row' }, el('strong', { text: topic.label }), el('span', { class: 'badge', text: String(topic.count) })),
            el('p', { class: 'summary', text: (topic.examples || []).slice(0, 2).join(' / ') }))));
        $('unanswered').replaceChildren(...items(summary.topUnanswered || [], question => el('li', {},
            el('div', { class: 'row' }, el('span', { text: question.example }), el('span', { class: 'badge', text: String(question.count) })))));
    } catch (e) {
        toast(t('无法加载数据：', 'Could not load the figures: ') + e.message);
    }
}

$('period').addEventListener('submit', event => {
    event.preventDefault();
    show();
});
show();
