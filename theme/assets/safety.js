// The exit control. Any link marked data-exit leaves the site at once: the page is hidden immediately and the
// browser goes to the exit address with location.replace, so this page is not left in the tab's history.
// Pressing Shift on its own three times within 5 seconds does the same; Shift used with another key (a
// capital letter) does not count. Screen readers hear the count through the #exit-status live region.
// Without JavaScript the links still work as plain links. Nothing is stored and no request is made here.
(function () {
  'use strict';

  var PRESSES_NEEDED = 3;
  var WINDOW_MS = 5000;

  var links = document.querySelectorAll('a[data-exit]');
  if (links.length === 0) {
    return;
  }
  var destination = links[0].href;
  var status = document.getElementById('exit-status');
  var tip = document.getElementById('exit-tip');
  var button = document.getElementById('exit-this-page');
  // The control's one name, from the config (safety.exit_label), so announcements use it too.
  var label = button && button.getAttribute('data-label') ? button.getAttribute('data-label') : 'Exit this page';
  var presses = 0;
  var expiry = null;
  var usedWithOtherKey = false;

  function announce(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function exit(event) {
    if (event) {
      event.preventDefault();
    }
    // Pages holding something private (the prepare-what-to-say draft) wipe it on this event, before leaving.
    document.dispatchEvent(new Event('site-exit'));
    document.body.hidden = true;
    document.title = '';
    window.location.replace(destination);
  }

  function reset() {
    presses = 0;
    if (expiry !== null) {
      window.clearTimeout(expiry);
      expiry = null;
    }
  }

  function expire() {
    reset();
    announce(label + ' shortcut cancelled.');
  }

  function countPress() {
    presses += 1;
    if (presses >= PRESSES_NEEDED) {
      reset();
      announce('Leaving this site.');
      exit();
      return;
    }
    if (presses === 1) {
      // The window runs from the first press, so three slow presses do not add up.
      expiry = window.setTimeout(expire, WINDOW_MS);
    }
    var left = PRESSES_NEEDED - presses;
    announce('Shift pressed ' + (presses === 1 ? 'once' : 'twice') + '. Press it ' +
      (left === 1 ? 'once more' : left + ' more times') + ' to leave this site.');
  }

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Shift') {
      if (!event.repeat) {
        usedWithOtherKey = false;
      }
      return;
    }
    usedWithOtherKey = true;
    reset();
  }, true);

  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') {
      return;
    }
    if (usedWithOtherKey || event.ctrlKey || event.altKey || event.metaKey) {
      usedWithOtherKey = false;
      return;
    }
    countPress();
  }, true);

  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener('click', exit);
  }
  if (tip) {
    tip.hidden = false;
  }
}());
