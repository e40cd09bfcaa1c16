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

const REASONS = {
    negative_emotion: t('负面情绪', 'upset'), emotion_rising: t('情绪升级', 'getting angrier'), high_risk_words: t('高风险表述', 'harm, fraud or legal words'),
    repeat_contact: t('反复联系', 'repeat contacts'), delivery_delay: t('物流延误', 'late delivery'), refund_refused: t('退款被拒', 'refund refused'),
    vip: t('VIP 客户', 'VIP')
};
const CATEGORIES = {
    greeting: t('问候', 'greeting'), empathy: t('共情', 'empathy'), accuracy: t('准确', 'accuracy'), resolution: t('解决', 'resolution'),
    responsiveness: t('响应', 'responsiveness'), compliance: t('合规', 'compliance')
};
const RULES = {
    stalled_shipment: t('物流停滞提醒', 'Stalled shipment'), unpaid_order: t('未付款提醒', 'Unpaid order'),
    service_recovery: t('投诉后致歉券', 'Service recovery coupon')
};
// Rows of each table as shown, kept for its CSV export.
const tables = {};

function fill(id, header, rows) {
    tables[id] = { header, rows };
    $(id).querySelector('tbody').replaceChildren(...(rows.length ? rows.map(row => el('tr', {}, ...row.map(cell => el('td', { text: String(cell ?? '') }))))
        : [el('tr', {}, el('td', { class: 'empty', text: t('暂无', 'Nothing yet') }))]));
}

function csv(id) {
    const table = tables[id];
    if (!table) return;
    const quote = value => '"' + String(value ?? '').replaceAll('"', '""') + '"';
    const text = [table.header, ...table.rows].map(row => row.map(quote).join(',')).join('\r\n');
    const link = el('a', { href: URL.createObjectURL(new Blob(['\ufeff' + text], { type: 'text/csv' })), download: id + '.csv' });
    document.body.append(link);
    link.click();
    link.remove();
}

document.querySelectorAll('[data-csv]').forEach(button => button.addEventListener('click', () => csv(button.dataset.csv)));

async function showInsight(query) {
    const [topics, risk, quality, satisfaction, proactive] = await Promise.all([api('/api/v1/analytics/topics?' + query),
        api('/api/v1/analytics/at-risk'), api('/api/v1/analytics/quality?' + query), api('/api/v1/analytics/satisfaction?' + query),
        api('/api/v1/analytics/proactive?' + query)]);
    const shown = topics.slice(0, 10);
    if (charts['topics-chart']) charts['topics-chart'].destroy();
    if (window.Chart) {
        charts['topics-chart'] = new window.Chart($('topics-chart'), { type: 'bar',
            data: { labels: shown.map(topic => topic.label), datasets: [
                { label: t('本期', 'Now'), data: shown.map(topic => topic.count), backgroundColor: shown.map(topic => topic.spike ? COLOURS[1] : COLOURS[0]) },
                { label: t('上期', 'Before'), data: shown.map(topic => topic.previousCount), backgroundColor: COLOURS[6] }] },
            options: { animation: false, maintainAspectRatio: false, indexAxis: 'y' } });
    }
    fill('topics-table', [t('话题', 'Topic'), t('本期', 'Now'), t('上期', 'Before'), t('激增', 'Spike'), 'SKU', t('承运商', 'Carriers'), t('示例', 'Examples')],
        topics.map(topic => [topic.label, topic.count, topic.previousCount, topic.spike ? t('是', 'yes') : '', topic.skus.join(' '),
            topic.carriers.join(' '), topic.examples.join(' / ')]));
    fill('risk-table', [t('风险', 'Risk'), t('原因', 'Why'), t('会话', 'Conversation'), t('订单', 'Order'), t('客户', 'Customer')],
        risk.map(entry => [entry.score.toFixed(2), entry.reasons.map(reason => REASONS[reason] || reason).join('、'), entry.conversationId,
            entry.orderId, entry.customerId]));
    fill('quality-table', [t('客服', 'Agent'), t('得分', 'Score'), t('会话', 'Conversation'), t('问题', 'Findings')],
        quality.map(review => [review.agent, review.score, review.conversationId, review.findings.map(finding =>
            (CATEGORIES[finding.category] || finding.category) + ': ' + finding.note + (finding.disputed ? t('（已申诉）', ' (disputed)') : '')).join('; ')]));
    fill('satisfaction-table', [t('会话', 'Conversation'), t('客户', 'Customer'), t('预测', 'Predicted'), t('实际评分', 'Rated')],
        satisfaction.map(entry => [entry.conversationId, entry.customerId, entry.predicted, entry.actual]));
    fill('proactive-table', [t('规则', 'Rule'), t('发送', 'Sent'), t('回复', 'Replied'), t('转化', 'Converted')],
        [...proactive.rules.map(rule => [RULES[rule.rule] || rule.rule, rule.sent, rule.replied, rule.converted]),
            [t('合计', 'Total'), proactive.sent, proactive.replied, proactive.converted]]);
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
            figure(t('持久解决率（7 天未再联系）', 'Durably contained (no return in 7 days)'), percent(summary.durableContainmentRate)),
            figure(t('转人工率', 'Handed to agents'), percent(summary.handoffRate)),
            figure(t('满意度', 'CSAT'), summary.csatAverage ? summary.csatAverage.toFixed(2) + ' / 5 (' + summary.csatCount + ')' : '—'),
            figure(t('预测满意度（全部会话）', 'Predicted CSAT (every conversation)'), summary.predictedCsatAverage ? summary.predictedCsatAverage.toFixed(2) + ' / 5' : '—'),
            figure(t('机器人平均响应', 'Bot response'), summary.avgBotResponseMillis ? Math.round(summary.avgBotResponseMillis) + ' ms' : '—'),
            figure(t('人工首次响应', 'First agent response'), summary.avgFirstAgentResponseSeconds ? Math.round(summary.avgFirstAgentResponseSeconds) + ' s' : '—'));
        draw('intents-chart', 'bar', summary.topIntents.map(i => i.intent), summary.topIntents.map(i => i.count));
        draw('emotions-chart', 'doughnut', named(Object.keys(summary.emotionDistribution)), Object.values(summary.emotionDistribution));
        draw('handoffs-chart', 'doughnut', named(Object.keys(summary.handoffReasons)), Object.values(summary.handoffReasons));
        $('complaints').replaceChildren(...items(summary.complaintTopics || [], topic => el('li', {},
            el('div', { class: 'row' }, el('strong', { text: topic.label }), el('span', { class: topic.spike ? 'badge alert' : 'badge', text: String(topic.count) })),
            el('p', { class: 'summary', text: (topic.examples || []).slice(0, 2).join(' / ') }))));
        $('unanswered').replaceChildren(...items(summary.topUnanswered || [], question => el('li', {},
            el('div', { class: 'row' }, el('span', { text: question.example }), el('span', { class: 'badge', text: String(question.count) })))));
        await showInsight(query);
    } catch (e) {
        toast(t('无法加载数据：', 'Could not load the figures: ') + e.message);
    }
}

$('period').addEventListener('submit', event => {
    event.preventDefault();
    show();
});
show();
