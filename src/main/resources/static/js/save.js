// Sends a form marked data-save so that a weak network cannot lose or double it: the button shows progress and cannot
// be pressed twice; without a network the page says that nothing was saved, keeps the choice and sends it once the
// network is back; the answer (the saved page, the form with its errors, the sign-in page) replaces this page.
// The server treats the same choice sent twice as one save, so a retry after a lost answer is harmless.
(function () {
  var RETRY_MS = 15000;

  function arm(form) {
    var button = form.querySelector('button[type="submit"]');
    var status = form.querySelector('[data-save-status]');
    var label = button ? button.textContent : '';
    var sending = false;
    var waiting = false;
    var timer = null;

    function say(text) {
      if (status) {
        status.textContent = text || '';
        status.classList.toggle('text-danger', text === status.getAttribute('data-offline'));
      }
    }

    function busy(on) {
      if (!button) {
        return;
      }
      button.disabled = on;
      button.setAttribute('aria-busy', String(on));
      button.textContent = on ? status.getAttribute('data-saving') : label;
    }

    function show(response, html) {
      // Replace the whole page with the answer, at its address, as a normal form post would.
      if (window.history && window.history.replaceState) {
        window.history.replaceState(null, '', response.url);
      }
      document.open();
      document.write(html);
      document.close();
    }

    function offline() {
      sending = false;
      waiting = true;
      busy(false);
      say(status.getAttribute('data-offline'));
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (waiting && navigator.onLine !== false) {
          send();
        }
      }, RETRY_MS);
    }

    function send() {
      if (sending) {
        return;
      }
      sending = true;
      waiting = false;
      clearTimeout(timer);
      busy(true);
      say(status.getAttribute('data-saving'));
      fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        credentials: 'same-origin',
        headers: { 'Accept': 'text/html' }
      }).then(function (response) {
        return response.text().then(function (html) {
          show(response, html);
        });
      }).catch(offline);
    }

    form.addEventListener('submit', function (event) {
      if (!window.fetch || !status) {
        return;
      }
      event.preventDefault();
      if (navigator.onLine === false) {
        offline();
        return;
      }
      send();
    });

    window.addEventListener('online', function () {
      if (waiting) {
        send();
      }
    });
    form.setAttribute('data-save-ready', '');
  }

  document.querySelectorAll('form[data-save]').forEach(arm);
})();
