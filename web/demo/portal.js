// The demo portal's own script: lists the assistant's events on the page, as a portal would log
// or act on them (docs/embedding.md). The events carry the core's JSON.
const list = document.getElementById('event-list');
// Kept for the Chromium test (tests/browser/embed.test.mjs), which reads what the portal received.
window.portalEvents = [];

function summary(event) {
  const d = event.detail ?? {};
  if (event.type === 'medins-result') return `${d.op}`;
  return `${d.source ?? ''} ${d.op ?? ''}: ${(d.errors ?? []).map((e) => e.code).join(', ')}`;
}

for (const type of ['medins-result', 'medins-error']) {
  document.addEventListener(type, (event) => {
    window.portalEvents.push({ type, target: event.target.id, detail: event.detail });
    const item = document.createElement('li');
    item.className = type;
    item.textContent = `${event.target.id} · ${type} · ${summary(event)}`;
    list.append(item);
  });
}

document.getElementById('clear-events').addEventListener('click', () => list.replaceChildren());
