// The few behaviours every page needs, without Bootstrap's script bundle: the menu button, the drop-down menus,
// closing a message, asking before actions marked data-confirm, and the CSRF token for htmx requests.
(function () {
  function openMenus() {
    return document.querySelectorAll('.dropdown-menu.show');
  }

  function closeMenus(except) {
    openMenus().forEach(function (menu) {
      if (menu === except) {
        return;
      }
      menu.classList.remove('show');
      var toggle = menu.parentElement.querySelector('[data-bs-toggle="dropdown"]');
      if (toggle) {
        toggle.classList.remove('show');
        toggle.setAttribute('aria-expanded', 'false');
      }
    });
  }

  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('[data-bs-toggle], [data-bs-dismiss="alert"]');
    if (!toggle) {
      if (!event.target.closest('.dropdown-menu')) {
        closeMenus(null);
      }
      return;
    }
    if (toggle.getAttribute('data-bs-dismiss') === 'alert') {
      var alert = toggle.closest('.alert');
      if (alert) {
        alert.remove();
      }
      return;
    }
    var kind = toggle.getAttribute('data-bs-toggle');
    if (kind === 'collapse') {
      var target = document.querySelector(toggle.getAttribute('data-bs-target'));
      if (target) {
        var shown = target.classList.toggle('show');
        toggle.classList.toggle('collapsed', !shown);
        toggle.setAttribute('aria-expanded', String(shown));
      }
    }
    else if (kind === 'dropdown') {
      event.preventDefault();
      var menu = toggle.parentElement.querySelector('.dropdown-menu');
      if (menu) {
        closeMenus(menu);
        var open = menu.classList.toggle('show');
        menu.setAttribute('data-bs-popper', 'static');
        toggle.classList.toggle('show', open);
        toggle.setAttribute('aria-expanded', String(open));
      }
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      closeMenus(null);
    }
  });

  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });

  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
})();
