/** `plandrill review` and `plandrill simulate` through their command functions: output, files written, skipped files, exit codes. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { formatIssue, isInputError } from '../../src/engine/index.ts'
import type { Review } from '../../src/engine/review.ts'
import { CliError } from '../../src/cli/main.ts'
import { cmdReview, cmdSimulate } from '../../src/cli/review.ts'
import { plans } from '../../src/plans/index.ts'
import { ROOT } from '../helpers.ts'

const tmp = mkdtempSync(join(tmpdir(), 'plandrill-review-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** Calls a command as runMain would: usage errors and bad input become exit 2 with `error:` lines. */
function cli(cmd: typeof cmdReview, ...args: string[]) {
  let stdout = ''
  let stderr = ''
  const env = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), cwd: tmp, root: ROOT, plans }
  let code: number
  try {
    code = cmd(args, env)
  } catch (e) {
    if (isInputError(e)) {
      for (const issue of e.issues) stderr += `error: ${formatIssue(e.file, issue)}\n`
      code = 2
    } else if (e instanceof CliError) {
      stderr += `error: ${e.message}\n`
      code = 2
    } else throw e
  }
  return { code, stdout, stderr }
}

const simulate = (...args: string[]) => cli(cmdSimulate, ...args)
const review = (...args: string[]) => cli(cmdReview, ...args)
const PLAN = ['--plan', 'customer-info-leak']

describe('plandrill simulate', () => {
  const first = simulate(...PLAN, '--drills', '12', '--seed', '3', '--out', 'hist')

  it('writes one evaluation per drill, with deterministic names, and lists them', () => {
    expect(first.code).toBe(0)
    expect(first.stderr).toBe('')
    const files = readdirSync(join(tmp, 'hist')).sort()
    expect(files).toHaveLength(12)
    expect(first.stdout.trim().split('\n')).toEqual(files.map((f) => join('hist', f)))
    for (const f of files) expect(f).toMatch(/^\d{4}-\d{4}-\d{2}-\d{2}-[a-z0-9-]+-[0-9a-f]{8}\.json$/)
    const e = JSON.parse(readFileSync(join(tmp, 'hist', files[0] as string), 'utf8'))
    expect(e).toMatchObject({ schema: 'plandrill/evaluation@2', autopilot: 'random', plan: { id: 'customer-info-leak' } })
    expect(e.participants.length).toBeGreaterThan(0)
  })

  it('gives the same files for the same seed', () => {
    const again = simulate(...PLAN, '--drills', '12', '--seed', '3', '--out', 'hist-again')
    expect(again.code).toBe(0)
    const a = readdirSync(join(tmp, 'hist')).sort()
    expect(readdirSync(join(tmp, 'hist-again')).sort()).toEqual(a)
    for (const f of a) expect(readFileSync(join(tmp, 'hist-again', f), 'utf8')).toBe(readFileSync(join(tmp, 'hist', f), 'utf8'))
  })

  it('never overwrites: refuses with exit 2, naming the file, and writes nothing', () => {
    const before = readdirSync(join(tmp, 'hist')).sort()
    const r = simulate(...PLAN, '--drills', '12', '--seed', '3', '--out', 'hist')
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(`error: ${join('hist', before[0] as string)}: already exists`)
    expect(readdirSync(join(tmp, 'hist')).sort()).toEqual(before)
  })

  it.for([
    { args: ['--drills', '3', '--out', 'x'], error: /simulate needs --plan <id>/ },
    { args: [...PLAN, '--drills', '3'], error: /simulate needs --out <folder>/ },
    { args: [...PLAN, '--out', 'x'], error: /simulate needs --drills N/ },
    { args: ['--plan', 'nope', '--drills', '3', '--out', 'x'], error: /unknown plan "nope"; known plans: customer-info-leak/ },
    { args: [...PLAN, '--drills', '0', '--out', 'x'], error: /--drills must be a whole number from 1 to 100000 \(got "0"\)/ },
    { args: [...PLAN, '--drills', '3', '--autopilot', 'sloppy', '--out', 'x'], error: /--autopilot must be one of perfect, late, none, random/ },
    { args: [...PLAN, '--drills', '3', '--from', '2025-13-01', '--out', 'x'], error: /--from must be a date YYYY-MM-DD/ },
    { args: [...PLAN, '--drills', '3', '--bogus', '--out', 'x'], error: /Unknown option '--bogus'/ },
  ])('rejects $args', ({ args, error }) => {
    const r = simulate(...args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(error)
  })
})

describe('plandrill review', () => {
  simulate(...PLAN, '--drills', '30', '--seed', '9', '--out', 'data/sim')
  mkdirSync(join(tmp, 'data', 'junk', 'deeper'), { recursive: true })
  writeFileSync(join(tmp, 'data', 'junk', 'notes.json'), '{ not json')
  writeFileSync(join(tmp, 'data', 'junk', 'deeper', 'v2.json'), JSON.stringify({ schema: 'plandrill/evaluation@9', id: 'x' }))
  writeFileSync(join(tmp, 'data', 'junk', 'readme.txt'), 'ignored: not *.json')

  it('prints only the review JSON with --json; bad files are skipped, listed in it and on stderr', () => {
    const r = review('data', '--json')
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as Review
    expect(out).toMatchObject({ schema: 'plandrill/review@1', inputs: 32, used: 30 })
    expect(out.skipped.map((s) => s.file)).toEqual(['data/junk/deeper/v2.json', 'data/junk/notes.json'])
    expect(out.skipped[1]?.reason).toMatch(/^not JSON \(/)
    expect(r.stderr.trim().split('\n')).toEqual([
      'skipped: data/junk/deeper/v2.json: schema is "plandrill/evaluation@9"; this review reads "plandrill/evaluation@2" and "plandrill/evaluation@1" only',
      expect.stringMatching(/^skipped: data\/junk\/notes\.json: not JSON \(/),
    ])
    const p = out.plans[0]
    expect(p).toMatchObject({ id: 'customer-info-leak', drills: 30 })
    for (const key of ['meanScore', 'ratings', 'expectations', 'recommendations', 'periods', 'capabilities', 'yearOverYear', 'coverageGaps', 'scenariosNeverRun']) expect(p).toHaveProperty(key)
    for (const x of p?.expectations ?? []) for (const key of ['id', 'clause', 'armed', 'onTime', 'late', 'missed', 'wrongRole']) expect(x).toHaveProperty(key)
    for (const x of p?.recommendations ?? []) for (const key of ['kind', 'expectation', 'clause', 'evidence', 'text']) expect(x).toHaveProperty(key)
  })

  it('gives byte-identical output for the same files, however they are named on the command line', () => {
    const a = review('data', '--json').stdout
    expect(review('data/sim', 'data/junk', '--json').stdout).toBe(a)
    expect(review('data/junk', 'data', 'data/sim', '--json').stdout).toBe(a)
  })

  it('prints a readable review in Chinese by default and in English with --lang en', () => {
    const zh = review('data/sim')
    expect(zh.code).toBe(0)
    expect(zh.stdout).toMatch(/^预案年度评估\n范围：预案 全部；时段/)
    expect(zh.stdout).toMatch(/个人客户信息泄露突发事件应急预案（customer-info-leak@1\.0\.0）[\s\S]*分期：[\s\S]*建议：/)
    const en = review('data/sim', '--lang', 'en')
    expect(en.stdout).toMatch(/^Plan review\n[\s\S]*Personal customer information leak emergency plan \(customer-info-leak@1\.0\.0\)[\s\S]*Recommendations:/)
  })

  it('filters by scenario and role, and refuses an unknown role', () => {
    const all = JSON.parse(review('data/sim', '--json').stdout) as Review
    const one = JSON.parse(review('data/sim', '--json', '--scenario', 'leak-1200').stdout) as Review
    expect(one.used).toBe(all.plans[0]?.scenarios.find((s) => s.id === 'leak-1200')?.drills)
    expect(one.used + one.filtered.otherScenarios).toBe(all.used)
    const unit = JSON.parse(review('data/sim', '--json', '--role', 'incident-unit').stdout) as Review
    expect(unit.plans[0]?.expectations.length).toBeGreaterThan(0)
    expect(unit.plans[0]?.expectations.length).toBeLessThan(all.plans[0]?.expectations.length ?? 0)
    const bad = review('data/sim', '--role', 'janitor')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/unknown role "janitor"; known roles: .*incident-unit/)
  })

  it('filters by plan and period', () => {
    const all = JSON.parse(review('data/sim', '--json').stdout) as Review
    const y2025 = JSON.parse(review('data/sim', '--json', '--plan', 'customer-info-leak', '--from', '2025', '--to', '2025-12-31').stdout) as Review
    expect(y2025.filter).toEqual({ plan: 'customer-info-leak', from: '2025', to: '2025-12-31', scenario: null, role: null })
    expect(y2025.used).toBe(all.plans[0]?.periods.find((p) => p.period === '2025')?.drills)
    expect(y2025.used + y2025.filtered.outOfRange).toBe(30)
    expect(y2025.plans[0]?.periods.every((p) => p.period.startsWith('2025'))).toBe(true)
  })

  it('exits 2 when nothing usable was found', () => {
    const r = review('data/junk', '--json')
    expect(r.code).toBe(2)
    expect(JSON.parse(r.stdout)).toMatchObject({ used: 0, plans: [] })
  })

  it.for([
    { args: [], error: /review needs at least one evaluation file or folder/ },
    { args: ['data', '--plan', 'nope'], error: /unknown plan "nope"/ },
    { args: ['data', '--from', '2025-02-30'], error: /--from: "2025-02-30": 2025-02 has no day 30/ },
    { args: ['data', '--to', 'soon'], error: /--to: "soon" is not a date/ },
    { args: ['data', '--lang', 'fr'], error: /--lang must be zh or en/ },
    { args: ['missing-folder'], error: /^error: missing-folder: no such file or folder$/m },
  ])('rejects $args with exit 2', ({ args, error }) => {
    const r = review(...args)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(error)
  })
})
