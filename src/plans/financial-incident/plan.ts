/** Financial-institution incident plan (seed 000): four incident types, each with its own team track, deadlines and clauses as data; the chart is ./machine.ts. */
import { action, capability as cap, durationParam as duration, expectationId as E, projectRule as rule, role, roleIds as R } from '../../engine/index.ts'
import type { ActionDef, CapabilityDef, Condition, EventDef, ExpectationDef, ParamDef, PlanDefinition, RoleDef } from '../../engine/index.ts'
import type { ActionId, ActsFor, CapabilityId, ExpectationId, PlanId, RoleId } from '../../engine/index.ts'
import { financialIncidentRecipes } from './recipes.ts'

const A = (id: string) => id as ActionId
const C = (id: string) => id as CapabilityId

/** The four incident types of 二 and the scenario event that signals each (§6 of the rule sheet). */
export const INCIDENT_TYPES = ['fraud', 'info-leak', 'system-failure', 'compliance'] as const
export type IncidentType = (typeof INCIDENT_TYPES)[number]
export const DETECTION_EVENTS: Readonly<Record<IncidentType, string>> = {
  fraud: 'fraud.detected',
  'info-leak': 'leak.detected',
  'system-failure': 'system.failure',
  compliance: 'compliance.breach',
}

export const FRAUD_CHANNELS = ['online', 'phone', 'other'] as const
export const LEAK_VECTORS = ['hack', 'insider', 'vendor', 'misdelivery', 'other'] as const
export const BREACH_FINDERS = ['internal-audit', 'regulator', 'other'] as const

/**
 * pr-fin-06: the emergency backup of 四.3(系统故障·应急备份) 「如有必要」 is required when transactions or customer service are
 * interrupted, or the expected outage exceeds `backupThresholdHours`.
 */
export const BACKUP_REQUIRED: Condition = {
  any: [
    { fact: 'transactionsAffected', eq: true },
    { fact: 'customerServiceAffected', eq: true },
    { fact: 'expectedHours', gt: { param: 'backupThresholdHours' } },
  ],
}

/**
 * The response steps of 四.3 each activated team must have met before the command group can declare the end (pr-fin-08):
 * the chart checks them for the teams actually activated, the ledger names those still open when the end comes early.
 * `activate-backup` counts only when the backup is required (pr-fin-06); `fraud-evidence-complete` is pr-fin-17.
 */
export const END_CRITERIA: Readonly<Record<IncidentType, readonly ExpectationId[]>> = {
  fraud: [E('freeze-accounts'), E('notify-fraud-customers'), E('collect-fraud-evidence'), E('fraud-evidence-complete')],
  'info-leak': [E('assess-leak'), E('block-leak'), E('notify-leak-customers')],
  'system-failure': [E('locate-fault'), E('activate-backup'), E('recovery-plan'), E('execute-recovery')],
  compliance: [E('compliance-response')],
}

/** 四.5 「各小組」: the wrap-up each activated team owes after the end (F1), by incident type. */
export const WRAP_UPS: Readonly<Record<IncidentType, ExpectationId>> = {
  fraud: E('fraud-wrap-up'),
  'info-leak': E('leak-wrap-up'),
  'system-failure': E('recovery-wrap-up'),
  compliance: E('compliance-wrap-up'),
}

/**
 * Who acts for whom (三.1, 三.2, 四.1): a group's leader meets the group's duties; the IT Department, which 四.3 names
 * for a system failure, is a 「相關部門」 that reports.
 */
const actsFor: ActsFor[] = [
  { role: 'ceo' as RoleId, for: 'command-group' as RoleId, clause: '000 三.1 「組長:首席執行官(CEO)」' },
  { role: 'cio' as RoleId, for: 'infosec-team' as RoleId, clause: '000 三.2 「信息安全小組-組長:CIO」' },
  { role: 'it-dept' as RoleId, for: 'reporting-dept' as RoleId, clause: '000 四.1 「相關部門」; 四.3(系統故障·問題定位) 「IT部門」' },
]

const roles: RoleDef[] = [
  role('command-group', '应急响应指挥小组', 'Emergency Response Command Group', { clause: '000 三.1, 四.2, 四.6' }),
  role('ceo', '组长：首席执行官（CEO）', 'Group leader: Chief Executive Officer', { clause: '000 三.1' }),
  role('cro', '副组长：首席风险官（CRO）', 'Deputy leader: Chief Risk Officer', { clause: '000 三.1' }),
  role('cio', '副组长：首席信息官（CIO），信息安全小组组长', 'Deputy leader: Chief Information Officer; leads the information security team', { clause: '000 三.1, 三.2' }),
  role('it-dept', 'IT部', 'IT Department', { clause: '000 三.1, 四.3' }),
  role('legal-dept', '法务部', 'Legal Department', { clause: '000 三.1, 三.2' }),
  role('customer-service-dept', '客户服务部', 'Customer Service Department', { clause: '000 三.1, 三.2' }),
  role('operations-dept', '运营部', 'Operations Department', { clause: '000 三.1' }),
  role('fraud-team', '金融诈骗专项组（组长：客户服务部经理）', 'Financial Fraud Task Team (led by the Customer Service Department manager)', { clause: '000 三.2, 四.3' }),
  role('infosec-team', '信息安全小组（组长：CIO）', 'Information Security Team (led by the CIO)', { clause: '000 三.2, 四.3' }),
  role('recovery-team', '系统恢复小组（组长：IT部经理）', 'System Recovery Team (led by the IT Department manager)', { clause: '000 三.2, 四.3' }),
  role('reporting-dept', '相关部门（事发部门）', 'The department where the incident arises', { clause: '000 四.1' }),
  role('management', '公司管理层', 'Company management', { external: true, clause: '000 四.6' }),
  role('external-experts', '外部专家或机构', 'External experts or institutions', { external: true, clause: '000 四.4' }),
  role('customers', '受影响客户', 'Affected customers', { external: true, clause: '000 四.3' }),
]

const actions: ActionDef[] = [
  action('report-incident', '向应急响应指挥小组报告事件', 'Report the incident to the command group'),
  action('convene-meeting', '召开会议，分析事件性质', 'Convene the meeting and analyse the incident'),
  action('activate-plan', '决定启动应急预案', 'Decide to activate the plan'),
  action('issue-instructions', '下达相关指令', 'Issue instructions to the teams'),
  action('freeze-accounts', '冻结疑似受影响账户', 'Freeze the accounts suspected to be affected'),
  action('notify-customers', '通知受影响客户', 'Notify the customers affected'),
  action('collect-evidence', '收集证据（交易记录、通话录音等）', 'Collect evidence (transaction records, call recordings)'),
  action('complete-evidence', '完成证据收集并归档', 'Complete and file the evidence collected'),
  action('assess-scope', '评估范围和影响', 'Assess the scope and impact'),
  action('contain-leak', '采取技术措施封堵信息泄露', 'Block the leak with technical measures'),
  action('diagnose-fault', '排查定位系统故障', 'Locate the system fault'),
  action('activate-backup', '启动应急备份系统', 'Switch on the emergency backup system'),
  action('draft-recovery-plan', '制定系统恢复计划', 'Draft the system recovery plan'),
  action('execute-recovery', '实施系统恢复计划', 'Carry out the recovery plan'),
  action('rectify', '提出整改措施', 'Propose rectification'),
  action('allocate-resources', '调配人力、技术和资金等资源', 'Allocate people, technology and money'),
  action('request-external-support', '联系外部专家或机构提供技术支持', 'Call in external experts or institutions'),
  action('liaise-external', '答复监管问询', 'Answer the regulator\'s inquiry'),
  action('declare-end', '宣布事件处理完毕', 'Declare the end of handling'),
  action('compile-records', '总结处理过程，整理文档和记录', 'Summarise the handling and organise documents and records'),
  action('summary-report', '编写并提交《事件处理总结报告》', 'Write and submit the incident handling summary report'),
]

const capabilities: CapabilityDef[] = [
  cap('situational-assessment', '态势研判', 'Situational assessment'),
  cap('internal-reporting', '内部报告', 'Internal reporting'),
  cap('operational-coordination', '组织协调', 'Operational coordination'),
  cap('containment', '控制处置', 'Containment'),
  cap('technical-recovery', '技术恢复', 'Technical recovery'),
  cap('service-continuity', '业务连续性', 'Service continuity'),
  cap('customer-communication', '客户沟通', 'Customer communication'),
  cap('external-communication', '对外沟通', 'External communication'),
  cap('post-incident', '后期处置', 'Post-incident'),
]

const params: ParamDef[] = [
  { id: 'institutionName', kind: 'string', default: '示例金融有限公司 (Example Financial Co.)', origin: 'default', text: { zh: '本金融机构（「本金融機構」「公司」）', en: 'The institution' }, clause: '000 一, 四.6' },
  { id: 'managementBody', kind: 'string', default: '公司经营管理委员会 (executive management committee)', origin: 'default', text: { zh: '总结报告的接收方（公司管理层）', en: 'Recipient of the summary report (company management)' }, clause: '000 四.6' },
  duration('summaryReportWithin', '5wd', 'source', '事件处理后提交《事件处理总结报告》的时限：事件结束当日之后第5个工作日24时（原文「5個工作日內」）', 'Summary report after the end of handling: 24:00 of the 5th working day after the day of closure ("within 5 working days")', '000 四.6'),
  duration('planReviewEvery', '1y', 'source', '全面预案审查周期（原文「每年進行一次」）', 'Full plan review ("once a year")', '000 五.3'),
  duration('drillEvery', '6mo', 'default', '各小组应急演练周期（原文「定期」）', 'Team drills ("regularly")', '000 五.2'),
  duration('reportWithin', '15m', 'default', '发现事件后向指挥小组报告的时限（原文「立即」）', 'Report to the command group after detection ("immediately")', '000 四.1'),
  duration('meetingWithin', '1h', 'default', '接报后召开会议并作出启动决定的时限（原文「迅速」）', 'Meeting and activation decision after the report ("promptly")', '000 四.2'),
  duration('freezeWithin', '30m', 'default', '金融诈骗：启动后冻结疑似受影响账户的时限（原文「立即」）', 'Fraud: freeze suspected accounts after activation ("immediately")', '000 四.3'),
  duration('fraudNoticeWithin', '2h', 'default', '金融诈骗：启动后通知客户的时限', 'Fraud: notify customers after activation', '000 四.3'),
  duration('evidenceWithin', '2h', 'default', '金融诈骗：启动后开始收集证据的时限', 'Fraud: start collecting evidence after activation', '000 四.3'),
  duration('leakAssessWithin', '1h', 'default', '信息泄露：启动后初步评估的时限（原文「立即」）', 'Leak: first assessment after activation ("immediately")', '000 四.3'),
  duration('leakBlockWithin', '2h', 'default', '信息泄露：启动后技术封堵的时限', 'Leak: technical blocking after activation', '000 四.3'),
  duration('leakNoticeWithin', '24h', 'default', '信息泄露：启动后告知受影响客户的时限（原文「及時」）', 'Leak: tell the customers affected after activation ("in good time")', '000 四.3'),
  duration('diagnoseWithin', '15m', 'default', '系统故障：启动后IT部门开始排查的时限（原文「立即」）', 'System failure: IT starts locating the fault after activation ("immediately")', '000 四.3'),
  duration('backupWithin', '1h', 'default', '系统故障：启动后启用应急备份系统的时限', 'System failure: emergency backup on after activation', '000 四.3'),
  { id: 'backupThresholdHours', kind: 'number', default: 0.5, origin: 'default', min: 0, max: 1000, text: { zh: '预计中断超过该小时数即「有必要」启用应急备份', en: 'Expected outage beyond which the backup is "necessary"' }, clause: '000 四.3' },
  duration('recoveryPlanWithin', '4h', 'default', '系统故障：启动后制定详细恢复计划的时限', 'System failure: detailed recovery plan after activation', '000 四.3'),
  duration('recoveryStartWithin', '1h', 'default', '系统故障：恢复计划制定后开始实施的时限（原文「迅速」）', 'System failure: start carrying out the recovery plan after drafting it ("promptly")', '000 四.3'),
  duration('complianceWithin', '1d', 'default', '合规风险：启动后法务部评估违规事项并提出整改建议的时限', 'Compliance: the Legal Department\'s assessment and rectification proposal after activation', '000 二.4'),
  duration('resourcesWithin', '2h', 'default', '小组提出需求后调配资源的时限', 'Allocate resources after a team\'s request', '000 四.4'),
  duration('externalSupportWithin', '2h', 'default', '出现需要后联系外部专家的时限（原文「及時」）', 'Call in external experts after the need arises ("in good time")', '000 四.4'),
  duration('wrapUpWithin', '3wd', 'default', '事件处理完毕后各小组总结、整理记录的时限', 'Team wrap-up after the end of handling', '000 四.5'),
]

/** Every detection event may mark a near-miss for which activation is not expected (pr-fin-01). */
const activationExpected = { kind: 'boolean', text: { zh: '是否应启动预案（默认是；未遂事件可设为否）', en: 'Whether activation is expected (default true; false marks a near-miss)' } } as const

const events: EventDef[] = [
  {
    id: 'fraud.detected',
    name: { zh: '发现针对客户的金融诈骗', en: 'Fraud against customers detected' },
    fields: {
      channel: { kind: 'enum', values: FRAUD_CHANNELS, required: true, text: { zh: '诈骗形式：网络/电话/其他', en: 'Channel: online / phone / other' } },
      accounts: { kind: 'integer', required: true, min: 0, max: 100_000_000, text: { zh: '疑似受影响账户数', en: 'Accounts suspected to be affected' } },
      customers: { kind: 'integer', min: 0, max: 100_000_000, text: { zh: '受影响客户数', en: 'Customers affected' } },
      suspectedLoss: { kind: 'number', min: 0, max: 1e12, text: { zh: '疑似损失金额（元）', en: 'Suspected loss (CNY)' } },
      ongoing: { kind: 'boolean', text: { zh: '诈骗是否仍在持续', en: 'Whether the fraud is still going on' } },
      activationExpected,
    },
  },
  {
    id: 'leak.detected',
    name: { zh: '发现客户信息泄露', en: 'Customer information leak detected' },
    fields: {
      records: { kind: 'integer', min: 0, max: 10_000_000_000, text: { zh: '泄露记录数', en: 'Records leaked' } },
      customers: { kind: 'integer', required: true, min: 0, max: 1_000_000_000, text: { zh: '涉及客户数', en: 'Customers affected' } },
      sensitive: { kind: 'boolean', text: { zh: '是否含敏感信息', en: 'Whether sensitive data leaked' } },
      vector: { kind: 'enum', values: LEAK_VECTORS, text: { zh: '泄露途径：攻击/内部人员/外包商/误发/其他', en: 'Vector: hack / insider / vendor / misdelivery / other' } },
      ongoing: { kind: 'boolean', text: { zh: '泄露是否仍在持续', en: 'Whether the leak is still going on' } },
      activationExpected,
    },
  },
  {
    id: 'system.failure',
    name: { zh: 'IT系统故障', en: 'IT system failure' },
    fields: {
      system: { kind: 'string', required: true, text: { zh: '故障系统', en: 'System that failed' } },
      transactionsAffected: { kind: 'boolean', required: true, text: { zh: '金融交易是否中断', en: 'Whether transactions are interrupted' } },
      customerServiceAffected: { kind: 'boolean', required: true, text: { zh: '客户服务是否中断', en: 'Whether customer service is interrupted' } },
      dataLoss: { kind: 'boolean', text: { zh: '是否发生数据丢失', en: 'Whether data was lost' } },
      expectedHours: { kind: 'number', required: true, min: 0, max: 10_000, text: { zh: '预计中断小时数', en: 'Expected outage in hours' } },
      activationExpected,
    },
  },
  {
    id: 'compliance.breach',
    name: { zh: '发现违反法律法规的合规问题', en: 'Breach of law or regulation found' },
    fields: {
      rule: { kind: 'string', required: true, text: { zh: '违反的规定', en: 'Rule breached' } },
      discoveredBy: { kind: 'enum', values: BREACH_FINDERS, text: { zh: '发现方：内审/监管/其他', en: 'Found by: internal audit / regulator / other' } },
      penaltyExposure: { kind: 'number', min: 0, max: 1e12, text: { zh: '可能的处罚金额（元）', en: 'Possible penalty (CNY)' } },
      activationExpected,
    },
  },
  {
    id: 'support.needed',
    name: { zh: '小组缺少技能或工具，需要外部支援', en: 'A team lacks a skill or tool' },
    fields: { team: { kind: 'string', required: true, text: { zh: '提出需要的小组', en: 'Team' } }, skill: { kind: 'string', text: { zh: '所需技能', en: 'Skill needed' } } },
  },
  {
    id: 'resources.requested',
    name: { zh: '小组申请人力、工具或资金', en: 'A team asks for people, tools or money' },
    fields: { team: { kind: 'string', required: true, text: { zh: '申请的小组', en: 'Team' } }, resource: { kind: 'string', text: { zh: '所需资源', en: 'Resource' } } },
  },
  {
    id: 'customers.complaint',
    name: { zh: '客户投诉与咨询', en: 'Customer complaints and enquiries' },
    informational: true,
    fields: { count: { kind: 'integer', min: 1, max: 100_000_000 }, topic: { kind: 'string' } },
  },
  // pr-fin-11: the plan has no media step; the inquiry goes to the command group and is not scored.
  { id: 'media.inquiry', name: { zh: '媒体问询', en: 'Press inquiry' }, informational: true, fields: { outlet: { kind: 'string', required: true }, topic: { kind: 'string' } } },
  {
    id: 'regulator.inquiry',
    name: { zh: '监管问询', en: 'Regulator inquiry' },
    fields: { regulator: { kind: 'string' }, question: { kind: 'string' }, replyBy: { kind: 'offset', text: { zh: '须在问询后多久内答复', en: 'Reply deadline after the inquiry' } } },
  },
  { id: 'system.restored', name: { zh: '故障系统恢复运行', en: 'The failed system works again' }, fields: { system: { kind: 'string' } } },
  { id: 'incident.closed', name: { zh: '事件处理完毕', en: 'Handling closed' }, fields: {} },
]

/** Steps of 四.3 run from the command group's activation and instructions (A, pr-fin-04). */
const FROM_A = { from: E('activation-decision') } as const

const expectations: ExpectationDef[] = [
  // --- 四.1 report, 四.2 meeting and activation ---
  {
    id: E('report-to-command'), action: A('report-incident'), roles: R('reporting-dept'), capability: C('internal-reporting'), phase: 'initial',
    within: { param: 'reportWithin' }, from: { armed: true }, critical: true, clause: '000 四.1', projectRules: ['pr-fin-03', 'pr-fin-04', 'pr-fin-15', 'pr-all-01'],
    recipients: R('command-group'),
    text: { zh: '事发部门（系统故障时为IT部门）立即向应急响应指挥小组报告：事件类型、发生时间、地点、初步损失评估（每发现一类新事件再次报告）', en: 'The department concerned (for a system failure, the IT Department) reports at once to the command group: type, time, place and a first loss estimate (again for each new incident type found)' },
    quote: '一旦發(fā)生突發(fā)事件,相關(guān)部門應(yīng)立即報(bào)告應(yīng)急響應(yīng)指揮小組',
  },
  {
    id: E('command-meeting'), action: A('convene-meeting'), roles: R('command-group'), capability: C('operational-coordination'), phase: 'initial',
    within: { param: 'meetingWithin' }, from: E('report-to-command'), after: [E('report-to-command')], critical: true, clause: '000 四.2', projectRules: ['pr-fin-03', 'pr-fin-15', 'pr-all-03'],
    text: { zh: '指挥小组接报后迅速召开会议，分析事件性质', en: 'After the report the command group meets promptly and analyses the nature of the incident' },
    quote: '應(yīng)急響應(yīng)指揮小組接到報(bào)告后,應(yīng)迅速召開(kāi)會(huì)議,分析事件性質(zhì)',
  },
  {
    id: E('activation-decision'), action: A('activate-plan'), roles: R('command-group'), capability: C('operational-coordination'), phase: 'initial',
    within: { param: 'meetingWithin' }, from: E('report-to-command'), after: [E('command-meeting')], critical: true, clause: '000 四.2', projectRules: ['pr-fin-01', 'pr-fin-02', 'pr-fin-03', 'pr-all-03'],
    text: { zh: '会上决定启动应急预案（未遂事件不要求启动）', en: 'At the meeting, decide to activate the plan (not required for a near-miss)' },
    quote: '決定是否啟動(dòng)應(yīng)急預(yù)案',
  },
  // 四.2 names two acts: the decision, then the instructions to the teams (F4).
  {
    id: E('issue-instructions'), action: A('issue-instructions'), roles: R('command-group'), capability: C('operational-coordination'), phase: 'initial',
    within: { param: 'meetingWithin' }, from: E('report-to-command'), after: [E('activation-decision')], critical: false, clause: '000 四.2', projectRules: ['pr-fin-02', 'pr-fin-03', 'pr-all-03'],
    recipients: R('fraud-team', 'infosec-team', 'it-dept', 'recovery-team', 'legal-dept'),
    text: { zh: '启动后向相关小组下达指令（每启动一类事件的处置即下达一次）', en: 'Once activated, instruct the teams concerned (once for each incident type activated)' },
    quote: '并下達(dá)相關(guān)指令',
  },
  // --- 四.3 fraud ---
  {
    id: E('freeze-accounts'), action: A('freeze-accounts'), roles: R('fraud-team'), capability: C('containment'), phase: 'response',
    within: { param: 'freezeWithin' }, ...FROM_A, critical: true, clause: '000 四.3(金融詐騙·立即凍結)', projectRules: ['pr-fin-03', 'pr-fin-04', 'pr-fin-15', 'pr-fin-16'],
    text: { zh: '金融诈骗：立即冻结疑似受影响的账户（发现新的疑似账户时再次冻结；可在启动前进行）', en: 'Fraud: freeze the accounts suspected to be affected at once (again when more accounts are suspected; may come before the activation)' },
    quote: '立即凍結(jié):對(duì)疑似受影響的賬戶進(jìn)行凍結(jié)處理',
  },
  {
    id: E('notify-fraud-customers'), action: A('notify-customers'), roles: R('fraud-team', 'customer-service-dept'), capability: C('customer-communication'), phase: 'response',
    within: { param: 'fraudNoticeWithin' }, ...FROM_A, after: [E('activation-decision'), E('freeze-accounts')], critical: true, clause: '000 四.3(金融詐騙·客戶通知)', projectRules: ['pr-fin-05', 'pr-fin-12', 'pr-fin-15', 'pr-fin-16', 'pr-fin-17'],
    recipients: R('customers'),
    text: { zh: '金融诈骗：冻结后通过电话、短信等方式通知客户，告知其账户安全状况（客户服务部代为通知亦可）', en: 'Fraud: after the freeze, tell customers by phone or SMS how their accounts stand (delivery by Customer Service also counts)' },
    quote: '客戶通知:通過(guò)電話、短信等方式通知客戶,告知其賬戶安全狀況',
  },
  {
    id: E('collect-fraud-evidence'), action: A('collect-evidence'), roles: R('fraud-team'), capability: C('post-incident'), phase: 'response',
    within: { param: 'evidenceWithin' }, ...FROM_A, after: [E('activation-decision')], critical: false, clause: '000 四.3(金融詐騙·信息收集)', projectRules: ['pr-fin-04', 'pr-fin-16', 'pr-fin-17'],
    text: { zh: '金融诈骗：开始收集相关证据，包括交易记录、通话录音等', en: 'Fraud: start collecting evidence, including transaction records and call recordings' },
    quote: '信息收集:收集相關(guān)證據(jù),包括交易記錄、通話錄音等',
  },
  // F11: the sheet's "complete before incident.closed": no `within`, so it falls due when handling ends.
  {
    id: E('fraud-evidence-complete'), action: A('complete-evidence'), roles: R('fraud-team'), capability: C('post-incident'), phase: 'response',
    after: [E('collect-fraud-evidence')], critical: false, clause: '000 四.3(金融詐騙·信息收集)', projectRules: ['pr-fin-08', 'pr-fin-17'],
    text: { zh: '金融诈骗：事件处理结束前完成证据收集', en: 'Fraud: complete the evidence collection before handling ends' },
    quote: '信息收集:收集相關(guān)證據(jù),包括交易記錄、通話錄音等',
  },
  // --- 四.3 information leak ---
  {
    id: E('assess-leak'), action: A('assess-scope'), roles: R('infosec-team'), capability: C('situational-assessment'), phase: 'response',
    within: { param: 'leakAssessWithin' }, ...FROM_A, critical: true, clause: '000 四.3(信息泄露·立即評估)', projectRules: ['pr-fin-03', 'pr-fin-04', 'pr-fin-16'],
    text: { zh: '信息泄露：立即对信息外泄范围和影响进行初步评估（可在启动前进行）', en: 'Leak: make a first assessment of the scope and impact of the leak at once (may come before the activation)' },
    quote: '立即評(píng)估:對(duì)信息外泄范圍和影響進(jìn)行初步評(píng)估',
  },
  {
    id: E('block-leak'), action: A('contain-leak'), roles: R('infosec-team'), capability: C('containment'), phase: 'response',
    within: { param: 'leakBlockWithin' }, ...FROM_A, after: [E('activation-decision')], critical: true, clause: '000 四.3(信息泄露·信息封堵)', projectRules: ['pr-fin-04', 'pr-fin-16', 'pr-fin-17'],
    text: { zh: '信息泄露：采取技术措施，防止信息进一步泄露（可与评估同时进行）', en: 'Leak: stop further leaking with technical measures (may run alongside the assessment)' },
    quote: '信息封堵:采取技術(shù)措施,防止信息進(jìn)一步泄露',
  },
  {
    id: E('notify-leak-customers'), action: A('notify-customers'), roles: R('infosec-team', 'customer-service-dept'), capability: C('customer-communication'), phase: 'response',
    within: { param: 'leakNoticeWithin' }, ...FROM_A, after: [E('activation-decision'), E('assess-leak')], critical: true, clause: '000 四.3(信息泄露·客戶溝通)', projectRules: ['pr-fin-03', 'pr-fin-05', 'pr-fin-12', 'pr-fin-15', 'pr-fin-16'],
    recipients: R('customers'),
    text: { zh: '信息泄露：评估后及时向受影响客户告知泄露情况及应对措施（客户服务部代为告知亦可；范围扩大时告知新增客户）', en: 'Leak: after the assessment, tell the customers affected what leaked and what is being done (delivery by Customer Service also counts; newly affected customers when the leak widens)' },
    quote: '客戶溝通:及時(shí)向受影響客戶告知信息泄露情況及應(yīng)對(duì)措施',
  },
  // --- 四.3 system failure ---
  {
    id: E('locate-fault'), action: A('diagnose-fault'), roles: R('it-dept'), capability: C('technical-recovery'), phase: 'response',
    within: { param: 'diagnoseWithin' }, ...FROM_A, critical: true, clause: '000 四.3(系統故障·問題定位)', projectRules: ['pr-fin-03', 'pr-fin-04', 'pr-fin-13', 'pr-fin-16'],
    text: { zh: '系统故障：IT部门立即对系统故障进行排查（可在启动前进行）', en: 'System failure: the IT Department starts locating the fault at once (may come before the activation)' },
    quote: '問(wèn)題定位:IT部門立即對(duì)系統(tǒng)故障進(jìn)行排查',
  },
  {
    id: E('activate-backup'), action: A('activate-backup'), roles: R('recovery-team'), capability: C('service-continuity'), phase: 'response',
    within: { param: 'backupWithin' }, ...FROM_A, after: [E('activation-decision')], critical: true, clause: '000 四.3(系統故障·應急備份)', projectRules: ['pr-fin-04', 'pr-fin-06', 'pr-fin-13', 'pr-fin-16', 'pr-fin-17', 'pr-all-06'],
    text: { zh: '系统故障（交易或客户服务中断，或预计中断超过阈值）：启动应急备份系统，保障交易和服务的连续性', en: 'System failure (transactions or customer service interrupted, or outage expected beyond the threshold): switch on the emergency backup to keep transactions and services going' },
    quote: '應(yīng)急備份:如有必要,啟動(dòng)應(yīng)急備份系統(tǒng),保障交易和服務(wù)的連續(xù)性',
  },
  {
    id: E('recovery-plan'), action: A('draft-recovery-plan'), roles: R('recovery-team'), capability: C('technical-recovery'), phase: 'recovery',
    within: { param: 'recoveryPlanWithin' }, ...FROM_A, after: [E('activation-decision'), E('locate-fault')], critical: true, clause: '000 四.3(系統故障·恢復計劃)', projectRules: ['pr-fin-04', 'pr-fin-13', 'pr-fin-16', 'pr-fin-17'],
    text: { zh: '系统故障：故障定位后制定详细的系统恢复计划', en: 'System failure: once the fault is located, draft a detailed recovery plan' },
    quote: '恢復(fù)計(jì)劃:制定詳細(xì)的系統(tǒng)恢復(fù)計(jì)劃,并迅速實(shí)施',
  },
  // The sheet's `recovery-plan` row names two verbs (draft, then execute); an expectation has one action, so execution is its own row.
  {
    id: E('execute-recovery'), action: A('execute-recovery'), roles: R('recovery-team'), capability: C('technical-recovery'), phase: 'recovery',
    within: { param: 'recoveryStartWithin' }, from: E('recovery-plan'), after: [E('recovery-plan')], critical: true, clause: '000 四.3(系統故障·恢復計劃)', projectRules: ['pr-fin-03', 'pr-all-03'],
    text: { zh: '系统故障：恢复计划制定后迅速实施', en: 'System failure: carry out the recovery plan promptly once drafted' },
    quote: '并迅速實(shí)施',
  },
  // --- compliance (no procedure in source, pr-fin-02) ---
  {
    id: E('compliance-response'), action: A('assess-scope'), roles: R('legal-dept', 'cro'), capability: C('situational-assessment'), phase: 'response',
    within: { param: 'complianceWithin' }, ...FROM_A, after: [E('activation-decision')], critical: false, clause: '000 二.4; pr-fin-02 (project rule, not in source)', projectRules: ['pr-fin-02', 'pr-fin-04', 'pr-fin-16', 'pr-fin-17'],
    text: { zh: '合规风险：法务部在首席风险官领导下评估违规事项并提出整改措施', en: 'Compliance: the Legal Department, under the CRO, assesses the breach and proposes rectification' },
    quote: '4.合規(guī)風(fēng)險(xiǎn):未遵守相關(guān)法律法規(guī),可能導(dǎo)致監(jiān)管處罰和經(jīng)濟(jì)損失',
  },
  // --- 四.4 logistics: no subject and no time in the text (pr-fin-17) ---
  {
    id: E('allocate-resources'), action: A('allocate-resources'), roles: R('command-group'), capability: C('operational-coordination'), phase: 'response',
    within: { param: 'resourcesWithin' }, from: { armed: true }, critical: false, clause: '000 四.4(資源配置)', projectRules: ['pr-fin-17'],
    text: { zh: '小组提出需求后，调配人力、技术和资金等资源，确保各小组顺利开展工作', en: 'When a team asks, allocate people, technology and money so that the teams can work' },
    quote: '資源配置:根據(jù)應(yīng)急響應(yīng)需要,調(diào)配人力、技術(shù)和資金等資源,確保各小組能夠順利開(kāi)展工作',
  },
  {
    id: E('external-support'), action: A('request-external-support'), roles: R('command-group'), capability: C('operational-coordination'), phase: 'response',
    within: { param: 'externalSupportWithin' }, from: { armed: true }, critical: false, clause: '000 四.4(外部支援)', projectRules: ['pr-fin-03', 'pr-fin-07', 'pr-fin-17'],
    recipients: R('external-experts'),
    text: { zh: '小组缺少技能或工具时，及时联系外部专家或机构提供技术支持', en: 'When a team lacks a skill or tool, call in external experts or institutions in good time' },
    quote: '外部支援:如需要,及時(shí)聯(lián)系外部專家或機(jī)構(gòu)提供技術(shù)支持',
  },
  // --- pr-fin-11: regulator inquiries are scored only when the scenario sets a reply deadline ---
  {
    id: E('regulator-reply'), action: A('liaise-external'), roles: R('command-group'), capability: C('external-communication'), phase: 'response',
    within: { fact: 'replyBy' }, from: { armed: true }, critical: false, clause: 'pr-fin-11 (project rule, not in source)', projectRules: ['pr-fin-11', 'pr-all-10'],
    text: { zh: '监管问询由指挥小组在监管要求的时限内答复', en: 'The command group answers the regulator\'s inquiry by its deadline' },
  },
  // --- end, 四.5, 四.6 ---
  // The end is a fact (pr-fin-08): declared by the command group once the activated teams are done, or injected by the
  // scenario, which makes a pending declaration not applicable (as in every plan, fidelity L6/F8).
  {
    id: E('declare-end'), action: A('declare-end'), roles: R('command-group'), capability: C('operational-coordination'), phase: 'post',
    after: [...new Set(Object.values(END_CRITERIA).flat())], endsHandling: true, dischargedBy: ['incident.closed'],
    critical: false, clause: '000 四.5, 四.6; pr-fin-08 (project rule, not in source)', projectRules: ['pr-fin-08', 'pr-all-07'],
    text: { zh: '各启动小组完成处置（系统故障须待系统恢复）后，指挥小组宣布事件处理完毕', en: 'Once every activated team has done its response steps (and a failed system works again), the command group declares the end of handling' },
    quote: '事件處理完畢后',
  },
  ...wrapUps(),
  {
    id: E('summary-report'), action: A('summary-report'), roles: R('command-group'), capability: C('post-incident'), phase: 'post',
    within: { param: 'summaryReportWithin' }, from: { armed: true }, after: Object.values(WRAP_UPS), critical: false, clause: '000 四.6', projectRules: ['pr-fin-08', 'pr-fin-09', 'pr-fin-10', 'pr-fin-14'],
    recipients: R('management'),
    text: { zh: '事件处理后5个工作日内，指挥小组编写《事件处理总结报告》（事件经过、处理措施、损失评估、改进建议）并提交公司管理层', en: 'Within 5 working days of the end, the command group writes the incident handling summary report (course of events, measures, loss assessment, improvements) and submits it to management' },
    quote: '報(bào)告應(yīng)在事件處理后的5個(gè)工作日內(nèi)提交給公司管理層',
  },
]

/** 四.5: one wrap-up per activated team (「各小組」), each armed at the end for the teams that acted (F1). */
function wrapUps(): ExpectationDef[] {
  const quote = '事件處理完畢后,各小組需對(duì)事件處理過(guò)程進(jìn)行總結(jié),整理相關(guān)文檔和記錄,確保信息完整、準(zhǔn)確'
  const team = (type: IncidentType, roles: RoleId[], zh: string, en: string, rules: string[] = []): ExpectationDef => ({
    id: WRAP_UPS[type], action: A('compile-records'), roles, capability: C('post-incident'), phase: 'post',
    within: { param: 'wrapUpWithin' }, from: { armed: true }, after: [E('declare-end')], critical: false, clause: '000 四.5', projectRules: ['pr-fin-08', 'pr-fin-10', ...rules],
    text: { zh: `事件处理完毕后，${zh}总结处理过程，整理相关文档和记录，确保信息完整、准确`, en: `After the end, ${en} summarises the handling and organises documents and records, complete and accurate` },
    quote,
  })
  return [
    team('fraud', R('fraud-team'), '金融诈骗专项组', 'the fraud task team'),
    team('info-leak', R('infosec-team'), '信息安全小组', 'the information security team'),
    team('system-failure', R('recovery-team'), '系统恢复小组', 'the system recovery team', ['pr-fin-13']),
    team('compliance', R('legal-dept', 'cro'), '法务部（合规风险，在首席风险官领导下）', 'the Legal Department (compliance, under the CRO)', ['pr-fin-02']),
  ]
}

export const financialIncidentPlan = {
  id: 'financial-incident' as PlanId,
  version: '1.0.0',
  title: { zh: '金融部门案件应急处理预案', en: 'Emergency handling plan for incidents in a financial institution' },
  summary: {
    zh: '金融机构突发案件（金融诈骗、信息泄露、系统故障、合规风险）：事发部门立即报告应急响应指挥小组，指挥小组迅速开会决定是否启动预案并下达指令，金融诈骗专项组、信息安全小组、系统恢复小组（合规由法务部）分别处置，后勤保障资源与外部支援，事件处理完毕后各小组总结，5个工作日内提交《事件处理总结报告》。',
    en: 'A financial institution\'s plan for fraud, information leaks, system failures and compliance breaches: the department concerned reports to the command group at once; the group meets, decides on activation and instructs the teams (fraud task team, information security team, system recovery team; legal for compliance); logistics and external support; team wrap-ups after the end and the summary report within five working days.',
  },
  source: { seed: '000_ca60ea90c03fdda4.txt', title: '金融部門案件應(yīng)急處理預(yù)案', clauseScheme: '000 四.3(金融詐騙·立即凍結)' },
  roles,
  actions,
  capabilities,
  params,
  // The source has no severity levels (pr-fin-01): one response level; the incident types choose the team tracks.
  levels: [],
  events,
  expectations,
  actsFor,
  projectRules: [
    rule('pr-fin-01', '启动决定', 'Activation decision', '四类事件凡有「二」所列后果的，预期决定为「启动」；情景可将未遂事件标为无须启动（此时启动记为过度响应，不扣分）；不设分级。', 'Expected "activate" for any of the four types with a consequence named in 二; scenarios may mark near-misses; no severity grading.'),
    rule('pr-fin-02', '类型与小组', 'Types and teams', '多种类型并发时启动所有对应小组；合规风险由法务部在首席风险官领导下处置。', 'Several types ⇒ all matching teams; compliance handled by the Legal Department under the CRO.'),
    rule('pr-fin-03', '时间用语', 'Time words', '「立即」「迅速」「及時」按参数默认时限执行。', '「立即」, 「迅速」, 「及時」 become the windows of the parameters.'),
    rule('pr-fin-04', '计时起点', 'Clock start', '初次报告自发现时起算；四.3 各小组措施自指挥小组启动预案（A）起算。', 'The initial report runs from detection; team steps of 四.3 run from activation (A).'),
    rule('pr-fin-05', '小组内顺序', 'Order inside teams', '先冻结后通知诈骗受害客户；先评估后告知泄露受影响客户。', 'Freeze before notifying fraud victims; assess before telling leak victims.'),
    rule('pr-fin-06', '「如有必要」启用备份', 'Backup "if necessary"', '交易或客户服务中断，或预计中断超过 backupThresholdHours（默认0.5小时）时必须启用。', 'Required when transactions or customer service are interrupted, or the expected outage exceeds backupThresholdHours (default 0.5).'),
    rule('pr-fin-07', '「如需要」外部支援', 'External support "if needed"', '情景提示缺少技能（support.needed）或小组提出请求时必须联系外部专家。', 'Required when the scenario signals a missing skill (support.needed) or a team asks.'),
    rule('pr-fin-08', '处理结束', 'End of handling', '「事件處理完畢」「事故處理結束」「事件處理后」均指 incident.closed：由指挥小组宣布结束（declare-end）触发，须在各启动小组完成四.3处置（系统故障须待系统恢复）之后；提前宣布记为顺序错误且不结束处置；情景注入 incident.closed 时，未到期的宣布结束不再适用。', '「事件處理完畢」, 「事故處理結束」 and 「事件處理后」 all mean incident.closed: raised by the command group\'s declare-end once every activated team has done its steps of 四.3 (and a failed system works again); an earlier declaration is out of order and does not end handling; when the scenario injects incident.closed, a pending declaration is not applicable.'),
    rule('pr-fin-09', '总结报告起算', 'Summary deadline start', '5个工作日自 incident.closed 起算，截止于结束当日之后第5个工作日的当地24时。', 'The 5 working days run from incident.closed; the deadline is 24:00 local time of the 5th working day after the day of closure.'),
    rule('pr-fin-10', '先小组总结后总结报告', 'Wrap-up before summary', '各小组总结（四.5）先于总结报告（四.6），默认3个工作日内完成。', 'Team wrap-ups (四.5) come before the summary report (四.6), default within 3wd.'),
    rule('pr-fin-11', '媒体与监管', 'Media and regulator', '预案无媒体或监管应对步骤；此类注入交指挥小组处理，不计分，除非情景设定答复时限。', 'The plan has no media or regulator step; such injects go to the command group and are not scored unless the scenario sets a deadline.'),
    rule('pr-fin-12', '客户告知', 'Customer notices', '泄露告知由信息安全小组负责，诈骗告知由金融诈骗专项组负责；客户服务部（其经理任专项组组长，三.2）代为告知亦可。', 'Leak notices are the information security team\'s, fraud notices the fraud task team\'s; delivery by the Customer Service Department (whose manager leads the fraud team, 三.2) also satisfies either.'),
    rule('pr-fin-13', 'IT部与系统恢复小组', 'IT Department vs recovery team', '故障定位由IT部门负责（四.3 点名）；应急备份和恢复计划由系统恢复小组（IT部经理任组长）负责。', 'Fault location by the IT Department; backup and recovery plan by the System Recovery Team (led by the IT manager).'),
    rule('pr-fin-14', '未遂事件', 'Near-misses', '指挥小组决定不启动预案（情景标为未遂）时，四.3–四.6 的处置、小组总结和总结报告均不要求。', 'When the command group decides not to activate (a near-miss), nothing of 四.3–四.6 is owed: no team steps, no wrap-up, no summary report.'),
    rule('pr-fin-15', '同类再次发现', 'Repeat detections', '处置中再次发现已报告类型的事件视为同一事件：不再重复报告和开会；新的疑似账户须立即冻结并通知客户（诈骗），新增受影响客户须告知（泄露），时限自该发现起算。', 'A further detection of a type already reported is the same incident: no new report or meeting; newly suspected accounts are frozen and their customers told (fraud), newly affected customers are told (leak), with deadlines from that detection.'),
    rule('pr-fin-16', '启动后处置', 'Steps after activation', '原文写「立即」的四.3措施（冻结、评估、问题定位）可在启动前进行；其余措施按规则表§4.2在启动之后进行，恢复计划在问题定位之后。', 'Steps of 四.3 worded 「立即」 (freeze, assessment, fault location) may come before the activation; the others follow the activation (sheet §4.2), and the recovery plan follows fault location.'),
    rule('pr-fin-17', '未写明的时限和主体', 'Unstated deadlines and actors', '无时间用语的步骤按规则表§5的默认时限；证据收集须在处理结束前完成；四.4未写主体的资源调配和外部支援由指挥小组负责（三.1「統籌協調各部門力量」）。', 'Steps without a time word get the defaults of sheet §5; evidence collection is completed before the end; 四.4\'s unnamed actor for resources and external support is the command group (三.1 「統籌協調各部門力量」).'),
    rule('pr-all-01', '计时起点', 'Clock start', '「事件發生后」的时限自组织获知事件的情景事件起算。', 'Deadlines after the incident run from the scenario event by which the organisation learns of it.'),
    rule('pr-all-03', '链式时限', 'Chained deadlines', '自前一步骤实际完成时起算；未完成的，自其时限起算。', 'A chained deadline starts when the earlier step was performed, or at its deadline if it never was.'),
    rule('pr-all-06', '可选步骤', 'Optional steps', '「如有必要」等无条件的步骤为可选；本预案以 pr-fin-06、pr-fin-07 规定其必要条件。', 'Steps worded "if necessary" without a condition are optional; this plan states the conditions in pr-fin-06 and pr-fin-07.'),
    rule('pr-all-07', '处置结束', 'End of handling', 'incident.closed 由宣布结束触发，或由情景注入；事后时限自此起算。', 'incident.closed is raised by declare-end or injected by the scenario; post-incident clocks start there.'),
    rule('pr-all-10', '无对应规则的注入', 'Injects without a rule', '媒体、监管等问询交最高指挥机构，情景设定答复时限时才计分。', 'Media and regulator inquiries go to the top body and are scored only when the scenario sets a reply deadline.'),
  ],
  recipes: financialIncidentRecipes,
} satisfies PlanDefinition
