// Times in the reader's own zone, named: every <time datetime> is rewritten with the browser's zone, and forms that
// take a local date and time send the browser's offset from UTC (without this script the page shows and takes UTC).
(function () {
  'use strict';
  var format = new Intl.DateTimeFormat(undefined, {
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short'
  });
  document.querySelectorAll('time[datetime]').forEach(function (el) {
    var at = new Date(el.getAttribute('datetime'));
    if (!isNaN(at.getTime()) && el.getAttribute('datetime').indexOf('T') > 0) {
      el.textContent = format.format(at);
    }
  });
  var zone = new Intl.DateTimeFormat(undefined, { timeZoneName: 'long' }).formatToParts(new Date())
    .filter(function (p) { return p.type === 'timeZoneName'; }).map(function (p) { return p.value; })[0];
  document.querySelectorAll('[data-zone-name]').forEach(function (el) { el.textContent = '(' + (zone || 'your time') + ')'; });
  document.querySelectorAll('input[data-offset-minutes]').forEach(function (input) {
    var form = input.form;
    form.addEventListener('submit', function () {
      // The offset of the chosen moment, not of today: a follow-up may fall after a change of clocks.
      var local = Array.prototype.filter.call(form.querySelectorAll('input[type="datetime-local"]:enabled'), function (i) { return i.value; })[0];
      var when = local ? new Date(local.value) : new Date();
      input.value = String(-when.getTimezoneOffset());
    });
  });
})();
