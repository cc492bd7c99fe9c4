/** Bank ATM fault or security problem plan (seed 003, 第1篇 only): roles, deadlines and clauses as data; the chart is ./machine.ts. */
import { action, capability as cap, durationParam, expectationId as E, projectRule as rule, role, roleIds as R } from '../../engine/index.ts'
import type { ActionDef, CapabilityDef, Condition, EventDef, ExpectationDef, ParamDef, PlanDefinition, RoleDef } from '../../engine/index.ts'
import type { ActionId, CapabilityId, PlanId, RoleId } from '../../engine/index.ts'
import { atmFailureRecipes } from './recipes.ts'

const A = (id: string) => id as ActionId
const C = (id: string) => id as CapabilityId
const RID = (id: string) => id as RoleId

export const ATM_SITES = ['branch-lobby', 'off-site', 'self-service-zone'] as const
export const FAULT_SYMPTOMS = ['cash-jam', 'card-retained', 'dispenser', 'card-reader', 'network', 'software', 'power'] as const
export const SECURITY_KINDS = ['skimmer', 'tampering', 'forced-entry', 'robbery', 'vandalism'] as const

/** A security problem has been reported (an `atm.security-alert` names its kind): type `security` (§3.1). */
export const SECURITY_PROBLEM: Condition = { fact: 'kind', in: [...SECURITY_KINDS] }
/**
 * A security problem with a criminal element calls for the police (pr-atf-03): `criminal` as reported, or, when the
 * report does not say, every kind except vandalism (the sheet's default for `criminal`).
 */
export const CRIMINAL: Condition = {
  any: [
    { fact: 'criminal', eq: true },
    { all: [{ fact: 'criminal', present: false }, SECURITY_PROBLEM, { not: { fact: 'kind', eq: 'vandalism' } }] },
  ],
}

const roles: RoleDef[] = [
  role('leadership-group', '应急领导小组', 'Emergency Leadership Group', { clause: '003/1 二.1, 三.1(2), 三.5(1), 七.1' }),
  role('bank-president', '组长（银行行长）', 'Group leader (the bank president)', { clause: '003/1 二.1(1)' }),
  role('deputy-leads', '副组长（相关部门负责人）', 'Deputy leaders (heads of the departments concerned)', { clause: '003/1 二.1(2)' }),
  role('group-members', '领导小组成员（部门负责人、技术人员、安全保卫人员）', 'Group members (department heads, technical and security staff)', { clause: '003/1 二.1(3)' }),
  role('tech-support', '技术支持组', 'Technical Support Team', { clause: '003/1 二.2(1), 三.2(1), 三.3(1), 三.4(1)' }),
  role('security', '安全保障组', 'Security Team', { clause: '003/1 二.2(2), 三.2(2)' }),
  role('customer-service', '客户服务组', 'Customer Service Team', { clause: '003/1 二.2(3), 三.2(3)' }),
  role('logistics', '后勤保障组', 'Logistics Team', { clause: '003/1 二.2(4), 三.2(4)' }),
  role('emergency-teams', '应急小组（四个小组）', 'The emergency teams (all four together)', { clause: '003/1 三.5(2)' }),
  role('on-site-staff', '现场工作人员', 'Staff on site', { clause: '003/1 三.1(1), 三.3(2), 三.4(2)' }),
  role('customers', '客户', 'Customers', { external: true, clause: '003/1 三.2(3), 三.4(2)' }),
  role('public-services', '政府、公安、消防等部门', 'Government, police and fire services', { external: true, clause: '003/1 六.4' }),
]

const actions: ActionDef[] = [
  action('report-incident', '向应急领导小组报告', 'Report to the leadership group'),
  action('activate-plan', '启动应急预案，组织应急小组开展处置', 'Activate the plan and set the teams to work'),
  action('diagnose-fault', '排查故障ATM，找出原因，制定解决方案', 'Inspect the ATM, find the cause, plan the fix'),
  action('cordon-site', '现场警戒，确保客户和工作人员安全', 'Cordon the site and keep customers and staff safe'),
  action('notify-police', '报警（通知公安机关）', 'Call the police'),
  action('redirect-customers', '向客户解释，提供人工服务、指引至其他ATM', 'Explain to customers, offer counter service, send them to other ATMs'),
  action('provide-logistics', '提供应急物资、设备、车辆', 'Provide materials, equipment and vehicles'),
  action('fix-fault', '采取措施排除故障', 'Fix the fault'),
  action('assist-repair', '配合技术支持组排除故障', 'Help the technical support team fix the fault'),
  action('test-system', '测试ATM系统，确保恢复正常', 'Test the ATM and make sure it works normally'),
  action('notify-customers', '通知客户故障已排除、恢复使用', 'Tell customers the fault is cleared and the ATM is usable'),
  action('declare-end', '决定应急结束', 'Declare the end of the emergency'),
  action('summary-report', '形成应急处置报告', 'Write the emergency handling report'),
  action('evaluate-response', '组织总结与评估，提出改进措施', 'Summarise and evaluate the response, propose improvements'),
  action('liaise-external', '答复监管或外部问询', 'Answer the regulator or another outside inquiry'),
]

const capabilities: CapabilityDef[] = [
  cap('internal-reporting', '内部报告', 'Internal reporting'),
  cap('operational-coordination', '组织协调', 'Operational coordination'),
  cap('containment', '控制处置', 'Containment'),
  cap('technical-recovery', '技术恢复', 'Technical recovery'),
  cap('customer-communication', '客户沟通', 'Customer communication'),
  cap('external-communication', '对外沟通', 'External communication'),
  cap('post-incident', '后期处置', 'Post-incident'),
]

/** Every time window of this plan is a project default (the seed sets none). */
const duration = (id: string, value: string, zh: string, en: string, clause: string): ParamDef => durationParam(id, value, 'default', zh, en, clause)

// No 「[X]」 placeholders in 第1篇: every window is a project default for 「立即」, 「迅速」 or an unstated step (pr-atf-06).
const params: ParamDef[] = [
  { id: 'bankName', kind: 'string', default: '示例银行 (Example Bank)', origin: 'default', text: { zh: '银行名称', en: 'The bank' } },
  duration('reportWithin', '15m', '现场工作人员报告时限（原文「立即」）', 'Report by staff on site ("立即", immediately)', '003/1 三.1(1)'),
  duration('activationWithin', '15m', '接报后启动应急预案时限（原文「立即」）', 'Activation after the report ("立即")', '003/1 三.1(2)'),
  duration('diagnoseWithin', '1h', '启动后技术支持组找出原因、制定方案时限（原文「迅速」）', 'Cause found and fix planned after activation ("迅速", promptly)', '003/1 三.2(1)'),
  duration('cordonWithin', '30m', '启动后现场警戒时限', 'Site guarded after activation', '003/1 三.2(2)'),
  duration('policeWithin', '15m', '启动后报警时限（有犯罪因素的安全事件）', 'Police called after activation (security incidents with a criminal element)', 'pr-atf-03'),
  duration('customerServiceWithin', '30m', '启动后客户服务组现场服务时限', 'Customers on site looked after, after activation', '003/1 三.2(3)'),
  duration('logisticsWithin', '1h', '后勤需求提出后提供物资时限', 'Materials delivered after a request', '003/1 三.2(4)'),
  duration('testWithin', '30m', '故障排除后测试时限', 'Test after the repair', '003/1 三.4(1)'),
  duration('restoreNoticeWithin', '30m', '测试通过后通知客户时限', 'Customers told after a passing test', '003/1 三.4(2)'),
  duration('endWithin', '1h', '测试通过后决定应急结束时限', 'End declared after a passing test', '003/1 三.5(1)'),
  duration('summaryReportWithin', '5wd', '应急结束后形成应急处置报告时限', 'Emergency handling report after the end', '003/1 三.5(2)'),
  duration('reviewWithin', '10wd', '应急结束后总结与评估时限', 'Summary and evaluation after the end', '003/1 七'),
  duration('drillEvery', '1y', '应急演练频率（原文「定期」）', 'Drills ("定期", regularly)', '003/1 五.1'),
  { id: 'emergencyMaterials', kind: 'string', default: '備用電源、網(wǎng)絡(luò)設(shè)備、通訊設(shè)備、安全防護(hù)設(shè)備 (备用电源、网络设备、通讯设备、安全防护设备: backup power, network and communication equipment, protective equipment)', origin: 'source', text: { zh: '应急物资', en: 'Emergency materials kept ready' }, clause: '003/1 四.1' },
  { id: 'emergencyEquipment', kind: 'string', default: '故障排除工具、維修工具、備用ATM (故障排除工具、维修工具、备用ATM: troubleshooting tools, repair tools, standby ATM)', origin: 'source', text: { zh: '应急设备', en: 'Emergency equipment kept ready' }, clause: '003/1 四.2' },
]

const atmId = { kind: 'string', text: { zh: 'ATM编号', en: 'ATM number' } } as const
const site = { kind: 'enum', values: ATM_SITES, text: { zh: '位置：网点大堂/离行式/自助服务区', en: 'Where: branch lobby / off-site / self-service zone' } } as const

const events: EventDef[] = [
  {
    id: 'atm.fault',
    name: { zh: 'ATM系统发生故障', en: 'An ATM fails' },
    fields: {
      atmId: { ...atmId, required: true },
      site,
      symptom: { kind: 'enum', values: FAULT_SYMPTOMS, text: { zh: '现象：卡钞/吞卡/出钞模块/读卡器/网络/软件/断电', en: 'Symptom: cash jam / card retained / dispenser / card reader / network / software / power' } },
      customersOnSite: { kind: 'integer', min: 0, max: 10_000, text: { zh: '现场客户人数', en: 'Customers on site' } },
      shortDispensed: { kind: 'boolean', text: { zh: '是否有客户扣账未出钞', en: 'Whether a customer was debited without getting cash' } },
    },
  },
  {
    id: 'atm.security-alert',
    name: { zh: 'ATM出现安全问题', en: 'A security problem at an ATM' },
    fields: {
      atmId: { ...atmId, required: true },
      site,
      kind: { kind: 'enum', required: true, values: SECURITY_KINDS, text: { zh: '类型：侧录装置/改装/暴力破坏入侵/抢劫/故意损坏', en: 'Kind: skimmer / tampering / forced entry / robbery / vandalism' } },
      injuries: { kind: 'boolean', text: { zh: '是否有人员受伤', en: 'Whether anyone is hurt' } },
      criminal: { kind: 'boolean', text: { zh: '是否涉嫌犯罪（未填时除故意损坏外均视为是）', en: 'Whether a crime is suspected (if not given: yes, except for vandalism)' } },
    },
  },
  { id: 'logistics.request', name: { zh: '需要备件、备用ATM或车辆', en: 'The fix needs a part, a standby ATM or a vehicle' }, fields: { item: { kind: 'string', required: true, text: { zh: '所需物资', en: 'What is needed' } } } },
  { id: 'atm.fault-fixed', name: { zh: '故障已排除（维修完成）', en: 'The repair is physically complete' }, fields: { atmId } },
  {
    id: 'atm.test-result',
    name: { zh: 'ATM测试结果', en: 'Outcome of the ATM test' },
    fields: { atmId, passed: { kind: 'boolean', required: true, text: { zh: '测试是否通过', en: 'Whether the test passed' } }, reason: { kind: 'string', text: { zh: '未通过原因', en: 'Why it failed' } } },
    refine: (data) => (data.passed === true && typeof data.reason === 'string' ? [{ field: 'reason', message: 'is only given for a failed test' }] : []),
  },
  {
    id: 'customers.complaint',
    name: { zh: '客户投诉（如扣账未出钞）', en: 'A customer complains (e.g. debited without cash)' },
    informational: true,
    fields: { atmId, issue: { kind: 'string', text: { zh: '投诉内容', en: 'What the complaint is about' } }, count: { kind: 'integer', min: 1, max: 100_000 } },
  },
  {
    id: 'atm.status-update',
    name: { zh: '现场或厂商情况通报', en: 'Status update from the site, the branch or the ATM vendor' },
    informational: true,
    fields: { atmId, source: { kind: 'enum', values: ['branch', 'vendor', 'carrier', 'tech-support', 'security'], text: { zh: '通报来源', en: 'Who reports' } }, status: { kind: 'string', text: { zh: '情况', en: 'Status' } } },
  },
  { id: 'media.inquiry', name: { zh: '媒体问询', en: 'A reporter asks about the incident' }, informational: true, fields: { outlet: { kind: 'string', required: true }, topic: { kind: 'string' } } },
  {
    id: 'regulator.inquiry',
    name: { zh: '监管问询', en: 'Regulator inquiry' },
    fields: { regulator: { kind: 'string' }, question: { kind: 'string' }, replyBy: { kind: 'offset', text: { zh: '须在问询后多久内答复（给出时计分，pr-all-10）', en: 'Reply deadline after the inquiry (scored only when given, pr-all-10)' } } },
  },
  { id: 'incident.closed', name: { zh: '应急结束', en: 'End of the emergency' }, fields: {} },
]

const expectations: ExpectationDef[] = [
  // --- 三.1 emergency report and activation ---
  {
    id: E('report-to-leadership'), action: A('report-incident'), roles: R('on-site-staff'), capability: C('internal-reporting'), phase: 'initial',
    // Runs from the event that brought the fault or the security problem to light (pr-all-01): the arming event.
    within: { param: 'reportWithin' }, from: { armed: true }, critical: true, clause: '003/1 三.1(1)', projectRules: ['pr-atf-06', 'pr-atf-07', 'pr-atf-08', 'pr-all-01'],
    recipients: R('leadership-group'),
    text: { zh: 'ATM系统发生故障或出现安全问题，现场工作人员立即向应急领导小组报告；运行中又发现安全问题时再次报告', en: 'When an ATM fails or has a security problem, staff on site report to the leadership group at once; again when a security problem is found during the incident' },
    quote: '(1)ATM系統(tǒng)發(fā)生故障或出現(xiàn)安全問(wèn)題,現(xiàn)場(chǎng)工作人員應(yīng)立即向應(yīng)急領(lǐng)導(dǎo)小組報(bào)告',
  },
  {
    id: E('activate-plan'), action: A('activate-plan'), roles: R('leadership-group'), capability: C('operational-coordination'), phase: 'initial',
    within: { param: 'activationWithin' }, from: E('report-to-leadership'), after: [E('report-to-leadership')], critical: true, clause: '003/1 三.1(2)', projectRules: ['pr-atf-01', 'pr-atf-06', 'pr-atf-07'],
    text: { zh: '应急领导小组接到报告后立即启动应急预案，组织应急小组开展应急处置（不分级，凡报告即启动）', en: 'On the report, the leadership group activates the plan at once and sets the emergency teams to work (no levels: every report activates)' },
    quote: '(2)應(yīng)急領(lǐng)導(dǎo)小組接到報(bào)告后,立即啟動(dòng)應(yīng)急預(yù)案,組織應(yīng)急小組開(kāi)展應(yīng)急處置',
  },
  // --- 三.2 the four teams ---
  {
    id: E('diagnose-fault'), action: A('diagnose-fault'), roles: R('tech-support'), capability: C('technical-recovery'), phase: 'response',
    within: { param: 'diagnoseWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: true, clause: '003/1 三.2(1)', projectRules: ['pr-atf-06'],
    text: { zh: '技术支持组迅速排查故障ATM，找出故障原因，制定解决方案', en: 'The technical support team promptly inspects the ATM, finds the cause and plans the fix' },
    quote: '(1)技術(shù)支持組:迅速對(duì)故障ATM進(jìn)行排查,找出故障原因,制定解決方案',
  },
  {
    id: E('cordon-site'), action: A('cordon-site'), roles: R('security'), capability: C('containment'), phase: 'response',
    within: { param: 'cordonWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: false, clause: '003/1 三.2(2)', projectRules: ['pr-atf-02', 'pr-atf-06'],
    text: { zh: '故障事件：安全保障组对现场进行警戒，确保客户和工作人员安全（非关键步骤）', en: 'Fault: the security team guards the site and keeps customers and staff safe (not critical)' },
    quote: '(2)安全保障組:對(duì)現(xiàn)場(chǎng)進(jìn)行警戒',
  },
  // pr-atf-02 makes the same step critical for security incidents only; `critical` varies by level, not by incident
  // type, so the security variant is a second expectation with the same action. It is one step of 三.2(2): one cordon
  // meets both (`covers`), so the fault's cordon left open when a security problem is found is not owed twice. When a
  // security problem is found during a fault, the activation was earlier: the deadline runs from the finding (the
  // anchor is never earlier than the arming), and no second activation is owed (pr-atf-08).
  {
    id: E('cordon-site-security'), action: A('cordon-site'), roles: R('security'), capability: C('containment'), phase: 'response',
    within: { param: 'cordonWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: true, clause: '003/1 三.2(2)', projectRules: ['pr-atf-02', 'pr-atf-06', 'pr-atf-08'],
    covers: [{ expectation: E('cordon-site'), clause: '003/1 三.2(2) 「對現場進行警戒」: one step; one cordon guards the site for the fault and the security problem' }],
    text: { zh: '安全事件：安全保障组对现场进行警戒，确保客户和工作人员安全（关键步骤）', en: 'Security problem: the security team guards the site and keeps customers and staff safe (critical)' },
    quote: '(2)安全保障組:對(duì)現(xiàn)場(chǎng)進(jìn)行警戒',
  },
  {
    id: E('notify-police'), action: A('notify-police'), roles: R('security'), capability: C('external-communication'), phase: 'response',
    within: { param: 'policeWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: true, clause: '003/1 六.4; pr-atf-03 (project rule, not in source)', projectRules: ['pr-atf-03', 'pr-atf-08'],
    recipients: R('public-services'),
    text: { zh: '有犯罪因素的安全事件（侧录、改装、入侵、抢劫）：安全保障组在启动后报警', en: 'Security problem with a criminal element (skimmer, tampering, forced entry, robbery): the security team calls the police after activation' },
    quote: '4.加強(qiáng)與政府、公安、消防等部門(mén)的溝通協(xié)作,形成應(yīng)急聯(lián)動(dòng)機(jī)制',
  },
  {
    id: E('serve-customers'), action: A('redirect-customers'), roles: R('customer-service'), capability: C('customer-communication'), phase: 'response',
    within: { param: 'customerServiceWithin' }, from: E('activate-plan'), after: [E('activate-plan')], critical: true, clause: '003/1 三.2(3)', projectRules: ['pr-atf-06'],
    recipients: R('customers'),
    text: { zh: '客户服务组向客户解释说明情况，提供人工服务、指引客户至其他ATM等', en: 'The customer service team explains the situation, offers counter service and sends customers to other ATMs' },
    quote: '(3)客戶服務(wù)組:向客戶解釋說(shuō)明情況,提供相應(yīng)服務(wù),如提供人工服務(wù)、指引客戶至其他ATM等',
  },
  {
    id: E('provide-logistics'), action: A('provide-logistics'), roles: R('logistics'), capability: C('operational-coordination'), phase: 'response',
    within: { param: 'logisticsWithin' }, from: { armed: true }, after: [E('activate-plan')], critical: false, clause: '003/1 三.2(4)', projectRules: ['pr-atf-06'],
    text: { zh: '后勤保障组在提出需求后提供应急物资、设备、车辆等', en: 'The logistics team provides the materials, equipment or vehicles asked for' },
    quote: '(4)后勤保障組:提供應(yīng)急物資、設(shè)備、車(chē)輛等后勤保障',
  },
  // --- 三.3 fixing, 三.4 testing and telling customers ---
  {
    id: E('fix-fault'), action: A('fix-fault'), roles: R('tech-support'), capability: C('technical-recovery'), phase: 'recovery',
    after: [E('diagnose-fault')], critical: true, clause: '003/1 三.3(1)', projectRules: ['pr-atf-05'],
    text: { zh: '技术支持组根据故障原因采取措施排除故障（无时限，以维修完成为准）；测试未通过时重新排除', en: 'The technical support team fixes the fault according to its cause (no deadline: due when the repair is complete); again after a failed test' },
    quote: '(1)技術(shù)支持組根據(jù)故障原因,采取相應(yīng)措施排除故障',
  },
  // 三.3(2) is the staff's own duty beside the technical team's repair: open while the repair is (no deadline in the
  // seed; due when the repair is complete), not critical (the repair itself is).
  {
    id: E('assist-repair'), action: A('assist-repair'), roles: R('on-site-staff'), capability: C('technical-recovery'), phase: 'recovery',
    critical: false, clause: '003/1 三.3(2)', projectRules: ['pr-atf-05'],
    text: { zh: '现场工作人员配合技术支持组进行故障排除（无时限，以维修完成为准）；测试未通过时再次配合', en: 'Staff on site help the technical support team fix the fault (no deadline: due when the repair is complete); again after a failed test' },
    quote: '(2)現(xiàn)場(chǎng)工作人員配合技術(shù)支持組進(jìn)行故障排除',
  },
  {
    id: E('test-atm'), action: A('test-system'), roles: R('tech-support'), capability: C('technical-recovery'), phase: 'recovery',
    within: { param: 'testWithin' }, from: { armed: true }, after: [E('fix-fault')], critical: true, clause: '003/1 三.4(1)', projectRules: ['pr-atf-05', 'pr-atf-06'],
    text: { zh: '故障排除后，技术支持组对ATM系统进行测试，确保系统恢复正常；每次重新排除后再测', en: 'After the repair, the technical support team tests the ATM to make sure it works normally; again after each new repair' },
    quote: '(1)故障排除后,技術(shù)支持組對(duì)ATM系統(tǒng)進(jìn)行測(cè)試,確保系統(tǒng)恢復(fù)正常',
  },
  {
    id: E('notify-restored'), action: A('notify-customers'), roles: R('on-site-staff'), capability: C('customer-communication'), phase: 'recovery',
    within: { param: 'restoreNoticeWithin' }, from: { armed: true }, after: [E('test-atm')], critical: false, clause: '003/1 三.4(2)', projectRules: ['pr-atf-05', 'pr-atf-06'],
    recipients: R('customers'),
    text: { zh: '测试通过后，现场工作人员通知客户故障已排除、恢复正常使用', en: 'After a passing test, staff on site tell customers the fault is cleared and the ATM is back in use' },
    quote: '(2)現(xiàn)場(chǎng)工作人員通知客戶,告知故障已排除,恢復(fù)正常使用',
  },
  // --- 三.5 end, 七 summary and evaluation ---
  {
    id: E('declare-end'), action: A('declare-end'), roles: R('leadership-group'), capability: C('operational-coordination'), phase: 'post',
    // Armed only after the scenario's passing test (pr-atf-05), so an end before it cannot be declared and the chart closes
    // on it; no `endsHandling`: the end criterion is that fact, and a team test never logged is already scored as missed.
    // The scenario's incident.closed is the end as a fact: an end not yet overdue is then owed by nobody.
    within: { param: 'endWithin' }, from: { armed: true }, after: [E('test-atm')], dischargedBy: ['incident.closed'],
    critical: false, clause: '003/1 三.5(1)', projectRules: ['pr-atf-05', 'pr-all-07'],
    text: { zh: '测试通过后，应急领导小组根据实际情况决定应急结束', en: 'After a passing test, the leadership group decides that the emergency is over' },
    quote: '(1)應(yīng)急領(lǐng)導(dǎo)小組根據(jù)實(shí)際情況,決定應(yīng)急結(jié)束',
  },
  {
    id: E('summary-report'), action: A('summary-report'), roles: R('emergency-teams'), capability: C('post-incident'), phase: 'post',
    within: { param: 'summaryReportWithin' }, from: { armed: true }, after: [E('declare-end')], critical: false, clause: '003/1 三.5(2)', projectRules: ['pr-atf-04'],
    recipients: R('leadership-group'),
    text: { zh: '应急小组对应急处置过程进行总结，形成应急处置报告', en: 'The emergency teams review the handling and write the emergency handling report' },
    quote: '(2)應(yīng)急小組對(duì)應(yīng)急處置過(guò)程進(jìn)行總結(jié),形成應(yīng)急處置報(bào)告',
  },
  {
    id: E('post-review'), action: A('evaluate-response'), roles: R('leadership-group'), capability: C('post-incident'), phase: 'post',
    within: { param: 'reviewWithin' }, from: { armed: true }, after: [E('summary-report')], critical: false, clause: '003/1 七.1–3', projectRules: ['pr-atf-04'],
    text: { zh: '应急结束后，应急领导小组组织应急小组总结（处置措施、物资与设备使用、人员表现），评估效果并提出改进措施', en: 'After the end, the leadership group has the teams summarise (measures, use of materials and equipment, staff performance), evaluate the effect and propose improvements' },
    quote: '1.應(yīng)急結(jié)束后,應(yīng)急領(lǐng)導(dǎo)小組組織應(yīng)急小組對(duì)應(yīng)急處置過(guò)程進(jìn)行總結(jié)',
  },
  // --- pr-all-10: an inquiry with a reply deadline set by the scenario ---
  {
    id: E('regulator-reply'), action: A('liaise-external'), roles: R('leadership-group'), capability: C('external-communication'), phase: 'response',
    within: { fact: 'replyBy' }, from: { armed: true }, critical: false, clause: 'pr-all-10 (project rule, not in source)', projectRules: ['pr-all-10'],
    text: { zh: '在问询方要求的时限内答复监管问询（本预案无此步骤，由应急领导小组答复）', en: 'Answer the regulator\'s inquiry by its deadline (no step in this plan: the leadership group answers)' },
  },
]

export const atmFailurePlan = {
  id: 'atm-failure' as PlanId,
  version: '1.0.0',
  title: { zh: '银行ATM故障及安全问题应急预案', en: 'Bank ATM emergency plan (faults and security problems at an ATM)' },
  summary: {
    zh: 'ATM系统发生故障或出现安全问题：现场工作人员立即报告，应急领导小组立即启动预案，技术支持、安全保障、客户服务、后勤保障四个小组同时处置；故障排除后测试，测试通过后通知客户、决定应急结束，应急小组形成应急处置报告，领导小组组织总结评估。不分级。',
    en: 'An ATM fails or has a security problem: staff on site report at once, the leadership group activates the plan, and the technical, security, customer-service and logistics teams act in parallel; after the repair the ATM is tested, customers are told and the end is declared only after a passing test; the teams write the handling report and the group evaluates. No levels.',
  },
  source: { seed: '003_4bca755e56eef69e.txt (第1篇)', title: '第1篇（无标题，ATM系统故障或安全问题应急预案）', clauseScheme: '003/1 三.2(3)' },
  roles,
  actions,
  capabilities,
  params,
  // pr-atf-01: no levels; every reported fault or security problem activates the whole plan.
  levels: [],
  // 二.1: the group is its leader, deputies and members; 二.2 / 三.5(2): 「應急小組」 is the four teams, and the handling
  // report one of them writes is the teams' report.
  actsFor: [
    { role: RID('bank-president'), for: RID('leadership-group'), clause: '003/1 二.1(1)' },
    { role: RID('deputy-leads'), for: RID('leadership-group'), clause: '003/1 二.1(2)' },
    { role: RID('group-members'), for: RID('leadership-group'), clause: '003/1 二.1(3)' },
    ...['tech-support', 'security', 'customer-service', 'logistics'].map((t, n) => ({ role: RID(t), for: RID('emergency-teams'), clause: `003/1 二.2(${n + 1}), 三.5(2)` })),
  ],
  events,
  expectations,
  projectRules: [
    rule('pr-atf-01', '不分级', 'Severity', '本预案不分级：凡报告的故障或安全问题均全面启动。', 'No levels; every reported fault or security problem needs full activation.'),
    rule('pr-atf-02', '现场警戒', 'Guarding the site', '每起事件均须现场警戒（三.2(2)）；仅安全事件为关键步骤。', 'Required for every incident (三.2(2)); critical only for security incidents.'),
    rule('pr-atf-03', '报警', 'Police', '有犯罪因素的安全事件，安全保障组在启动后15分钟内报警（预案仅在六.4建立联动机制）。', 'For security incidents with a criminal element, the security team calls the police within 15m of activation (the plan only sets up the liaison in 六.4).'),
    rule('pr-atf-04', '两份总结', 'Two summaries', '应急小组的应急处置报告（三.5(2)）在先，领导小组的总结评估（七）在后。', 'The teams\' handling report (三.5(2)) comes first; the leadership group\'s summary and evaluation (七) builds on it.'),
    rule('pr-atf-05', '测试未通过', 'Failed test', '测试未通过则返回故障排除；通知客户恢复使用和应急结束均须在测试通过之后。', 'A failed test sends the ATM back to repair; the "back in service" notice and the end come only after a passing test.'),
    rule('pr-atf-06', '时间用语', 'Time words', '「立即」「迅速」及未规定时限的步骤按参数默认值执行。', '「立即」 and 「迅速」 become the parameter windows; unstated steps get the defaults.'),
    rule('pr-atf-07', '一般与重大故障', 'General vs major fault', '第3篇的一般/重大故障分流属于外包预案，本预案不适用：凡报告即启动。', 'The triage of 第3篇 belongs to the outsourcing plan and is not applied here: every report activates this plan.'),
    rule('pr-atf-08', '处置中发现安全问题', 'Security problem found during a fault', '处置故障中发现安全问题（或安全问题新增犯罪因素）时，现场工作人员再次报告（三.1(1)）；预案已启动，不再要求第二次启动，现场警戒与报警时限自发现时（晚于启动时）起算；故障期间已完成的现场警戒不再重复要求。', 'When a security problem is found while a fault is handled (or a security problem turns out to be criminal), staff on site report again (三.1(1)); the plan is already active, so no second activation is owed, and the cordon and police deadlines run from the finding when it comes after the activation; a cordon already set up during the fault is not owed again.'),
    rule('pr-all-01', '计时起点', 'Clock start', '时限自组织获知事件的情景事件起算。', 'Deadlines run from the scenario event by which the organisation learns of the incident.'),
    rule('pr-all-03', '链式时限', 'Chained deadlines', '自前一步骤实际完成时起算；未完成的，自其时限起算。', 'A chained deadline starts when the earlier step was performed, or at its deadline if it never was.'),
    rule('pr-all-07', '处置结束', 'End of handling', 'incident.closed 由领导小组宣布结束触发，或由情景注入；事后时限自此起算。', 'incident.closed is raised by the leadership group\'s declare-end or injected by the scenario; post-incident clocks start there.'),
    rule('pr-all-10', '无对应规则的注入', 'Injects without a rule', '媒体、监管等问询交领导小组，情景设定答复时限时才计分。', 'Media, regulator and other inquiries go to the leadership group and are scored only when the scenario sets a reply deadline.'),
  ],
  recipes: atmFailureRecipes,
} satisfies PlanDefinition
