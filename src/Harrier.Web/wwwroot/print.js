// The run sheet's Print button: shown only when scripts run (the page works and prints without it).
for (const button of document.querySelectorAll('[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
