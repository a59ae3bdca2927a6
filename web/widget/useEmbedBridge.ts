import { useEffect } from 'react';

/**
 * Talks to widget.js on the embedding page. Messages carry only a type (nothing private), so posting to any
 * origin is safe; only the parent window is listened to.
 */
export const closeEmbed = (): void => window.parent.postMessage({ type: 'tandem:close' }, '*');

export function useEmbedBridge(embedded: boolean, focusComposer: () => void): void {
  useEffect(() => {
    if (!embedded) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') closeEmbed();
    };
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown } | null;
      if (event.source === window.parent && data?.type === 'tandem:focus') focusComposer();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('message', onMessage);
    window.parent.postMessage({ type: 'tandem:ready' }, '*');
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('message', onMessage);
    };
  }, [embedded, focusComposer]);
}
