/** The AAR/IP: the hot wash drafted from real scored drills, its file format, and the report as Markdown, HTML and tables. */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import {
  AAR_SCHEMA, IP_ELEMENTS, aarHtml, aarMarkdown, aarTables, addDecision, addDays, correctAction, createConsole, draftHotwash, isInputError,
  isByLevel, md, parseHotwash, recordAction, removeAction, renameTeam, setParticipants,
} from '../../src/engine/index.ts'
import type { AarInput, ConsoleRecord, Evaluation, Hotwash, InputError, Lang, PlanDefinition, Scenario } from '../../src/engine/index.ts'
import { tablesToXlsx } from '../../src/export/xlsx.ts'
import { plans } from '../../src/plans/index.ts'
import { act, evaluate, shipped } from '../helpers.ts'

const TODAY = '2026-11-30'
const H = 3_600_000

function fixture(id: string): { scenario: Scenario; plan: PlanDefinition } {
  const scenario = shipped().find((s) => s.scenario.id === id)?.scenario
  const plan = scenario ? plans.get(scenario.plan)?.definition : undefined
  if (!scenario || !plan) throw new Error(`fixture ${id} missing`)
  return { scenario, plan }
}

const leak = fixture('leak-1200') // customer-info-leak
const vendor = fixture('vendor-outage') // payment-outsourcing
const drills = {
  leakLate: evaluate(leak.scenario, { autopilot: 'late' }),
  leakRandom: evaluate(leak.scenario, { autopilot: 'random' }),
  leakPerfect: evaluate(leak.scenario, { autopilot: 'perfect' }),
  vendorLate: evaluate(vendor.scenario, { autopilot: 'late' }),
  vendorRandom: evaluate(vendor.scenario, { autopilot: 'random' }),
}

function room(plan: PlanDefinition, scenarioId: string): ConsoleRecord {
  let c = createConsole(plan, scenarioId, 'c1', '桌面推演', '2026-11-30T01:00:00Z')
  c = renameTeam(c, 'retail-dept', '零售部（A组）')
  c = setParticipants(c, 'retail-dept', ['李四', '王五'])
  c = setParticipants(c, 'responsible-unit', ['张三'])
  c = recordAction(c, { at: 0.5 * H, role: 'responsible-unit', action: 'classify-incident', by: '张三' }, '2026-11-30T01:10:00Z')
  c = recordAction(c, { at: 3 * H, role: 'retail-dept', action: 'emergency-report', note: '电话报告' }, '2026-11-30T01:11:00Z')
  c = recordAction(c, { at: 1 * H, role: 'responsible-unit', action: 'emergency-report' }, '2026-11-30T01:12:00Z')
  c = correctAction(c, 'a2', { role: 'responsible-unit', at: 1.5 * H }, '记录时选错了部门', '2026-11-30T01:20:00Z')
  c = removeAction(c, 'a3', '重复记录', '2026-11-30T01:21:00Z')
  c = addDecision(c, { at: 2 * H, decision: '启动重大事件响应', rationale: '涉及1,200名客户且含敏感信息', by: 'branch-leadership', when: '2026-11-30T01:30:00Z' })
  c = addDecision(c, { at: 2.5 * H, decision: 'Brief the press office', rationale: '', by: '', when: '2026-11-30T01:31:00Z' })
  return c
}

function input(e: Evaluation, f: { scenario: Scenario; plan: PlanDefinition }, lang: Lang, extra: Partial<AarInput> = {}): AarInput {
  return {
    evaluation: e, plan: f.plan, scenario: f.scenario, hotwash: draftHotwash(e, f.plan, lang, TODAY),
    exercise: { name: '2026 年度演练', type: 'tabletop', location: '总行 3 楼会议室', sponsor: '办公室', pointOfContact: '赵六' },
    ...extra,
  }
}

const HEADINGS: Record<Lang, string[]> = {
  zh: ['1 演练概况', '2 演练目标与能力', '3 能力分析', '4 结论', '附录A 改进计划', '附录B 决策记录与行动记录'],
  en: ['1 Exercise overview', '2 Objectives and capabilities', '3 Analysis of capabilities', '4 Conclusion', 'Appendix A: Improvement plan', 'Appendix B: Decision log and team actions'],
}

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

function refusal(data: unknown): InputError {
  try {
    parseHotwash(data, 'hotwash.json')
  } catch (e) {
    if (isInputError(e)) return e
    throw e
  }
  throw new Error('parseHotwash accepted bad data')
}

describe('draftHotwash', () => {
  it.each([
    ['customer-info-leak', drills.leakLate, leak.plan],
    ['payment-outsourcing', drills.vendorLate, vendor.plan],
  ])('%s, late drill: one area for improvement per late step, with its clause, and one IP row each', (_name, e, plan) => {
    const hw = draftHotwash(e, plan, 'en', TODAY)
    const late = e.expectations.filter((x) => x.status === 'late' && !x.optional)
    expect(late.length).toBeGreaterThan(0)
    expect(new Set(hw.improvements.map((i) => i.expectation))).toEqual(new Set(late.map((x) => x.id)))
    for (const i of hw.improvements) {
      const x = late.find((y) => y.id === i.expectation)
      expect(i).toMatchObject({ source: 'scorer', clause: x?.clause, capability: x?.capability, status: 'late' })
      expect(i.text).toContain(x?.text.en)
      expect(i.analysis).toMatch(/late by/)
    }
    expect(hw.strengths).toEqual([])
    expect(hw.plan).toHaveLength(hw.improvements.length)
    hw.plan.forEach((p, n) => {
      const area = hw.improvements[n]
      const x = late.find((y) => y.id === area?.expectation)
      const role = plan.roles.find((r) => r.id === x?.role)?.name.en
      expect(p).toMatchObject({ id: `ip${n + 1}`, improvement: `i${n + 1}`, element: 'training', start: TODAY, completion: '2027-02-28', clause: area?.clause, capability: area?.capability, responsibleOrg: role })
      expect(p.correctiveAction).toContain(x?.text.en)
    })
  })

  it('strengths come from steps met on time; missed and wrong-role steps become areas, critical first, with their own element', () => {
    for (const [e, plan] of [[drills.leakRandom, leak.plan], [drills.vendorRandom, vendor.plan]] as const) {
      const hw = draftHotwash(e, plan, 'zh', TODAY)
      expect(hw.strengths.length).toBeGreaterThan(0)
      for (const s of hw.strengths) {
        expect(e.expectations.find((x) => x.id === s.expectation)?.status).toBe('on-time')
        expect(s.id).toMatch(/^s\d+$/)
      }
      const crit = hw.improvements.map((i) => e.expectations.find((x) => x.id === i.expectation)?.critical ?? false)
      expect(crit).toEqual([...crit].sort((a, b) => Number(b) - Number(a)))
      const want = { late: 'training', missed: 'training', 'wrong-role': 'organization', 'out-of-order': 'planning', incomplete: 'training', 'wrong-level': 'training' } as const
      for (const [n, i] of hw.improvements.entries()) {
        expect(i.id).toBe(`i${n + 1}`)
        const status = i.status as keyof typeof want
        expect(Object.keys(want)).toContain(status)
        // A wrong role on a step whose owner the plan sets by level is a planning matter.
        const byLevel = isByLevel(plan.expectations.find((d) => d.id === i.expectation)?.roles ?? [])
        expect(hw.plan[n]?.element).toBe(status === 'wrong-role' && byLevel ? 'planning' : want[status])
        expect(hw.plan[n]?.improvement).toBe(i.id)
      }
      expect(hw.improvements.map((i) => i.status)).toEqual(expect.arrayContaining(['missed']))
      expect(hw.plan.map((p) => p.element)).toEqual(expect.arrayContaining(['training']))
      const improvementFindings = e.findings.filter((f) => f.kind === 'improvement')
      expect(new Set(hw.improvements.map((i) => `${i.expectation}:${i.status}`))).toEqual(new Set(improvementFindings.map((f) => `${f.expectation}:${f.status}`)))
    }
  })

  it('a wrong role on a step whose owner depends on the level is a planning item; otherwise an organisation one', () => {
    // The leak plan's regulator reply has its owner by level; the emergency report does not (001 第十二条).
    const s = leak.scenario
    const e = evaluate(s, { actions: [act(s, '10m', 'responsible-unit', 'classify-incident'), act(s, '1h', 'retail-dept', 'emergency-report'), act(s, '6h', 'retail-dept', 'liaise-external')] })
    const hw = draftHotwash(e, leak.plan, 'en', TODAY)
    const rowFor = (exp: string) => hw.plan.find((p) => p.improvement === hw.improvements.find((i) => i.expectation === exp && i.status === 'wrong-role')?.id)
    expect(rowFor('regulator-reply')).toMatchObject({ element: 'planning', correctiveAction: expect.stringMatching(/at each severity level/) })
    expect(rowFor('emergency-report')).toMatchObject({ element: 'organization' })
  })

  it('a perfect drill gives strengths only, one per strength finding', () => {
    const hw = draftHotwash(drills.leakPerfect, leak.plan, 'en', TODAY)
    expect(hw.improvements).toEqual([])
    expect(hw.plan).toEqual([])
    expect(hw.strengths.map((s) => s.expectation)).toEqual(drills.leakPerfect.findings.filter((f) => f.kind === 'strength').map((f) => f.expectation))
  })

  it('is deterministic and refuses a bad date', () => {
    expect(draftHotwash(drills.vendorRandom, vendor.plan, 'zh', TODAY)).toEqual(draftHotwash(drills.vendorRandom, vendor.plan, 'zh', TODAY))
    expect(() => draftHotwash(drills.leakLate, leak.plan, 'en', '2026-02-30')).toThrow(/YYYY-MM-DD/)
    expect(addDays('2026-12-15', 90)).toBe('2027-03-15')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  })
})

describe('parseHotwash', () => {
  const hw = draftHotwash(drills.leakRandom, leak.plan, 'zh', TODAY)
  const edited: Hotwash = {
    ...hw,
    strengths: [...hw.strengths, { id: 't1', capability: '', text: '现场指挥有序', analysis: '', clause: null, expectation: null, source: 'trainer' }],
    plan: hw.plan.map((p, i) => (i === 0 ? { ...p, pointOfContact: '赵六', start: '', completion: '' } : p)),
  }

  it('reads back what it saved', () => {
    expect(parseHotwash(JSON.parse(JSON.stringify(edited)), 'x.json')).toEqual(edited)
    expect(IP_ELEMENTS).toEqual(['planning', 'organization', 'equipment', 'training', 'exercise'])
  })

  it('refuses bad files, naming every field path', () => {
    const row = hw.plan[0]
    if (!row) throw new Error('no IP row')
    const cases: [unknown, string, RegExp][] = [
      [{ ...hw, schema: 'plandrill/aar@9' }, 'schema', /./],
      [{ ...hw, plan: [{ ...row, element: 'money' }] }, 'plan[0].element', /./],
      [{ ...hw, plan: [{ ...row, start: '30/11/2026' }] }, 'plan[0].start', /YYYY-MM-DD/],
      [{ ...hw, plan: [{ ...row, completion: '2027-02-30' }] }, 'plan[0].completion', /YYYY-MM-DD/],
      [{ ...hw, plan: [{ ...row, start: '2027-03-01', completion: '2027-01-01' }] }, 'plan[0].completion', /before the start/],
      [{ ...hw, plan: [{ ...row, improvement: 'i99' }] }, 'plan[0].improvement', /i99/],
      [{ ...hw, improvements: [...hw.improvements, { ...hw.improvements[0], id: 's1' }] }, `improvements[${hw.improvements.length}].id`, /duplicate/],
      [{ ...hw, strengths: [{ ...hw.strengths[0], source: 'robot' }] }, 'strengths[0].source', /./],
      [{ ...hw, improvements: [{ ...hw.improvements[0], text: 7 }] }, 'improvements[0].text', /./],
    ]
    for (const [data, path, message] of cases) {
      const err = refusal(data)
      expect(err.issues.map((i) => i.path), path).toContain(path)
      expect(err.issues.find((i) => i.path === path)?.message).toMatch(message)
      expect(err.message).toContain('hotwash.json')
    }
    expect(refusal(null).issues.length).toBeGreaterThan(0)
  })
})

describe('the report', () => {
  const cases = [
    ['customer-info-leak', drills.leakRandom, leak, true],
    ['payment-outsourcing', drills.vendorRandom, vendor, false],
  ] as const

  for (const [name, e, f, withConsole] of cases) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${name} (${lang}): Markdown and HTML carry every section, capability rating and IP row`, () => {
        const inp = input(e, f, lang, withConsole ? { console: room(f.plan, f.scenario.id) } : {})
        const mdText = aarMarkdown(inp, lang)
        const htmlText = aarHtml(inp, lang)
        for (const h of HEADINGS[lang]) {
          expect(mdText).toContain(`\n## ${md(h)}\n`)
          expect(htmlText).toContain(`<h2>${html(h)}</h2>`)
        }
        for (const c of e.capabilities) {
          expect(mdText).toContain(`| ${md(c.name[lang])} | ${c.expectations} | ${c.score.toFixed(1)} | **${c.rating}** |`)
          expect(mdText).toMatch(new RegExp(`### 3\\.\\d+ ${md(c.name[lang]).replace(/[\\()[\]]/g, '\\$&')}\\n\\n[^\\n]*\\*\\*${c.rating}\\*\\* — `))
          expect(htmlText).toContain(`<td>${html(c.name[lang])}</td>`)
          expect(htmlText).toContain(`<strong>${c.rating}</strong>`)
        }
        expect(inp.hotwash.plan.length).toBeGreaterThan(0)
        for (const p of inp.hotwash.plan) {
          expect(mdText).toContain(`| ${p.id} | ${md(f.plan.capabilities.find((c) => c.id === p.capability)?.name[lang] ?? '')} | ${md(p.issue)} | ${md(p.correctiveAction)} |`)
          expect(htmlText).toContain(`<td>${html(p.correctiveAction)}</td>`)
          expect(htmlText).toContain(`<td>${p.completion}</td>`)
        }
        for (const i of [...inp.hotwash.strengths, ...inp.hotwash.improvements]) expect(mdText).toContain(`- \`${i.id}\` ${md(i.text)}`)
        expect(mdText).toContain(`**${e.score.toFixed(1)} / 100**`)
        expect(htmlText.startsWith('<!DOCTYPE html>\n<html lang=')).toBe(true)
        expect(htmlText.trimEnd().endsWith('</html>')).toBe(true)
      })
    }
  }

  it('Appendix B shows the console: decisions, team actions with corrections and removals, what changed, when and why', () => {
    const c = room(leak.plan, leak.scenario.id)
    const zh = aarMarkdown(input(drills.leakRandom, leak, 'zh', { console: c }), 'zh')
    const appendix = zh.slice(zh.indexOf('## 附录B'))
    expect(appendix).toContain('| d1 | 2026-03-02 11:00 \\(T\\+2h\\) | 启动重大事件响应 | 涉及1,200名客户且含敏感信息 | 分行领导小组')
    expect(appendix).toContain('| d2 | 2026-03-02 11:30 \\(T\\+2h30m\\) | Brief the press office | — | 全体 |')
    expect(appendix).toContain('| a2 | 更正 | 2026-11-30 01:20 UTC | 时间：2026-03-02 12:00 \\(T\\+3h\\) → 2026-03-02 10:30 \\(T\\+1h30m\\); 小组：零售部（A组） → 直接管辖部门或单位 | 记录时选错了部门 |')
    expect(appendix).toContain('| a3 | 删除 | 2026-11-30 01:21 UTC | 删除 | 重复记录 |')
    expect(appendix).toMatch(/\| a3 \| [^\n]* \| 已删除 \|/)
    expect(appendix).toMatch(/\| a2 \| [^\n]* \| 电话报告 \| 已更正 \\\(1\\\) \|/)
    // Team actions in drill-time order, removed ones kept.
    expect([...appendix.matchAll(/^\| (a\d) \| 2026-03-02/gm)].map((m) => m[1])).toEqual(['a1', 'a3', 'a2'])
    // Participating organisations: the room's teams with their people.
    expect(zh).toContain('| 零售部（A组） | 分行零售业务部 | 李四、王五 |')
    const en = aarHtml(input(drills.leakRandom, leak, 'en', { console: c }), 'en')
    // A renamed team keeps the room's name; one not renamed shows the plan's role name in the report's language.
    expect(en).toContain('<td>time: 2026-03-02 12:00 (T+3h) → 2026-03-02 10:30 (T+1h30m); team: 零售部（A组） → Department or unit with direct jurisdiction</td>')
    expect(en).toContain('<td>记录时选错了部门</td>')
  })

  it('without a console, Appendix B lists the drill\'s own action log and the overview its participants', () => {
    const e = { ...drills.vendorRandom, participants: ['Alice', 'Bob'] }
    const text = aarMarkdown(input(e, vendor, 'en'), 'en')
    expect(text).toContain('No console record was kept')
    expect(text).toContain('Alice, Bob')
    const tables = aarTables(input(e, vendor, 'en'), 'en')
    expect(tables.find((t) => t.id === 'actions')?.rows).toHaveLength(e.actions.length)
    expect(tables.find((t) => t.id === 'decisions')?.rows).toEqual([])
  })

  it('objectives: the exercise\'s own, or one per capability exercised', () => {
    const own = aarMarkdown(input(drills.leakLate, leak, 'en', { exercise: { name: 'X', type: 'practice', objectives: ['Test the call tree', 'Notify within 2h'] } }), 'en')
    expect(own).toContain('1. Test the call tree\n2. Notify within 2h\n')
    expect(own).toContain('| Type | Practical drill |')
    const derived = aarMarkdown(input(drills.leakLate, leak, 'en'), 'en')
    const objectives = derived.slice(derived.indexOf('### Objectives'), derived.indexOf('### Capabilities exercised'))
    expect(objectives.match(/^\d+\. Assess the /gm)).toHaveLength(drills.leakLate.capabilities.length)
  })

  it('trainer text cannot inject markup into the HTML or the Markdown', () => {
    const evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    const base = input(drills.leakRandom, leak, 'en')
    const first = base.hotwash.plan[0]
    if (!first) throw new Error('no IP row')
    let c = room(leak.plan, leak.scenario.id)
    c = recordAction(c, { at: 2 * H, role: 'retail-dept', action: 'emergency-report', note: evil }, evil)
    c = addDecision(c, { at: 2 * H, decision: evil, rationale: evil, by: '', when: evil })
    c = renameTeam(c, 'retail-dept', evil)
    const hostile: AarInput = {
      ...base,
      console: c,
      exercise: { name: evil, type: 'tabletop', sponsor: evil, location: evil, pointOfContact: evil, objectives: [evil] },
      hotwash: {
        ...base.hotwash,
        strengths: [...base.hotwash.strengths, { id: 't1', capability: '', text: evil, analysis: evil, clause: evil, expectation: null, source: 'trainer' }],
        improvements: [...base.hotwash.improvements, { id: 't2', capability: 'containment', text: evil, analysis: evil, clause: null, expectation: null, source: 'trainer' }],
        plan: [...base.hotwash.plan, { ...first, id: 'ip99', improvement: 't2', issue: evil, correctiveAction: evil, responsibleOrg: evil, pointOfContact: evil }],
      },
    }
    const h = aarHtml(hostile, 'en')
    expect(h).not.toMatch(/<script|<img/i)
    expect(h).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(h.match(/<section /g)).toHaveLength(6)
    const m = aarMarkdown(hostile, 'en')
    // Every < and > is backslash-escaped: Markdown renders them as text, never as raw HTML.
    expect(m).not.toMatch(/(^|[^\\])[<>]/m)
    expect(m).toContain('\\<script\\>')
    // A trainer item with no capability lands under "Other".
    expect(m).toContain('### 3.9 Other \\(no capability\\)')
  })

  it('HTML is print-ready: page breaks between sections, repeated table headers', () => {
    const h = aarHtml(input(drills.leakRandom, leak, 'zh', { console: room(leak.plan, leak.scenario.id) }), 'zh')
    expect(h).toContain('<html lang="zh-CN">')
    expect(h).toContain('<meta charset="utf-8">')
    expect(h).toMatch(/@media print \{[^]*section\.aar \{ break-before: page;[^]*thead \{ display: table-header-group; \}/)
    expect(h).toContain('<section class="aar first" id="overview">')
    expect((h.match(/<thead>/g) ?? []).length).toBe((h.match(/<table>/g) ?? []).length)
  })

  it('output is deterministic: the same input (even a copy of it) gives byte-identical documents', () => {
    const inp = input(drills.vendorRandom, vendor, 'zh', { console: room(vendor.plan, vendor.scenario.id) })
    const copy = JSON.parse(JSON.stringify(inp)) as AarInput
    for (const lang of ['zh', 'en'] as const) {
      expect(aarMarkdown(copy, lang)).toBe(aarMarkdown(inp, lang))
      expect(aarHtml(copy, lang)).toBe(aarHtml(inp, lang))
      expect(aarTables(copy, lang)).toEqual(aarTables(inp, lang))
    }
  })
})

describe('aarTables', () => {
  const c = room(leak.plan, leak.scenario.id)
  const inp = input(drills.leakRandom, leak, 'en', { console: c })
  const tables = aarTables(inp, 'en')
  const sheet = (id: string) => {
    const t = tables.find((x) => x.id === id)
    if (!t) throw new Error(`no sheet ${id}`)
    return t
  }

  it('has the seven sheets, each row the width of its header, one row per item', () => {
    expect(tables.map((t) => t.title)).toEqual(['Overview', 'Capabilities', 'Strengths', 'Areas for improvement', 'Improvement plan', 'Decisions', 'Team actions'])
    expect(aarTables(inp, 'zh').map((t) => t.title)).toEqual(['概况', '能力', '优势', '需改进事项', '改进计划', '决策记录', '团队行动'])
    for (const t of tables) for (const r of t.rows) expect(r, t.title).toHaveLength(t.columns.length)
    expect(sheet('capabilities').rows).toHaveLength(drills.leakRandom.capabilities.length)
    expect(sheet('strengths').rows).toHaveLength(inp.hotwash.strengths.length)
    expect(sheet('improvements').rows).toHaveLength(inp.hotwash.improvements.length)
    expect(sheet('plan').rows).toHaveLength(inp.hotwash.plan.length)
    expect(sheet('decisions').rows).toHaveLength(c.decisions.length)
    expect(sheet('actions').rows).toHaveLength(c.actions.length)
  })

  it('carries the figures: ratings, IP columns, corrections', () => {
    const caps = sheet('capabilities')
    expect(caps.rows.map((r) => [r[0], r[2], r[3]])).toEqual(drills.leakRandom.capabilities.map((x) => [x.id, x.score, x.rating]))
    const ip = sheet('plan')
    expect(ip.columns.slice(0, 9)).toEqual(['ID', 'Capability', 'Issue / area for improvement', 'Corrective action', 'Capability element', 'Primary responsible organisation', 'Organisation POC', 'Start date', 'Completion date'])
    const first = inp.hotwash.plan[0]
    const element = { planning: 'Planning', organization: 'Organization', equipment: 'Equipment', training: 'Training', exercise: 'Exercise' }[first?.element ?? 'planning']
    expect(ip.rows[0]?.slice(0, 10)).toEqual([first?.id, expect.any(String), first?.issue, first?.correctiveAction, element, first?.responsibleOrg, null, TODAY, '2027-02-28', first?.clause])
    const a2 = sheet('actions').rows.find((r) => r[0] === 'a2')
    expect(a2?.[7]).toContain('记录时选错了部门')
    expect(sheet('overview').rows).toContainEqual(['Overall score', drills.leakRandom.score])
  })

  it('writes an XLSX workbook', async () => {
    const bytes = await tablesToXlsx(tables)
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes.buffer)
    expect(wb.worksheets.map((w) => w.name)).toEqual(tables.map((t) => t.title))
    expect(wb.getWorksheet('Improvement plan')?.rowCount).toBe(inp.hotwash.plan.length + 1)
  })

  it('the schema id is stable', () => {
    expect(AAR_SCHEMA).toBe('plandrill/aar@1')
    expect(inp.hotwash.schema).toBe(AAR_SCHEMA)
  })
})
