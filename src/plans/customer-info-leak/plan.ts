/** Customer-information leak plan (seed 001): roles, levels, deadlines and clauses as data; the chart is ./machine.ts. */
import { action, capability as cap, durationParam as duration, expectationId as E, role, roleIds as R } from '../../engine/index.ts'
import type { ActionDef, CapabilityDef, EventDef, ExpectationDef, ParamDef, PlanDefinition, RoleDef } from '../../engine/index.ts'
import type { ActionId, CapabilityId, LevelId, PlanId, RoleId } from '../../engine/index.ts'
import { customerInfoLeakRecipes } from './recipes.ts'

export const LEAK_FIELDS = ['name', 'id-number', 'account-number', 'card-number', 'password', 'auth-code', 'phone', 'address', 'balance', 'products', 'risk-rating', 'marketing'] as const
export const SENSITIVE_FIELDS = ['name', 'id-number', 'account-number', 'card-number', 'password', 'auth-code'] as const
const TIERS = ['outlet', 'direct-branch', 'tier1'] as const

const roles: RoleDef[] = [
  role('branch-leadership', '分行领导小组(个人客户信息保护应急领导小组)', 'Branch leadership group (personal customer information protection emergency leadership group)', { clause: '001 第五条' }),
  role('branch-leadership-lead', '领导小组组长(分行零售业务分管行长)', 'Leadership group leader (vice-president for retail banking)', { clause: '001 第五条' }),
  role('retail-dept', '分行零售业务部', 'Branch Retail Banking Department', { clause: '001 第五条' }),
  role('operations-dept', '营运管理部', 'Operations Management Department', { clause: '001 第五条' }),
  role('e-banking-dept', '电子银行部', 'Electronic Banking Department', { clause: '001 第五条' }),
  role('credit-risk-dept', '授信与风险管理部', 'Credit and Risk Management Department', { clause: '001 第五条' }),
  role('related-depts', '分行相关业务部门', 'Related branch departments', { clause: '001 第六条' }),
  role('responsible-unit', '直接管辖部门或单位', 'Department or unit with direct jurisdiction', { clause: '001 第十二条' }),
  role('incident-unit', '事发支行及对应业务部门', 'Sub-branch where it happened, with its business department', { clause: '001 第十三条' }),
  role('general-affairs', '分行综合管理部', 'Branch General Management Department', { clause: '001 第十四条(二)3' }),
  role('superior-retail-dept', '内蒙古区分行零售业务部(个人金融业务部)', 'Retail (personal finance) department of the superior regional branch', { clause: '001 第十二条(三)' }),
  role('regulator', '所在地银监会派出机构', 'Local office of the banking regulator', { external: true, clause: '001 第十二条(一)' }),
  role('customers', '对应客户', 'Affected customers', { external: true, clause: '001 第十三条' }),
  role('media', '新闻媒体', 'News media', { external: true, clause: '001 第十四条(二)3' }),
]

const actions: ActionDef[] = [
  action('contain-leak', '控制泄露(先行紧急处置/应急处理)', 'Contain the leak'),
  action('classify-incident', '确定事件级别', 'Classify the incident level'),
  action('emergency-report', '提交《紧急报告》', 'Submit the emergency report'),
  action('report-to-regulator', '向监管派出机构报告', 'Report to the regulator'),
  action('escalate', '酌情报呈上级', 'Escalate (at discretion)'),
  action('approve-handling-plan', '召开紧急会议并审议处理方案', 'Hold the emergency meeting and approve the handling plan'),
  action('execute-handling-plan', '各部门按职责开展应急处理', 'Departments carry out their part of the plan'),
  action('notify-customers', '通知客户并引导修改涉密信息', 'Notify customers and guide them to change credentials'),
  action('tracking-report', '提交《跟踪报告》', 'Submit a tracking report'),
  action('coordinate-media', '牵头协调媒体报道后续处理', 'Lead the follow-up on media coverage'),
  action('liaise-external', '答复监管或外部询问', 'Answer the regulator or another outside inquiry'),
  action('report-status', '向上级区分行报告情况', 'Report to the superior regional branch'),
  action('guide-aftercare', '指导支行做好善后工作', 'Guide sub-branches through aftercare'),
  action('declare-end', '宣布处置结束', 'Declare the end of handling'),
  action('disposal-report', '提交《处置报告》', 'Submit the disposal report'),
]

const capabilities: CapabilityDef[] = [
  cap('situational-assessment', '态势研判', 'Situational assessment'),
  cap('internal-reporting', '内部报告', 'Internal reporting'),
  cap('operational-coordination', '组织协调', 'Operational coordination'),
  cap('containment', '控制处置', 'Containment'),
  cap('customer-communication', '客户沟通', 'Customer communication'),
  cap('external-communication', '对外沟通', 'External communication'),
  cap('recovery', '恢复', 'Recovery'),
  cap('post-incident', '事后处置', 'Post-incident'),
]

const params: ParamDef[] = [
  { id: 'bankName', kind: 'string', default: '示例银行 (Example Bank)', origin: 'default', text: { zh: '银行名称（原文「xx银行」）', en: 'The bank ("xx银行" in the source)' } },
  { id: 'branchName', kind: 'string', default: '北京分行', origin: 'source', text: { zh: '制定预案的分行', en: 'The branch that owns the plan' }, clause: '001 第五条' },
  { id: 'superiorBranchName', kind: 'string', default: '内蒙古区分行', origin: 'source', text: { zh: '上级区分行', en: 'The superior regional branch' }, clause: '001 第十二条(三)' },
  { id: 'basisNotice', kind: 'string', default: '银发〔2011〕17号', origin: 'default', text: { zh: '编制依据的人民银行通知文号（原文年份为「20GG」）', en: 'Number of the PBOC notice the plan is based on (the source has the placeholder year "20GG")' }, clause: '001 第二条' },
  { id: 'regulatorName', kind: 'string', default: '所在地银监会派出机构（今：国家金融监督管理总局派出机构）', origin: 'source', text: { zh: '接收重大事件报告的监管机构', en: 'Regulator office that receives the major-level report' }, clause: '001 第十二条(一)' },
  { id: 'majorLeakThreshold', kind: 'integer', default: 1000, origin: 'source', min: 1, text: { zh: '重大事件客户数下限（含）', en: 'Lower bound (inclusive) of "major" on the customers axis' }, clause: '001 第八条' },
  { id: 'significantLeakThreshold', kind: 'integer', default: 100, origin: 'source', min: 1, text: { zh: '较大事件客户数下限（含）', en: 'Lower bound (inclusive) of "significant" on the customers axis' }, clause: '001 第九条' },
  duration('emergencyReportWithinMajor', '2h', 'source', '重大事件《紧急报告》时限', 'Emergency report deadline, major', '001 第十二条(一)'),
  duration('emergencyReportWithinSignificant', '4h', 'source', '较大事件《紧急报告》时限', 'Emergency report deadline, significant', '001 第十二条(二)'),
  duration('emergencyReportWithinGeneral', '1d', 'source', '一般事件《紧急报告》时限', 'Emergency report deadline, general', '001 第十二条(三)'),
  duration('trackingEveryMajor', '1w', 'source', '重大事件《跟踪报告》频率(每周)', 'Tracking report cadence, major (weekly)', '001 第十二条(一)'),
  duration('trackingEveryOther', '2w', 'source', '较大、一般事件《跟踪报告》频率(每两周)', 'Tracking report cadence, significant and general (every two weeks)', '001 第十二条(二)(三)'),
  duration('disposalReportWithin', '1mo', 'source', '处理结束后提交《处置报告》时限', 'Disposal report deadline after the end of handling', '001 第十二条'),
  duration('regulatorReportWithin', '4h', 'default', '向监管派出机构报告时限(原文「及时」)', 'Regulator report deadline ("promptly" in the source)', '001 第十二条(一)'),
  duration('firstDisposalWithin', '1h', 'default', '先行紧急处置时限', 'First emergency measures deadline', '001 第十四条(二)1'),
  duration('handlingPlanWithin', '2h', 'default', '《紧急报告》后召开紧急会议、提出处理方案时限', 'Emergency meeting and handling plan after the emergency report', '001 第十三条'),
  duration('containmentWithin', '4h', 'default', '处理方案后按方案控制泄露时限', 'Plan-based containment after the handling plan', '001 第十三条'),
  duration('customerNoticeWithin', '24h', 'default', '通知客户时限(原文「及时」)', 'Customer notification deadline ("promptly" in the source)', '001 第十三条'),
  duration('mediaResponseWithin', '2h', 'default', '媒体报道后综合管理部牵头处理时限', 'General affairs takes the lead after a media inquiry', '001 第十四条(二)3'),
  duration('reclassifyWithin', '1h', 'default', '事态更新后重新定级时限', 'Re-grading after new scope facts', 'pr-cil-17'),
  duration('drillEvery', '1y', 'default', '预案演练频率(「定期」)', 'Drill frequency ("regularly")', '001 第六条(二)'),
  duration('riskAssessmentEvery', '3mo', 'default', '风险评估频率(「定期」)', 'Risk assessment frequency ("regularly")', '001 第十四条(一)'),
]

const leakFields = {
  customers: { kind: 'integer', min: 0, max: 1_000_000_000, text: { zh: '涉及客户数', en: 'Number of customers affected' } },
  sensitive: { kind: 'boolean', text: { zh: '是否涉及敏感信息（姓名、证件号、账号、密码等）', en: 'Whether sensitive data leaked (name, ID number, account number, password…)' } },
  fields: { kind: 'enum-list', values: LEAK_FIELDS, text: { zh: '泄露的信息项', en: 'Fields leaked' } },
  branchTier: { kind: 'enum', values: TIERS, text: { zh: '波及范围（网点/省直分行/一级分行）', en: 'Spread (outlet / direct branch / tier-1 branches)' } },
  branchCount: { kind: 'integer', min: 1, max: 10_000, text: { zh: '波及分行数', en: 'Number of branches reached' } },
} as const

/** `sensitive` must agree with the fields listed (pr-cil-03). */
const agreeSensitive = (data: Readonly<Record<string, unknown>>) => {
  const fields = data.fields as readonly string[] | undefined
  if (fields === undefined || typeof data.sensitive !== 'boolean') return []
  const hasSensitive = fields.some((f) => (SENSITIVE_FIELDS as readonly string[]).includes(f))
  return hasSensitive === data.sensitive
    ? []
    : [{ field: 'sensitive', message: `is ${String(data.sensitive)} but the fields listed ${hasSensitive ? 'include' : 'do not include'} sensitive data (${SENSITIVE_FIELDS.join(', ')}), see pr-cil-03` }]
}

const events: EventDef[] = [
  {
    id: 'leak.discovered',
    name: { zh: '发现信息泄露', en: 'Leak discovered' },
    fields: {
      ...leakFields,
      customers: { ...leakFields.customers, required: true },
      sensitive: { ...leakFields.sensitive, required: true },
      unit: { kind: 'string', text: { zh: '事发/直接管辖单位', en: 'Responsible / incident unit' } },
      vector: { kind: 'enum', values: ['insider', 'external-attack', 'vendor', 'lost-device', 'misdelivery', 'other'], text: { zh: '泄露途径', en: 'How it leaked' } },
      occurredAt: { kind: 'string', text: { zh: '实际发生时间（仅供参考）', en: 'When it actually happened (informational)' } },
    },
    refine: agreeSensitive,
  },
  {
    id: 'leak.scope-updated',
    name: { zh: '泄露范围更新', en: 'Leak scope updated' },
    fields: leakFields,
    refine: (data) => [...(Object.keys(data).length === 0 ? [{ field: 'customers', message: 'a scope update needs at least one of customers, sensitive, fields, branchTier, branchCount' }] : []), ...agreeSensitive(data)],
  },
  { id: 'leak.contained', name: { zh: '泄露途径已封堵', en: 'Leak path confirmed closed' }, fields: { unit: { kind: 'string' } } },
  {
    id: 'media.inquiry',
    name: { zh: '媒体问询/报道', en: 'Media inquiry or report' },
    fields: { outlet: { kind: 'string', required: true }, reach: { kind: 'enum', values: ['local', 'national'] }, published: { kind: 'boolean' } },
  },
  { id: 'customer.complaint', name: { zh: '客户投诉', en: 'Customer complaints' }, informational: true, fields: { count: { kind: 'integer', min: 1, max: 10_000_000 }, channel: { kind: 'enum', values: ['branch', 'hotline', 'online'] } } },
  {
    id: 'regulator.inquiry',
    name: { zh: '监管问询', en: 'Regulator inquiry' },
    fields: { regulator: { kind: 'string' }, question: { kind: 'string' }, replyBy: { kind: 'offset', text: { zh: '须在问询后多久内答复', en: 'Reply deadline after the inquiry' } } },
  },
  { id: 'superior.request', name: { zh: '上级行要求报送情况', en: 'Superior branch asks for information' }, informational: true, fields: { request: { kind: 'string' } } },
  { id: 'incident.closed', name: { zh: '事件处理结束', en: 'Incident closed' }, fields: {} },
]

const byLevel = <T,>(major: T, significant: T, general: T) => ({ byLevel: { major, significant, general } })
const clauseByLevel = (suffix = '') => byLevel(`001 第十二条(一)${suffix}`, `001 第十二条(二)${suffix}`, `001 第十二条(三)${suffix}`)
const REPORT_WITHIN = byLevel({ param: 'emergencyReportWithinMajor' }, { param: 'emergencyReportWithinSignificant' }, { param: 'emergencyReportWithinGeneral' })
const DISCOVERY = { event: 'leak.discovered' } as const
const ARMED = { armed: true } as const
/** Grading is one act (001 第七条–第十条 has no separate re-grading step): one grading made with all the facts meets both (L3). */
const GRADING_IS_ONE_ACT = '001 第四条(二), 第七条–第十条 (grading is one act; pr-cil-17)'

const expectations: ExpectationDef[] = [
  {
    // Armed in the chart's handling.initial, which the approved handling plan leaves: a containment after the plan is
    // 第十三条 step 3 (contain-leak), not a late first measure (L5).
    id: E('first-disposal'), action: 'contain-leak' as ActionId, roles: R('incident-unit'), capability: 'containment' as CapabilityId, phase: 'initial',
    within: { param: 'firstDisposalWithin' }, from: DISCOVERY, critical: true, clause: '001 第十四条(二)1', projectRules: ['pr-cil-05', 'pr-cil-16'],
    text: { zh: '事发单位先行紧急处置（处理方案之前）：封堵泄露途径、保护数据、保全证据', en: 'First emergency measures by the incident unit, before the handling plan: close the leak path, secure the data, preserve evidence' },
    quote: '要按照应急预案和损失最小化原则,先行紧急处置',
  },
  {
    id: E('classify-level'), action: 'classify-incident' as ActionId, roles: R('responsible-unit', 'retail-dept'), capability: 'situational-assessment' as CapabilityId, phase: 'initial',
    within: REPORT_WITHIN, from: DISCOVERY, declaresLevel: true,
    covers: [{ expectation: E('reclassify-level'), clause: GRADING_IS_ONE_ACT }],
    critical: true, clause: '001 第四条(二), 第七条–第十条', projectRules: ['pr-cil-01', 'pr-cil-02', 'pr-cil-03', 'pr-cil-04', 'pr-cil-05', 'pr-cil-19'],
    text: { zh: '按客户数、波及范围、信息类型确定事件级别（重大/较大/一般），就高不就低；所定级别须与事实相符', en: 'Grade the leak (major / significant / general) by customers, spread and data type; the highest axis wins, and the level declared must be the right one' },
    quote: '将突发事件分级管理,针对不同等级的突发事件釆取不同的应急处理流程',
  },
  {
    // Owed only when an update raises the level (the reporting line changes); a project rule, not critical (L9).
    id: E('reclassify-level'), action: 'classify-incident' as ActionId, roles: R('responsible-unit', 'retail-dept'), capability: 'situational-assessment' as CapabilityId, phase: 'response',
    within: { param: 'reclassifyWithin' }, from: ARMED, declaresLevel: true,
    covers: [{ expectation: E('classify-level'), clause: GRADING_IS_ONE_ACT }],
    critical: false, clause: 'pr-cil-17 (project rule, not in source)', projectRules: ['pr-cil-17', 'pr-cil-19'],
    text: { zh: '新情况使事件升级后重新定级（级别只升不降）', en: 'Re-grade after new facts raise the level (levels only rise)' },
  },
  {
    // Armed at discovery (pr-cil-05) or, for the recipients a rise adds, at the update (pr-cil-17).
    id: E('emergency-report'), action: 'emergency-report' as ActionId, roles: R('responsible-unit'), capability: 'internal-reporting' as CapabilityId, phase: 'initial',
    within: REPORT_WITHIN, from: ARMED,
    after: [E('classify-level')], critical: true, clause: clauseByLevel(), projectRules: ['pr-cil-05', 'pr-cil-06', 'pr-cil-07', 'pr-cil-17', 'pr-cil-20'],
    recipients: byLevel(R('branch-leadership', 'retail-dept', 'related-depts'), R('retail-dept', 'related-depts'), R('retail-dept', 'related-depts')),
    text: { zh: '直接管辖部门或单位同时向各报告对象提交《紧急报告》（单位、事发时间、客户数量及清单、泄露范围、联系人）', en: 'The responsible unit submits the emergency report to every recipient at once (unit, time, number and list of customers, scope, contact)' },
    quote: byLevel(
      '个人客户信息泄露重大突发事件的直接管辖部门或单位须在事发后2小时内直接向分行领导小组、分行零售业务部和分行相关业务部门同时提交《紧急报告》',
      '个人客户信息泄露较大突发事件的直接管辖部门或单位须在事发后4小时向分行零售业务部和分行相关业务部门同时提交《紧急报告》',
      '个人客户信息泄露一般突发事件的直接管辖部门或单位须在事发后一天内向分行零售业务部和分行相关业务部门同时提交《紧急报告》',
    ),
  },
  {
    id: E('regulator-report'), action: 'report-to-regulator' as ActionId, roles: R('responsible-unit', 'branch-leadership'), capability: 'external-communication' as CapabilityId, phase: 'initial',
    within: { param: 'regulatorReportWithin' }, from: ARMED, after: [E('classify-level')], critical: true, clause: '001 第十二条(一)', projectRules: ['pr-cil-05', 'pr-cil-08', 'pr-cil-09', 'pr-cil-17'],
    recipients: R('regulator'),
    text: { zh: '重大事件及时向所在地监管派出机构报告', en: 'Major incident: report promptly to the local regulator office' },
    quote: '并及时向所在地银监会派出机构报告',
  },
  {
    id: E('escalate-to-leadership'), action: 'escalate' as ActionId, roles: R('retail-dept'), capability: 'internal-reporting' as CapabilityId, phase: 'initial',
    after: [E('emergency-report')], critical: false, optional: true, clause: '001 第十二条(二), 第十三条(二)', projectRules: ['pr-cil-13'],
    recipients: R('branch-leadership'),
    text: { zh: '较大事件：零售业务部接报后酌情报呈分行领导小组', en: 'Significant: the retail department may escalate to the leadership group' },
    quote: '分行零售业务部接报后酌情报呈分行领导小组',
  },
  {
    // 第十四条(二)2 applies at every level (「根据事件级别」); its own action, so it never competes with the escalation
    // to the leadership group (L19).
    id: E('escalate-to-superior'), action: 'report-status' as ActionId, roles: R('retail-dept'), capability: 'internal-reporting' as CapabilityId, phase: 'initial',
    after: [E('emergency-report')], critical: false, optional: true,
    clause: byLevel('001 第十四条(二)2', '001 第十四条(二)2', '001 第十二条(三), 第十四条(二)2'), projectRules: ['pr-cil-12', 'pr-cil-13'],
    recipients: R('superior-retail-dept'),
    text: { zh: '零售业务部根据事件级别酌情报告上级区分行零售（个人金融）业务部', en: 'The retail department may report to the superior branch\'s retail (personal finance) department, as the level warrants' },
    quote: byLevel('根据事件级别原则上由分行酌情报告内蒙古区分行个人金融业务部及相关业务部门', '根据事件级别原则上由分行酌情报告内蒙古区分行个人金融业务部及相关业务部门', '分行零售业务部接报后酌情报呈内蒙古区分行零售业务部'),
  },
  {
    // General: the retail department only (the superior department merely assists, 第十三条(三), L14). Significant: the
    // retail department, or the leadership group if it was given the incident (「或酌情提交分行领导小组组织处理」);
    // a plan the leadership group approved then carries over a rise to major (L2).
    id: E('handling-plan'), action: 'approve-handling-plan' as ActionId,
    roles: byLevel(R('branch-leadership'), R('retail-dept', 'branch-leadership'), R('retail-dept')),
    capability: 'operational-coordination' as CapabilityId, phase: 'response',
    within: { param: 'handlingPlanWithin' }, from: E('emergency-report'), after: [E('emergency-report')], critical: true,
    clause: byLevel('001 第十三条(一)1', '001 第十三条(二)1', '001 第十三条(三)1'), projectRules: ['pr-cil-13', 'pr-cil-16'],
    text: { zh: '召开紧急会议，评估影响，审议提出处理方案，明确各部门职责（重大：分行领导小组；较大：零售业务部或酌情提交的领导小组；一般：零售业务部）', en: 'Emergency meeting: assess the impact, approve the handling plan, assign duties (major: leadership group; significant: the retail department, or the leadership group if given the incident; general: the retail department)' },
    quote: byLevel(
      '分行领导小组召开紧急会议,审议提出处理方案,明确相关部门及分行工作职责',
      '分行零售业务部召集相关业务部门召开紧急会议,评估突发事件影响,审议提出处理方案,明确相关部门及分行工作职责',
      '分行零售业务部召集相关业务部门召开紧急会议,评估突发事件影响,审议提出处理方案,明确相关部门及分行工作职责',
    ),
  },
  {
    id: E('execute-duties'), action: 'execute-handling-plan' as ActionId, roles: R('related-depts', 'operations-dept', 'e-banking-dept', 'credit-risk-dept'),
    capability: 'operational-coordination' as CapabilityId, phase: 'response',
    after: [E('handling-plan')], critical: false, clause: byLevel('001 第十三条(一)2', '001 第十三条(二)2', '001 第十三条(三)2'),
    text: { zh: '分行各相关部门根据各自职责开展应急处理工作（处理结束前）', en: 'Related departments carry out their duties under the plan (before handling ends)' },
    quote: '分行各相关部门根据各自职责开展应急处理工作',
  },
  {
    id: E('contain-leak'), action: 'contain-leak' as ActionId, roles: R('incident-unit'), capability: 'containment' as CapabilityId, phase: 'response',
    within: { param: 'containmentWithin' }, from: E('handling-plan'), after: [E('handling-plan')], critical: true,
    clause: byLevel('001 第十三条(一)3', '001 第十三条(二)3', '001 第十三条(三)3'), projectRules: ['pr-cil-16'],
    text: { zh: '事发单位根据处置方案展开应急处理，避免泄露范围进一步扩大', en: 'The incident unit acts on the handling plan so that the leak does not spread' },
    quote: byLevel('事发支行及对应业务部门根据分行领导小组的处置方案展开应急处理,避免客户信息泄露范围的进一步扩大', '事发支行及对应业务部门根据分行处置方案展开应急处理,避免客户信息泄露范围的进一步扩大', '事发单位根据分行处置方案展开应急处理,避免客户信息泄露范围的进一步扩大'),
  },
  {
    // Step 4 is not tied to the handling plan (no 「根据处置方案」), and 第四条(五), 第十四条(二)1 put customers first: no
    // ordering after the plan (L13). One notice to all customers also tells those found later (L4).
    id: E('notify-customers'), action: 'notify-customers' as ActionId, roles: R('incident-unit'), capability: 'customer-communication' as CapabilityId, phase: 'response',
    within: { param: 'customerNoticeWithin' }, from: DISCOVERY, critical: true,
    covers: [{ expectation: E('notify-new-customers'), clause: '001 第十三条 step 4 「及时通知对应客户」 (one notice to every affected customer)' }],
    clause: byLevel('001 第十三条(一)4', '001 第十三条(二)4', '001 第十三条(三)4'), projectRules: ['pr-cil-05', 'pr-cil-16'],
    recipients: R('customers'),
    text: { zh: '及时通知受影响客户相关情况，引导客户修改密码等涉密信息', en: 'Tell affected customers promptly and guide them to change passwords and other credentials' },
    quote: byLevel('事发支行及对应业务部门及时通知对应客户相关情况,引导客户修改涉密信息', '事发支行及对应业务部门及时通知对应客户相关情况,引导客户修改涉密信息', '事发单位及时通知对应客户相关情况,引导客户修改涉密信息'),
  },
  {
    id: E('notify-new-customers'), action: 'notify-customers' as ActionId, roles: R('incident-unit'), capability: 'customer-communication' as CapabilityId, phase: 'response',
    within: { param: 'customerNoticeWithin' }, from: ARMED, critical: true,
    clause: byLevel('001 第十三条(一)4; pr-cil-17', '001 第十三条(二)4; pr-cil-17', '001 第十三条(三)4; pr-cil-17'), projectRules: ['pr-cil-16', 'pr-cil-17'],
    recipients: R('customers'),
    text: { zh: '范围扩大后及时通知新发现的受影响客户（自更新起算）', en: 'Notify the customers newly found to be affected after the scope widens (counted from the update)' },
    quote: byLevel('事发支行及对应业务部门及时通知对应客户相关情况,引导客户修改涉密信息', '事发支行及对应业务部门及时通知对应客户相关情况,引导客户修改涉密信息', '事发单位及时通知对应客户相关情况,引导客户修改涉密信息'),
  },
  {
    id: E('tracking-report'), action: 'tracking-report' as ActionId, roles: R('responsible-unit'), capability: 'internal-reporting' as CapabilityId, phase: 'response',
    every: { byLevel: { major: { param: 'trackingEveryMajor' } }, otherwise: { param: 'trackingEveryOther' } }, after: [E('emergency-report')], critical: false,
    clause: clauseByLevel(), projectRules: ['pr-cil-10', 'pr-cil-17', 'pr-cil-20'],
    recipients: byLevel(R('branch-leadership', 'retail-dept', 'related-depts'), R('retail-dept', 'related-depts'), R('retail-dept', 'related-depts')),
    text: { zh: '处理完毕前定期提交《跟踪报告》（重大每周，较大、一般每两周）', en: 'Tracking reports until handling ends (major: weekly; otherwise every two weeks)' },
    quote: byLevel('至突发事件处理完毕前,每周向分行领导小组、分行零售业务部和分行相关业务部门同时提交《跟踪报告》', '至突发事件处理完毕前,每两周向分行零售业务部和分行相关业务部门同时提交《跟踪报告》', '至突发事件处理完毕前,每两周向分行零售业务部和分行相关业务部门同时提交《跟踪报告》'),
  },
  {
    id: E('media-follow-up'), action: 'coordinate-media' as ActionId, roles: R('general-affairs'), capability: 'external-communication' as CapabilityId, phase: 'response',
    within: { param: 'mediaResponseWithin' }, from: ARMED, critical: true, clause: '001 第十四条(二)3', projectRules: ['pr-cil-16'],
    text: { zh: '媒体报道后由分行综合管理部牵头协调后续处理', en: 'After media coverage, the general management department leads the follow-up' },
    quote: '通过新闻媒体报道的个人客户信息泄露突发事件,由分行综合管理部牵头负责协调相关报道的后续处理工作',
  },
  {
    id: E('regulator-reply'), action: 'liaise-external' as ActionId, roles: { byLevel: { major: R('branch-leadership') }, otherwise: R('retail-dept') },
    capability: 'external-communication' as CapabilityId, phase: 'response',
    within: { fact: 'replyBy' }, from: ARMED, critical: false, clause: 'pr-cil-15 (project rule, not in source)', projectRules: ['pr-cil-15'],
    text: { zh: '在监管要求的时限内答复监管问询（重大：领导小组；其他：零售业务部）', en: 'Answer the regulator\'s inquiry by its deadline (major: leadership group; otherwise the retail department)' },
  },
  {
    // No predecessor: neither the text nor the sheet orders aftercare after containment (L17).
    id: E('aftercare'), action: 'guide-aftercare' as ActionId, roles: R('related-depts'), capability: 'recovery' as CapabilityId, phase: 'recovery',
    critical: false, clause: '001 第十四条(三)',
    text: { zh: '处理结束前，相关业务部门指导各支行做好善后工作，尽快恢复正常经营秩序', en: 'Before handling ends, departments guide sub-branches through aftercare and back to normal' },
    quote: '分行相关业务部门按照管理职责和范围,指导各支行做好善后工作,尽快恢复正常经营秩序',
  },
  {
    // A required step (L6): declared before containment and every customer notice it is ending early (a finding), and
    // the chart stays open (tracking reports still owed) until the end criteria are met or the scenario closes it.
    id: E('declare-end'), action: 'declare-end' as ActionId, roles: byLevel(R('branch-leadership'), R('retail-dept', 'branch-leadership'), R('retail-dept')),
    capability: 'operational-coordination' as CapabilityId, phase: 'post',
    after: [E('contain-leak'), E('notify-customers')], endsHandling: true, dischargedBy: ['incident.closed'],
    critical: false, clause: 'pr-cil-18 (project rule, not in source)', projectRules: ['pr-cil-18', 'pr-all-07'],
    text: { zh: '处置主体在控制泄露、通知客户后宣布处理结束', en: 'The handling body declares the end once the leak is contained and customers are notified' },
  },
  {
    id: E('disposal-report'), action: 'disposal-report' as ActionId, roles: R('responsible-unit'), capability: 'post-incident' as CapabilityId, phase: 'post',
    within: { param: 'disposalReportWithin' }, from: ARMED, after: [E('declare-end')], critical: false, clause: clauseByLevel(), projectRules: ['pr-cil-11', 'pr-all-07', 'pr-cil-20'],
    recipients: byLevel(R('branch-leadership', 'retail-dept', 'related-depts'), R('retail-dept', 'related-depts'), R('superior-retail-dept', 'related-depts')),
    text: { zh: '处理结束后一个月内提交《处置报告》（情况简述、原因分析、责任及处罚、整改措施）', en: 'Disposal report within one month of the end (summary, cause, accountability and penalties, remediation)' },
    quote: byLevel('突发事件处理结束后一个月内,向分行领导小组、分行零售业务部和分行相关业务部门同时提交《处置报告》', '突发事件处理结束后一个月内,向分行零售业务部和分行相关业务部门同时提交《处置报告》', '突发事件处理结束后一个月内,向内蒙古区分行零售业务部和分行相关业务部门同时提交《处置报告》'),
  },
]

export const customerInfoLeakPlan = {
  id: 'customer-info-leak' as PlanId,
  version: '1.0.0',
  title: { zh: '个人客户信息泄露突发事件应急预案', en: 'Personal customer information leak emergency plan' },
  summary: {
    zh: '银行分行个人客户信息泄露：按客户数、波及范围、信息类型分为重大、较大、一般三级，分级报告（《紧急报告》《跟踪报告》《处置报告》）与分级处置。',
    en: 'A bank branch\'s plan for leaks of personal customer information: three levels by customers, spread and data type, with level-dependent reports (emergency, tracking, disposal) and handling bodies.',
  },
  source: { seed: '001_2533809f665082f4.txt', title: 'xx银行xx分行个人客户信息泄露突发事件应急预案', clauseScheme: '001 第N条(一)1' },
  roles,
  actions,
  capabilities,
  params,
  levels: [
    { id: 'general' as LevelId, name: { zh: '一般', en: 'General' }, rank: 1, clause: '001 第十条' },
    { id: 'significant' as LevelId, name: { zh: '较大', en: 'Significant' }, rank: 2, clause: '001 第九条' },
    { id: 'major' as LevelId, name: { zh: '重大', en: 'Major' }, rank: 3, clause: '001 第八条' },
  ],
  severity: {
    combine: 'highest',
    otherwise: 'general' as LevelId,
    projectRule: 'pr-cil-01',
    rules: [
      { level: 'major' as LevelId, when: { fact: 'customers', gte: { param: 'majorLeakThreshold' } }, clause: '001 第八条', text: { zh: '影响一千名客户（含）以上', en: '1,000 customers or more' } },
      { level: 'major' as LevelId, when: { fact: 'branchTier', eq: 'tier1' }, clause: '001 第八条', projectRule: 'pr-cil-04', text: { zh: '波及各一级分行', en: 'Reaches tier-1 branches' } },
      { level: 'significant' as LevelId, when: { fact: 'customers', gte: { param: 'significantLeakThreshold' } }, clause: '001 第九条', projectRule: 'pr-cil-02', text: { zh: '影响一百名客户（含）以上', en: '100 customers or more' } },
      { level: 'significant' as LevelId, when: { all: [{ fact: 'branchTier', eq: 'direct-branch' }, { fact: 'branchCount', gte: 2 }] }, clause: '001 第九条', projectRule: 'pr-cil-01', text: { zh: '波及多个省直分行', en: 'Reaches several directly-administered branches' } },
      { level: 'significant' as LevelId, when: { fact: 'sensitive', eq: true }, clause: '001 第九条, 第十条', projectRule: 'pr-cil-03', text: { zh: '泄露姓名、账号、密码等敏感信息', en: 'Sensitive data leaked (name, account number, password…)' } },
      // The same fixed list as the loader's consistency check (agreeSensitive), so the facts can never contradict the grade (L20).
      { level: 'significant' as LevelId, when: { fact: 'fields', intersects: [...SENSITIVE_FIELDS] }, clause: '001 第九条, 第十条', projectRule: 'pr-cil-03', text: { zh: '泄露字段包含敏感信息', en: 'The fields leaked include sensitive data' } },
    ],
  },
  events,
  expectations,
  // 第五条: the group leader chairs the leadership group and acts for it (L15). Member departments do not: the group is
  // the decision body (决策机构) and meets as one (第十三条(一)1 「召开紧急会议」).
  actsFor: [{ role: 'branch-leadership-lead' as RoleId, for: 'branch-leadership' as RoleId, clause: '001 第五条 「领导小组组长由分行零售业务分管行长担任」' }],
  projectRules: [
    { id: 'pr-cil-01', topic: { zh: '分级标准冲突', en: 'Conflicting level criteria' }, rule: { zh: '客户数、波及范围、信息类型分别定级，取最高级（就高不就低）；第九条、第十条都提到一个省直分行，按波及范围一个省直分行定为一般，两个及以上为较大。', en: 'Grade customers, spread and data separately; the level is the highest of the three. One directly-administered branch, named in both 第九条 and 第十条, counts as general on the spread axis; two or more as significant.' } },
    { id: 'pr-cil-02', topic: { zh: '100名客户边界', en: '100-customer boundary' }, rule: { zh: '恰好100名为较大；一般指少于100名。', en: 'Exactly 100 is significant; general means fewer than 100.' } },
    { id: 'pr-cil-03', topic: { zh: '敏感信息', en: 'Sensitive data' }, rule: { zh: '缺失项按证件号码理解；「等」包括卡号和认证信息；姓名属于敏感信息。该清单固定（不作为情景参数），定级与情景数据校验使用同一清单。', en: 'The lost list item is taken as ID number; "etc." covers card number and authentication data; names count as sensitive. The list is fixed (not a scenario parameter), so grading and the check of the scenario\'s data use the same list.' } },
    { id: 'pr-cil-04', topic: { zh: '「波及各一级分行」', en: 'Spread "tier-1"' }, rule: { zh: '指涉及一个以上一级分行的客户。', en: 'Customers in more than one tier-1 branch.' } },
    { id: 'pr-cil-05', topic: { zh: '计时起点', en: 'Clock start' }, rule: { zh: '「事发后」时限自发现泄露（leak.discovered）起算。', en: '"After the incident" deadlines run from discovery (leak.discovered).' } },
    { id: 'pr-cil-06', topic: { zh: '缺少「内」字', en: 'Missing "within"' }, rule: { zh: '「事发后4小时」即4小时内。', en: '"4 hours after the incident" means within 4h.' } },
    { id: 'pr-cil-07', topic: { zh: '「一天内」', en: '"Within one day"' }, rule: { zh: '1天 = 24小时自然时间。', en: '1d = 24h of calendar time.' } },
    { id: 'pr-cil-08', topic: { zh: '监管报告时限', en: 'Regulator deadline' }, rule: { zh: '「及时」按发现后4小时（默认）。', en: '"Promptly" = 4h after discovery (default).' } },
    { id: 'pr-cil-09', topic: { zh: '向监管报告的主体', en: 'Who reports to the regulator' }, rule: { zh: '字面主体为直接管辖单位；领导小组代为报告亦可。', en: 'Literally the responsible unit; the leadership group filing for it also counts.' } },
    { id: 'pr-cil-10', topic: { zh: '跟踪报告安排', en: 'Tracking schedule' }, rule: { zh: '首份跟踪报告在发现后一个周期到期，此后每周期一份直至结束；首个到期前结束则无需提交。', en: 'First tracking report due one interval after discovery, then each interval while open; none due if closed before the first due time.' } },
    { id: 'pr-cil-11', topic: { zh: '一般事件处置报告对象', en: 'General-level disposal report recipients' }, rule: { zh: '按原文报上级区分行零售业务部和相关部门；抄送分行零售业务部不扣分。', en: 'Literally the superior retail dept and related depts; copying the branch retail dept is not penalised.' } },
    { id: 'pr-cil-12', topic: { zh: '上级部门名称', en: 'Superior department name' }, rule: { zh: '「零售业务部」与「个人金融业务部」为同一角色。', en: 'The superior branch\'s retail and personal-finance departments are one role.' } },
    { id: 'pr-cil-13', topic: { zh: '酌情报呈', en: 'Discretionary escalation' }, rule: { zh: '「酌情」报呈为可选步骤，未做不扣分；较大事件酌情提交领导小组时，领导小组的会议亦满足处理方案要求，升为重大后不再重复；一般事件由零售业务部处理，上级区分行仅协助。', en: 'Discretionary escalations are optional. When a significant incident is given to the leadership group, its meeting satisfies the handling plan and is not owed again if the incident becomes major; a general incident is handled by the retail department, which the superior branch only assists.' } },
    { id: 'pr-cil-14', topic: { zh: '「可直接报告」与「须直接向」', en: '"May report directly" vs "must report directly"' }, rule: { zh: '重大事件以第十二条（一）为准，须2小时内报领导小组。', en: 'For major incidents 第十二条(一) (must report within 2h) prevails.' } },
    { id: 'pr-cil-15', topic: { zh: '监管及其他问询', en: 'Regulator and other queries' }, rule: { zh: '原文无规定；重大由领导小组、其他由零售业务部答复；仅在情景设定答复时限时计分。', en: 'No rule in source; answered by the leadership group (major) or the retail dept; scored only when the scenario sets a reply deadline.' } },
    { id: 'pr-cil-16', topic: { zh: '未规定的时限与主体', en: 'Unstated deadlines and actors' }, rule: { zh: '先行处置1小时；紧急报告后2小时内提出处理方案；方案后4小时内控制；发现后24小时内通知客户；媒体2小时；先行处置由事发单位负责。', en: 'First disposal 1h; handling plan 2h after the emergency report; containment 4h after the plan; customers 24h after discovery; media 2h; the incident unit does the first disposal.' } },
    { id: 'pr-cil-17', topic: { zh: '升级', en: 'Upgrades' }, rule: { zh: '新情况下重新定级，只升不降；升级后1小时内重新定级（非关键步骤）；新增义务自更新事件起算：仅向新级别新增的报告对象补报《紧急报告》，处置主体不变则处理方案不重复；新发现的客户自更新起24小时内通知；已完成的义务不重复。', en: 'Level recomputed on new facts; it only rises. After a rise the level is re-graded within 1h (not a critical step). New obligations run from the update: a new emergency report only to the recipients the new level adds, no second handling plan when the handling body is unchanged, newly found customers told within 24h of the update; obligations already met are not repeated.' } },
    { id: 'pr-cil-18', topic: { zh: '处理结束', en: 'End of handling' }, rule: { zh: '由处置主体（重大：领导小组；较大：零售业务部或接手的领导小组；一般：零售业务部）在控制泄露和通知全部客户后宣布结束，或由情景注入 incident.closed；提前宣布记为顺序不当，处理不因此结束（跟踪报告照常）。', en: 'Declared by the handling body (major: leadership group; significant: retail dept, or the leadership group if given the incident; general: retail dept) once the leak is contained and every customer told, or injected by the scenario. An end declared earlier is out of order and does not end handling (tracking reports stay owed).' } },
    { id: 'pr-cil-19', topic: { zh: '定级主体', en: 'Who grades' }, rule: { zh: '原文未规定由谁定级；直接管辖单位（须按级别报告）或接报的零售业务部（领导小组日常办公机构）定级均可。', en: 'The source does not say who grades; the responsible unit (which reports by level) or the retail department (the group\'s standing office, which receives the report) may.' } },
    { id: 'pr-cil-20', topic: { zh: '报告内容', en: 'Report contents' }, rule: { zh: '第十一条规定的报告内容列于各报告要求的说明中，演练只检查时限、报送主体和报告对象，不检查内容（行动记录的备注供评估人员查看）。', en: 'The contents 第十一条 prescribes are listed in each report\'s text; a drill checks the deadline, the sender and the recipients, not the contents (the action log\'s note is kept for the evaluator).' } },
    { id: 'pr-all-07', topic: { zh: '处理结束', en: 'End of handling' }, rule: { zh: '事后时限自 incident.closed 起算。', en: 'Post-incident clocks start at incident.closed.' } },
  ],
  recipes: customerInfoLeakRecipes,
} satisfies PlanDefinition
