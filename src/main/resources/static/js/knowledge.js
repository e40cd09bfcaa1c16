// The knowledge lists: tabs that load their htmx fragment when shown, with the signed-in token.
import { authoriseHtmx, requireSession } from './session.js';

requireSession('SUPERVISOR', 'ADMIN');
authoriseHtmx();

const tabs = [...document.querySelectorAll('[data-tab]')];

function show(name) {
    const tab = tabs.find(candidate => candidate.dataset.tab === name) || tabs[0];
    tabs.forEach(candidate => {
        if (candidate === tab) candidate.setAttribute('aria-current', 'page');
        else candidate.removeAttribute('aria-current');
    });
    document.querySelectorAll('[data-panel]').forEach(panel => { panel.hidden = panel.dataset.panel !== tab.dataset.tab; });
    const list = document.getElementById(tab.dataset.tab);
    if (list && list.getAttribute('hx-trigger') === 'kefu:show') window.htmx.trigger(list, 'kefu:show');
}

tabs.forEach(tab => tab.addEventListener('click', event => {
    event.preventDefault();
    history.replaceState(null, '', '#' + tab.dataset.tab);
    show(tab.dataset.tab);
}));

document.addEventListener('DOMContentLoaded', () => show(location.hash.slice(1) || 'entries'));
