// Swagger UI on this server's own OpenAPI document: "Authorize" takes the admin token or a session.
window.ui = SwaggerUIBundle({
  url: new URL('../api/openapi.json', location.href).href,
  dom_id: '#swagger-ui',
  deepLinking: true,
  docExpansion: 'list',
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout'
});
