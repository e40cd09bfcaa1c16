// The proactive rules page: reads the rules from the API, saves them back, shows field errors.
import { api, el, requireSession, t, toast } from './session.js';

requireSession('ADMIN');

const form = document.getElementById('rules');
const errors = document.getElementById('rules-errors');

/** The form's field for each field path the API names in its errors. */
const FIELDS = {
    'stalledShipment.hours': 'stalledHours', 'unpaidOrder.minutes': 'unpaidMinutes',
    'serviceRecovery.couponValue': 'couponValue', 'serviceRecovery.monthlyBudget': 'monthlyBudget',
    'quietHours.start': 'quietStart', 'quietHours.end': 'quietEnd', maxPerCustomerPerDay: 'maxPerDay'
};

function fill(rules) {
    form.stalledEnabled.checked = rules.stalledShipment.enabled;
    form.stalledHours.value = rules.stalledShipment.hours;
    form.unpaidEnabled.checked = rules.unpaidOrder.enabled;
    form.unpaidMinutes.value = rules.unpaidOrder.minutes;
    form.recoveryEnabled.checked = rules.serviceRecovery.enabled;
    form.couponValue.value = rules.serviceRecovery.couponValue;
    form.monthlyBudget.value = rules.serviceRecovery.monthlyBudget;
    form.quietStart.value = rules.quietHours.start;
    form.quietEnd.value = rules.quietHours.end;
    form.maxPerDay.value = rules.maxPerCustomerPerDay;
}

/** An empty or unreadable number is sent as null: the API names the field instead of the page guessing. */
function number(input) {
    return input.value === '' || Number.isNaN(input.valueAsNumber) ? null : input.valueAsNumber;
}

function rulesFromForm() {
    return {
        stalledShipment: { enabled: form.stalledEnabled.checked, hours: number(form.stalledHours) ?? 0 },
        unpaidOrder: { enabled: form.unpaidEnabled.checked, minutes: number(form.unpaidMinutes) ?? 0 },
        serviceRecovery: { enabled: form.recoveryEnabled.checked, couponValue: number(form.couponValue), monthlyBudget: number(form.monthlyBudget) },
        quietHours: { start: form.quietStart.value, end: form.quietEnd.value },
        maxPerCustomerPerDay: number(form.maxPerDay) ?? 0
    };
}

function showErrors(list) {
    form.querySelectorAll('[aria-invalid]').forEach(input => input.removeAttribute('aria-invalid'));
    errors.replaceChildren(...list.map(error => {
        const input = form.elements[FIELDS[error.field]];
        if (input) input.setAttribute('aria-invalid', 'true');
        const label = input ? form.querySelector('label[for="' + input.id + '"]').textContent : error.field;
        return el('li', { text: error.field ? label + t('：', ': ') + error.message : error.message });
    }));
    errors.hidden = list.length === 0;
}

form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
        fill(await api('/api/v1/outreach/rules', { method: 'PUT', body: rulesFromForm() }));
        showErrors([]);
        toast(t('已保存', 'Saved'));
    } catch (e) {
        showErrors(e.errors.length ? e.errors : [{ message: e.message }]);
    }
});

api('/api/v1/outreach/rules').then(fill).catch(e => showErrors([{ message: e.message }]));
