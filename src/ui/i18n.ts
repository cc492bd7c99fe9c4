/** i18next set-up: zh-CN by default, `?lang=en` in the URL or the remembered choice selects English. */
import i18next from 'i18next'
import { initReactI18next, useTranslation } from 'react-i18next'
import type { Bilingual, Lang } from '../engine/index.ts'
import { en } from './locales/en.ts'
import { consoleEn } from './locales/console.en.ts'
import { consoleZh } from './locales/console.zh.ts'
import { mselEn } from './locales/msel.en.ts'
import { mselZh } from './locales/msel.zh.ts'
import { reviewEn } from './locales/review.en.ts'
import { reviewZh } from './locales/review.zh.ts'
import { zh } from './locales/zh.ts'

export const LANG_KEY = 'plandrill.lang'

/** The URL's `?lang=` wins (and is remembered), then the remembered choice, then Chinese. */
export function initialLang(): Lang {
  const q = new URLSearchParams(location.search).get('lang')
  if (q === 'en' || q === 'zh') {
    safeStore(q)
    return q
  }
  return readStore() === 'en' ? 'en' : 'zh'
}

export function initI18n(): typeof i18next {
  const lng = initialLang()
  void i18next.use(initReactI18next).init({
    resources: { zh: { translation: zh, review: reviewZh, console: consoleZh, msel: mselZh }, en: { translation: en, review: reviewEn, console: consoleEn, msel: mselEn } },
    lng,
    fallbackLng: 'zh',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  applyDocumentLang(lng)
  return i18next
}

/** Switches language, remembers it, and keeps `?lang=` in the URL in step so a reload or a shared link agrees. */
export function setLang(lang: Lang): void {
  safeStore(lang)
  void i18next.changeLanguage(lang)
  applyDocumentLang(lang)
  const url = new URL(location.href)
  if (url.searchParams.has('lang') || lang === 'en') {
    url.searchParams.set('lang', lang)
    history.replaceState(history.state, '', url.href)
  }
}

/** The current language and a picker for bilingual plan texts. */
export function useLang(): { lang: Lang; pick: (b: Bilingual | undefined) => string } {
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh'
  return { lang, pick: (b) => (b ? b[lang] || b.zh : '') }
}

function applyDocumentLang(lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'
  document.title = lang === 'zh' ? 'plandrill 应急预案演练' : 'plandrill emergency plan drills'
}

function safeStore(lang: Lang): void {
  try {
    localStorage.setItem(LANG_KEY, lang)
  } catch {
    // Storage may be disabled (private mode); the choice then lasts for this page only.
  }
}

function readStore(): string | null {
  try {
    return localStorage.getItem(LANG_KEY)
  } catch {
    return null
  }
}
