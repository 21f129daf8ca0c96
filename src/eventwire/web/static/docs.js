// The API docs page: Swagger UI from the bundled swagger-ui-dist, reading our OpenAPI file.
(function () {
  "use strict";
  var el = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: el.dataset.spec, dom_id: "#swagger-ui", deepLinking: true });
})();
