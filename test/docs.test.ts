/** The README stays true to the code: every plan and every project rule the plans use is listed. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { plans } from '../src/plans/index.ts'

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')

describe('README', () => {
  it.for(plans.ids())('lists plan %s and every project rule it marks', (id) => {
    const def = plans.get(id)?.definition
    expect(readme).toContain(`\`${id}\``)
    for (const r of def?.projectRules ?? []) expect(readme, r.id).toContain(`\`${r.id}\``)
    // Every project rule an expectation cites is defined by the plan (and so listed above).
    const defined = new Set(def?.projectRules.map((r) => r.id))
    for (const e of def?.expectations ?? []) for (const r of e.projectRules ?? []) expect(defined.has(r), `${e.id} cites ${r}`).toBe(true)
  })
  it('keeps the two quick-start commands', () => {
    expect(readme).toContain('npm install && npm start')
    expect(readme).toMatch(/^npm test\b/m)
  })
})
