// Preselects the browser's time zone on forms that ask for one, unless the runner already chose.
(function () {
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  document.querySelectorAll('select[data-detect-time-zone]').forEach(function (select) {
    if (select.value === 'Etc/UTC' && zone && select.querySelector('option[value="' + zone + '"]')) {
      select.value = zone;
    }
  });
})();
