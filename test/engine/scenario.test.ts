/** Scenario loading: every bad file is refused with its file, field path, reason and line; anything else loads. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, test } from 'vitest'
import { test as propTest, fc } from '@fast-check/vitest'
import { InputError, loadScenario } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { ROOT, scenarioText } from '../helpers.ts'

const dir = join(ROOT, 'test', 'fixtures', 'scenarios', 'invalid')
const load = (name: string) => {
  const file = `test/fixtures/scenarios/invalid/${name}`
  try {
    loadScenario(readFileSync(join(dir, name), 'utf8'), { file, plans })
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error(`${name} loaded without error`)
}

describe('invalid scenario files', () => {
  test.for([
    { file: 'yaml-syntax.yaml', code: 'yaml-syntax', path: '', message: /flow|collection|end/i, line: 9 },
    { file: 'unknown-key.yaml', code: 'unknown-key', path: 'severity', message: /unknown key "severity"/, line: 5 },
    { file: 'unknown-plan.yaml', code: 'unknown-plan', path: 'plan', message: /Did you mean "customer-info-leak"\?/, line: 2 },
    { file: 'unknown-event.yaml', code: 'unknown-event', path: 'injects[0].event', message: /Did you mean "leak.discovered"\?/, line: 7 },
    { file: 'bad-duration.yaml', code: 'bad-duration', path: 'injects[1].at', message: /"3x" is not a duration/, line: 9 },
    { file: 'negative-count.yaml', code: 'bad-value', path: 'injects[0].data.customers', message: /at least 0/, line: 8 },
    { file: 'wrong-type.yaml', code: 'bad-value', path: 'injects[0].data.customers', message: /must be a number/, line: 8 },
    { file: 'missing-field.yaml', code: 'schema', path: 'injects[0].data', message: /missing required field "sensitive"/, line: 8 },
    { file: 'impossible-date.yaml', code: 'bad-time', path: 'start', message: /2026-02-30|date|day/i, line: 4 },
    { file: 'unknown-role.yaml', code: 'unknown-role', path: 'injects[0].to[0]', message: /Did you mean "responsible-unit"\?/, line: 9 },
    { file: 'unknown-param.yaml', code: 'unknown-param', path: 'params.majorThreshold', message: /unknown parameter "majorThreshold"/, line: 5 },
    { file: 'bad-param.yaml', code: 'bad-duration', path: 'params.emergencyReportWithinMajor', message: /"soon" is not a duration/, line: 5 },
    { file: 'sensitive-mismatch.yaml', code: 'bad-value', path: 'injects[0].data.sensitive', message: /pr-cil-03/, line: 8 },
    { file: 'after-end.yaml', code: 'bad-value', path: 'injects[1].at', message: /after the drill's end/, line: 10 },
    { file: 'unitless-offset.yaml', code: 'bad-duration', path: 'injects[0].at', message: /has no unit/, line: 6 },
    { file: 'no-injects.yaml', code: 'schema', path: 'injects', message: /at least one inject/, line: 5 },
    { file: 'not-a-mapping.yaml', code: 'schema', path: '', message: /object/, line: undefined },
    { file: 'duplicate-key.yaml', code: 'yaml-syntax', path: '', message: /unique/i, line: 7 },
  ])('$file is refused at "$path" ($code)', ({ file, code, path, message, line }) => {
    const e = load(file)
    expect(e.code).toBe(code)
    expect(e.file).toBe(`test/fixtures/scenarios/invalid/${file}`)
    const issue = e.issues[0]
    expect(issue?.path).toBe(path)
    expect(issue?.message).toMatch(message)
    if (line !== undefined) expect(issue?.line).toBe(line)
  })

  it('reports every problem in a file at once', () => {
    const text = scenarioText('customer-info-leak', [
      { at: '3x', event: 'leak.discovered', data: { customers: -1, sensitive: 'yes' } },
      { at: '1h', event: 'no.such-event' },
    ])
    try {
      loadScenario(text, { file: 'many.yaml', plans })
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).issues.map((i) => i.path)).toEqual(['injects[0].at', 'injects[0].data.customers', 'injects[0].data.sensitive', 'injects[1].event'])
    }
  })
})

describe('valid scenarios', () => {
  it('loads injects in time order and keeps file order for equal times', () => {
    const s = loadScenario(
      scenarioText('customer-info-leak', [
        { at: '2h', event: 'media.inquiry', data: { outlet: 'A' } },
        { at: '0m', event: 'leak.discovered', data: { customers: 5, sensitive: false } },
        { at: '2h', event: 'media.inquiry', data: { outlet: 'B' } },
      ]),
      { file: 'ok.yaml', plans },
    )
    expect(s.injects.map((i) => [i.at, i.data.outlet ?? null])).toEqual([[0, null], [7_200_000, 'A'], [7_200_000, 'B']])
  })
  it('accepts ISO date-times as inject times', () => {
    const s = loadScenario(scenarioText('customer-info-leak', [{ at: '2026-03-02T10:30:00+08:00', event: 'leak.discovered', data: { customers: 5, sensitive: false } }]), { file: 'ok.yaml', plans })
    expect(s.injects[0]?.at).toBe(90 * 60_000)
  })
})

describe('hostile input', () => {
  propTest.prop([fc.string({ maxLength: 400 })])('arbitrary text either loads or throws InputError, never anything else', (text) => {
    try {
      loadScenario(text, { file: 'fuzz.yaml', plans })
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
    }
  })
  propTest.prop([fc.jsonValue({ maxDepth: 4 })])('arbitrary JSON values either load or throw InputError', (value) => {
    try {
      loadScenario(JSON.stringify(value), { file: 'fuzz.json', plans })
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
    }
  })
  propTest.prop([
    fc.record({
      at: fc.oneof(fc.string(), fc.integer(), fc.constantFrom('0m', '1h', '2d', '5wd', '1mo')),
      event: fc.oneof(fc.string(), fc.constantFrom('leak.discovered', 'media.inquiry', 'incident.closed', '__proto__')),
      data: fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('customers', 'sensitive', 'fields', '__proto__', 'constructor')), fc.jsonValue({ maxDepth: 2 })),
    }),
  ])('scenario-shaped garbage either loads or throws InputError', (inject) => {
    try {
      loadScenario(scenarioText('customer-info-leak', [inject as never]), { file: 'fuzz.yaml', plans })
    } catch (e) {
      expect(e).toBeInstanceOf(InputError)
    }
  })
  it('refuses a billion-laughs alias bomb without expanding it', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`)].join('\n')
    expect(() => loadScenario(bomb, { file: 'bomb.yaml', plans })).toThrow(InputError)
  })
})
