'use client';

import { useEffect, useState } from 'react';

/**
 * Copies `text` to the clipboard. Progressive enhancement: it renders nothing until JavaScript
 * runs and a clipboard is available; the text itself is always on the page to select.
 * `data-copy-text` holds exactly what is copied.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [available, setAvailable] = useState(false);
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => setAvailable(typeof navigator !== 'undefined' && Boolean(navigator.clipboard?.writeText)), []);
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);
  if (!available) return null;
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setState('copied'),
      () => setState('failed'),
    );
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        data-copy-text={text}
        className="rounded border border-stone-400 bg-white px-2 py-0.5 text-sm hover:bg-stone-100 focus:outline focus:outline-2 focus:outline-blue-700"
      >
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-xs text-stone-600">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Could not copy: select the text instead' : ''}
      </span>
    </span>
  );
}
