// Progressive enhancement of the homework page (the page works without it: every step on one page, in order).
// With it: one step at a time with Previous/Next, and a start/pause timer for a timed practice. The words come from the
// page (data- attributes), so the strings stay in one place on the server.
(function () {
  "use strict";
  var form = document.querySelector("form.homework");
  if (!form) { return; }
  var steps = Array.prototype.slice.call(form.querySelectorAll("section.step"));
  var current = 0;

  function show(index, focus) {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach(function (step, i) { step.hidden = i !== current; });
    if (focus) { steps[current].querySelector("h2").focus(); }
  }

  function button(text, className, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = className;
    b.textContent = text;
    b.addEventListener("click", onClick);
    return b;
  }

  steps.forEach(function (step, i) {
    var nav = document.createElement("div");
    nav.className = "step-nav";
    if (i > 0) { nav.appendChild(button(form.dataset.previous, "secondary", function () { show(i - 1, true); })); }
    if (i < steps.length - 1) { nav.appendChild(button(form.dataset.next, "next", function () { show(i + 1, true); })); }
    step.appendChild(nav);
  });

  // A required answer on a hidden step: show that step, so the browser can point at it.
  form.addEventListener("invalid", function (event) {
    var step = event.target.closest("section.step");
    if (step && step.hidden) { show(steps.indexOf(step), false); }
  }, true);

  // Start where the first error is, if the server sent the form back; else at the first step.
  var firstError = form.querySelector(".field-error");
  show(firstError ? steps.indexOf(firstError.closest("section.step")) : 0, false);

  Array.prototype.forEach.call(form.querySelectorAll(".timer[data-minutes]"), function (timer) {
    var total = parseInt(timer.dataset.minutes, 10) * 60;
    var left = total;
    var ticking = null;
    var clock = document.createElement("p");
    clock.className = "clock";
    clock.setAttribute("role", "timer");
    var status = document.createElement("p");
    status.setAttribute("role", "status");
    function draw() {
      var m = Math.floor(left / 60), s = left % 60;
      clock.textContent = m + ":" + (s < 10 ? "0" : "") + s;
    }
    var toggle = button(form.dataset.timerStart, "timer-toggle", function () {
      if (ticking) {
        clearInterval(ticking);
        ticking = null;
        toggle.textContent = form.dataset.timerStart;
        return;
      }
      if (left === 0) { left = total; status.textContent = ""; }
      toggle.textContent = form.dataset.timerPause;
      ticking = setInterval(function () {
        left -= 1;
        draw();
        if (left <= 0) {
          clearInterval(ticking);
          ticking = null;
          toggle.textContent = form.dataset.timerStart;
          status.textContent = form.dataset.timerDone;
        }
      }, 1000);
    });
    draw();
    timer.appendChild(clock);
    timer.appendChild(toggle);
    timer.appendChild(status);
  });
})();
