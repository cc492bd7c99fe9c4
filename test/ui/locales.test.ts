/** The two languages have exactly the same keys, no empty strings, and the same {{placeholders}}. */
import { describe, expect, it } from 'vitest'
import { consoleEn } from '../../src/ui/locales/console.en.ts'
import { consoleZh } from '../../src/ui/locales/console.zh.ts'
import { en } from '../../src/ui/locales/en.ts'
import { mselEn } from '../../src/ui/locales/msel.en.ts'
import { mselZh } from '../../src/ui/locales/msel.zh.ts'
import { reviewEn } from '../../src/ui/locales/review.en.ts'
import { reviewZh } from '../../src/ui/locales/review.zh.ts'
import { zh } from '../../src/ui/locales/zh.ts'

function flatten(o: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(o)) {
    if (typeof v === 'string') out[`${prefix}${k}`] = v
    else Object.assign(out, flatten(v as object, `${prefix}${k}.`))
  }
  return out
}

describe.for([
  ['translation', zh, en],
  ['review', reviewZh, reviewEn],
  ['console', consoleZh, consoleEn],
  ['msel', mselZh, mselEn],
] as const)('locales: %s namespace', ([, zhNs, enNs]) => {
  const z = flatten(zhNs)
  const e = flatten(enNs)
  it('have the same keys', () => {
    expect(Object.keys(e).sort()).toEqual(Object.keys(z).sort())
  })
  it.for(Object.keys(z))('%s: both filled, same placeholders', (key) => {
    expect(z[key]?.trim()).not.toBe('')
    expect(e[key]?.trim()).not.toBe('')
    const ph = (s: string | undefined) => [...(s ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort()
    expect(ph(e[key])).toEqual(ph(z[key]))
  })
  it('Chinese text uses full-width punctuation', () => {
    for (const [k, v] of Object.entries(z)) expect(v, k).not.toMatch(/[\u4e00-\u9fff][,;:?!]|[,;:?!][\u4e00-\u9fff]/)
  })
})
