/**
 * The one-tag embed: `<script src="https://tandem.example/widget.js" defer></script>`.
 * It adds a launcher button and, on first open, an iframe with the widget page (`/widget/`) from the same
 * server as this script, so the chat runs in its own origin with its own styles. No imports: this file is
 * built as a classic script.
 *
 * Options on the script tag: `data-session="anonymous"` for visitors who are not signed in to a demo
 * account, `data-label="…"` for the launcher text.
 */
type TandemWindow = Window & { __tandemWidget?: { open(): void; close(): void } };

(() => {
  const host = window as TandemWindow;
  if (host.__tandemWidget) return;
  const script = document.currentScript as HTMLScriptElement | null;
  const origin = script?.src ? new URL(script.src, location.href).origin : location.origin;
  const params = new URLSearchParams({ embed: '1' });
  if (script?.dataset.session === 'anonymous') params.set('as', 'anonymous');

  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.textContent = script?.dataset.label ?? 'Chat with us';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'tandem-chat-frame');
  Object.assign(launcher.style, {
    position: 'fixed', right: '16px', bottom: '16px', zIndex: '2147483000', minHeight: '48px', padding: '0 20px',
    border: '0', borderRadius: '24px', background: '#0f5fa6', color: '#fff', font: '600 16px system-ui, sans-serif',
    boxShadow: '0 4px 16px rgb(16 24 40 / 25%)', cursor: 'pointer',
  });

  let frame: HTMLIFrameElement | null = null;
  const phone = window.matchMedia('(max-width: 480px)');

  const place = (element: HTMLIFrameElement) => {
    Object.assign(
      element.style,
      phone.matches
        ? { inset: '0', width: '100%', height: '100%', borderRadius: '0' }
        : { inset: 'auto', right: '16px', bottom: '76px', width: '380px', height: 'min(640px, calc(100vh - 96px))', borderRadius: '12px' },
    );
  };

  const createFrame = (): HTMLIFrameElement => {
    const element = document.createElement('iframe');
    element.id = 'tandem-chat-frame';
    element.title = 'Support chat';
    element.src = `${origin}/widget/?${params.toString()}`;
    Object.assign(element.style, { position: 'fixed', zIndex: '2147483001', border: '1px solid #c9d0da', background: '#fff', boxShadow: '0 8px 32px rgb(16 24 40 / 25%)', display: 'none' });
    place(element);
    document.body.appendChild(element);
    return element;
  };

  const open = () => {
    frame ??= createFrame();
    frame.style.display = 'block';
    launcher.setAttribute('aria-expanded', 'true');
    if (phone.matches) launcher.style.display = 'none';
    frame.focus();
    frame.contentWindow?.postMessage({ type: 'tandem:focus' }, origin);
  };

  const close = () => {
    if (frame) frame.style.display = 'none';
    launcher.style.display = '';
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  };

  launcher.addEventListener('click', () => (launcher.getAttribute('aria-expanded') === 'true' ? close() : open()));
  phone.addEventListener('change', () => frame && place(frame));
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow) return;
    const data = event.data as { type?: unknown } | null;
    if (data?.type === 'tandem:close') close();
    // The page inside loads after the first open: it asks for focus once ready.
    if (data?.type === 'tandem:ready' && frame.style.display !== 'none') frame.contentWindow?.postMessage({ type: 'tandem:focus' }, origin);
  });

  const mount = () => document.body.appendChild(launcher);
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
  host.__tandemWidget = { open, close };
})();
