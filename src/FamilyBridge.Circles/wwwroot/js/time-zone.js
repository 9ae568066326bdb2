// Fills circle time-zone fields from this device's own setting, unless the person already chose one. Without
// JavaScript the server's guess from the browser's language (or an empty, required choice) stands.
(function () {
  'use strict';
  var zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    return;
  }
  if (!zone) {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll('select[data-time-zone]'), function (select) {
    if (select.getAttribute('data-source') === 'Chosen') {
      return;
    }
    var option = Array.prototype.find.call(select.options, function (o) { return o.value === zone; });
    if (!option) {
      var group = document.createElement('optgroup');
      group.label = 'This device';
      option = document.createElement('option');
      option.value = zone;
      option.textContent = zone.replace(/_/g, ' ');
      group.appendChild(option);
      select.insertBefore(group, select.firstChild);
    }
    option.selected = true;
    select.setAttribute('data-source', 'Device');
    var hint = document.getElementById(select.id + '-hint');
    if (hint) {
      hint.textContent = 'Filled in from this device: ' + option.textContent +
        '. Change it if that is not where you live. It decides when a new day starts on the days counter, and the times you see.';
    }
  });
})();
