// Skip logic on the questionnaire page (the page works without it: the server asks in two steps). The rule comes from
// the instrument's definition through data- attributes: a fieldset with data-gate-item="2" data-gate-value="1" is asked
// only when item 2 is answered 1. Until then it is hidden and not required; when the gate changes back, it is hidden
// again and its answer cleared (the server drops answers to items not asked in any case).
(function () {
  "use strict";
  var form = document.querySelector("form.questionnaire");
  if (!form) { return; }
  var dependents = Array.prototype.slice.call(form.querySelectorAll("fieldset[data-gate-item]"));
  if (dependents.length === 0) { return; }

  function update() {
    // Gates come before their dependents in the page, so a closed gate closes what depends on it in one pass.
    dependents.forEach(function (fieldset) {
      var gate = form.querySelectorAll('input[type="radio"][name="Answers[' + fieldset.dataset.gateItem + ']"]');
      if (gate.length === 0) { return; } // answered on an earlier step: the server shows what it asks
      var chosen = Array.prototype.filter.call(gate, function (r) { return r.checked; })[0];
      var gateShown = !gate[0].closest("fieldset").hidden;
      var open = gateShown && chosen !== undefined && chosen.value === fieldset.dataset.gateValue;
      fieldset.hidden = !open;
      Array.prototype.forEach.call(fieldset.querySelectorAll('input[type="radio"]'), function (input) {
        input.required = open;
        if (!open) { input.checked = false; }
      });
    });
  }

  form.addEventListener("change", update);
  update();
})();
