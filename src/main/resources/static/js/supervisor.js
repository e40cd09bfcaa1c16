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

// Complaint topics of the last day that spike against the day before, above the queue: the board
// is where a supervisor is when a surge starts. The board works on without it.
async function showSpikes() {
    const banner = document.getElementById('spikes');
    try {
        const since = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
        const topics = await api('/api/v1/analytics/topics?from=' + encodeURIComponent(since));
        const spikes = topics.filter(topic => topic.spike);
        banner.textContent = spikes.length === 0 ? ''
            : t('投诉激增：', 'Complaint spike: ') + spikes.map(topic => `${topic.label}（${topic.previousCount} → ${topic.count}）`).join('；');
        banner.hidden = spikes.length === 0;
    } catch {
        banner.hidden = true;
    }
}

showSpikes();
setInterval(showSpikes, 5 * 60 * 1000);
