// Copies the text of the field a button names (data-copy-target) to the clipboard, and says so in the nearest status
// line. Without the Clipboard API (or when it refuses), the field's text is selected so that Ctrl+C copies it.
(function () {
  document.querySelectorAll('[data-copy-target]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy-target'));
    var status = button.closest('section').querySelector('[data-copy-status]');
    function say(text) { if (status) { status.textContent = text; } }
    button.addEventListener('click', function () {
      field.focus();
      field.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(
          function () { say(button.getAttribute('data-copied')); },
          function () { say(button.getAttribute('data-copy-failed')); });
      } else {
        say(button.getAttribute('data-copy-failed'));
      }
    });
  });
})();
