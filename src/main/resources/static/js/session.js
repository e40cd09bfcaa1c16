// The signed-in staff member of this browser tab and the API calls made on their behalf.
// The token lives in sessionStorage: each tab (and each browser context) signs in on its own,
// and closing the tab signs out.

const KEY = 'kefu.session';

export const zh = document.documentElement.lang.startsWith('zh');

/** Picks the page language's text: t('中文', 'English'). */
export function t(chinese, english) {
    return zh ? chinese : english;
}

export function currentSession() {
    try {
        const stored = JSON.parse(sessionStorage.getItem(KEY));
        return stored && new Date(stored.expiresAt) > new Date() ? stored : null;
    } catch {
        return null;
    }
}

export function signIn(session) {
    sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function signOut() {
    sessionStorage.removeItem(KEY);
    toLogin();
}

function toLogin() {
    const next = location.pathname + location.search;
    location.assign('/login?next=' + encodeURIComponent(next));
}

/**
 * The session of a page that needs one of the roles; sends the visitor to the login page
 * otherwise. Also fills the name and sign-out button of the top bar.
 */
export function requireSession(...roles) {
    const session = currentSession();
    if (!session || (roles.length && !roles.includes(session.role))) {
        toLogin();
        throw new Error('not signed in');
    }
    const name = document.querySelector('[data-session-name]');
    if (name) {
        name.textContent = session.username + ' · ' + session.role;
        name.hidden = false;
    }
    const out = document.querySelector('[data-sign-out]');
    if (out) {
        out.hidden = false;
        out.addEventListener('click', signOut);
    }
    return session;
}

/** A problem-details error from the API, with its field errors. */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem.detail || problem.title || ('HTTP ' + status));
        this.status = status;
        this.errors = problem.errors || [];
    }
}

/** Calls the API with the session's token; JSON in and out. A 401 ends the session. */
export async function api(path, { method = 'GET', body, raw } = {}) {
    const session = currentSession();
    const headers = {};
    if (session) headers.Authorization = 'Bearer ' + session.token;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 401 && session) {
        signOut();
    }
    if (!response.ok) {
        let problem = {};
        try { problem = await response.json(); } catch { /* not JSON */ }
        throw new ApiError(response.status, problem);
    }
    if (raw) return response;
    return response.status === 204 || response.headers.get('Content-Length') === '0' ? null : response.json();
}

/** Sends the session's token with every htmx request, and a 401 back to the login page. */
export function authoriseHtmx() {
    document.body.addEventListener('htmx:configRequest', event => {
        const session = currentSession();
        if (session) event.detail.headers.Authorization = 'Bearer ' + session.token;
    });
    document.body.addEventListener('htmx:responseError', event => {
        if (event.detail.xhr.status === 401) signOut();
        else toast(t('操作失败：', 'That did not work: ') + (event.detail.xhr.status));
    });
}

let toastTimer;

/** A short, polite status message for everyone, screen readers included. */
export function toast(text) {
    let box = document.getElementById('toast');
    if (!box) {
        box = document.createElement('div');
        box.id = 'toast';
        box.className = 'toast';
        box.setAttribute('role', 'status');
        box.setAttribute('aria-live', 'polite');
        document.body.append(box);
    }
    box.textContent = text;
    box.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { box.hidden = true; }, 4000);
}

/** Creates an element with text content (never HTML) and attributes. */
export function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === undefined || value === null || value === false) continue;
        if (name === 'text') node.textContent = value;
        else if (name === 'class') node.className = value;
        else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
        else node.setAttribute(name, value === true ? '' : value);
    }
    node.append(...children.filter(child => child !== null && child !== undefined));
    return node;
}

/** "3 min" / "3 分钟" from seconds. */
export function duration(seconds) {
    if (seconds < 60) return seconds + t(' 秒', ' s');
    const minutes = Math.round(seconds / 60);
    return minutes + t(' 分钟', ' min');
}
