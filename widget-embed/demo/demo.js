// The demo page introduces whatever site the server loaded: its name and example questions come from GET /site,
// never from wording written here. Text only (textContent), so the page's Trusted Types policy is never involved.
(async () => {
  try {
    const r = await fetch('/site', { headers: { Accept: 'application/json' } });
    if (!r.ok) return;
    const site = await r.json();
    if (site.name) {
      document.querySelector('h1').textContent = `${site.name}: ask this site`;
      document.title = `Quickcite demo: ${site.name}`;
    }
    const examples = Array.isArray(site.examples) ? site.examples.slice(0, 2) : [];
    const hint = document.querySelector('.hint');
    if (examples.length && hint) hint.textContent = 'Try: ' + examples.map((q) => `“${q}”`).join(' or ');
    const box = document.querySelector('quickcite-box');
    if (examples.length && box) box.setAttribute('placeholder', `e.g. ${examples[0]}`);
  } catch {
    // the page still works with its generic wording
  }
})();
