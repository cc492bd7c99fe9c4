/** Holiday years imported in the browser: kept, merged, used by drills; a bad file keeps nothing. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { clearCalendars, coveredYears, importCalendar, keptWorkingCalendar } from '../../src/ui/calendars.ts'
import { InputError } from '../../src/engine/index.ts'
import { ROOT } from '../helpers.ts'

const store = new Map<string, string>()
beforeEach(() => {
  store.clear()
  ;(globalThis as { localStorage?: unknown }).localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
  }
})

describe('imported holiday calendars', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'calendars')
  it('keeps the years of a valid file and drills use them', async () => {
    const file = 'partial-2027.yaml'
    expect(await importCalendar(readFileSync(join(dir, file), 'utf8'), file)).toEqual([2027])
    expect(coveredYears().imported).toEqual([2027])
    const cal = keptWorkingCalendar()
    expect(cal?.covers(2027)).toBe(true)
    expect(cal?.isWorkingDay('2027-01-01')).toBe(false)
    expect(cal?.isWorkingDay('2027-01-04')).toBe(true)
    clearCalendars()
    expect(keptWorkingCalendar()).toBeUndefined()
  })
  it('refuses a bad file naming the field, and keeps what was there', async () => {
    const file = 'partial-2027.yaml'
    await importCalendar(readFileSync(join(dir, file), 'utf8'), file)
    const bad = 'years:\n  2028:\n    holidays: [2028-02-30]\n'
    await expect(importCalendar(bad, 'bad.yaml')).rejects.toBeInstanceOf(InputError)
    expect(coveredYears().imported).toEqual([2027])
  })
})
