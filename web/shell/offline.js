// Registers the service worker (../sw.js) for the whole site, so every page works offline after
// the first visit. Loaded by every page; a browser without service workers (or a file:// page)
// simply stays online-only.
// Embedded in a portal (shell/embed.js), offline use is the portal's business: no worker, and no
// second download of every file.
import { embedded } from './embed.js';

if (!embedded && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register(new URL('../sw.js', import.meta.url), { scope: new URL('../', import.meta.url).pathname })
    .catch((err) => console.warn('medins: offline use is not available', err.message));
}
