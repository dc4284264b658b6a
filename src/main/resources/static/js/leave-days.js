// Counts the days of leave (first and last day included) as soon as both dates of the request form are set.
(function () {
  var first = document.getElementById('firstDay');
  var last = document.getElementById('lastDay');
  var out = document.getElementById('leaveDays');
  if (!first || !last || !out) {
    return;
  }
  function update() {
    var from = Date.parse(first.value);
    var to = Date.parse(last.value);
    if (isNaN(from) || isNaN(to) || to < from) {
      out.textContent = '';
      return;
    }
    var days = Math.round((to - from) / 86400000) + 1;
    out.textContent = out.getAttribute('data-template').replace('{0}', String(days));
  }
  first.addEventListener('change', update);
  last.addEventListener('change', update);
  update();
})();
