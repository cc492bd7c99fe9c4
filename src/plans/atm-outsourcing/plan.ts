/** ATM outsourced-service plan (seed 003, 「第2篇」 + 「第3篇」 merged, pr-ato-01): triage, levels, deadlines and clauses as data; the chart is ./machine.ts. */
import { action, capability as cap, durationParam as duration, expectationId as E, projectRule as rule, role, roleIds as R } from '../../engine/index.ts'
import type { ActionDef, CapabilityDef, Condition, EventDef, ExpectationDef, ParamDef, PlanDefinition, RoleDef } from '../../engine/index.ts'
import type { ActionId, CapabilityId, LevelId, PlanId, RoleId } from '../../engine/index.ts'
import { atmOutsourcingRecipes } from './recipes.ts'

const A = (id: string) => id as ActionId
const C = (id: string) => id as CapabilityId

/**
 * The incident types of 003/2 三. The sheet names the field `type`; an inject's data is spread over the event's own
 * `type`, so the field is `incidentType` here (a rename forced by the engine, not a change of meaning).
 */
export const INCIDENT_TYPES = ['system-failure', 'network-attack', 'equipment-damage', 'power-outage', 'natural-disaster', 'other'] as const
export const INITIAL_MEASURES = ['shut-down', 'isolate', 'restore-power'] as const
export const ATTACK_VECTORS = ['malware', 'jackpotting', 'network-intrusion', 'ddos'] as const
export const DAMAGE_CAUSES = ['vandalism', 'vehicle', 'fire', 'other'] as const
export const DISASTER_KINDS = ['flood', 'typhoon', 'earthquake', 'other'] as const
export const SLA_REASONS = ['no-ack', 'no-fix'] as const

/**
 * The types reported so far: the latest `incidentType` and every earlier one, which the chart keeps in the derived
 * fact `types` (sheet §6: an update may report "a second type"; a power cut that turns out to be part of an attack
 * needs the measures of both).
 */
export const TYPES_FACT = 'types'
const typeIn = (types: readonly string[]): Condition => ({ any: [{ fact: 'incidentType', in: types }, { fact: TYPES_FACT, intersects: types }] })
/** pr-ato-05: which initial measure each type calls for; `other` takes the measures the scenario names. */
export const NEEDS_SHUT_DOWN: Condition = { any: [typeIn(['system-failure', 'network-attack', 'natural-disaster']), { fact: 'measures', intersects: ['shut-down'] }] }
export const NEEDS_ISOLATION: Condition = { any: [typeIn(['network-attack', 'equipment-damage', 'natural-disaster']), { fact: 'measures', intersects: ['isolate'] }] }
export const NEEDS_POWER: Condition = { any: [typeIn(['power-outage']), { fact: 'measures', intersects: ['restore-power'] }] }
/** 003/2 五.2(2), 五.4(3): equipment is damaged (damage or a disaster), so it is surveyed, assessed and repaired or replaced. */
export const EQUIPMENT_DAMAGED: Condition = { any: [typeIn(['equipment-damage', 'natural-disaster']), { fact: 'damaged', eq: true }] }
/** pr-ato-14: attacks are investigated before service is restored (evidence first; critical, sheet `open-investigation`). */
export const ATTACK: Condition = typeIn(['network-attack'])
/** pr-ato-14: so is equipment damage (evidence first, but not critical: the sheet makes it critical for attacks only). */
export const DAMAGE_EVIDENCE: Condition = typeIn(['equipment-damage'])
/** pr-ato-12: the working group goes on site unless the incident is confined to the provider's central systems. */
export const ON_SITE: Condition = { not: { fact: 'centralOnly', eq: true } }
/** pr-ato-13: customers are affected unless the scenario says they are not. */
export const CUSTOMERS_AFFECTED: Condition = { not: { fact: 'customerImpact', eq: false } }

const roles: RoleDef[] = [
  role('leadership-group', 'ATM外包应急预案领导小组（应急指挥部）', 'Leadership group (= command headquarters)', { clause: '003/2 四.1, 五.1(1); 003/3 三.1, 四.2(1), 四.4(2)' }),
  role('group-lead', '领导小组组长（银行分管领导）', 'Group leader (the bank executive in charge)', { clause: '003/2 四.1(1)' }),
  role('deputy-leads', '领导小组副组长（相关部门负责人）', 'Deputy leaders (heads of the departments concerned)', { clause: '003/2 四.1(2)' }),
  role('working-group', '应急工作小组（应急小组）', 'Working group (= emergency team)', { clause: '003/2 四.2, 五.1(2), 五.2–五.4; 003/3 三.2, 四.2–四.4' }),
  role('working-group-lead', '工作小组组长（由领导小组指定）', 'Working-group leader (designated by the leadership group)', { clause: '003/2 四.2(1)' }),
  role('coordination-dept', '应急协调部门', 'Emergency coordination department', { clause: '003/2 四.3, 五.1(3), 五.2(3); 003/3 八' }),
  role('duty-desk', '24小时应急值班（监测值守）', '24-hour emergency duty desk (monitoring)', { clause: '003/2 六.1(3); 003/3 四.1' }),
  // The provider repairs and replaces under the contract (pr-ato-06) and takes part in drills (003/3 六.2, 七), so it can be played.
  role('vendor', 'ATM外包服务商', 'ATM outsourcing service provider', { clause: '003/2 二.3, 五.4(3); 003/3 四.1(2), 六.2' }),
  role('government', '政府部门（含公安）', 'Government departments (incl. police)', { external: true, clause: '003/2 四.3' }),
  role('customers', '客户', 'Customers', { external: true, clause: '003/2 四.3, 五.2(3)' }),
  role('media', '媒体', 'Media', { external: true, clause: '003/2 四.3; 003/3 八' }),
]

const actions: ActionDef[] = [
  action('classify-incident', '初步判断：一般性故障或重大故障（启动预警）', 'Triage: general or major fault (opens the warning stage)'),
  action('notify-vendor', '通知外包服务商处理一般性故障', 'Notify the provider of a general fault'),
  action('verify-restoration', '核实服务商修复结果', 'Verify the provider\'s repair'),
  action('report-incident', '向领导小组（应急指挥部）报告重大故障', 'Report the major fault to the leadership group (command headquarters)'),
  action('activate-plan', '启动应急预案，通知成员，成立工作小组', 'Activate the plan, notify members, form the working group'),
  action('draft-handling-plan', '分析事件原因，制定处置方案', 'Analyse the cause and draft the handling plan'),
  action('dispatch-team', '派应急小组赶赴现场', 'Send the working group on site'),
  action('arrive-on-site', '应急小组到达现场', 'The working group is on site'),
  action('shut-down-system', '关闭系统（停用受影响ATM）', 'Shut down (take the affected ATMs out of service)'),
  action('isolate-equipment', '隔离设备', 'Isolate the equipment'),
  action('restore-power', '恢复供电（发电机或市电）', 'Restore power (generator or mains)'),
  action('diagnose-fault', '现场处置：设备检查、故障排除', 'On-site work: equipment check and fault removal'),
  action('report-status', '向应急指挥部上报现场处置情况', 'Report on-site status to the command headquarters'),
  action('report-upward', '应急指挥部上报应急信息', 'The headquarters reports the emergency upward'),
  action('liaise-external', '与政府部门等外部单位沟通', 'Liaise with government and other outside bodies'),
  action('coordinate-media', '答复媒体问询', 'Answer the media'),
  action('notify-customers', '安抚客户，告知进展和处理措施', 'Reassure customers and tell them progress and measures'),
  action('publish-info', '通过官网、短信、社交媒体、新闻媒体发布信息', 'Publish information (website, SMS, social media, news media)'),
  action('provide-logistics', '调配和供应应急物资', 'Allocate and supply emergency materials'),
  action('assess-loss', '现场勘查受损设备，评估损失', 'Survey damaged equipment on site and assess the loss'),
  action('investigate-cause', '调查事件原因，查明责任', 'Investigate the cause and establish responsibility'),
  action('draft-recovery-plan', '制定恢复运营方案', 'Draft the recovery plan'),
  action('restore-service', '逐步恢复ATM外包服务', 'Restore the ATM outsourced service step by step'),
  action('repair-equipment', '维修、更换受损设备', 'Repair or replace damaged equipment'),
  action('test-system', '确认ATM系统恢复正常运行', 'Confirm the ATM system works normally'),
  action('declare-end', '宣布应急处置结束，恢复正常业务', 'Declare the end of the emergency; normal business resumes'),
  action('summary-report', '应急小组总结并上报报告', 'Working group\'s summary report to the command headquarters'),
  action('hold-accountable', '对相关责任人追责', 'Hold those responsible to account'),
  action('evaluate-response', '总结评估，分析原因，提出改进措施', 'Summarise and evaluate, analyse causes, propose improvements'),
  action('revise-plan', '修订应急预案', 'Revise the plan'),
  action('schedule-drill', '加强应急演练', 'Schedule drills'),
]

const capabilities: CapabilityDef[] = [
  cap('situational-assessment', '态势研判', 'Situational assessment'),
  cap('internal-reporting', '内部报告', 'Internal reporting'),
  cap('operational-coordination', '组织协调', 'Operational coordination'),
  cap('containment', '控制处置', 'Containment'),
  cap('technical-recovery', '技术恢复', 'Technical recovery'),
  cap('customer-communication', '客户沟通', 'Customer communication'),
  cap('external-communication', '对外沟通', 'External communication'),
  cap('vendor-management', '外包服务商管理', 'Vendor management'),
  cap('recovery', '恢复运营', 'Recovery'),
  cap('post-incident', '后期处置', 'Post-incident'),
]

const params: ParamDef[] = [
  { id: 'bankName', kind: 'string', default: '示例银行 (Example Bank)', origin: 'default', text: { zh: '银行名称', en: 'The bank' } },
  { id: 'vendorName', kind: 'string', default: '示例ATM服务有限公司 (Example ATM Services Co.)', origin: 'default', text: { zh: 'ATM外包服务商', en: 'The ATM outsourcing provider' }, clause: '003/2 二.3' },
  duration('dutyCoverage', '24h', 'source', '应急值班每日值守时长（「確保24小時有人值守」）', 'Hours a day the duty desk is staffed ("24 hours")', '003/2 六.1(3)'),
  { id: 'emergencyFund', kind: 'number', default: 500_000, origin: 'default', min: 0, max: 1_000_000_000, text: { zh: '应急资金（元）', en: 'Emergency fund (CNY)' }, clause: '003/2 六.2(1)' },
  { id: 'majorAtmCount', kind: 'integer', default: 3, origin: 'default', min: 1, max: 10_000, text: { zh: '同时停用的ATM达到该台数即为重大故障', en: 'ATMs out of service at once that make an incident major' }, clause: 'pr-ato-04' },
  duration('vendorAckWithin', '30m', 'default', '通知服务商后其确认一般性故障的时限（超时未确认即升级为重大故障）', 'Provider acknowledges a general fault after being notified (silence past it makes the incident major)', 'pr-ato-04'),
  duration('vendorSla', '4h', 'default', '通知服务商后其修复一般性故障的时限（超时未恢复即升级为重大故障）', 'Provider restores a general fault after being notified (missing it makes the incident major)', 'pr-ato-04'),
  duration('triageWithin', '15m', 'default', '发现异常后启动预警并初步判断的时限（「立即」）', 'Warning stage opened and triage done ("immediately")', '003/3 四.1'),
  duration('vendorNoticeWithin', '30m', 'default', '一般性故障通知服务商的时限', 'Provider notified of a general fault', '003/3 四.1(2)'),
  duration('reportWithin', '15m', 'default', '判断为重大故障（或升级）后报告应急指挥部的时限（「立即」）', 'Major fault reported to the leadership group after triage or upgrade ("immediately")', '003/3 四.1(3)'),
  duration('activationWithin', '15m', 'default', '接报后启动预案、成立工作小组的时限（「立即」）', 'Activation and working group after the report ("immediately")', '003/2 五.1(1)'),
  duration('analysisWithin', '1h', 'default', '启动后分析原因、制定处置方案的时限（「迅速」）', 'Cause analysis and handling plan after activation ("promptly")', '003/2 五.1(2)'),
  duration('arrivalWithin', '1h', 'default', '启动后应急小组到达现场的时限', 'Working group on site after activation', '003/3 四.2(2)'),
  duration('onsiteStartWithin', '15m', 'default', '到达现场后开展处置的时限（「立即」）', 'On-site work started after arrival ("immediately")', '003/3 四.3(1)'),
  duration('statusEvery', '1h', 'default', '现场处置期间上报情况的间隔（「及時」）', 'Status reports while on site ("in good time")', '003/3 四.3(2)'),
  duration('initialMeasuresWithin', '1h', 'default', '启动后关闭系统、隔离设备、恢复供电的时限', 'Shut down, isolate, restore power after activation', '003/2 五.2(1)'),
  duration('customerNoticeWithin', '1h', 'default', '启动后安抚客户、告知进展的时限', 'Customers reassured and informed after activation', '003/2 五.2(3)'),
  duration('infoReleaseWithin', '2h', 'default', '启动后首次对外发布信息的时限；恢复后发布更新的时限', 'First public release after activation; the update after restoration', '003/3 八'),
  duration('logisticsWithin', '1h', 'default', '接到物资需求后供应的时限', 'Materials delivered after a request', '003/3 四.3(3)'),
  duration('lossAssessmentWithin', '1d', 'default', '启动后现场勘查、评估损失的时限', 'Damage survey and loss assessment after activation', '003/2 五.2(2)'),
  duration('recoveryPlanWithin', '4h', 'default', '启动后制定恢复运营方案的时限', 'Recovery plan after activation', '003/2 五.4(1)'),
  duration('confirmWithin', '30m', 'default', '服务恢复后确认（重大）或核实（一般）的时限', 'Restoration confirmed (major) or verified (general)', '003/3 四.4(1)'),
  duration('endWithin', '1h', 'default', '确认恢复后宣布结束的时限', 'End declared after confirmation', '003/3 四.4(2)'),
  duration('inquiryReplyWithin', '2h', 'default', '答复政府部门或媒体问询的时限', 'Reply to a government request or media inquiry', '003/2 五.1(3), 四.3'),
  duration('teamReportWithin', '3wd', 'default', '结束后应急小组上报总结报告的时限', 'Team report after the end', '003/3 四.4(3)'),
  duration('investigationWithin', '10wd', 'default', '结束后形成调查结论的时限', 'Investigation findings after the end', '003/2 五.3'),
  duration('summaryWithin', '10wd', 'default', '结束后总结评估的时限', 'Summary and evaluation after the end', '003/2 五.5'),
  duration('accountabilityWithin', '1mo', 'default', '调查结论形成后追责的时限（原文与规则表均无时限，项目规则 pr-ato-17）', 'Accountability after the investigation findings (no time in the text or sheet: project rule pr-ato-17)', 'pr-ato-17'),
  duration('revisionWithin', '1mo', 'default', '总结评估后修订预案、安排演练的时限（原文与规则表均无时限，项目规则 pr-ato-17）', 'Plan revision and drill scheduling after the evaluation (no time in the text or sheet: project rule pr-ato-17)', 'pr-ato-17'),
  duration('drillEvery', '1y', 'default', '应急演练周期（「定期」）', 'Drill interval ("regularly")', '003/2 七.1'),
  duration('trainingEvery', '1y', 'default', '应急培训周期（「定期」）', 'Training interval ("regularly")', '003/3 六'),
  { id: 'emergencyEquipment', kind: 'string', default: '发电机、备用设备 (generators, spare equipment)', origin: 'source', text: { zh: '配备的应急设备', en: 'Equipment kept ready' }, clause: '003/2 六.3(1)' },
  { id: 'infoChannels', kind: 'string-list', default: ['website', 'sms', 'social-media', 'news-media'], values: ['website', 'sms', 'social-media', 'news-media'], origin: 'source', text: { zh: '信息发布渠道：官方网站、手机短信、社交媒体、新闻媒体', en: 'Publication channels: website, SMS, social media, news media' }, clause: '003/3 八.1' },
]

const incidentFields = {
  incidentType: { kind: 'enum', values: INCIDENT_TYPES, text: { zh: '事件类型：系统故障/网络攻击/设备损坏/突发停电/突发自然灾害/其他', en: 'Type: system failure / network attack / equipment damage / power cut / natural disaster / other' } },
  atms: { kind: 'integer', min: 1, max: 100_000, text: { zh: '停用的ATM台数', en: 'ATMs out of service' } },
  sites: { kind: 'integer', min: 1, max: 10_000, text: { zh: '涉及网点（布放点）数', en: 'Sites affected' } },
  siteDown: { kind: 'boolean', text: { zh: '整个网点（布放点）停止服务', en: 'A whole site is down' } },
  security: { kind: 'boolean', text: { zh: '涉及安全（加装读卡器、撬机、现金暴露等）', en: 'Security-related (skimmer, tampering, forced entry, cash exposed)' } },
  symptom: { kind: 'string', text: { zh: '现象', en: 'Symptom' } },
  vendor: { kind: 'string', text: { zh: '外包服务商', en: 'Provider' } },
  detectedBy: { kind: 'enum', values: ['duty-desk', 'vendor', 'branch', 'customer'], text: { zh: '发现途径', en: 'Detected by' } },
  vector: { kind: 'enum', values: ATTACK_VECTORS, text: { zh: '攻击方式（网络攻击）', en: 'Attack vector (network attack)' } },
  cashLoss: { kind: 'number', min: 0, max: 1_000_000_000, text: { zh: '现金损失（元）', en: 'Cash lost (CNY)' } },
  cause: { kind: 'enum', values: DAMAGE_CAUSES, text: { zh: '损坏原因（设备损坏）', en: 'Cause of damage (equipment damage)' } },
  estimatedLoss: { kind: 'number', min: 0, max: 1_000_000_000, text: { zh: '预估损失（元）', en: 'Estimated loss (CNY)' } },
  expectedHours: { kind: 'number', min: 0, max: 10_000, text: { zh: '预计停电小时数（突发停电）', en: 'Expected hours without power (power cut)' } },
  kind: { kind: 'enum', values: DISASTER_KINDS, text: { zh: '灾害种类（自然灾害）', en: 'Kind of disaster (natural disaster)' } },
  injuries: { kind: 'boolean', text: { zh: '是否有人员受伤', en: 'Whether anyone is injured' } },
  damaged: { kind: 'boolean', text: { zh: '设备受损（任何类型）', en: 'Equipment damaged (any type)' } },
  centralOnly: { kind: 'boolean', text: { zh: '仅限服务商中心系统，现场ATM无须处置（pr-ato-12）', en: 'Confined to the provider\'s central systems; nothing to do at the ATMs (pr-ato-12)' } },
  customerImpact: { kind: 'boolean', text: { zh: '客户是否受影响（默认受影响，pr-ato-13）', en: 'Whether customers are affected (assumed unless false, pr-ato-13)' } },
  measures: { kind: 'enum-list', values: INITIAL_MEASURES, text: { zh: '「其他」类事件需采取的初步措施', en: 'Initial measures an `other` incident needs' } },
} as const

const events: EventDef[] = [
  {
    id: 'atm.incident',
    name: { zh: 'ATM外包服务发生突发事件', en: 'An incident hits outsourced ATM services' },
    fields: { ...incidentFields, incidentType: { ...incidentFields.incidentType, required: true }, atms: { ...incidentFields.atms, required: true } },
  },
  {
    id: 'atm.incident-updated',
    name: { zh: '事态更新（更多ATM、安全因素、攻击持续、第二类事件）', en: 'New facts (more ATMs, a security element, attack still active, a second type)' },
    fields: incidentFields,
    refine: (data) => (Object.keys(data).length === 0 ? [{ field: 'incidentType', message: 'an update needs at least one field of atm.incident' }] : []),
  },
  { id: 'vendor.acknowledged', name: { zh: '服务商确认受理一般性故障', en: 'The provider acknowledges a general fault' }, fields: { eta: { kind: 'string', text: { zh: '预计修复时间', en: 'Expected fix time' } } } },
  {
    id: 'vendor.sla-breached',
    // The chart's own timers (vendorAckWithin, vendorSla after the notice) upgrade a silent or slow provider; a scenario
    // may still state the breach, e.g. when the provider says it cannot meet its SLA.
    name: { zh: '服务商超时未确认或未修复', en: 'The provider is silent or has not restored service in time' },
    fields: { reason: { kind: 'enum', values: SLA_REASONS, required: true, text: { zh: '未确认（no-ack）或未修复（no-fix）', en: 'No acknowledgement or no fix' } } },
  },
  { id: 'logistics.request', name: { zh: '工作小组申请物资', en: 'The working group asks for materials' }, fields: { item: { kind: 'string', text: { zh: '所需物资', en: 'Item' } } } },
  { id: 'atm.service-restored', name: { zh: 'ATM服务恢复', en: 'ATM service works again' }, fields: { atms: { kind: 'integer', min: 0, max: 100_000 } } },
  { id: 'atm.test-result', name: { zh: '恢复确认测试结果', en: 'Outcome of the confirmation test' }, fields: { passed: { kind: 'boolean', required: true }, reason: { kind: 'string' } } },
  { id: 'atm.equipment-replaced', name: { zh: '受损设备已修复或更换', en: 'Damaged units repaired or replaced' }, fields: { atms: { kind: 'integer', min: 0, max: 100_000 } } },
  { id: 'government.request', name: { zh: '公安、监管或地方政府问询或提出要求', en: 'Police, regulator or local government asks' }, fields: { agency: { kind: 'string' }, request: { kind: 'string' } } },
  { id: 'media.inquiry', name: { zh: '媒体问询', en: 'A reporter asks' }, fields: { outlet: { kind: 'string', required: true }, topic: { kind: 'string' } } },
  { id: 'customers.complaint', name: { zh: '客户投诉', en: 'Customers complain' }, informational: true, fields: { count: { kind: 'integer', min: 1, max: 100_000_000 }, channel: { kind: 'enum', values: ['branch', 'hotline', 'app', 'social-media'] } } },
  { id: 'incident.closed', name: { zh: '应急处置结束', en: 'Incident closed' }, fields: {} },
]

const expectations: ExpectationDef[] = [
  // --- 003/3 四.1 warning stage: monitoring and triage ---
  {
    id: E('triage-incident'), action: A('classify-incident'), roles: R('duty-desk'), capability: C('situational-assessment'), phase: 'initial',
    // From the event that armed it: atm.incident (pr-all-01), or the update that calls for a new judgement.
    within: { param: 'triageWithin' }, from: { armed: true }, declaresLevel: true, critical: true, clause: '003/3 四.1(1)–(3)', projectRules: ['pr-ato-02', 'pr-ato-03', 'pr-ato-04', 'pr-ato-09', 'pr-ato-10', 'pr-ato-17', 'pr-all-01'],
    text: { zh: '值班人员发现异常后立即启动预警，初步判断为一般性故障或重大故障（判断须与事实相符）；事态更新时重新判断（一般性故障因更新而升级时，应报告即可，不另行判断）', en: 'On an anomaly the duty desk opens the warning stage at once and triages it as a general or a major fault (the level it declares must match the facts); again on every update (an update that makes a general fault major calls for the report instead)' },
    quote: '(1)監(jiān)測(cè)ATM系統(tǒng)運(yùn)行狀況,發(fā)現(xiàn)異常情況時(shí),立即啟動(dòng)應(yīng)急預(yù)案;(2)對(duì)異常情況進(jìn)行初步判斷',
  },
  {
    id: E('notify-vendor'), action: A('notify-vendor'), roles: R('duty-desk'), capability: C('vendor-management'), phase: 'initial',
    within: { param: 'vendorNoticeWithin' }, from: { event: 'atm.incident' }, after: [E('triage-incident')], critical: true, clause: '003/3 四.1(2)', projectRules: ['pr-ato-03', 'pr-ato-17', 'pr-all-11'],
    recipients: R('vendor'),
    text: { zh: '一般性故障：通知相关外包服务商进行处理', en: 'General fault: notify the outsourcing provider, which handles it' },
    quote: '判斷為一般性故障時(shí),通知相關(guān)外包服務(wù)商進(jìn)行處理',
  },
  {
    id: E('verify-vendor-fix'), action: A('verify-restoration'), roles: R('duty-desk'), capability: C('technical-recovery'), phase: 'recovery',
    within: { param: 'confirmWithin' }, from: { event: 'atm.service-restored' }, after: [E('notify-vendor')], critical: false, clause: '003/3 四.1(2); pr-ato-11 (project rule, not in source)', projectRules: ['pr-ato-11'],
    text: { zh: '一般性故障：服务商修复后，值班人员核实ATM恢复正常', en: 'General fault: after the provider\'s repair, the duty desk checks the ATMs work again' },
  },
  {
    id: E('report-incident'), action: A('report-incident'), roles: R('duty-desk'), capability: C('internal-reporting'), phase: 'initial',
    // From the triage that judged it major, never before the report was armed (AO-1): an incident major at once is
    // reported 15m after its triage; an upgraded one 15m after the upgrading event (pr-ato-10), which arms no new triage.
    within: { param: 'reportWithin' }, from: { expectation: E('triage-incident') }, after: [E('triage-incident')], critical: true, clause: '003/3 四.1(3); 003/2 五.1(1)', projectRules: ['pr-ato-06', 'pr-ato-10', 'pr-ato-17'],
    recipients: R('leadership-group'),
    text: { zh: '重大故障（或一般性故障升级）：立即报告应急指挥部（领导小组）', en: 'Major fault (or an upgraded general fault): report at once to the command headquarters (leadership group)' },
    quote: '(3)判斷為重大故障時(shí),立即報(bào)告應(yīng)急指揮部',
  },
  {
    id: E('activate-plan'), action: A('activate-plan'), roles: R('leadership-group'), capability: C('operational-coordination'), phase: 'initial',
    within: { param: 'activationWithin' }, from: E('report-incident'), after: [E('report-incident')], critical: true, clause: '003/2 五.1(1), 四.2; 003/3 四.2(1)', projectRules: ['pr-ato-09', 'pr-ato-17', 'pr-all-03'],
    text: { zh: '领导小组接报后立即启动应急预案，通知相关成员和部门，成立工作小组并指定组长', en: 'On the report the leadership group activates the plan, notifies members and departments, and forms the working group with a designated leader' },
    quote: '(1)接到突發(fā)事件報(bào)告后,應(yīng)急領(lǐng)導(dǎo)小組立即啟動(dòng)應(yīng)急預(yù)案,通知相關(guān)成員和部門(mén)',
  },
  // --- 003/2 五.1–五.2, 003/3 四.2–四.3 response ---
  {
    id: E('analyse-and-plan'), action: A('draft-handling-plan'), roles: R('working-group'), capability: C('situational-assessment'), phase: 'response',
    within: { param: 'analysisWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: true, clause: '003/2 五.1(2)', projectRules: ['pr-ato-17'],
    text: { zh: '应急工作小组迅速分析事件原因，制定处置方案', en: 'The working group promptly analyses the cause and drafts the handling plan' },
    quote: '(2)應(yīng)急工作小組迅速分析事件原因,制定處置方案',
  },
  {
    id: E('dispatch-team'), action: A('dispatch-team'), roles: R('leadership-group'), capability: C('operational-coordination'), phase: 'response',
    // The text sets no time for the dispatch itself: it is bounded by the arrival it must precede (AO-2). Not critical:
    // the team on site (`arrive-on-site`) is the step the on-site work hangs on.
    within: { param: 'arrivalWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: false, clause: '003/3 四.2(1)', projectRules: ['pr-ato-12', 'pr-ato-17'],
    recipients: R('working-group'),
    text: { zh: '指挥部组织应急小组赶赴现场（最迟在到达时限之前；事件仅限服务商中心系统时不需要）', en: 'The headquarters sends the working group on site (at the latest by the arrival deadline; not needed when the incident is confined to the provider\'s central systems)' },
    quote: '(1)應(yīng)急指揮部接到報(bào)告后,立即啟動(dòng)應(yīng)急預(yù)案,組織應(yīng)急小組開(kāi)展應(yīng)急處置',
  },
  {
    id: E('arrive-on-site'), action: A('arrive-on-site'), roles: R('working-group'), capability: C('operational-coordination'), phase: 'response',
    // The team reports its own arrival (sheet `dispatch-team`: "the team reports arrive-on-site; arrival within 1h of A").
    within: { param: 'arrivalWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: true, clause: '003/3 四.2(2)', projectRules: ['pr-ato-12', 'pr-ato-17'],
    text: { zh: '应急小组启动后1小时内到达现场（事件仅限服务商中心系统时不需要）', en: 'The working group is on site within 1h of activation (not needed when the incident is confined to the provider\'s central systems)' },
    quote: '(2)應(yīng)急小組到達(dá)現(xiàn)場(chǎng)后,對(duì)故障原因進(jìn)行初步判斷,采取相應(yīng)措施進(jìn)行處理',
  },
  {
    id: E('onsite-handling'), action: A('diagnose-fault'), roles: R('working-group'), capability: C('technical-recovery'), phase: 'response',
    within: { param: 'onsiteStartWithin' }, from: E('arrive-on-site'), after: [E('arrive-on-site')], critical: true, clause: '003/3 四.2(2), 四.3(1)', projectRules: ['pr-ato-17'],
    text: { zh: '应急小组到达现场后立即开展设备检查、故障排除、恢复服务等现场处置', en: 'On arrival the working group starts on-site work at once: equipment check, fault removal, restoring service' },
    quote: '(1)現(xiàn)場(chǎng)處置:應(yīng)急小組到達(dá)現(xiàn)場(chǎng)后,立即開(kāi)展現(xiàn)場(chǎng)處置工作,包括設(shè)備檢查、故障排除、恢復(fù)服務(wù)等工作',
  },
  {
    id: E('status-reports'), action: A('report-status'), roles: R('working-group'), capability: C('internal-reporting'), phase: 'response',
    // Hourly from the escalation (an earlier arrival never owes more) while service is down, and again from a failed
    // confirmation test (on-site work is not done, 003/3 四.4(1)). One report meets every status duty open then.
    every: { param: 'statusEvery' }, critical: false, clause: '003/3 四.3(2)', projectRules: ['pr-ato-17', 'pr-ato-18'],
    covers: [{ expectation: E('status-on-arrival'), clause: '003/3 四.3(2)' }, { expectation: E('status-on-restoration'), clause: '003/3 四.3(2)' }],
    recipients: R('leadership-group'),
    text: { zh: '需现场处置、服务中断期间（自升级为重大故障起；确认测试未通过的，自测试结果起），应急小组至少每小时向应急指挥部上报现场处置情况', en: 'While on-site handling is needed and service is down (from the escalation to a major fault, and again from a failed confirmation test), the working group reports to the headquarters at least every hour' },
    quote: '(2)信息上報(bào):應(yīng)急小組將現(xiàn)場(chǎng)處置情況及時(shí)上報(bào)應(yīng)急指揮部,確保信息暢通',
  },
  {
    id: E('status-on-arrival'), action: A('report-status'), roles: R('working-group'), capability: C('internal-reporting'), phase: 'response',
    within: { param: 'reportWithin' }, from: E('arrive-on-site'), after: [E('arrive-on-site')], critical: false, clause: '003/3 四.3(2)', projectRules: ['pr-ato-17', 'pr-ato-18'],
    covers: [{ expectation: E('status-reports'), clause: '003/3 四.3(2)' }, { expectation: E('status-on-restoration'), clause: '003/3 四.3(2)' }],
    recipients: R('leadership-group'),
    text: { zh: '应急小组到达现场后及时上报现场情况', en: 'The working group reports the situation on arrival' },
    quote: '(2)信息上報(bào):應(yīng)急小組將現(xiàn)場(chǎng)處置情況及時(shí)上報(bào)應(yīng)急指揮部,確保信息暢通',
  },
  {
    id: E('status-on-restoration'), action: A('report-status'), roles: R('working-group'), capability: C('internal-reporting'), phase: 'recovery',
    within: { param: 'reportWithin' }, from: { event: 'atm.service-restored' }, critical: false, clause: '003/3 四.3(2)', projectRules: ['pr-ato-17', 'pr-ato-18'],
    covers: [{ expectation: E('status-reports'), clause: '003/3 四.3(2)' }, { expectation: E('status-on-arrival'), clause: '003/3 四.3(2)' }],
    recipients: R('leadership-group'),
    text: { zh: '服务恢复时，应急小组及时上报现场处置情况', en: 'The working group reports when service is back' },
    quote: '(2)信息上報(bào):應(yīng)急小組將現(xiàn)場(chǎng)處置情況及時(shí)上報(bào)應(yīng)急指揮部,確保信息暢通',
  },
  {
    id: E('initial-shut-down'), action: A('shut-down-system'), roles: R('working-group'), capability: C('containment'), phase: 'response',
    within: { param: 'initialMeasuresWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: true, clause: '003/2 五.2(1)', projectRules: ['pr-ato-05', 'pr-ato-07'],
    text: { zh: '系统故障、网络攻击、自然灾害：关闭系统，停用受影响的ATM', en: 'System failure, network attack, natural disaster: shut down, taking the affected ATMs out of service' },
    quote: '(1)根據(jù)事件性質(zhì),采取相應(yīng)措施,如關(guān)閉系統(tǒng)、隔離設(shè)備、恢復(fù)供電等',
  },
  {
    id: E('initial-isolate'), action: A('isolate-equipment'), roles: R('working-group'), capability: C('containment'), phase: 'response',
    within: { param: 'initialMeasuresWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: true, clause: '003/2 五.2(1)', projectRules: ['pr-ato-05', 'pr-ato-07'],
    text: { zh: '网络攻击、设备损坏、自然灾害：隔离设备', en: 'Network attack, equipment damage, natural disaster: isolate the equipment' },
    quote: '(1)根據(jù)事件性質(zhì),采取相應(yīng)措施,如關(guān)閉系統(tǒng)、隔離設(shè)備、恢復(fù)供電等',
  },
  {
    id: E('initial-restore-power'), action: A('restore-power'), roles: R('working-group'), capability: C('containment'), phase: 'response',
    within: { param: 'initialMeasuresWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: true, clause: '003/2 五.2(1)', projectRules: ['pr-ato-05', 'pr-ato-07'],
    text: { zh: '突发停电：恢复供电（发电机或市电）', en: 'Power cut: restore power (generator or mains)' },
    quote: '(1)根據(jù)事件性質(zhì),采取相應(yīng)措施,如關(guān)閉系統(tǒng)、隔離設(shè)備、恢復(fù)供電等',
  },
  {
    id: E('external-liaison'), action: A('liaise-external'), roles: R('coordination-dept'), capability: C('external-communication'), phase: 'response',
    // Any outside body (「外部單位」): no recipient list. Its first contact may be the answer to an open government request.
    within: '1h', from: E('activate-plan'), after: [E('activate-plan')], critical: false, clause: '003/2 五.1(3), 四.3', projectRules: ['pr-ato-17'],
    covers: [{ expectation: E('answer-government'), clause: '003/2 五.1(3), 四.3' }],
    text: { zh: '应急协调部门与政府部门、客户、媒体等外部单位保持沟通（启动后1小时内首次联系）', en: 'The coordination department keeps in touch with government, customers and media (first contact within 1h of activation)' },
    quote: '(3)應(yīng)急協(xié)調(diào)部門(mén)與外部單位保持溝通,確保信息暢通',
  },
  {
    id: E('answer-government'), action: A('liaise-external'), roles: R('coordination-dept'), capability: C('external-communication'), phase: 'response',
    // The department's standing remit (003/2 四.3): owed at any level, from the request.
    within: { param: 'inquiryReplyWithin' }, from: { armed: true }, critical: false, clause: '003/2 四.3, 五.1(3)', projectRules: ['pr-ato-17'],
    covers: [{ expectation: E('external-liaison'), clause: '003/2 五.1(3), 四.3' }],
    recipients: R('government'),
    text: { zh: '答复公安、监管或地方政府的问询或要求', en: 'Answer each request of the police, regulator or local government' },
    quote: '3.應(yīng)急協(xié)調(diào)部門(mén)負(fù)責(zé)與政府部門(mén)、客戶、媒體等外部單位進(jìn)行溝通協(xié)調(diào),確保信息暢通',
  },
  {
    id: E('answer-media'), action: A('coordinate-media'), roles: R('coordination-dept'), capability: C('external-communication'), phase: 'response',
    within: { param: 'inquiryReplyWithin' }, from: { armed: true }, critical: false, clause: '003/2 四.3, 五.1(3)', projectRules: ['pr-ato-08', 'pr-ato-17'],
    recipients: R('media'),
    text: { zh: '答复媒体问询', en: 'Answer each media inquiry' },
    quote: '3.應(yīng)急協(xié)調(diào)部門(mén)負(fù)責(zé)與政府部門(mén)、客戶、媒體等外部單位進(jìn)行溝通協(xié)調(diào),確保信息暢通',
  },
  {
    id: E('reassure-customers'), action: A('notify-customers'), roles: R('coordination-dept'), capability: C('customer-communication'), phase: 'response',
    within: { param: 'customerNoticeWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: true, clause: '003/2 五.2(3)', projectRules: ['pr-ato-07', 'pr-ato-17'],
    recipients: R('customers'),
    text: { zh: '对客户进行安抚，告知事件进展和处理措施', en: 'Reassure customers and tell them the progress and the measures taken' },
    quote: '(3)對(duì)客戶進(jìn)行安撫,告知事件進(jìn)展和處理措施',
  },
  {
    id: E('publish-info'), action: A('publish-info'), roles: R('coordination-dept', 'leadership-group'), capability: C('customer-communication'), phase: 'response',
    within: { param: 'infoReleaseWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: true, clause: '003/3 八, 三.1(3)', projectRules: ['pr-ato-08', 'pr-ato-13'],
    recipients: R('customers', 'media'),
    text: { zh: '客户受影响时：经官网、短信、社交媒体、新闻媒体发布应急处置情况、故障原因、恢复服务时间等信息', en: 'When customers are affected: publish the handling, the cause and the expected recovery time on the website, by SMS, on social media and through news media' },
    quote: '1.信息發(fā)布渠道(1)官方網(wǎng)站;(2)手機(jī)短信;(3)社交媒體;(4)新聞媒體。2.信息發(fā)布內(nèi)容(1)應(yīng)急處置情況;(2)故障原因分析;(3)恢復(fù)服務(wù)時(shí)間;(4)其他相關(guān)信息',
  },
  {
    id: E('publish-restoration'), action: A('publish-info'), roles: R('coordination-dept', 'leadership-group'), capability: C('customer-communication'), phase: 'recovery',
    within: { param: 'infoReleaseWithin' }, from: { event: 'atm.service-restored' }, after: [E('publish-info')], critical: false, clause: '003/3 八.2(3)', projectRules: ['pr-ato-08', 'pr-ato-13'],
    recipients: R('customers', 'media'),
    text: { zh: '客户受影响时：服务恢复后发布恢复信息', en: 'When customers are affected: publish an update once service is back' },
    quote: '(3)恢復(fù)服務(wù)時(shí)間',
  },
  {
    // 003/3 三.1(3): the headquarters 「上報」 emergency information; the text names no recipient and no time (AO-13).
    id: E('report-upward'), action: A('report-upward'), roles: R('leadership-group'), capability: C('internal-reporting'), phase: 'response',
    after: [E('activate-plan')], critical: false, clause: '003/3 三.1(3)', projectRules: ['pr-ato-19'],
    text: { zh: '重大事件处置期间，应急指挥部向上级上报应急信息（处置结束前至少一次）', en: 'During a major incident the headquarters reports the emergency upward (at least once before the end)' },
    quote: '(3)負(fù)責(zé)應(yīng)急信息的收集、分析、上報(bào)和發(fā)布',
  },
  {
    id: E('supply-materials'), action: A('provide-logistics'), roles: R('leadership-group'), capability: C('operational-coordination'), phase: 'response',
    within: { param: 'logisticsWithin' }, from: { armed: true }, critical: false, clause: '003/3 四.3(3)', projectRules: ['pr-ato-03', 'pr-ato-17'],
    recipients: R('working-group'),
    text: { zh: '应急指挥部根据现场需求调配和供应应急物资（发电机、备件等）', en: 'The headquarters allocates and supplies the materials the site asks for (generators, spare parts…)' },
    quote: '(3)物資保障:應(yīng)急指揮部根據(jù)現(xiàn)場(chǎng)情況,組織應(yīng)急物資的調(diào)配和供應(yīng)',
  },
  {
    id: E('survey-and-assess-loss'), action: A('assess-loss'), roles: R('working-group'), capability: C('situational-assessment'), phase: 'response',
    within: { param: 'lossAssessmentWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: false, clause: '003/2 五.2(2)', projectRules: ['pr-ato-07', 'pr-ato-17'],
    text: { zh: '设备受损时：对受损设备进行现场勘查，评估损失', en: 'Equipment damaged: survey the damaged equipment on site and assess the loss' },
    quote: '(2)對(duì)受損設(shè)備進(jìn)行現(xiàn)場(chǎng)勘查,評(píng)估損失',
  },
  {
    // No deadline of its own (sheet: "before restore-service"): due when service is first restored (AO-4).
    id: E('open-investigation'), action: A('investigate-cause'), roles: R('working-group'), capability: C('post-incident'), phase: 'response',
    after: [E('activate-plan')], critical: true, clause: '003/2 五.3(1)', projectRules: ['pr-ato-07', 'pr-ato-14'],
    text: { zh: '网络攻击：在恢复服务前启动调查，固定证据', en: 'Network attack: open the investigation and secure evidence before service is restored' },
    quote: '(1)對(duì)事件原因進(jìn)行調(diào)查,查明責(zé)任',
  },
  {
    // Sheet `open-investigation`: critical for network attacks only (AO-3).
    id: E('open-investigation-damage'), action: A('investigate-cause'), roles: R('working-group'), capability: C('post-incident'), phase: 'response',
    after: [E('activate-plan')], critical: false, clause: '003/2 五.3(1)', projectRules: ['pr-ato-07', 'pr-ato-14'],
    text: { zh: '设备损坏：在恢复服务前启动调查，固定证据', en: 'Equipment damage: open the investigation and secure evidence before service is restored' },
    quote: '(1)對(duì)事件原因進(jìn)行調(diào)查,查明責(zé)任',
  },
  {
    id: E('open-investigation-parallel'), action: A('investigate-cause'), roles: R('working-group'), capability: C('post-incident'), phase: 'response',
    after: [E('activate-plan')], critical: false, clause: '003/2 五.3(1)', projectRules: ['pr-ato-07', 'pr-ato-14'],
    text: { zh: '其他类型：在处置结束前启动调查（可与恢复同时进行）', en: 'Other types: open the investigation before the end (it may run alongside recovery)' },
    quote: '(1)對(duì)事件原因進(jìn)行調(diào)查,查明責(zé)任',
  },
  // --- 003/2 五.4, 003/3 四.4 recovery and end ---
  {
    id: E('recovery-plan'), action: A('draft-recovery-plan'), roles: R('working-group'), capability: C('recovery'), phase: 'recovery',
    within: { param: 'recoveryPlanWithin' }, from: E('activate-plan'), after: [E('initial-shut-down'), E('initial-isolate'), E('initial-restore-power')], critical: true, clause: '003/2 五.4(1)', projectRules: ['pr-ato-17'],
    text: { zh: '在初步处置之后，根据事件处理情况制定恢复运营方案', en: 'After the initial measures, draft the recovery plan from how the incident was handled' },
    quote: '(1)根據(jù)事件處理情況,制定恢復(fù)運(yùn)營(yíng)方案',
  },
  {
    id: E('restore-service'), action: A('restore-service'), roles: R('working-group', 'vendor'), capability: C('technical-recovery'), phase: 'recovery',
    after: [E('recovery-plan'), E('open-investigation'), E('open-investigation-damage')], critical: true, clause: '003/2 五.4(2); 003/3 四.2(3)', projectRules: ['pr-ato-14'],
    text: { zh: '按恢复方案逐步恢复ATM外包服务，修复故障设备（服务恢复即 atm.service-restored 为止）', en: 'Restore the ATM outsourced service step by step under the recovery plan and fix the faulty equipment (until atm.service-restored)' },
    quote: '(2)逐步恢復(fù)ATM外包服務(wù)',
  },
  {
    id: E('repair-equipment'), action: A('repair-equipment'), roles: R('vendor'), capability: C('technical-recovery'), phase: 'recovery',
    after: [E('survey-and-assess-loss')], critical: false, clause: '003/2 五.4(3)', projectRules: ['pr-ato-06'],
    text: { zh: '服务商按合同维修、更换受损设备（至 atm.equipment-replaced），在宣布结束之前完成', en: 'The provider repairs or replaces damaged units under the contract (until atm.equipment-replaced), before the end is declared' },
    quote: '對(duì)受損設(shè)備進(jìn)行維修、更換,確保系統(tǒng)穩(wěn)定運(yùn)行',
  },
  {
    id: E('confirm-restored'), action: A('test-system'), roles: R('working-group'), capability: C('technical-recovery'), phase: 'recovery',
    within: { param: 'confirmWithin' }, from: { event: 'atm.service-restored' }, after: [E('restore-service')], critical: true, clause: '003/3 四.4(1)', projectRules: ['pr-ato-16', 'pr-ato-17'],
    text: { zh: '服务恢复后，应急小组确认ATM系统恢复正常运行；测试不通过则返回恢复', en: 'Once service is back, the working group confirms the ATMs work normally; a failed test sends it back to recovery' },
    quote: '(1)應(yīng)急小組完成現(xiàn)場(chǎng)處置工作,確認(rèn)ATM系統(tǒng)恢復(fù)正常運(yùn)行',
  },
  {
    id: E('declare-end'), action: A('declare-end'), roles: R('leadership-group'), capability: C('operational-coordination'), phase: 'post',
    within: { param: 'endWithin' }, from: E('confirm-restored'), after: [E('confirm-restored'), E('repair-equipment')], endsHandling: true, dischargedBy: ['incident.closed'], critical: false, clause: '003/3 四.4(2)', projectRules: ['pr-ato-16', 'pr-all-07'],
    text: { zh: '确认恢复后，应急指挥部宣布应急处置结束，恢复正常业务', en: 'After a passing confirmation, the headquarters declares the emergency over and normal business resumes' },
    quote: '(2)應(yīng)急指揮部宣布應(yīng)急處置結(jié)束,恢復(fù)正常業(yè)務(wù)',
  },
  // --- 003/2 五.3, 五.5; 003/3 四.4(3), 九 post-incident ---
  {
    id: E('team-report'), action: A('summary-report'), roles: R('working-group'), capability: C('post-incident'), phase: 'post',
    within: { param: 'teamReportWithin' }, from: { armed: true }, critical: false, clause: '003/3 四.4(3)', projectRules: ['pr-ato-15', 'pr-ato-17', 'pr-all-07'],
    recipients: R('leadership-group'),
    text: { zh: '应急小组对应急处置情况进行总结，形成报告，上报应急指挥部', en: 'The working group summarises the response in a report to the headquarters' },
    quote: '(3)應(yīng)急小組對(duì)應(yīng)急處置情況進(jìn)行總結(jié),形成報(bào)告,上報(bào)應(yīng)急指揮部',
  },
  {
    id: E('investigation-findings'), action: A('investigate-cause'), roles: R('working-group'), capability: C('post-incident'), phase: 'post',
    within: { param: 'investigationWithin' }, from: { armed: true }, critical: false, clause: '003/2 五.3(1)', projectRules: ['pr-ato-15', 'pr-ato-17', 'pr-all-07'],
    recipients: R('leadership-group'),
    text: { zh: '查明事件原因和责任，形成调查结论', en: 'Establish the cause and responsibility: the investigation findings' },
    quote: '(1)對(duì)事件原因進(jìn)行調(diào)查,查明責(zé)任',
  },
  {
    id: E('accountability'), action: A('hold-accountable'), roles: R('leadership-group'), capability: C('post-incident'), phase: 'post',
    // "After the findings" with no time limit in the text or sheet §5 (AO-10): one month, a marked project rule.
    within: { param: 'accountabilityWithin' }, from: E('investigation-findings'), after: [E('investigation-findings')], critical: false, clause: '003/2 五.3(2)', projectRules: ['pr-ato-15', 'pr-ato-17'],
    text: { zh: '根据调查结论对相关责任人进行追责', en: 'Hold those responsible to account on the findings' },
    quote: '(2)對(duì)相關(guān)責(zé)任人進(jìn)行追責(zé),追究相關(guān)責(zé)任',
  },
  {
    id: E('summary-evaluation'), action: A('evaluate-response'), roles: R('leadership-group'), capability: C('post-incident'), phase: 'post',
    within: { param: 'summaryWithin' }, from: { armed: true }, after: [E('team-report')], critical: false, clause: '003/2 五.5(1), 五.3(3); 003/3 九', projectRules: ['pr-ato-15', 'pr-ato-17', 'pr-all-07'],
    text: { zh: '在应急小组报告基础上总结评估，分析原因，提出改进措施，总结经验教训', en: 'Building on the team report, summarise and evaluate, analyse causes, propose improvements and draw lessons' },
    quote: '(1)對(duì)突發(fā)事件進(jìn)行總結(jié)評(píng)估,分析原因,提出改進(jìn)措施',
  },
  {
    id: E('revise-plan'), action: A('revise-plan'), roles: R('leadership-group'), capability: C('post-incident'), phase: 'post',
    // "After the evaluation" with no time limit (AO-10): one month, a marked project rule.
    within: { param: 'revisionWithin' }, from: E('summary-evaluation'), after: [E('summary-evaluation')], critical: false, clause: '003/2 五.5(2), 八.3; 003/3 三.1(1)', projectRules: ['pr-ato-17'],
    text: { zh: '根据总结评估修订应急预案，提高应对能力', en: 'Revise the plan from the evaluation' },
    quote: '(2)對(duì)應(yīng)急預(yù)案進(jìn)行修訂,提高應(yīng)對(duì)能力',
  },
  {
    id: E('schedule-drill'), action: A('schedule-drill'), roles: R('leadership-group'), capability: C('post-incident'), phase: 'post',
    within: { param: 'revisionWithin' }, from: E('summary-evaluation'), after: [E('summary-evaluation')], critical: false, clause: '003/2 五.5(3), 七; 003/3 七', projectRules: ['pr-ato-17'],
    text: { zh: '加强应急演练，提高应急处置能力', en: 'Step up drills to improve the response' },
    quote: '(3)加強(qiáng)應(yīng)急演練,提高應(yīng)急處置能力',
  },
]

export const atmOutsourcingPlan = {
  id: 'atm-outsourcing' as PlanId,
  version: '1.0.0',
  title: { zh: '银行ATM外包服务应急预案', en: 'Bank emergency plan for ATM outsourced services' },
  summary: {
    zh: 'ATM外包服务发生系统故障、网络攻击、设备损坏、突发停电或自然灾害：值班人员初步判断，一般性故障通知外包服务商处理，重大故障报告应急指挥部（领导小组）；指挥部启动预案、派应急小组赴现场，开展初步处置和损失评估、事件调查、恢复运营和信息发布，宣布结束后总结评估、追责并修订预案。',
    en: 'Incidents in outsourced ATM services — system failure, network attack, equipment damage, power cut, natural disaster. The duty desk triages: a general fault goes to the provider; a major one goes to the leadership group (command headquarters), which activates the plan, sends the working group on site, and runs initial handling with loss assessment, investigation, recovery and public information, then the end, summary, accountability and plan revision.',
  },
  source: { seed: '003_4bca755e56eef69e.txt', title: '（第2篇、第3篇，无标题）ATM外包服务应急预案', clauseScheme: '003/2 五.2(1), 003/3 四.1(2)' },
  roles,
  actions,
  capabilities,
  params,
  levels: [
    { id: 'general' as LevelId, name: { zh: '一般性故障', en: 'General fault' }, rank: 1, clause: '003/3 四.1(2)' },
    { id: 'major' as LevelId, name: { zh: '重大故障', en: 'Major fault' }, rank: 2, clause: '003/3 四.1(3)' },
  ],
  severity: {
    // pr-ato-04: any criterion makes the incident major; otherwise it is a general fault.
    combine: 'highest',
    otherwise: 'general' as LevelId,
    projectRule: 'pr-ato-04',
    rules: [
      { level: 'major' as LevelId, when: { fact: 'incidentType', in: ['network-attack', 'natural-disaster', 'equipment-damage'] }, clause: '003/3 四.1(3); 003/2 三.2, 三.3, 三.5', projectRule: 'pr-ato-04', text: { zh: '网络攻击、自然灾害或设备损坏', en: 'Network attack, natural disaster or equipment damage' } },
      { level: 'major' as LevelId, when: { fact: 'security', eq: true }, clause: '003/3 四.1(3)', projectRule: 'pr-ato-04', text: { zh: '涉及安全（加装读卡器、撬机、现金暴露等）', en: 'Security-related (skimmer, tampering, forced entry, cash exposed)' } },
      { level: 'major' as LevelId, when: { fact: 'atms', gte: { param: 'majorAtmCount' } }, clause: '003/3 四.1(3)', projectRule: 'pr-ato-04', text: { zh: '同时停用的ATM达到重大故障台数', en: 'The major-fault number of ATMs or more out of service at once' } },
      { level: 'major' as LevelId, when: { fact: 'siteDown', eq: true }, clause: '003/3 四.1(3)', projectRule: 'pr-ato-04', text: { zh: '整个网点（布放点）停止服务', en: 'A whole site is down' } },
      { level: 'major' as LevelId, when: { fact: 'reason', in: ['no-ack', 'no-fix'] }, clause: '003/3 四.1(2)–(3)', projectRule: 'pr-ato-10', text: { zh: '服务商超时未确认或未修复（一般性故障升级）', en: 'The provider did not acknowledge or fix in time (a general fault upgraded)' } },
    ],
  },
  events,
  expectations,
  // A group's leader acts for the group (003/2 四.1(1), 四.2(1)).
  actsFor: [
    { role: 'group-lead' as RoleId, for: 'leadership-group' as RoleId, clause: '003/2 四.1(1)' },
    { role: 'working-group-lead' as RoleId, for: 'working-group' as RoleId, clause: '003/2 四.2(1)' },
  ],
  projectRules: [
    rule('pr-ato-01', '两篇合一', 'Two parts, one plan', '种子003的「第2篇」和「第3篇」均为ATM外包应急预案，合为一套规则；「第1篇」单独成案（atm-failure）。', '「第2篇」 and 「第3篇」 of seed 003 are both ATM-outsourcing plans and form one rule set; 「第1篇」 stays separate (atm-failure).'),
    rule('pr-ato-02', '对应机构', 'Equivalent bodies', '领导小组（003/2）即应急指挥部（003/3）；应急工作小组即应急小组；24小时应急值班即003/3 四.1的监测人员。', 'Leadership group (003/2) = command headquarters (003/3); working group = emergency team; the 24-hour duty is the monitor of 003/3 四.1.'),
    rule('pr-ato-03', '统一判断', 'One triage', '每起事件先按003/3判断一般性或重大；003/2始终启动的流程适用于重大事件（物资需求只在重大事件中计分）；协调部门对政府、媒体问询的常设职责（003/2 四.3）不分级别。', 'Every incident is triaged general vs major (003/3); 003/2\'s procedure, which always activates, applies to major incidents (materials requests are scored at major only); the coordination department\'s standing remit for government and media requests (003/2 四.3) applies at every level.'),
    rule('pr-ato-04', '重大故障标准', 'Major criteria', '网络攻击、自然灾害或设备损坏；或涉及安全；或3台以上ATM或整个网点停用；或服务商在通知后30分钟内未确认、4小时内未修复（演练按时钟自动升级，服务商确认或服务恢复即取消）。', 'Network attack, natural disaster or equipment damage; or security-related; or 3+ ATMs or a whole site down; or the provider silent 30m / not fixed 4h after being notified (the drill\'s clock upgrades it; the acknowledgement or the restoration cancels the clock).'),
    rule('pr-ato-05', '按类型初步处置', 'Initial measure by type', '系统故障：关闭系统；网络攻击：关闭并隔离；设备损坏：隔离；停电：恢复供电；自然灾害：关闭并隔离；其他：按情景所述。', 'System failure: shut down; network attack: shut down and isolate; equipment damage: isolate; power cut: restore power; natural disaster: shut down and isolate; other: as the scenario states.'),
    rule('pr-ato-06', '值班与服务商', 'Duty desk and provider', '值班人员负责监测、判断和报告；服务商按合同维修和更换。', 'The duty desk monitors, triages and reports; the provider repairs and replaces under the contract.'),
    rule('pr-ato-07', '未明确主体', 'Unnamed actors', '初步处置、现场勘查、调查和恢复由工作小组负责；安抚客户由应急协调部门负责。', 'Initial measures, damage survey, investigation and recovery: the working group; customer reassurance: the coordination department.'),
    rule('pr-ato-08', '信息发布', 'Public information', '由指挥部负责，协调部门代为发布；两者发布均可。', 'The headquarters answers for publication; the coordination department publishes on its behalf; either satisfies publish-info.'),
    rule('pr-ato-09', '两次「启动」', 'Two activations', '003/3 四.1(1)监测的「启动」为开启预警；领导小组的启动为响应启动。', 'Monitoring\'s 启动 opens the warning stage; the leadership group\'s is the response activation.'),
    rule('pr-ato-10', '升级', 'Upgrade', '一般性故障因新情况或服务商失职升级为重大；升级事件后15分钟内报告（报告即为判断，不另行重新判断）；不降级。', 'General → major on new facts or provider failure; report within 15m of the upgrading event (the report is the judgement; no separate re-triage is owed); no downgrade.'),
    rule('pr-ato-11', '一般性故障的结束', 'Closing a general fault', '服务商修复后值班人员30分钟内核实。', 'The duty desk verifies the provider\'s repair within 30m.'),
    rule('pr-ato-12', '赴现场', 'Going on site', '重大事件现场ATM受影响时须赴现场；仅限服务商中心系统的不需要。', 'Required for every major incident with affected ATMs on site; not for an incident confined to the provider\'s central systems.'),
    rule('pr-ato-13', '何时发布', 'When to publish', '影响客户的重大事件须发布（启动后2小时内首次发布，恢复时更新）；其他情况可选。', 'Required for major incidents that affect customers (first release 2h after activation, update at restoration); optional otherwise.'),
    rule('pr-ato-14', '调查与恢复', 'Investigation vs recovery', '网络攻击和设备损坏须在服务恢复前启动调查（无其他时限；仅网络攻击为关键步骤）；其他类型可并行，在结束前启动；调查结论和追责在结束之后。', 'For network attacks and equipment damage the investigation is opened before service is restored (no other time limit; critical for attacks only); otherwise it may run in parallel and is opened before the end; findings and accountability come after the end.'),
    rule('pr-ato-15', '两份总结', 'Two summaries', '应急小组报告在先，领导小组总结评估在后。', 'The working group\'s report comes first; the leadership group\'s summary and evaluation builds on it.'),
    rule('pr-ato-16', '应急结束', 'End of emergency', '确认恢复（测试通过）后由指挥部宣布结束。', 'The leadership group declares the end after a passing confirmation.'),
    rule('pr-ato-17', '时间用语与空缺', 'Time words and gaps', '「立即」「迅速」「及时」及无时限的步骤按参数默认值执行；原文和规则表均只写「之后」的追责、修订预案、安排演练，按项目默认1个月（accountabilityWithin、revisionWithin）。', '立即, 迅速 and 及时, and every step without a time, get the parameter defaults; accountability, plan revision and drills, which the text and the sheet place only "after" a step, get a project default of one month (accountabilityWithin, revisionWithin).'),
    rule('pr-ato-18', '现场情况上报', 'Status reports', '「及时上报」：到达现场时、每次服务恢复时（15分钟内），以及服务中断期间自升级为重大故障起至少每小时一次（确认测试未通过的，自测试结果起重新每小时一次）；一次上报满足当时所有未完成的上报义务。', '及时上报: on arrival and at each restoration (within 15m), and at least hourly while service is down, from the escalation (after a failed confirmation test, hourly again from the result); one report meets every status duty open at the time.'),
    rule('pr-ato-19', '指挥部上报', 'Upward report', '003/3 三.1(3)「上报」未写明对象和时限：重大事件处置结束前至少上报一次，不计时限。', '003/3 三.1(3) 上報 names no recipient and no time: at least once during a major incident, before the end.'),
    rule('pr-all-01', '计时起点', 'Clock start', '「发现异常时」的时限自组织获知事件的情景事件（atm.incident）起算。', 'Deadlines after the incident run from the scenario event by which the organisation learns of it (atm.incident).'),
    rule('pr-all-03', '链式时限', 'Chained deadlines', '自前一步骤实际完成时起算；未完成的，自其时限起算。', 'A chained deadline starts when the earlier step was performed, or at its deadline if it never was.'),
    rule('pr-all-11', '过度响应', 'Over-response', '一般性故障时启动预案等不要求的行动记录在案，不扣分。', 'Acting where no action is required (e.g. activating on a general fault) is recorded, not penalised.'),
    rule('pr-all-07', '处置结束', 'End of handling', 'incident.closed 由宣布结束触发，或由情景注入；事后时限自此起算。', 'incident.closed is raised by declare-end or injected by the scenario; post-incident clocks start there.'),
  ],
  recipes: atmOutsourcingRecipes,
} satisfies PlanDefinition
