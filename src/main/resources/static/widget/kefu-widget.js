/*
 * The Kefu chat widget. Embed it on any page with one tag:
 *   <script src="https://your-kefu-host/widget/kefu-widget.js" async></script>
 * Optional attributes: data-customer-id (a signed-in shopper's id) with data-customer-hash (its
 * signature: hex HMAC-SHA256 of the id with the identity secret, computed by the shop's own
 * server), data-lang ("zh" | "en";
 * default: the page's lang), data-title. It talks to the Kefu server the script came from, keeps
 * the conversation across page loads (localStorage), receives messages live over a WebSocket and
 * catches up after a network drop without losing or repeating a message. Everything a message
 * holds is rendered as text, never as HTML.
 */
(function () {
    'use strict';

    const script = document.currentScript;
    if (!script || window.KefuWidget) return;
    const server = new URL(script.src, location.href).origin;
    const language = (script.dataset.lang || document.documentElement.lang || navigator.language || 'zh')
        .toLowerCase().startsWith('en') ? 'en' : 'zh';
    const storageKey = 'kefu.widget.' + server + '.' + (script.dataset.customerId || 'visitor');
    const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
    const PAGE_SIZE = 200;
    const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'];

    const TEXTS = {
        zh: {
            open: '在线客服', close: '收起客服窗口', title: '智能客服',
            disclosure: '您正在与 AI 助手对话，随时可以说“转人工”联系真人客服。',
            botStatus: 'AI 助手 · 7×24 小时在线', agentStatus: name => '人工客服 ' + name + ' 为您服务',
            agentJoinedStatus: '人工客服已接入',
            queued: (position, minutes) => '正在为您转接人工客服：您前面还有 ' + Math.max(position - 1, 0) + ' 位，预计等待约 ' + minutes + ' 分钟。',
            ticket: '已为您留言，客服上线后会尽快联系您。',
            closedStatus: '会话已结束',
            offline: '网络已断开，正在重新连接……', input: '输入消息', send: '发送', attach: '发送图片',
            typing: '正在输入', you: '我', bot: 'AI 助手', agent: '客服',
            failed: '发送失败', retry: '重试', rate: '请为本次服务评分', star: n => n + ' 星',
            comment: '还有什么想告诉我们的吗？（选填）', submitRating: '提交评价', thanks: '感谢您的评价！',
            newChat: '开始新的对话', tooBig: '图片不能超过 5 MB。', wrongType: '只能发送 JPG、PNG、GIF 或 WebP 图片。',
            tooLong: '消息最多 2000 字。', tooFast: '发送太快了，请稍等片刻再发。', image: '[图片]', startFailed: '暂时连接不上客服，请稍后再试。',
            order: '订单', product: '商品', returnCard: '售后申请', status: '状态', total: '金额', items: '商品数',
            carrier: '物流', tracking: '运单号', latest: '最新进展', price: '价格', brand: '品牌', stock: '库存',
            aiLabel: 'AI 生成', why: '推荐理由', personalised: '个性化推荐',
            personalisedHint: '关闭后，推荐只依据您当次提出的需求，不使用您的购买记录或资料。',
            proactive: '主动通知', proactiveHint: '关闭后，店铺不再主动发消息给您（如物流停滞、订单未付款、致歉优惠券）。',
            myData: '我的数据', exportData: '下载我的数据', eraseData: '删除我的数据',
            eraseConfirm: '删除后，您的资料、收货地址和聊天记录中的个人信息将被清除，且无法恢复。确定删除吗？',
            eraseYes: '确认删除', eraseNo: '取消', exported: '您的数据已下载。',
            erased: '您的个人数据已删除。', eraseReview: reason => '删除请求已提交，将由客服审核后处理（' + reason + '）。',
            privacyFailed: '请求未能提交，请稍后再试。',
            reason: '原因', kind: '类型', kinds: { return: '退货', exchange: '换货' },
            statuses: {
                PENDING_PAYMENT: '待付款', PAID: '已付款', SHIPPED: '已发货', DELIVERED: '已签收', CANCELLED: '已取消',
                RETURN_REQUESTED: '售后处理中', RETURNED: '已退货', REFUNDED: '已退款'
            }
        },
        en: {
            open: 'Chat with us', close: 'Minimise the chat', title: 'Customer service',
            disclosure: 'You are chatting with an AI assistant. Ask for a human at any time.',
            botStatus: 'AI assistant · online 24/7', agentStatus: name => name + ' from our team is helping you',
            agentJoinedStatus: 'An agent has joined',
            queued: (position, minutes) => 'Connecting you to an agent: ' + Math.max(position - 1, 0) + ' ahead of you, about ' + minutes + ' min.',
            ticket: 'We have left a ticket for our team; they will contact you as soon as they are online.',
            closedStatus: 'Conversation ended',
            offline: 'Connection lost. Reconnecting…', input: 'Type a message', send: 'Send', attach: 'Send a picture',
            typing: 'Typing', you: 'You', bot: 'AI assistant', agent: 'Agent',
            failed: 'Not sent', retry: 'Retry', rate: 'How did we do?', star: n => n + (n === 1 ? ' star' : ' stars'),
            comment: 'Anything else you want to tell us? (optional)', submitRating: 'Send rating', thanks: 'Thank you for your rating!',
            newChat: 'Start a new conversation', tooBig: 'Pictures can be at most 5 MB.', wrongType: 'Only JPG, PNG, GIF or WebP pictures can be sent.',
            tooLong: 'A message can have at most 2,000 characters.', tooFast: 'You are sending messages too fast; please wait a moment.', image: '[Picture]', startFailed: 'We cannot reach customer service right now. Please try again shortly.',
            order: 'Order', product: 'Product', returnCard: 'After-sales request', status: 'Status', total: 'Total', items: 'Items',
            carrier: 'Carrier', tracking: 'Tracking no.', latest: 'Latest', price: 'Price', brand: 'Brand', stock: 'Stock',
            aiLabel: 'AI-generated', why: 'Why', personalised: 'Personalised recommendations',
            personalisedHint: 'When off, suggestions rest only on what you ask for, never on your purchases or profile.',
            proactive: 'Messages from the store', proactiveHint: 'When off, the store never writes to you first (a stalled parcel, an unpaid order, an apology coupon).',
            myData: 'My data', exportData: 'Download my data', eraseData: 'Delete my data',
            eraseConfirm: 'Your profile, delivery addresses and the personal details in your chats will be erased for good. Delete them?',
            eraseYes: 'Delete', eraseNo: 'Cancel', exported: 'Your data was downloaded.',
            erased: 'Your personal data was deleted.', eraseReview: reason => 'Your request was filed; our staff will review it (' + reason + ').',
            privacyFailed: 'The request could not be sent; please try again later.',
            reason: 'Reason', kind: 'Type', kinds: { return: 'Return', exchange: 'Exchange' },
            statuses: {
                PENDING_PAYMENT: 'Awaiting payment', PAID: 'Paid', SHIPPED: 'Shipped', DELIVERED: 'Delivered', CANCELLED: 'Cancelled',
                RETURN_REQUESTED: 'Return requested', RETURNED: 'Returned', REFUNDED: 'Refunded'
            }
        }
    };
    const T = TEXTS[language];

    /** What the machine wrote; the role decides when a (stored, older) message lacks the flag. */
    function isAiGenerated(message) {
        return message.aiGenerated !== undefined ? Boolean(message.aiGenerated) : message.role === 'bot' || message.role === 'system';
    }

    /** Creates an element; text goes in as text content, never as markup. */
    function el(tag, attributes, ...children) {
        const node = document.createElement(tag);
        for (const [name, value] of Object.entries(attributes || {})) {
            if (value === undefined || value === null || value === false) continue;
            if (name === 'text') node.textContent = value;
            else if (name === 'class') node.className = value;
            else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
            else node.setAttribute(name, value === true ? '' : value);
        }
        node.append(...children.filter(child => child !== null && child !== undefined));
        return node;
    }

    /** A small line icon (inline SVG: no icon font or emoji font needed on the host page). */
    function icon(path) {
        const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        svg.setAttribute('viewBox', '0 0 24 24');
        svg.setAttribute('aria-hidden', 'true');
        svg.setAttribute('class', 'icon');
        const shape = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        shape.setAttribute('d', path);
        svg.append(shape);
        return svg;
    }
    const CHAT_ICON = 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z';
    const PICTURE_ICON = 'M4 5h16a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm2 11h12l-4-5-3 4-2-2-3 3zm3-6.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z';

    /** The conversation on the server: REST calls with the customer token and the live socket. */
    class Connection {
        constructor(onFrame, onOnline) {
            this.onFrame = onFrame;
            this.onOnline = onOnline;
            this.socket = null;
            this.retries = 0;
            this.stopped = false;
            this.conversation = null;
        }

        async request(path, options) {
            const headers = { 'Content-Type': 'application/json' };
            if (this.conversation) headers.Authorization = 'Bearer ' + this.conversation.token;
            const response = await fetch(server + path, { ...options, headers: { ...headers, ...(options && options.headers) } });
            if (!response.ok) {
                const error = new Error('HTTP ' + response.status);
                error.status = response.status;
                throw error;
            }
            return response.status === 204 ? null : response.json();
        }

        /** The stored conversation if it is still ours, else a new one. */
        async open() {
            const stored = JSON.parse(localStorage.getItem(storageKey) || 'null');
            if (stored) {
                this.conversation = stored;
                try {
                    return await this.request('/api/v1/conversations/' + encodeURIComponent(stored.id));
                } catch (e) {
                    if (e.status !== 401 && e.status !== 403 && e.status !== 404) throw e;
                }
            }
            return this.start();
        }

        async start() {
            this.conversation = null;
            const body = { language, channel: 'web' };
            if (script.dataset.customerId) {
                body.customerId = script.dataset.customerId;
                body.customerHash = script.dataset.customerHash;
            }
            const started = await this.request('/api/v1/conversations', { method: 'POST', body: JSON.stringify(body) });
            this.conversation = { id: started.id, token: started.customerToken };
            localStorage.setItem(storageKey, JSON.stringify(this.conversation));
            return { id: started.id, mode: started.mode, messages: started.messages, handoff: null, rating: null };
        }

        path(suffix) {
            return '/api/v1/conversations/' + encodeURIComponent(this.conversation.id) + suffix;
        }

        send(text, attachments) {
            return this.request(this.path('/messages'), { method: 'POST', body: JSON.stringify({ text, attachments }) });
        }

        after(messageId) {
            return this.request(this.path('/messages' + (messageId ? '?after=' + encodeURIComponent(messageId) : '')));
        }

        preferences(changes) {
            return this.request(this.path('/preferences'), changes ? { method: 'PUT', body: JSON.stringify(changes) } : undefined);
        }

        /** Files a privacy request of the signed-in shopper (EXPORT, or ERASURE once confirmed). */
        privacyRequest(kind) {
            return this.request(this.path('/privacy-requests'), { method: 'POST', body: JSON.stringify({ kind, confirm: kind === 'ERASURE' }) });
        }

        exportOf(requestId) {
            return this.request(this.path('/privacy-requests/' + encodeURIComponent(requestId) + '/export'));
        }

        rate(score, comment) {
            return this.request(this.path('/rating'), { method: 'POST', body: JSON.stringify({ score, comment: comment || undefined }) });
        }

        async upload(file) {
            const form = new FormData();
            form.append('file', file, file.name);
            const response = await fetch(server + this.path('/attachments'),
                { method: 'POST', headers: { Authorization: 'Bearer ' + this.conversation.token }, body: form });
            if (!response.ok) throw Object.assign(new Error('HTTP ' + response.status), { status: response.status });
            return response.json();
        }

        async image(url) {
            const response = await fetch(new URL(url, server), { headers: { Authorization: 'Bearer ' + this.conversation.token } });
            return URL.createObjectURL(await response.blob());
        }

        /** Opens the live socket; after every (re)connection the view catches up over REST. */
        connect() {
            this.stopped = false;
            if (this.socket && this.socket.readyState <= WebSocket.OPEN) return;
            const url = server.replace(/^http/, 'ws') + '/ws/conversations/' + encodeURIComponent(this.conversation.id)
                + '?token=' + encodeURIComponent(this.conversation.token);
            const socket = new WebSocket(url);
            this.socket = socket;
            socket.onopen = () => {
                this.retries = 0;
                this.onOnline(true);
            };
            socket.onmessage = event => {
                try { this.onFrame(JSON.parse(event.data)); } catch { /* a frame we do not know */ }
            };
            socket.onclose = () => {
                if (this.socket !== socket || this.stopped) return;
                this.socket = null;
                this.onOnline(false);
                const delay = Math.min(1000 * 2 ** this.retries++, 10000);
                this.timer = setTimeout(() => this.connect(), delay);
            };
        }

        /** Reconnects at once (the browser says the network is back). */
        reconnectNow() {
            clearTimeout(this.timer);
            if (!this.socket || this.socket.readyState > WebSocket.OPEN) this.connect();
        }

        disconnect() {
            this.stopped = true;
            clearTimeout(this.timer);
            if (this.socket) this.socket.close();
            this.socket = null;
        }
    }

    /** What the customer sees. */
    class ChatWindow {
        constructor() {
            this.messages = new Map();
            this.lastId = null;
            this.lastTime = '';
            this.pending = [];
            this.mode = 'bot';
            this.handoff = null;
            this.rated = false;
            this.agentName = null;
            this.unread = 0;
            this.ready = null;
            this.connection = new Connection(frame => this.onFrame(frame), online => this.onOnline(online));
            this.build();
            window.addEventListener('online', () => this.connection.conversation && this.connection.reconnectNow());
        }

        build() {
            const host = el('div', { id: 'kefu-widget' });
            const root = host.attachShadow({ mode: 'open' });
            root.append(el('link', { rel: 'stylesheet', href: server + '/widget/kefu-widget.css' }));
            this.badge = el('span', { class: 'unread', hidden: true, 'aria-hidden': 'true' });
            this.launcher = el('button', { class: 'launcher', type: 'button', 'aria-label': T.open, 'aria-expanded': 'false',
                'aria-controls': 'kefu-panel', onclick: () => this.toggle() }, icon(CHAT_ICON), this.badge);
            this.status = el('div', { class: 'status', 'aria-live': 'polite', text: T.botStatus });
            this.banner = el('div', { class: 'banner', role: 'status', hidden: true });
            this.log = el('div', { class: 'log', role: 'log', 'aria-live': 'polite', 'aria-label': T.title });
            this.typing = el('div', { class: 'typing', hidden: true, 'aria-label': T.typing },
                T.typing, el('span', { text: '.' }), el('span', { text: '.' }), el('span', { text: '.' }));
            this.quick = el('div', { class: 'quick', hidden: true });
            this.rating = el('div', { class: 'rating', hidden: true });
            this.error = el('div', { class: 'error', role: 'alert', hidden: true });
            this.input = el('textarea', { 'aria-label': T.input, placeholder: T.input, rows: '1', maxlength: '2000',
                onkeydown: event => {
                    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
                        event.preventDefault();
                        this.submit();
                    }
                } });
            this.file = el('input', { type: 'file', accept: IMAGE_TYPES.join(','), class: 'sr-only', tabindex: '-1', 'aria-hidden': 'true',
                onchange: () => this.attach() });
            this.composer = el('form', { class: 'composer', onsubmit: event => { event.preventDefault(); this.submit(); } },
                el('button', { type: 'button', class: 'attach', 'aria-label': T.attach, title: T.attach, onclick: () => this.file.click() }, icon(PICTURE_ICON)),
                this.file, this.input,
                el('button', { type: 'submit', class: 'primary send', text: T.send }));
            this.panel = el('section', { class: 'panel', id: 'kefu-panel', role: 'dialog', 'aria-label': script.dataset.title || T.title, hidden: true },
                el('div', { class: 'head' },
                    el('div', { class: 'titles' }, el('h2', { text: script.dataset.title || T.title }), this.status),
                    el('button', { type: 'button', 'aria-label': T.close, title: T.close, onclick: () => this.toggle(false) }, '×')),
                el('div', { class: 'disclosure', text: T.disclosure }),
                this.preferencesRow(),
                this.myDataRow(),
                this.banner, this.log, this.quick, this.rating, this.error, this.composer);
            root.append(el('div', { class: 'kefu', lang: language }, this.launcher, this.panel));
            document.body.append(host);
        }

        /**
         * The shopper's switches: personalised recommendations, and for a signed-in shopper messages
         * the store sends first (a stalled parcel, an unpaid order). Each reflects the server's state
         * once the conversation is open.
         */
        preferencesRow() {
            this.switches = {};
            const row = el('div', { class: 'preference-row' }, this.preferenceSwitch('personalisedRecommendations', T.personalised, T.personalisedHint));
            if (script.dataset.customerId) row.append(this.preferenceSwitch('proactiveMessages', T.proactive, T.proactiveHint));
            return row;
        }

        preferenceSwitch(name, label, hint) {
            const box = el('input', { type: 'checkbox', checked: true, disabled: true, 'data-preference': name,
                onchange: () => {
                    const wanted = box.checked;
                    box.disabled = true;
                    this.connection.preferences({ [name]: wanted })
                        .then(now => { box.checked = now[name]; })
                        .catch(() => { box.checked = !wanted; })
                        .finally(() => { box.disabled = false; });
                } });
            this.switches[name] = box;
            return el('label', { class: 'preferences', title: hint }, box, el('span', { text: label }));
        }

        /**
         * A signed-in shopper's own data (PIPL: a convenient way to ask): download a copy at once, or
         * delete it after confirming here; a deletion while an order is on its way waits for staff.
         */
        myDataRow() {
            if (!script.dataset.customerId) return '';
            const confirmBox = el('div', { class: 'confirm', hidden: true, role: 'alertdialog', 'aria-label': T.eraseData },
                el('p', { text: T.eraseConfirm }),
                el('button', { type: 'button', class: 'danger', 'data-erase-confirm': '', text: T.eraseYes, onclick: () => {
                    confirmBox.hidden = true;
                    this.eraseMyData();
                } }),
                el('button', { type: 'button', class: 'secondary', text: T.eraseNo, onclick: () => { confirmBox.hidden = true; } }));
            return el('div', { class: 'my-data' },
                el('span', { text: T.myData }),
                el('button', { type: 'button', class: 'link', 'data-export': '', text: T.exportData, onclick: () => this.downloadMyData() }),
                el('button', { type: 'button', class: 'link', 'data-erase': '', text: T.eraseData, onclick: () => { confirmBox.hidden = false; } }),
                confirmBox);
        }

        /** The buttons show as soon as the panel opens; the request waits until the conversation exists. */
        async downloadMyData() {
            try {
                await this.ensureStarted();
                const request = await this.connection.privacyRequest('EXPORT');
                const copy = await this.connection.exportOf(request.id);
                const link = el('a', { href: URL.createObjectURL(new Blob([JSON.stringify(copy, null, 2)], { type: 'application/json' })),
                    download: 'my-data-' + request.id + '.json' });
                link.click();
                this.showNotice(T.exported);
            } catch (e) {
                this.showError(T.privacyFailed);
            }
        }

        async eraseMyData() {
            try {
                await this.ensureStarted();
                const request = await this.connection.privacyRequest('ERASURE');
                this.showNotice(request.status === 'DONE' ? T.erased : T.eraseReview(request.outcome || ''));
            } catch (e) {
                this.showError(T.privacyFailed);
            }
        }

        showNotice(text) {
            this.banner.textContent = text;
            this.banner.hidden = false;
        }

        loadPreferences() {
            this.connection.preferences()
                .then(now => Object.entries(this.switches).forEach(([name, box]) => { box.checked = now[name] !== false; box.disabled = false; }))
                .catch(() => { /* stays disabled: the switch never claims a state the server did not confirm */ });
        }

        toggle(open) {
            const show = open === undefined ? this.panel.hidden : open;
            this.panel.hidden = !show;
            this.launcher.setAttribute('aria-expanded', String(show));
            if (show) {
                this.unread = 0;
                this.badge.hidden = true;
                this.ensureStarted().then(() => this.input.focus());
            }
        }

        ensureStarted() {
            if (!this.ready) {
                this.ready = this.connection.open()
                    .then(view => this.load(view))
                    .catch(() => {
                        this.ready = null;
                        this.showError(T.startFailed);
                    });
            }
            return this.ready;
        }

        load(view) {
            (view.messages || []).forEach(message => this.add(message));
            this.rated = Boolean(view.rating);
            this.apply({ mode: view.mode, handoff: view.handoff });
            this.loadPreferences();
            this.connection.connect();
        }

        onFrame(frame) {
            if (frame.type === 'message') this.add(frame.message);
            else if (frame.type === 'state') this.apply(frame.state);
        }

        /** Back online: fetch what was said meanwhile; ids make sure nothing shows twice. */
        async onOnline(online) {
            this.banner.classList.toggle('offline', !online);
            if (!online) {
                this.banner.textContent = T.offline;
                this.banner.hidden = false;
                return;
            }
            this.renderBanner();
            try {
                // the server answers at most a page of messages at a time: read on until a short page
                for (let after = this.lastId; ;) {
                    const missed = await this.connection.after(after);
                    missed.forEach(message => this.add(message));
                    if (missed.length < PAGE_SIZE) break;
                    after = missed[missed.length - 1].id;
                }
                const view = await this.connection.request(this.connection.path(''));
                this.rated = Boolean(view.rating);
                this.apply({ mode: view.mode, handoff: view.handoff });
            } catch { /* the socket will tell us more */ }
        }

        add(message) {
            if (!message || !message.id || this.messages.has(message.id) || message.internal) return;
            this.messages.set(message.id, message);
            if (message.role === 'customer' && this.pending.length) this.pending.shift().remove();
            if ((message.time || '') >= this.lastTime) {
                this.lastTime = message.time || this.lastTime;
                this.lastId = message.id;
            }
            if (message.author && (message.role === 'agent' || message.role === 'system')) {
                this.agentName = message.author;
                this.renderStatus();
            }
            this.log.append(this.bubble(message));
            (message.cards || []).forEach(card => this.log.append(this.card(card)));
            this.renderQuickReplies(message);
            this.scroll();
            if (this.panel.hidden && message.role !== 'customer') {
                this.unread++;
                this.badge.textContent = String(this.unread);
                this.badge.hidden = false;
            }
        }

        bubble(message) {
            const who = message.role === 'agent' ? (message.author || T.agent) : message.role === 'bot' ? T.bot : null;
            // the AI label is not optional (API §2, AIGC labelling): no attribute or setting leaves it out
            const ai = isAiGenerated(message) ? el('span', { class: 'ai-label', text: T.aiLabel }) : null;
            const node = el('div', { class: 'msg ' + message.role + (ai ? ' ai' : ''), 'data-id': message.id },
                who || ai ? el('span', { class: 'who' }, who ? document.createTextNode(who) : null, ai) : null,
                document.createTextNode(message.text || ''));
            (message.attachments || []).forEach(attachment => {
                const image = el('img', { alt: attachment.name || T.image });
                node.append(image);
                this.connection.image(attachment.url).then(src => { image.src = src; }).catch(() => image.remove());
            });
            return node;
        }

        card(card) {
            const data = card.data || {};
            const rows = [];
            const row = (label, value) => {
                if (value !== undefined && value !== null && value !== '') rows.push(el('dt', { text: label }), el('dd', { text: String(value) }));
            };
            let title;
            if (card.type === 'order') {
                title = T.order + ' ' + data.orderId;
                row(T.status, T.statuses[data.status] || data.status);
                row(T.total, data.total);
                row(T.items, Array.isArray(data.items) ? data.items.reduce((sum, item) => sum + (item.quantity || 1), 0) : null);
                row(T.carrier, data.carrier);
                row(T.tracking, data.trackingNo);
                row(T.latest, data.latestEvent && data.latestEvent.description);
            } else if (card.type === 'product') {
                title = data.name || T.product;
                row(T.price, data.price);
                row(T.brand, data.brand);
                row(T.stock, data.stock);
                Object.entries(data.attributes || {}).slice(0, 4).forEach(([key, value]) => row(key, value));
                row(T.why, card.reason);
            } else if (card.type === 'return') {
                title = T.returnCard + ' · ' + data.orderId;
                row(T.kind, T.kinds[data.kind] || data.kind);
                row(T.status, T.statuses[data.status] || data.status);
                row(T.reason, data.reason);
            } else {
                title = card.type;
                Object.entries(data).slice(0, 6).forEach(([key, value]) => row(key, typeof value === 'object' ? JSON.stringify(value) : value));
            }
            return el('article', { class: 'card card-' + card.type }, el('h3', { text: title }), el('dl', {}, ...rows));
        }

        renderQuickReplies(message) {
            this.quick.replaceChildren();
            const choices = message.role === 'customer' || this.mode === 'closed' ? [] : (message.quickReplies || []);
            choices.forEach(choice => this.quick.append(el('button', { type: 'button', text: choice, onclick: () => this.send(choice) })));
            this.quick.hidden = choices.length === 0;
        }

        apply(state) {
            if (!state) return;
            this.mode = state.mode || this.mode;
            this.handoff = state.handoff === undefined ? this.handoff : state.handoff;
            if (this.mode === 'closed') this.quick.hidden = true;
            this.composer.hidden = this.mode === 'closed';
            this.renderStatus();
            this.renderBanner();
            this.renderRating();
        }

        renderStatus() {
            this.status.textContent = this.mode === 'agent'
                ? (this.agentName ? T.agentStatus(this.agentName) : T.agentJoinedStatus)
                : this.mode === 'closed' ? T.closedStatus : T.botStatus;
        }

        renderBanner() {
            this.banner.classList.remove('offline');
            if (this.mode !== 'queued') {
                this.banner.hidden = true;
                return;
            }
            const handoff = this.handoff || {};
            this.banner.textContent = handoff.queuePosition
                ? T.queued(handoff.queuePosition, Math.max(1, Math.round((handoff.estimatedWaitSeconds || 60) / 60)))
                : T.ticket;
            this.banner.hidden = false;
        }

        renderRating() {
            this.rating.replaceChildren();
            if (this.mode !== 'closed') {
                this.rating.hidden = true;
                return;
            }
            this.rating.hidden = false;
            const restart = el('button', { type: 'button', class: 'primary', text: T.newChat, onclick: () => this.restart() });
            if (this.rated) {
                this.rating.append(el('p', { text: T.thanks }), restart);
                return;
            }
            let score = 0;
            const stars = [1, 2, 3, 4, 5].map(n => el('button', { type: 'button', 'aria-label': T.star(n), 'aria-pressed': 'false', text: '★',
                onclick: () => {
                    score = n;
                    stars.forEach((star, i) => star.setAttribute('aria-pressed', String(i < n)));
                    submit.disabled = false;
                } }));
            const comment = el('textarea', { 'aria-label': T.comment, placeholder: T.comment, maxlength: '1000' });
            const submit = el('button', { type: 'button', class: 'primary', text: T.submitRating, disabled: true,
                onclick: async () => {
                    submit.disabled = true;
                    try {
                        await this.connection.rate(score, comment.value.trim());
                        this.rated = true;
                        this.renderRating();
                    } catch {
                        submit.disabled = false;
                        this.showError(T.startFailed);
                    }
                } });
            this.rating.append(el('p', { text: T.rate }), el('div', { class: 'stars', role: 'group', 'aria-label': T.rate }, ...stars),
                comment, submit, restart);
        }

        async restart() {
            this.connection.disconnect();
            this.messages.clear();
            this.pending = [];
            this.lastId = null;
            this.lastTime = '';
            this.agentName = null;
            this.rated = false;
            this.log.replaceChildren();
            localStorage.removeItem(storageKey);
            this.ready = this.connection.start().then(view => this.load(view)).catch(() => {
                this.ready = null;
                this.showError(T.startFailed);
            });
            await this.ready;
            this.input.focus();
        }

        submit() {
            const text = this.input.value.trim();
            if (!text) return;
            if (text.length > 2000) {
                this.showError(T.tooLong);
                return;
            }
            this.input.value = '';
            this.send(text);
        }

        /** Shows the message at once; it stays on screen with a retry button if sending fails. */
        async send(text, attachments) {
            await this.ensureStarted();
            this.error.hidden = true;
            this.quick.hidden = true;
            const pending = el('div', { class: 'msg customer pending', text });
            this.pending.push(pending);
            this.log.append(pending);
            this.log.append(this.typing);
            this.typing.hidden = false;
            this.scroll();
            try {
                const turn = await this.connection.send(text, attachments);
                await this.onOnline(true);
                (turn.messages || []).forEach(message => this.add(message));
                this.apply(turn.state);
            } catch (e) {
                this.pending = this.pending.filter(node => node !== pending);
                pending.classList.replace('pending', 'failed');
                pending.append(el('span', { class: 'sr-only', text: T.failed }),
                    el('button', { type: 'button', class: 'primary', text: T.retry, onclick: () => { pending.remove(); this.send(text, attachments); } }));
                if (e.status === 409) this.apply({ mode: 'closed' });
                if (e.status === 429) this.showError(T.tooFast);
            } finally {
                this.typing.hidden = true;
                this.scroll();
            }
        }

        async attach() {
            const file = this.file.files[0];
            this.file.value = '';
            if (!file) return;
            if (!IMAGE_TYPES.includes(file.type)) return this.showError(T.wrongType);
            if (file.size > MAX_IMAGE_BYTES) return this.showError(T.tooBig);
            await this.ensureStarted();
            try {
                const attachment = await this.connection.upload(file);
                await this.send(T.image + ' ' + file.name, [{ id: attachment.id }]);
            } catch (e) {
                this.showError(e.status === 413 ? T.tooBig : e.status === 400 || e.status === 415 ? T.wrongType : T.startFailed);
            }
        }

        showError(text) {
            this.error.textContent = text;
            this.error.hidden = false;
        }

        scroll() {
            this.log.scrollTop = this.log.scrollHeight;
        }
    }

    function mount() {
        const chat = new ChatWindow();
        window.KefuWidget = { open: () => chat.toggle(true), close: () => chat.toggle(false) };
        if (localStorage.getItem(storageKey)) chat.ensureStarted();
    }

    if (document.body) mount();
    else document.addEventListener('DOMContentLoaded', mount);
})();
