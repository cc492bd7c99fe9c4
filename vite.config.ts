/** Vite build for the browser app; the engine is shared with the CLI unchanged. The service worker precaches everything for offline use. */
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { buildCatalogIndex } from './src/build/catalogIndex.ts'
import { plans } from './src/plans/index.ts'

/** `virtual:plandrill-catalog`: the scenario index, computed by the engine at build time (and on every change in dev). */
function catalogIndex(): Plugin {
  const id = 'virtual:plandrill-catalog'
  const dir = resolve(import.meta.dirname, 'scenarios')
  return {
    name: 'plandrill-catalog',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(source) {
      if (source !== `\0${id}`) return null
      this.addWatchFile(dir)
      return `export default ${JSON.stringify(buildCatalogIndex(dir, plans))}`
    },
    configureServer(server) {
      server.watcher.add(dir)
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(dir)) return
        const mod = server.moduleGraph.getModuleById(`\0${id}`)
        if (mod) server.moduleGraph.invalidateModule(mod)
        server.ws.send({ type: 'full-reload' })
      })
    },
  }
}

export default defineConfig({
  base: './',
  // The review worker imports the engine and the plans; ES workers share chunks and load lazily like the pages.
  worker: { format: 'es', plugins: () => [catalogIndex()] },
  plugins: [
    react(),
    catalogIndex(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: null,
      filename: 'sw.js',
      includeAssets: ['icon.svg', 'icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'plandrill 应急预案演练',
        short_name: 'plandrill',
        description: '金融机构应急预案演练与评估 · Emergency plan drills and evaluations for financial institutions',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#10233d',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 2000 },
})
