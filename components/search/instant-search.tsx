'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useRef } from 'react';

/** Quiet time after the last keystroke before the search runs. */
const DEBOUNCE_MS = 250;

/** The search URL for the form as it stands: empty fields left out, back to page 1. */
function formHref(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') params.append(name, value);
  }
  if (params.get('sort') === 'relevance') params.delete('sort');
  const qs = params.toString();
  return qs ? `/search?${qs}` : '/search';
}

function syncControls(form: HTMLFormElement, params: URLSearchParams) {
  const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  for (const name of ['q', 'from', 'to']) {
    const el = field(name);
    if (el) el.value = params.get(name) ?? '';
  }
  const sort = field('sort');
  if (sort) sort.value = params.get('sort') ?? 'relevance';
  const group = field('group') as HTMLInputElement | null;
  if (group) group.checked = params.get('group') === 'record';
}

function isTypingElsewhere(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * Progressive enhancement of the server-rendered search form (which works on its own): typing
 * searches after a pause, other controls search when changed, and "/" jumps to the box. Each
 * settled search is a history entry, so Back returns to the previous query; the URL is the state.
 */
export function InstantSearch({ formId, boxId }: { formId: string; boxId: string }) {
  const router = useRouter();
  const searchParams = useSearchParams();
  const lastHref = useRef<string | null>(null);
  const pushedQ = useRef<string | null>(null);

  // A link changed the URL (a facet, a page): show its search in the controls (they are
  // uncontrolled). Not while the user is typing a newer query than the one this URL answers.
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const q = searchParams.get('q') ?? '';
    const typing = document.activeElement === form.elements.namedItem('q');
    if (pushedQ.current === null || (q !== pushedQ.current && !typing)) {
      syncControls(form, searchParams);
      pushedQ.current = q;
    }
    lastHref.current = null;
  }, [searchParams, formId]);

  // Back/forward: always show that entry's search, even in a focused box. Read from location,
  // which is already updated when popstate fires (the router may render before or after us).
  useEffect(() => {
    const onPop = () => {
      const form = document.getElementById(formId) as HTMLFormElement | null;
      if (!form) return;
      const params = new URLSearchParams(window.location.search);
      syncControls(form, params);
      pushedQ.current = params.get('q') ?? '';
      lastHref.current = null;
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [formId]);

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    const box = document.getElementById(boxId) as HTMLInputElement | null;
    if (!form || !box) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const go = () => {
      clearTimeout(timer);
      const href = formHref(form);
      if (href === lastHref.current) return;
      lastHref.current = href;
      pushedQ.current = new URLSearchParams(href.split('?')[1] ?? '').get('q') ?? '';
      router.push(href, { scroll: false });
    };
    const onInput = (e: Event) => {
      if (e.target !== box) return;
      clearTimeout(timer);
      timer = setTimeout(go, DEBOUNCE_MS);
    };
    const onChange = (e: Event) => {
      if (e.target !== box) go();
    };
    const onSubmit = (e: SubmitEvent) => {
      e.preventDefault();
      go();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTypingElsewhere(e.target)) return;
      e.preventDefault();
      box.focus();
      box.select();
    };
    form.dataset.instant = 'on'; // tells tests (and curious readers) the enhancement is live
    form.addEventListener('input', onInput);
    form.addEventListener('change', onChange);
    form.addEventListener('submit', onSubmit);
    document.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      delete form.dataset.instant;
      form.removeEventListener('input', onInput);
      form.removeEventListener('change', onChange);
      form.removeEventListener('submit', onSubmit);
      document.removeEventListener('keydown', onKey);
    };
  }, [router, formId, boxId]);

  return null;
}
