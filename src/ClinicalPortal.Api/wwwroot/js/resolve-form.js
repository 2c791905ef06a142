// The alert's resolve form asks only what the chosen outcome needs: the risk assessment when the client was reached
// (or the alert closes otherwise), the way tried and when to try again when they could not be reached. The part that
// does not apply is hidden and disabled, so it is not sent and its time does not set the offset (local-time.js).
// Without this script both parts are shown and the server takes the part that applies.
(function () {
  'use strict';
  document.querySelectorAll('form[data-resolve-form]').forEach(function (form) {
    var outcome = form.querySelector('[data-disposition]');
    var reached = form.querySelector('[data-when-reached]');
    var unreached = form.querySelector('[data-when-unreached]');
    function show() {
      var unable = outcome.value === 'UnableToReach';
      reached.hidden = reached.disabled = unable;
      unreached.hidden = unreached.disabled = !unable;
    }
    outcome.addEventListener('change', show);
    show();
  });
})();
