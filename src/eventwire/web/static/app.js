// eventwire web UI: small progressive enhancements; every page works without them.
(function () {
  "use strict";
  // Leave empty filters out of the URL, so shared links stay short and readable.
  document.querySelectorAll("form.filters").forEach(function (form) {
    form.addEventListener("submit", function () {
      form.querySelectorAll("input, select").forEach(function (el) {
        if (!el.value) { el.disabled = true; }
      });
    });
  });
  // Article page: switch each kind of highlight on and off.
  var text = document.getElementById("text");
  document.querySelectorAll("#toggles input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("off-" + box.dataset.kind, !box.checked);
    });
  });
})();
