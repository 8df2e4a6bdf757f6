'use client';

import { useRef, useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * "Use my location": only shown when the browser can do it, and the browser
 * asks only when the visitor clicks. The coordinates go into the search form,
 * which is then sent as usual.
 */
export function UseMyLocation() {
  // False while rendering on the server (no button without JavaScript).
  const supported = useSyncExternalStore(noSubscription, () => 'geolocation' in navigator, () => false);
  const [status, setStatus] = useState('');
  const ref = useRef<HTMLButtonElement>(null);

  if (!supported) return null;

  function locate() {
    const form = ref.current?.form;
    if (!form) return;
    setStatus('Finding your location…');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        for (const [name, value] of [
          ['lat', pos.coords.latitude.toFixed(4)],
          ['lng', pos.coords.longitude.toFixed(4)],
        ] as const) {
          let input = form.querySelector<HTMLInputElement>(`input[name="${name}"]`);
          if (!input) {
            input = document.createElement('input');
            input.type = 'hidden';
            input.name = name;
            form.appendChild(input);
          }
          input.value = value;
        }
        const where = form.querySelector<HTMLInputElement>('input[name="where"]');
        if (where) where.value = '';
        form.requestSubmit();
      },
      () => setStatus('We could not get your location. Type a town or postal code instead.'),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  }

  return (
    <div className="mt-1">
      <button ref={ref} type="button" onClick={locate} className="min-h-11 text-sm font-semibold text-brand-800 underline">
        Use my location
      </button>
      <p role="status" className="text-sm text-slate-700">
        {status}
      </p>
    </div>
  );
}
