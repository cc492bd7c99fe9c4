/** `plandrill msel export|import` through runMain: round trip, the error format and exit code 2, and never overwriting. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runMain } from '../../src/cli/main.ts'
import { loadScenario } from '../../src/engine/index.ts'
import type { Scenario } from '../../src/engine/index.ts'
import { plans } from '../../src/plans/index.ts'
import { ROOT, evaluate } from '../helpers.ts'

const tmp = mkdtempSync(join(tmpdir(), 'plandrill-msel-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function cli(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = runMain(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: tmp, root: ROOT, plans })
  return { code, stdout, stderr }
}

const LEAK = join(ROOT, 'scenarios/customer-info-leak/leak-1200.yaml')
const VENDOR = join(ROOT, 'scenarios/payment-outsourcing/vendor-outage.yaml')
const load = (path: string): Scenario => loadScenario(readFileSync(path, 'utf8'), { file: 'x.yaml', plans })
const comparable = (s: Scenario) => ({ ...s, file: '', injects: s.injects.map(({ index: _index, ...rest }) => rest) })

describe('plandrill msel', () => {
  it('exports to CSV and imports it back to the same scenario', () => {
    const ex = cli('msel', 'export', LEAK, '--format', 'csv', '--out', 'leak.csv')
    expect(ex).toMatchObject({ code: 0, stderr: '' })
    expect(ex.stdout).toBe('leak.csv  9 injects (csv)\n')
    const im = cli('msel', 'import', 'leak.csv', '--plan', 'customer-info-leak', '--out', 'leak.yaml')
    expect(im.stderr).toBe('')
    expect(im.code).toBe(0)
    expect(im.stdout).toMatch(/^leak\.yaml {2}9 injects from sheet "csv" \(header row 2\)\n {2}ID 编号 -> id\n/)
    expect(comparable(load(join(tmp, 'leak.yaml')))).toEqual(comparable(load(LEAK)))
    expect(cli('lint', 'leak.yaml').code).toBe(0)
  })

  it('exports to XLSX and imports it back, scoring the same', { timeout: 60_000 }, () => {
    expect(cli('msel', 'export', VENDOR, '--format', 'xlsx', '--out', 'vendor.xlsx')).toMatchObject({ code: 0, stderr: '', stdout: 'vendor.xlsx  11 injects (xlsx)\n' })
    const im = cli('msel', 'import', 'vendor.xlsx', '--plan', 'payment-outsourcing', '--out', 'vendor.yaml', '--id', 'vendor-copy')
    expect(im.stderr).toBe('')
    expect(im.code).toBe(0)
    const back = load(join(tmp, 'vendor.yaml'))
    expect(back.id).toBe('vendor-copy')
    const original = load(VENDOR)
    expect(comparable({ ...back, id: original.id })).toEqual(comparable(original))
    expect(evaluate({ ...back, id: original.id }, { autopilot: 'late' })).toEqual(evaluate(original, { autopilot: 'late' }))
  })

  it('prints one "error: <file>: row <n>, column <name>: <problem>" line per problem and exits 2, writing nothing', () => {
    writeFileSync(join(tmp, 'bad.csv'), ['Offset,Event,To,Message', '0m,customer.complaint,retail-dept,ok', 'later,customer.complaint,retail-dept,x', '1h,customer.complaint,nobody,x', '2h,nope,retail-dept,x', '3h,customer.complaint,retail-dept,'].join('\n'))
    const r = cli('msel', 'import', 'bad.csv', '--plan', 'customer-info-leak', '--out', 'bad.yaml', '--start', '2026-03-02T09:00:00+08:00')
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    const lines = r.stderr.trim().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toMatch(/^error: bad\.csv: row 3, column Offset: "later" is not a time/)
    expect(lines[1]).toMatch(/^error: bad\.csv: row 4, column To: unknown role "nobody" in plan "customer-info-leak"/)
    expect(lines[2]).toMatch(/^error: bad\.csv: row 5, column Event: "nope" is not an event of plan "customer-info-leak".*valid events: /)
    expect(lines[3]).toBe('error: bad.csv: row 6, column Message: the message is empty')
    expect(() => readFileSync(join(tmp, 'bad.yaml'))).toThrow()
  })

  it('never overwrites an existing --out file', () => {
    writeFileSync(join(tmp, 'taken.yaml'), 'keep me\n')
    cli('msel', 'export', LEAK, '--format', 'csv', '--out', 'for-taken.csv')
    const r = cli('msel', 'import', 'for-taken.csv', '--plan', 'customer-info-leak', '--out', 'taken.yaml')
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'error: taken.yaml: already exists; choose another --out (nothing was written)\n' })
    expect(readFileSync(join(tmp, 'taken.yaml'), 'utf8')).toBe('keep me\n')
    const e = cli('msel', 'export', LEAK, '--format', 'csv', '--out', 'taken.yaml')
    expect(e.code).toBe(2)
    expect(readFileSync(join(tmp, 'taken.yaml'), 'utf8')).toBe('keep me\n')
  })

  it('treats usage mistakes like the other commands (exit 2 with usage)', () => {
    expect(cli('msel').stderr).toMatch(/^error: msel needs a subcommand: export or import\n\nUsage:/)
    expect(cli('msel', 'export', LEAK, '--format', 'pdf', '--out', 'x.pdf')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error: --format must be csv or xlsx/) })
    expect(cli('msel', 'import', 'x.csv', '--plan', 'nope', '--out', 'x.yaml')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error: unknown plan "nope"; known plans: /) })
    expect(cli('msel', 'import', 'missing.csv', '--plan', 'customer-info-leak', '--out', 'm.yaml')).toEqual({ code: 2, stdout: '', stderr: 'error: missing.csv: no such file\n' })
    expect(cli('help').stdout).toMatch(/msel export <scenario\.yaml> --format csv\|xlsx --out <file>/)
  })
})
