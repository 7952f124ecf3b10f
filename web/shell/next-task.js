// The work a page does when the core arrives (instantiating it, the first answers, drawing the
// first screen) is split at these points into tasks of its own: run as one, it held the page for
// 400-600 ms at a phone's speed (Lighthouse's total blocking time, docs/performance.md), and a tap
// or a key press in that time waited for all of it. Between tasks the browser handles input and
// paints.
export function nextTask() {
  if (typeof globalThis.scheduler?.yield === 'function') return globalThis.scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
