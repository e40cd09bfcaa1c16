// Signs an agent in and returns to the page that asked for it (only pages of this site).
import { api, signIn, t } from './session.js';

const form = document.getElementById('login');
const error = document.getElementById('login-error');

function nextPage() {
    const next = new URLSearchParams(location.search).get('next') || '/agent';
    return next.startsWith('/') && !next.startsWith('//') ? next : '/agent';
}

form.addEventListener('submit', async event => {
    event.preventDefault();
    error.hidden = true;
    const username = form.username.value.trim();
    const password = form.password.value;
    if (!username || !password) {
        error.textContent = t('请输入用户名和密码。', 'Enter your username and password.');
        error.hidden = false;
        return;
    }
    try {
        const login = await api('/api/v1/auth/login', { method: 'POST', body: { username, password } });
        signIn({ ...login, username });
        location.assign(nextPage());
    } catch (e) {
        error.textContent = e.status === 401 || e.status === 403
            ? t('用户名或密码不正确。', 'The username or password is not right.')
            : t('暂时无法登录：', 'Signing in failed: ') + e.message;
        error.hidden = false;
        form.password.select();
    }
});
