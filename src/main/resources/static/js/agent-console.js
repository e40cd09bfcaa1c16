// The agent console: the queue, my conversations, the open conversation with its handoff card,
// live over two sockets (the agent feed and the open conversation's feed).
import { api, duration, el, requireSession, t, toast } from './session.js';
import { LiveSocket } from './live-socket.js';

const session = requireSession('AGENT', 'SUPERVISOR', 'ADMIN');
const $ = id => document.getElementById(id);

const REASONS = {
    customer_request: t('客户要求人工', 'asked for a human'),
    negative_emotion: t('情绪激动', 'upset customer'),
    bot_failure: t('机器人未能解决', 'bot could not help'),
    high_risk: t('高风险', 'high risk'),
    policy: t('规则转人工', 'store policy')
};
const EMOTIONS = {
    anger: t('愤怒', 'anger'), anxiety: t('焦虑', 'anxiety'), disappointment: t('失望', 'disappointment'),
    confusion: t('困惑', 'confusion'), satisfaction: t('满意', 'satisfaction'), neutral: t('平静', 'neutral')
};
const TRENDS = { rising: t('上升', 'rising'), steady: t('平稳', 'steady'), falling: t('缓和', 'falling') };
const EMOTION_COLOURS = {
    anger: '#d7261e', anxiety: '#f08c00', disappointment: '#7b5ea7', confusion: '#2f8fd8', satisfaction: '#2e9d57', neutral: '#8a94a3'
};

const state = {
    openId: null,
    shown: new Set(),
    unread: new Map(),
    queue: [],
    queueLoadedAt: Date.now(),
    conversationSocket: null,
    chart: null
};
// the label's text comes from the page's message bundle (zh or en), like every other text of the page
const AI_LABEL = $('console').dataset.aiLabel;
const baseTitle = document.title;
// the emotion chart sits inside the card, right under the emotion line; the card is redrawn often
const chartBox = $('chart-box');

// ---- presence and the agent feed -------------------------------------------------------------

const presence = $('presence');
presence.value = sessionStorage.getItem('kefu.presence') || 'ONLINE';
presence.addEventListener('change', async () => {
    sessionStorage.setItem('kefu.presence', presence.value);
    await setPresence();
});

// posts go one after another, so a quick change right after loading cannot be overtaken by the
// initial post on another connection: the agent's last choice is what the server keeps
let presencePosted = Promise.resolve();

function setPresence() {
    presencePosted = presencePosted.then(async () => {
        try {
            await api('/api/v1/agent/status', { method: 'POST', body: { status: presence.value } });
        } catch (e) {
            toast(t('状态更新失败：', 'Could not set the status: ') + e.message);
        }
    });
    return presencePosted;
}

const feed = new LiveSocket(() => '/ws/agent?token=' + encodeURIComponent(session.token), {
    onFrame: onFeedFrame,
    onOpen: () => { loadQueue(); loadMine(); },
    heartbeatSeconds: 20
});

function onFeedFrame(frame) {
    switch (frame.type) {
        case 'queue':
            loadQueue();
            notify();
            break;
        case 'assigned':
            loadQueue();
            loadMine();
            notify();
            if (frame.conversationId !== state.openId && frame.conversationId !== state.accepting) toast(t('有新的会话分配给您', 'A conversation was assigned to you'));
            break;
        case 'unassigned':
        case 'closed':
            loadMine();
            if (frame.conversationId === state.openId) closeView();
            break;
        case 'message':
            if (frame.conversationId !== state.openId || document.hidden) {
                state.unread.set(frame.conversationId, (state.unread.get(frame.conversationId) || 0) + 1);
                loadMine();
                notify();
            }
            break;
    }
}

// ---- title badge and sound for new work ------------------------------------------------------

let audio;

function notify() {
    const count = [...state.unread.values()].reduce((a, b) => a + b, 0) + state.queue.length;
    document.title = count ? '(' + count + ') ' + baseTitle : baseTitle;
    try {
        audio = audio || new AudioContext();
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = 880;
        gain.gain.setValueAtTime(0.08, audio.currentTime);
        gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.25);
        tone.connect(gain).connect(audio.destination);
        tone.start();
        tone.stop(audio.currentTime + 0.25);
    } catch { /* no sound before the agent has interacted with the page */ }
}

document.addEventListener('visibilitychange', () => {
    if (!document.hidden && state.openId) {
        state.unread.delete(state.openId);
        notify();
    }
});

// ---- queue and my conversations ----------------------------------------------------------------

async function loadQueue() {
    try {
        state.queue = await api('/api/v1/agent/queue');
        state.queueLoadedAt = Date.now();
        renderQueue();
    } catch (e) {
        toast(e.message);
    }
}

function renderQueue() {
    const list = $('queue');
    const elapsed = Math.round((Date.now() - state.queueLoadedAt) / 1000);
    list.replaceChildren(...state.queue.map(entry => el('li', { 'data-conversation': entry.conversationId },
        el('div', { class: 'row' },
            el('span', { class: 'badge' + (entry.priority >= 2 ? ' high' : ''), text: t('优先级 ', 'priority ') + entry.priority }),
            el('span', { class: 'muted', text: t('已等待 ', 'waiting ') + duration(entry.waitingSeconds + elapsed) })),
        el('div', { text: REASONS[entry.reason] || entry.reason }),
        el('p', { class: 'summary', text: entry.summary || '' }),
        el('button', { type: 'button', text: t('接入', 'Accept'), 'aria-label': t('接入会话 ', 'Accept conversation ') + entry.conversationId,
            onclick: () => accept(entry.conversationId) }))));
    $('queue-count').textContent = String(state.queue.length);
    $('queue-empty').hidden = state.queue.length > 0;
}

setInterval(renderQueue, 15000);

async function loadMine() {
    try {
        const mine = await api('/api/v1/agent/conversations');
        $('mine').replaceChildren(...mine.map(item => {
            const unread = state.unread.get(item.conversationId) || 0;
            return el('li', { class: item.conversationId === state.openId ? 'active' : '', 'data-conversation': item.conversationId },
                el('div', { class: 'row' },
                    el('button', { type: 'button', class: 'link', text: item.customerId || t('访客', 'Visitor'),
                        'aria-label': t('打开会话 ', 'Open conversation ') + item.conversationId, onclick: () => open(item.conversationId) }),
                    unread ? el('span', { class: 'unread', text: String(unread), 'aria-label': unread + t(' 条新消息', ' new messages') }) : null),
                el('div', { class: 'muted', text: REASONS[item.reason] || item.reason || '' }),
                el('p', { class: 'summary', text: item.summary || '' }));
        }));
        $('mine-empty').hidden = mine.length > 0;
        notify();
    } catch (e) {
        toast(e.message);
    }
}

async function accept(conversationId) {
    state.accepting = conversationId;
    try {
        await api('/api/v1/agent/conversations/' + encodeURIComponent(conversationId) + '/accept', { method: 'POST' });
        await Promise.all([loadQueue(), loadMine()]);
        await open(conversationId);
    } catch (e) {
        toast(e.status === 409 ? t('该会话已被其他客服接入。', 'Another agent already has this conversation.') : e.message);
        loadQueue();
    } finally {
        state.accepting = null;
    }
}

// ---- the open conversation -------------------------------------------------------------------

async function open(conversationId) {
    state.openId = conversationId;
    state.unread.delete(conversationId);
    state.shown.clear();
    $('transcript').replaceChildren();
    $('workspace').hidden = false;
    $('conversation-heading').textContent = t('会话 ', 'Conversation ') + conversationId;
    history.replaceState(null, '', '#' + conversationId);
    if (state.conversationSocket) state.conversationSocket.close();
    state.conversationSocket = new LiveSocket(
        () => '/ws/conversations/' + encodeURIComponent(conversationId) + '?token=' + encodeURIComponent(session.token),
        {
            onFrame: frame => {
                if (frame.type === 'message') append(frame.message);
                if (frame.type === 'state' && frame.state.mode === 'closed') toast(t('会话已结束', 'The conversation has ended'));
            },
            onOpen: () => catchUp(conversationId)
        }).connect();
    loadMine();
    await Promise.all([catchUp(conversationId), loadCard(conversationId), loadCanned()]);
    $('reply').focus();
}

async function catchUp(conversationId) {
    try {
        const view = await api('/api/v1/conversations/' + encodeURIComponent(conversationId));
        if (conversationId !== state.openId) return;
        // the door the customer came through: replies go back through it (WeChat, WeCom, a webhook)
        $('conversation-heading').textContent = t('会话 ', 'Conversation ') + conversationId + ' · ' + channelName(view.channel)
            + (view.externalUserId ? ' · ' + view.externalUserId : '');
        view.messages.forEach(append);
    } catch (e) {
        toast(e.message);
    }
}

const CHANNELS = {
    web: ['网页', 'Web'], api: ['API', 'API'], 'wechat-oa': ['微信公众号', 'WeChat Official Account'],
    'wecom-kf': ['微信客服', 'WeCom customer service'], webhook: ['Webhook', 'Webhook']
};

function channelName(channel) {
    const name = CHANNELS[channel];
    return name ? t(name[0], name[1]) : (channel || '');
}

function append(message) {
    if (state.shown.has(message.id)) return;
    state.shown.add(message.id);
    const kind = message.internal ? 'note' : message.role;
    const who = message.internal ? t('内部备注 · ', 'Internal note · ') + (message.author || '')
        : message.role === 'customer' ? t('客户', 'Customer')
        : message.role === 'agent' ? (message.author || t('客服', 'Agent'))
        : message.role === 'bot' ? t('AI 助手', 'AI assistant') : null;
    const time = message.time ? new Date(message.time).toLocaleTimeString() : '';
    const transcript = $('transcript');
    // what the machine wrote is labelled as the customer sees it labelled (API §2); older stored messages go by their role
    const ai = message.aiGenerated ?? (message.role === 'bot' || message.role === 'system');
    transcript.append(el('div', { class: 'bubble ' + kind, 'data-id': message.id },
        el('span', { class: 'meta' }, [who, time].filter(Boolean).join(' · '),
            ai ? el('span', { class: 'ai-label', text: AI_LABEL }) : null),
        document.createTextNode(message.text || ''),
        ...(message.attachments || []).map(a => el('span', { class: 'meta', text: t('附件：', 'Attachment: ') + (a.name || a.id) }))));
    transcript.scrollTop = transcript.scrollHeight;
}

function closeView() {
    state.openId = null;
    if (state.conversationSocket) state.conversationSocket.close();
    state.conversationSocket = null;
    $('workspace').hidden = true;
    $('transcript').replaceChildren();
    $('conversation-heading').textContent = t('请选择会话', 'Pick a conversation');
    $('card').replaceChildren(el('p', { class: 'empty', text: t('打开会话后在此显示转接卡片。', 'The card of the open conversation shows here.') }));
    chartBox.hidden = true;
    history.replaceState(null, '', location.pathname);
}

// ---- handoff card ------------------------------------------------------------------------------

async function loadCard(conversationId) {
    try {
        renderCard(await api('/api/v1/agent/conversations/' + encodeURIComponent(conversationId) + '/card'));
    } catch (e) {
        toast(e.message);
    }
}

function definitions(pairs) {
    return el('dl', {}, ...pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
        .flatMap(([label, value]) => [el('dt', { text: label }), el('dd', { text: String(value) })]));
}

/** An entity as a person reads it: lists joined, ranges and objects as key: value. */
function readable(value) {
    if (Array.isArray(value)) return value.map(readable).join(', ');
    if (value && typeof value === 'object') return Object.entries(value).map(([key, inner]) => key + ': ' + readable(inner)).join(', ');
    return value;
}

function renderCard(card) {
    const customer = card.customer || {};
    const emotion = card.emotion || {};
    const parts = [
        el('p', {},
            el('strong', { text: customer.name || customer.id || t('访客', 'Visitor') }), ' ',
            customer.vip ? el('span', { class: 'badge vip', text: 'VIP' }) : null, ' ',
            el('span', { class: 'badge' + (card.priority >= 2 ? ' high' : ''), text: t('优先级 ', 'priority ') + card.priority })),
        definitions([
            [t('转人工原因', 'Reason'), REASONS[card.reason] || card.reason],
            [t('意图', 'Intent'), card.intent],
            [t('情绪', 'Emotion'), emotion.label ? (EMOTIONS[emotion.label] || emotion.label) + ' ' + Math.round((emotion.intensity || 0) * 100) + '% · ' + (TRENDS[emotion.trend] || emotion.trend || '') : null],
            ...Object.entries(card.entities || {}).map(([key, value]) => [key, readable(value)])
        ]),
        chartBox,
        el('h3', { text: t('摘要', 'Summary') }),
        el('p', { class: 'summary', text: card.summary || '' })
    ];
    if (card.modelSummary) {
        // the model's draft stays apart from the template summary and says who wrote it
        parts.push(el('h3', {}, t('AI 摘要', 'AI summary'), ' ',
                el('span', { class: 'badge', text: t('AI 生成 · ', 'AI-drafted · ') + card.modelSummary.draftedBy })),
            el('p', { class: 'summary', text: card.modelSummary.text }));
    }
    if ((card.orders || []).length) {
        parts.push(el('h3', { text: t('订单', 'Orders') }),
            el('ul', { class: 'list' }, ...card.orders.map(order => el('li', {},
                el('strong', { text: order.orderId }), ' ', el('span', { class: 'badge', text: order.status }),
                el('div', { class: 'muted', text: [order.total, order.carrier, order.trackingNo].filter(Boolean).join(' · ') })))));
    }
    if ((card.botAttempts || []).length) {
        parts.push(el('h3', { text: t('机器人已尝试', 'What the bot tried') }),
            el('ul', { class: 'list' }, ...card.botAttempts.slice(-4).map(attempt => el('li', {},
                el('div', { text: '“' + (attempt.customerSaid || '') + '”' }),
                el('div', { class: 'muted', text: (attempt.intent || '') + ' → ' + (attempt.botReplied || '') })))));
    }
    $('card').replaceChildren(...parts);
    renderSuggestions(card.suggestedReplies || []);
    renderEmotionChart(emotion.history || []);
}

function renderSuggestions(suggestions) {
    $('suggestions').replaceChildren(...suggestions.map(suggestion => el('button', { type: 'button', text: suggestion.text,
        title: t('点击插入回复框', 'Click to put it in the reply box'),
        onclick: () => insert(suggestion.text) })));
}

function renderEmotionChart(history) {
    const box = chartBox;
    box.hidden = history.length === 0 || !window.Chart;
    if (box.hidden) return;
    if (state.chart) state.chart.destroy();
    state.chart = new window.Chart($('emotion-chart'), {
        type: 'line',
        data: {
            labels: history.map((point, i) => String(i + 1)),
            datasets: [{
                label: t('情绪强度', 'Emotion intensity'),
                data: history.map(point => point.intensity),
                pointBackgroundColor: history.map(point => EMOTION_COLOURS[point.label] || '#8a94a3'),
                pointRadius: 5,
                borderColor: '#566070',
                tension: 0.3
            }]
        },
        options: {
            animation: false,
            maintainAspectRatio: false,
            scales: { y: { min: 0, max: 1 } },
            plugins: {
                legend: { display: false },
                tooltip: { callbacks: { label: item => (EMOTIONS[history[item.dataIndex].label] || '') + ' ' + item.formattedValue } }
            }
        }
    });
}

// ---- composer, canned responses, transfer, resolve -----------------------------------------------

function insert(text) {
    const reply = $('reply');
    reply.value = reply.value ? reply.value + '\n' + text : text;
    reply.focus();
}

let cannedLoaded = false;

async function loadCanned() {
    if (cannedLoaded) return;
    try {
        const canned = await api('/api/v1/agent/canned-responses?language=' + (document.documentElement.lang.startsWith('en') ? 'en' : 'zh'));
        const select = $('canned');
        canned.forEach(item => select.append(el('option', { value: item.text, text: item.title })));
        cannedLoaded = true;
    } catch { /* canned responses are optional */ }
}

$('canned').addEventListener('change', event => {
    if (event.target.value) insert(event.target.value);
    event.target.value = '';
});

$('reply').addEventListener('keydown', event => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) $('composer').requestSubmit();
});

$('composer').addEventListener('submit', async event => {
    event.preventDefault();
    const text = $('reply').value.trim();
    if (!text || !state.openId) return;
    const internal = $('internal').checked;
    try {
        const message = await api('/api/v1/agent/conversations/' + encodeURIComponent(state.openId) + '/messages',
            { method: 'POST', body: { text, internal } });
        append(message);
        $('reply').value = '';
        $('internal').checked = false;
    } catch (e) {
        toast(t('发送失败：', 'Not sent: ') + e.message);
    }
});

$('transfer').addEventListener('click', async () => {
    const toAgent = $('transfer-agent').value.trim();
    const toSkill = $('transfer-skill').value.trim();
    if (!toAgent && !toSkill) {
        toast(t('请填写要转给的客服或技能组。', 'Name the agent or the skill to transfer to.'));
        return;
    }
    try {
        await api('/api/v1/agent/conversations/' + encodeURIComponent(state.openId) + '/transfer',
            { method: 'POST', body: { toAgent: toAgent || undefined, toSkill: toSkill || undefined } });
        toast(t('已转接', 'Transferred'));
        closeView();
        loadMine();
    } catch (e) {
        toast(t('转接失败：', 'Transfer failed: ') + e.message);
    }
});

$('resolve').addEventListener('click', async () => {
    const tags = $('tags').value.split(/[,，]/).map(tag => tag.trim()).filter(Boolean);
    try {
        await api('/api/v1/agent/conversations/' + encodeURIComponent(state.openId) + '/resolve',
            { method: 'POST', body: { tags, returnToBot: $('back-to-bot').checked } });
        toast(t('会话已解决，已请客户评价。', 'Resolved; the customer was asked for a rating.'));
        $('tags').value = '';
        closeView();
        loadMine();
    } catch (e) {
        toast(t('操作失败：', 'That did not work: ') + e.message);
    }
});

// ---- start -----------------------------------------------------------------------------------

await setPresence();
feed.connect();
if (location.hash.length > 1) open(decodeURIComponent(location.hash.slice(1)));
