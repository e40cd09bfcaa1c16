// The shop front's "contact us" button opens the chat widget.
document.getElementById('contact').addEventListener('click', () => window.KefuWidget && window.KefuWidget.open());
