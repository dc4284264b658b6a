// The print view of a monthly sheet: opens the print dialog once loaded, and again from the print button.
(function () {
  var button = document.getElementById('print-now');
  if (button) {
    button.addEventListener('click', function () {
      window.print();
    });
  }
  if (document.body && document.body.classList.contains('sheet-print')) {
    window.addEventListener('load', function () {
      window.print();
    });
  }
})();
