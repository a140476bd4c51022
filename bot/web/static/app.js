// The Mini App's entry page: hand the identity Telegram signed (initData) to the server,
// which checks it and opens the dashboard. Nothing else runs in the page.
(function () {
  "use strict";
  var form = document.getElementById("session");
  var app = window.Telegram && window.Telegram.WebApp;
  if (!form || !app || !app.initData) {
    return;
  }
  app.ready();
  app.expand();
  form.elements.init_data.value = app.initData;
  form.submit();
})();
