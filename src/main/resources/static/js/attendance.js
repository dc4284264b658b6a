// Fills the optional position of the day form from the browser, when the member allows it; it is never required.
(function () {
  var form = document.getElementById('today-form');
  if (!form || !navigator.geolocation) {
    return;
  }
  navigator.geolocation.getCurrentPosition(function (position) {
    form.querySelector('input[name="latitude"]').value = position.coords.latitude.toFixed(6);
    form.querySelector('input[name="longitude"]').value = position.coords.longitude.toFixed(6);
    form.querySelector('input[name="accuracy"]').value = String(Math.round(position.coords.accuracy));
  }, function () {
    // Refused or unavailable: the day is recorded without a position.
  }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 300000 });
})();
