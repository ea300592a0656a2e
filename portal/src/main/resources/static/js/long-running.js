/* A form whose answer takes a while ([data-long-running]) shows that it is working, and cannot be sent twice. */
(function () {
  'use strict';
  document.querySelectorAll('form[data-long-running]').forEach(function (form) {
    form.addEventListener('submit', function () {
      var progress = form.querySelector('[data-long-running-progress]');
      var status = form.querySelector('[data-long-running-status]');
      form.setAttribute('aria-busy', 'true');
      form.querySelectorAll('button').forEach(function (button) { button.disabled = true; });
      if (progress) { progress.hidden = false; }
      if (status) { status.textContent = status.dataset.text; }
    });
  });
}());
