/** The plandrill CLI through runMain (no process.argv, no exit): output, exit codes and error lines. */
import { execFileSync, spawnSync } from 'node:child_process'
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

const LEAK = 'scenarios/customer-info-leak/leak-1200.yaml'

describe('plandrill run', () => {
  it('prints only the evaluation JSON with --json', () => {
    const r = cli('run', LEAK, '--autopilot', 'perfect', '--json')
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    const e = JSON.parse(r.stdout)
    expect(e.schema).toBe('plandrill/evaluation@2')
    expect(e.severity).toBe('major')
    expect(e.score).toBeGreaterThanOrEqual(95)
    const er = e.expectations.find((x: { id: string }) => x.id === 'emergency-report')
    expect(er).toMatchObject({ status: 'on-time', role: 'responsible-unit', due: '2026-03-02T11:00:00+08:00' })
    expect(e.capabilities.every((c: { id: string; rating: string }) => typeof c.id === 'string' && ['P', 'S', 'M', 'U'].includes(c.rating))).toBe(true)
  })
  it('scores an action log: a report at 2h30m is late', () => {
    const r = cli('run', LEAK, '--actions', 'test/fixtures/actions/leak-1200-late-report.json', '--json')
    expect(r.code).toBe(0)
    const e = JSON.parse(r.stdout)
    expect(e.expectations.find((x: { id: string }) => x.id === 'emergency-report')).toMatchObject({ status: 'late', lateBy: '30m', doneAt: '2026-03-02T11:30:00+08:00' })
    expect(e.expectations.find((x: { id: string }) => x.id === 'notify-customers')).toMatchObject({ status: 'wrong-role', doneBy: 'retail-dept' })
  })
  it('gives byte-identical output for the same scenario, autopilot and seed', () => {
    const a = cli('run', LEAK, '--autopilot', 'random', '--seed', '42', '--json').stdout
    const b = cli('run', LEAK, '--autopilot', 'random', '--seed', '42', '--json').stdout
    expect(a).toBe(b)
    expect(cli('run', LEAK, '--autopilot', 'random', '--seed', '43', '--json').stdout).not.toBe(a)
  })
  it('rates a drill without actions U with a score of at most 10', () => {
    const e = JSON.parse(cli('run', LEAK, '--autopilot', 'none', '--json').stdout)
    expect(e.score).toBeLessThanOrEqual(10)
    expect(e.rating).toBe('U')
  })
  it('prints a readable report in Chinese by default and in English with --lang en', () => {
    expect(cli('run', LEAK, '--autopilot', 'late').stdout).toMatch(/演练评估[\s\S]*事件级别: 重大[\s\S]*超时/)
    expect(cli('run', LEAK, '--autopilot', 'late', '--lang', 'en').stdout).toMatch(/Drill evaluation[\s\S]*Severity: Major[\s\S]*Late by/)
  })
})

describe('errors and exit codes', () => {
  it('exits 2 with one line per problem in the action log, naming file and field', () => {
    const r = cli('run', LEAK, '--actions', 'test/fixtures/actions/bad-log.json')
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toEqual([
      'error: test/fixtures/actions/bad-log.json: actions[0].action: unknown action "contain-leek" in plan "customer-info-leak". Did you mean "contain-leak"? (line 4, column 54)',
      'error: test/fixtures/actions/bad-log.json: actions[1].at: "soon" is not a duration (e.g. 30m, 2h, 1d, 1w, 1mo, 5wd), or an ISO date-time with offset (line 5, column 13)',
      'error: test/fixtures/actions/bad-log.json: actions[2].role: "regulator" is an outside party (Local office of the banking regulator); participants cannot act for it (line 6, column 27)',
    ])
  })
  it('exits 2 for a bad scenario with file, field path and line', () => {
    const r = cli('run', 'test/fixtures/scenarios/invalid/unknown-event.yaml')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^error: test\/fixtures\/scenarios\/invalid\/unknown-event.yaml: injects\[0\]\.event: unknown event "leak.discoverd"/)
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/)
  })
  it('exits 2 for a missing file, an unknown command and a bad option', () => {
    expect(cli('run', 'nope.yaml')).toMatchObject({ code: 2, stderr: 'error: nope.yaml: no such file\n' })
    expect(cli('frobnicate').code).toBe(2)
    expect(cli('run', LEAK, '--autopilot', 'sloppy').stderr).toMatch(/--autopilot must be one of perfect, late, none, random/)
    expect(cli('run', LEAK, '--bogus').code).toBe(2)
  })
})

describe('plandrill list and lint', () => {
  it('lists plans with their scenarios as JSON', () => {
    const r = cli('list', '--json')
    expect(r.code).toBe(0)
    const { plans: list } = JSON.parse(r.stdout)
    const leak = list.find((p: { id: string }) => p.id === 'customer-info-leak')
    expect(leak.title).toEqual({ zh: '个人客户信息泄露突发事件应急预案', en: 'Personal customer information leak emergency plan' })
    expect(leak.scenarios.map((s: { id: string }) => s.id)).toContain('leak-1200')
    expect(leak.scenarios.find((s: { id: string }) => s.id === 'leak-1200').file).toBe(LEAK)
  })
  it('lints good files with exit 0 and bad ones with exit 2', () => {
    expect(cli('lint', LEAK, 'test/fixtures/actions/leak-1200-late-report.json')).toMatchObject({ code: 0, stderr: '' })
    const bad = cli('lint', LEAK, 'test/fixtures/scenarios/invalid/negative-count.yaml', 'test/fixtures/actions/bad-log.json')
    expect(bad.code).toBe(2)
    expect(bad.stdout).toBe(`ok: ${LEAK}\n`)
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(4)
  })
})

describe('the real command', () => {
  it('runs from a checkout with npm run -s plandrill and keeps stdout pure JSON', () => {
    const out = execFileSync('npm', ['run', '-s', 'plandrill', '--', 'run', LEAK, '--autopilot', 'perfect', '--json'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'silent' } })
    expect(JSON.parse(out).scenario.id).toBe('leak-1200')
  })
  it('exits 2 on bad input, with no stack trace', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'plandrill.mjs'), 'run', 'test/fixtures/scenarios/invalid/bad-duration.yaml'], { cwd: ROOT, encoding: 'utf8' })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^error: test\/fixtures\/scenarios\/invalid\/bad-duration.yaml: injects\[1\]\.at: "3x" is not a duration/)
  })
})

describe('plandrill generate, coverage and explain', () => {
  it('writes seeded variants once and refuses to overwrite them', async () => {
    const { mkdtempSync, readdirSync, readFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const dir = mkdtempSync(join(tmpdir(), 'plandrill-gen-'))
    const first = cli('generate', '--plan', 'customer-info-leak', '--seed', '9', '--count', '3', '--out', dir)
    expect(first.code).toBe(0)
    const files = readdirSync(dir).sort()
    expect(files).toEqual(['leak-general-s9-003.yaml', 'leak-major-s9-001.yaml', 'leak-significant-s9-002.yaml'])
    const before = readFileSync(join(dir, files[0] as string), 'utf8')
    const again = cli('generate', '--plan', 'customer-info-leak', '--seed', '9', '--count', '3', '--out', dir)
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/already exists/)
    expect(readFileSync(join(dir, files[0] as string), 'utf8')).toBe(before)
    expect(cli('lint', ...files.map((f) => join(dir, f))).code).toBe(0)
  })
  it('reports coverage as JSON with the contract fields', () => {
    const r = cli('coverage', '--json')
    expect(r.code).toBe(0)
    const leak = JSON.parse(r.stdout).plans.find((p: { id: string }) => p.id === 'customer-info-leak')
    expect(leak).toMatchObject({ unreachableStates: [], unarmableExpectations: [], unhandledEvents: [] })
    expect(leak.exercised).toBeGreaterThanOrEqual(0.9)
  })
  it('explains a plan as a checklist with clauses', () => {
    expect(cli('explain', 'customer-info-leak', '--lang', 'en').stdout).toMatch(/Initial response[\s\S]*emergency report[\s\S]*001 第十二条\(一\)/)
    expect(cli('explain', 'no-such-plan').code).toBe(2)
  })
})
