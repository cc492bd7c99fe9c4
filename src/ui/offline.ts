/** Registers the service worker that makes the app and every scenario work offline after one visit (production builds only). */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((e: unknown) => {
      console.warn('plandrill: offline support unavailable', e)
    })
  })
}
