/** Browser entry: i18n first (so the first paint is in the right language), then the app. */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App.tsx'
import { initI18n } from './i18n.ts'
import { registerOffline } from './offline.ts'
import './styles.css'

initI18n()
const root = document.getElementById('root')
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>)
registerOffline()
