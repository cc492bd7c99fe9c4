/** `--calendar <file.yaml>` and the coverage error on the CLI: exit 2 with one `error: <file>: …` line, never a stack. */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runMain } from '../../src/cli/main.ts'
import { plans } from '../../src/plans/index.ts'
import { ROOT } from '../helpers.ts'

function cli(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = runMain(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: ROOT, root: ROOT, plans })
  return { code, stdout, stderr }
}

const DIR = 'test/fixtures/calendars'
const YEAR_END = `${DIR}/year-end.yaml`
const CAL_2027 = `${DIR}/partial-2027.yaml`
const NO_2027 = `error: ${YEAR_END}: no official holiday data for 2027: supply that year's 放假/调休 days with --calendar <file.yaml> (CLI) or calendar: in the scenario\n`
const due = (stdout: string, id: string) => (JSON.parse(stdout) as { expectations: { id: string; due: string | null }[] }).expectations.find((e) => e.id === id)?.due

describe('plandrill run across a year without official holidays', () => {
  it('exits 2 naming the scenario file and 2027', () => {
    expect(cli('run', YEAR_END, '--autopilot', 'perfect', '--json')).toEqual({ code: 2, stdout: '', stderr: NO_2027 })
  })
  it('runs with --calendar: the summary report of a 30 Dec closure is due 2027-01-08', () => {
    const r = cli('run', YEAR_END, '--autopilot', 'perfect', '--json', '--calendar', CAL_2027)
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(due(r.stdout, 'compliance-wrap-up')).toBe('2027-01-06T00:00:00+08:00')
    expect(due(r.stdout, 'summary-report')).toBe('2027-01-08T00:00:00+08:00')
  })
  it('runs a scenario that carries its own calendar:', () => {
    const r = cli('run', `${DIR}/year-end-inline.yaml`, '--autopilot', 'perfect', '--json')
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(due(r.stdout, 'summary-report')).toBe('2027-01-08T00:00:00+08:00')
  })
  it('keeps the shipped 2026 scenarios as they were', () => {
    const plain = cli('run', 'scenarios/financial-incident/aml-reporting-breach.yaml', '--autopilot', 'perfect', '--json')
    const withFile = cli('run', 'scenarios/financial-incident/aml-reporting-breach.yaml', '--autopilot', 'perfect', '--json', '--calendar', CAL_2027)
    expect(plain.code).toBe(0)
    expect(withFile.stdout).toBe(plain.stdout)
    expect(due(plain.stdout, 'summary-report')).toBe('2026-10-14T00:00:00+08:00')
  })
})

describe('bad calendar files', () => {
  it('exit 2 with one line per problem: file, field path, message and line', () => {
    const r = cli('run', YEAR_END, '--calendar', `${DIR}/invalid.yaml`)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toEqual([
      `error: ${DIR}/invalid.yaml: calendar: must be kebab-case (a-z, 0-9, -) (line 2, column 11)`,
      `error: ${DIR}/invalid.yaml: years.2028.extra: unknown key "extra" (line 9, column 5)`,
    ])
  })
  it('exit 2 for a missing calendar file', () => {
    expect(cli('run', YEAR_END, '--calendar', 'nope.yaml')).toMatchObject({ code: 2, stderr: 'error: nope.yaml: no such file\n' })
  })
})

describe('plandrill lint --calendar', () => {
  it('refuses an inject time that counts into 2027 unless a calendar covers it', () => {
    const text = `${DIR}/year-end-inject.yaml`
    const bad = cli('lint', text)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe(`error: ${text}: injects[0].at: "3wd": no official holiday data for 2027: supply that year's 放假/调休 days with --calendar <file.yaml> (CLI) or calendar: in the scenario (line 11, column 9)\n`)
    expect(cli('lint', text, '--calendar', CAL_2027)).toEqual({ code: 0, stdout: `ok: ${text}\n`, stderr: '' })
  })
})

describe('the real command', () => {
  it('exits 2 on a deadline in an uncovered year, with no stack trace', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'plandrill.mjs'), 'run', YEAR_END, '--autopilot', 'perfect'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'America/New_York' } })
    expect(r.status).toBe(2)
    expect(r.stderr).toBe(NO_2027)
  }, 60_000)
})
