// The offline interface, loaded by OfflineLoader.astro only where it has work: the "save this
// guide" box and the "newer version" offer. (The offline page lists saved pages on its own: SavedPages.astro.)
import { fill, formatDay, formatSize } from '../i18n/format.ts';

/** This language's words: the build writes one script per language (offline/ui.<lang>.js). */
declare const __WORDS__: Record<string, string>;

const lang = document.documentElement.lang;
const words = __WORDS__;

const size = (bytes: number) => formatSize(bytes, lang);
const day = (iso: string) => formatDay(iso, lang);

type Reply = { type?: string; done?: number; total?: number; saved?: string | null; needsUpdate?: boolean; reason?: string; status?: number };

/** Why a save stopped, in the reader's words, each ending with what to do: nothing was kept either way. */
function failed(reply: Reply): string {
  if (reply.reason === 'damaged') return words.failedDamaged!;
  if (reply.reason === 'server') return fill(words.failedServer!, { status: reply.status ?? '' });
  if (reply.reason === 'storage') return words.failedStorage!;
  return words.failed!; // the connection dropped, before or during the download
}

/** Sends a message to a service worker; every reply goes to `onReply` until it returns true. */
function ask(worker: ServiceWorker, message: object, onReply: (reply: Reply) => boolean | void = () => true): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<Reply>) => {
    if (onReply(event.data)) channel.port1.close();
  };
  worker.postMessage(message, [channel.port2]);
}

/** The save box on a language's home page. */
function saveBox(box: HTMLElement, active: ServiceWorker) {
  const button = (name: string) => box.querySelector<HTMLButtonElement>(`[data-offline-${name}]`)!;
  const [save, cancel, remove] = [button('save'), button('cancel'), button('remove')];
  const progress = box.querySelector('progress')!;
  const status = box.querySelector('[role=status]')!;
  const options = box.querySelectorAll<HTMLElement>('[data-offline-group]');
  const show = (saved: string | null) => {
    save.hidden = Boolean(saved);
    options.forEach((option) => (option.hidden = Boolean(saved)));
    remove.hidden = !saved;
    status.textContent = saved ? fill(words.savedOn!, { date: day(saved) }) : status.textContent;
  };
  ask(active, { type: 'status', lang: box.dataset.offline }, (reply) => {
    show(reply.saved ?? null);
    box.hidden = false;
  });
  save.addEventListener('click', () => {
    save.hidden = true;
    cancel.hidden = false;
    progress.hidden = false;
    const groups = [...box.querySelectorAll<HTMLInputElement>('[data-offline-group] input:checked')].map((input) => input.value);
    ask(active, { type: 'save', lang: box.dataset.offline, groups }, (reply) => {
      if (reply.type === 'progress') {
        progress.max = reply.total!;
        progress.value = reply.done!;
        status.textContent = fill(words.saving!, { done: size(reply.done!), total: size(reply.total!) });
        return false;
      }
      cancel.hidden = true;
      progress.hidden = true;
      status.textContent = reply.type === 'done' ? words.done! : reply.type === 'cancelled' ? words.cancelled! : failed(reply);
      save.hidden = reply.type === 'done';
      options.forEach((option) => (option.hidden = reply.type === 'done'));
      remove.hidden = reply.type !== 'done';
      return true;
    });
  });
  cancel.addEventListener('click', () => active.postMessage({ type: 'cancel' }));
  remove.addEventListener('click', () =>
    ask(active, { type: 'remove', lang: box.dataset.offline }, () => {
      show(null);
      status.textContent = words.removed!;
    }),
  );
}

/** The offer of a newer version: downloaded by the worker that will serve it, switched to in one step. */
function offerUpdate(worker: ServiceWorker, registration: ServiceWorkerRegistration) {
  const banner = document.createElement('section');
  banner.className = 'update wrap note';
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-label', words.update!);
  banner.innerHTML = '<p></p><button type="button"></button><progress hidden max="1" value="0"></progress><p role="status" aria-live="polite"></p>';
  const [text, button, progress, status] = [banner.querySelector('p')!, banner.querySelector('button')!, banner.querySelector('progress')!, banner.querySelector('[role=status]')!];
  text.textContent = words.update!;
  button.textContent = words.updateButton!;
  document.querySelector('header')!.after(banner);
  button.addEventListener('click', () => {
    button.hidden = true;
    progress.hidden = false;
    ask(worker, { type: 'update' }, (reply) => {
      if (reply.type === 'progress') {
        progress.max = reply.total || 1;
        progress.value = reply.done!;
        status.textContent = fill(words.updating!, { done: size(reply.done!), total: size(reply.total!) });
        return false;
      }
      if (reply.type !== 'done') {
        progress.hidden = true;
        button.hidden = false;
        status.textContent = reply.reason === 'storage' ? words.failedStorage! : words.updateFailed!;
        return true;
      }
      if (worker === registration.waiting) {
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
        worker.postMessage({ type: 'activate' });
      } else {
        worker.postMessage({ type: 'cleanup' });
        location.reload();
      }
      return true;
    });
  });
}

void navigator.serviceWorker.ready.then((registration) => {
  const active = registration.active!;
  const box = document.querySelector<HTMLElement>('[data-offline]');
  if (box) saveBox(box, active);
  // A newer version may be waiting already, or finish installing while the reader is here.
  let offered = false;
  const offer = (worker: ServiceWorker | null) => {
    if (offered || !worker) return;
    offered = true;
    offerUpdate(worker, registration);
  };
  const offerWaiting = () => navigator.serviceWorker.controller && offer(registration.waiting);
  offerWaiting();
  registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', offerWaiting));
  // Or this version took over on its own (every tab was closed) and older saved copies wait for it.
  ask(active, { type: 'status', lang }, (reply) => {
    if (reply.needsUpdate) offer(active);
    return true;
  });
});
