// Searchable pickers (templates/layout/picker.html). data-picker="local": every choice is on the page; typing (and the
// group filter) hides what does not match, never a checked choice. data-picker="remote": the list is a page of a
// server-side GET search (data-picker-form); typing asks the server for that page and swaps the list in, keeping the
// choice made. No library; without script both still work (the whole list, or the search button and page links).
(function () {
  function text(value) {
    return (value || '').toLowerCase().trim();
  }

  function local(picker) {
    var input = picker.querySelector('[data-picker-input]');
    var group = picker.querySelector('[data-picker-group-filter]');
    var count = picker.querySelector('[data-picker-count]');
    picker.querySelectorAll('[data-picker-script]').forEach(function (el) { el.hidden = false; });
    function counted() {
      if (count) {
        count.textContent = picker.querySelectorAll('[data-picker-item] input:checked').length;
      }
    }
    function filter() {
      var wanted = text(input && input.value);
      var inGroup = group ? group.value : '';
      picker.querySelectorAll('[data-picker-item]').forEach(function (item) {
        var box = item.querySelector('input');
        var match = (!wanted || text(item.getAttribute('data-picker-text')).indexOf(wanted) >= 0)
          && (!inGroup || item.getAttribute('data-picker-group') === inGroup);
        item.hidden = !match && !(box && box.checked);
      });
      picker.querySelectorAll('[data-picker-section]').forEach(function (section) {
        section.hidden = !section.querySelector('[data-picker-item]:not([hidden])');
      });
    }
    if (input) {
      input.addEventListener('input', filter);
      // Enter filters; it must not post the form the picker is in.
      input.addEventListener('keydown', function (event) {
        if (event.key === 'Enter') {
          event.preventDefault();
        }
      });
    }
    if (group) {
      group.addEventListener('change', filter);
    }
    picker.addEventListener('change', counted);
    counted();
  }

  function remote(picker) {
    var form = document.getElementById(picker.getAttribute('data-picker-form'));
    var input = picker.querySelector('[data-picker-input]');
    var results = picker.querySelector('[data-picker-results]');
    var mirror = picker.querySelector('[data-picker-mirror]');
    if (!form || !results || !window.fetch || !window.DOMParser) {
      return;
    }
    var timer = null;
    var asked = 0;
    function load(url) {
      var mine = ++asked;
      picker.setAttribute('aria-busy', 'true');
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(response.status);
          }
          return response.text();
        })
        .then(function (html) {
          if (mine !== asked) {
            return;
          }
          var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById(results.id);
          if (!fresh) {
            return;
          }
          var chosen = results.querySelector('input:checked');
          var kept = chosen && chosen.closest('[data-picker-item]');
          results.innerHTML = fresh.innerHTML;
          if (chosen) {
            var same = results.querySelector('input[value="' + CSS.escape(chosen.value) + '"]');
            if (same) {
              same.checked = true;
            } else if (kept) {
              results.insertBefore(kept, results.firstChild);
            }
          }
          if (mirror && input) {
            mirror.value = input.value;
          }
        })
        .catch(function () {
          window.location.assign(url);
        })
        .then(function () {
          if (mine === asked) {
            picker.removeAttribute('aria-busy');
          }
        });
    }
    function search() {
      var url = new URL(form.action, window.location.href);
      url.hash = '';
      new FormData(form).forEach(function (value, key) { url.searchParams.set(key, value); });
      load(url.toString());
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      search();
    });
    if (input) {
      input.addEventListener('input', function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(search, 250);
      });
    }
    results.addEventListener('click', function (event) {
      var link = event.target.closest('[data-picker-pager] a[href]');
      if (link) {
        event.preventDefault();
        if (!link.classList.contains('disabled')) {
          load(link.href);
        }
      }
    });
  }

  document.querySelectorAll('[data-picker]').forEach(function (picker) {
    if (picker.getAttribute('data-picker') === 'remote') {
      remote(picker);
    } else {
      local(picker);
    }
  });
})();
