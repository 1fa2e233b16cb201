// BlogGen live reload: injected by `bloggen serve` only. Follows /__bloggen/events (Server-Sent Events).
(() => {
  const script = document.currentScript;
  let build = script ? script.dataset.build : null;
  const overlayId = 'bloggen-error-overlay';

  function removeOverlay() {
    const old = document.getElementById(overlayId);
    if (old) old.remove();
  }

  // Built with DOM text APIs only: messages quote user content and must never become markup.
  function showOverlay(errors) {
    removeOverlay();
    const overlay = document.createElement('div');
    overlay.id = overlayId;
    overlay.setAttribute('role', 'alert');
    Object.assign(overlay.style, {
      position: 'fixed', inset: '0', zIndex: '2147483647', overflow: 'auto', margin: '0',
      padding: '2rem', background: 'rgba(24, 24, 28, 0.94)', color: '#f5f5f5',
      font: '14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    });
    const title = document.createElement('h2');
    title.textContent = `Build failed: ${errors.length} error${errors.length === 1 ? '' : 's'}`;
    Object.assign(title.style, { color: '#ff6b6b', font: 'bold 18px/1.4 system-ui, sans-serif', margin: '0 0 1rem' });
    overlay.appendChild(title);
    const list = document.createElement('ul');
    Object.assign(list.style, { listStyle: 'none', padding: '0', margin: '0' });
    for (const error of errors) {
      const item = document.createElement('li');
      item.className = 'bloggen-error';
      item.style.margin = '0 0 1rem';
      const where = document.createElement('div');
      where.className = 'bloggen-error-location';
      where.style.color = '#ffd479';
      where.textContent = `${error.location}: error ${error.code}`;
      const message = document.createElement('div');
      message.className = 'bloggen-error-message';
      message.style.whiteSpace = 'pre-wrap';
      message.textContent = error.message;
      item.append(where, message);
      list.appendChild(item);
    }
    overlay.appendChild(list);
    const note = document.createElement('p');
    note.textContent = 'The last good version of the site is still served. This page updates when the errors are fixed.';
    note.style.color = '#aaa';
    overlay.appendChild(note);
    document.body.appendChild(overlay);
  }

  function swapStylesheets() {
    for (const link of document.querySelectorAll('link[rel~="stylesheet"]')) {
      const url = new URL(link.href, location.href);
      if (url.origin !== location.origin) continue;
      url.searchParams.set('bloggen-reload', Date.now().toString());
      const fresh = link.cloneNode();
      fresh.href = url.href;
      fresh.addEventListener('load', () => link.remove(), { once: true });
      link.after(fresh);
    }
  }

  const events = new EventSource('/__bloggen/events');
  // After a reconnect (or a server restart) the server says which site it serves: reload if it is not ours.
  events.addEventListener('hello', (e) => {
    const current = JSON.parse(e.data).build;
    if (build !== null && build !== current) {
      location.reload();
      return;
    }
    build = current;
    removeOverlay();
  });
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('css', (e) => {
    build = JSON.parse(e.data).build;
    removeOverlay();
    swapStylesheets();
  });
  events.addEventListener('errors', (e) => showOverlay(JSON.parse(e.data)));
})();
