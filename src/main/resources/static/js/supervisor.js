// The supervisor board: htmx refreshes the rows with the signed-in token; "take over" assigns the
// conversation to the supervisor and opens it in the console.
import { api, authoriseHtmx, requireSession, t, toast } from './session.js';

requireSession('SUPERVISOR', 'ADMIN');
authoriseHtmx();

document.getElementById('board').addEventListener('click', async event => {
    const button = event.target.closest('[data-takeover]');
    if (!button) return;
    const id = button.dataset.takeover;
    button.disabled = true;
    try {
        await api('/api/v1/supervisor/conversations/' + encodeURIComponent(id) + '/takeover', { method: 'POST' });
        location.assign('/agent#' + encodeURIComponent(id));
    } catch (e) {
        button.disabled = false;
        toast(t('接管失败：', 'Take-over failed: ') + e.message);
    }
});
