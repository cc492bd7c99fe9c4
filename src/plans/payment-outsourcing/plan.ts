/** Payment-institution outsourced-service plan (seed 002): warning levels, handling tracks, deadlines and clauses as data; the chart is ./machine.ts. */
import { action, capability as cap, durationParam as duration, expectationId as E, projectRule as rule, role, roleIds as R } from '../../engine/index.ts'
import type { ActionDef, CapabilityDef, Condition, EventDef, ExpectationDef, ParamDef, PlanDefinition, RoleDef } from '../../engine/index.ts'
import type { ActionId, CapabilityId, LevelId, PlanId, RoleId } from '../../engine/index.ts'
import { paymentOutsourcingRecipes } from './recipes.ts'

const A = (id: string) => id as ActionId
const C = (id: string) => id as CapabilityId

export const OUTAGE_SCOPES = ['anomaly', 'degraded', 'partial', 'full'] as const
export const OUTAGE_IMPACTS = ['none', 'noticeable', 'major'] as const
export const OUTAGE_CAUSES = ['technical', 'vendor-breach', 'external', 'unknown'] as const
export const LEAK_DATA_TYPES = ['name', 'phone', 'id-number', 'card-number', 'masked-card-number', 'bank-account', 'password', 'address', 'email', 'transaction-history'] as const

/** 四(三)1 and 四(二)1 apply "如因技術問題導致的事件": the cause is technical or not yet known (pr-pos-08). */
export const TECHNICAL_CAUSE: Condition = { not: { fact: 'cause', in: ['vendor-breach', 'external'] } }
/** The outage disturbs the service (anything beyond a slight anomaly): the technical-fault measures of 四(三)1 apply. */
export const SERVICE_DISTURBED: Condition = { fact: 'scope', in: ['degraded', 'partial', 'full'] }
/** Part or all of the payment business is interrupted: the business-interruption measures of 四(三)2 apply. */
export const BUSINESS_INTERRUPTED: Condition = { fact: 'scope', in: ['partial', 'full'] }
/** The payment business is fully interrupted (三(二)1 「全面中斷」). */
export const FULLY_INTERRUPTED: Condition = { fact: 'scope', eq: 'full' }
/** The scenario has said the loss falls under the institution's insurance cover (五(四)1 「符合保險理賠條件」). */
export const INSURED: Condition = { fact: 'eligible', eq: true }
/**
 * Facts the chart itself records when an interruption outlasts a threshold while it is still on (pr-pos-17): the
 * disturbance has lasted `yellowUnderHours`, the full interruption `redAfterHours`, so it will last longer than that.
 */
export const OUTLASTED_YELLOW = 'outlastedYellow'
export const OUTLASTED_RED = 'outlastedRed'

const roles: RoleDef[] = [
  role('command-center', '应急指挥中心', 'Emergency Command Center', { clause: '002 二(一), 二(二)1' }),
  role('command-lead', '应急指挥中心负责人（支付机构负责人，组长）', 'Head of the command center (head of the payment institution)', { clause: '002 二(一), 四(一)2–3' }),
  role('command-office', '应急指挥中心办公室', 'Command Center Office', { clause: '002 二(二)2' }),
  role('tech-support', '技术支持小组', 'Technical Support Group', { clause: '002 二(二)3' }),
  role('business-ops', '业务运营小组', 'Business Operations Group', { clause: '002 二(二)4' }),
  role('risk-mgmt', '风险管理小组', 'Risk Management Group', { clause: '002 二(二)5' }),
  role('security', '安全保障小组', 'Security Group', { clause: '002 二(二)6' }),
  role('monitoring-staff', '监测人员', 'Monitoring staff', { clause: '002 三(三)1, 四(二)4' }),
  role('on-site-staff', '现场人员', 'On-site staff', { clause: '002 四(一)1' }),
  role('business-depts', '相关业务部门', 'Related business departments', { clause: '002 三(三)3, 五(二)3' }),
  role('tech-depts', '技术部门', 'Technical departments', { clause: '002 三(三)3, 五(二)2' }),
  role('risk-dept', '风险管理部门', 'Risk management department', { clause: '002 五(二)4' }),
  role('investigation-team', '事件调查组', 'Incident investigation team', { clause: '002 五(三)1' }),
  role('vendor', '外包服务提供商', 'Outsourcing service provider (vendor)', { external: true, clause: '002 一(二), 四(五)1' }),
  role('superior-authority', '上级主管部门', 'Superior competent authority', { external: true, clause: '002 四(一)3' }),
  role('regulator', '监管机构', 'Regulator', { external: true, clause: '002 四(一)3, 四(五)3' }),
  role('customers', '客户', 'Customers', { external: true, clause: '002 四(二), 四(三)' }),
  role('partners', '合作伙伴', 'Business partners', { external: true, clause: '002 四(五)3' }),
  role('insurer', '保险公司', 'Insurer', { external: true, clause: '002 五(四)2' }),
  role('replacement-vendor', '替代服务提供商', 'Replacement provider', { external: true, clause: '002 四(三)4' }),
]

const actions: ActionDef[] = [
  action('report-incident', '向指挥中心办公室报告事件', 'Report the incident to the command office'),
  action('verify-report', '核实情况并报告指挥中心负责人', 'Verify the report and brief the head of the command center'),
  action('issue-warning', '确定并发布预警级别', 'Set and publish the warning level'),
  action('report-to-regulator', '向上级主管部门和监管机构报告', 'Report to the superior authority and the regulator'),
  action('intensify-monitoring', '加强监测频率，密切关注事态', 'Intensify monitoring and watch the situation closely'),
  action('report-development', '向办公室报告事态发展', 'Report a development to the command office'),
  action('gather-information', '收集和分析事件信息', 'Gather and analyse information on the incident'),
  action('prepare-resources', '预处置并准备应急资源', 'Pre-dispose and prepare emergency resources'),
  action('coordinate-groups', '协调各应急工作小组', 'Coordinate the working groups'),
  action('diagnose-fault', '故障排查与定位', 'Troubleshoot and locate the fault'),
  action('engage-vendor', '与外包服务提供商沟通协调', 'Work with the vendor'),
  action('backup-business-data', '备份并记录业务数据', 'Back up and record business data'),
  action('assess-risk', '评估风险并提出防控措施', 'Assess risks and propose controls'),
  action('activate-plan', '启动应急预案（部分/全面）', 'Activate the plan (partly or fully)'),
  action('notify-customers', '通知客户', 'Notify customers'),
  action('adjust-business-process', '调整业务流程，保障重要支付业务', 'Adjust business processes to keep important payments going'),
  action('draft-technical-solution', '制定初步技术解决方案', 'Draft the initial technical solution'),
  action('activate-emergency-business-process', '启动应急业务流程，优先保障核心支付业务', 'Start the emergency business process, core payments first'),
  action('publish-announcement', '向客户发布公告', 'Publish a customer announcement'),
  action('monitor-risk', '实时监测风险与舆情', 'Monitor risks and public opinion in real time'),
  action('coordinate-media', '回应媒体与社会关切', 'Respond to the media and public concerns'),
  action('secure-site', '事件现场安全管控', 'Secure the incident site'),
  action('strengthen-security', '加强安全防护与安全监控', 'Strengthen security protection and monitoring'),
  action('activate-backup', '启用备用设备/系统切换/紧急修复', 'Switch to standby equipment or systems, emergency repair'),
  action('activate-manual-processing', '启用手工处理、线下交易等替代方式', 'Switch to manual or offline processing'),
  action('stop-data-transfer', '停止数据传输和相关系统操作', 'Stop data transfers and related system operations'),
  action('assess-scope', '评估泄露数据', 'Assess the leaked data'),
  action('investigate-cause', '调查原因与责任', 'Investigate cause and responsibility'),
  action('assess-breach', '评估外包服务提供商违约行为', 'Assess the vendor\'s breach'),
  action('invoke-contract-remedies', '与服务商协商，追究违约责任', 'Negotiate and invoke contractual remedies'),
  action('replace-vendor', '寻找替代服务提供商', 'Source a replacement vendor'),
  action('start-legal-action', '启动法律程序', 'Start legal proceedings'),
  action('liaise-external', '答复监管问询', 'Answer the regulator\'s inquiry'),
  action('publish-info', '对外发布事件信息', 'Publish incident information'),
  action('keep-log', '记录应急处置过程', 'Keep the response log'),
  action('declare-end', '宣布应急处置结束', 'Declare the end of the response'),
  action('evaluate-response', '组织应急处置评估与总结', 'Evaluate the response'),
  action('revise-plan', '修订完善应急预案', 'Revise the plan'),
  action('assess-loss', '损失评估', 'Assess the losses'),
  action('draft-recovery-plan', '制定恢复与重建计划', 'Draft the recovery and rebuilding plan'),
  action('execute-recovery', '实施恢复与重建', 'Carry out recovery and rebuilding'),
  action('rectify', '制定整改措施', 'Set rectification measures'),
  action('check-insurance-cover', '梳理保险范围和条款，确定是否符合理赔条件', 'Check the insurance cover and whether a claim qualifies'),
  action('file-insurance-claim', '向保险公司提出理赔申请', 'File the insurance claim'),
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
  cap('vendor-management', '外包服务商管理', 'Vendor management'),
  cap('recovery', '恢复与重建', 'Recovery'),
  cap('post-incident', '后期处置', 'Post-incident'),
]

const params: ParamDef[] = [
  { id: 'institutionName', kind: 'string', default: '示例支付有限公司 (Example Pay Co., Ltd.)', origin: 'default', text: { zh: '第三方支付机构名称', en: 'The payment institution' } },
  { id: 'redAfterHours', kind: 'number', default: 4, origin: 'default', min: 0, max: 1000, text: { zh: '全面中断预计超过该小时数即为一级（红色）；亦为二级的上限（原文「超過[X]小時」）', en: 'A full interruption expected to last longer than this many hours is red; also orange\'s upper bound ("超過[X]小時")' }, clause: '002 三(二)1–2' },
  { id: 'yellowUnderHours', kind: 'number', default: 1, origin: 'default', min: 0, max: 1000, text: { zh: '部分中断或服务降级预计在该小时数以内恢复即为三级（黄色）；亦为二级的下限（原文「[X]小時以內」）', en: 'A partial or degraded service expected back within this many hours is yellow; also orange\'s lower bound ("[X]小時以內")' }, clause: '002 三(二)2–3' },
  duration('verifyMinutes', '15m', 'default', '办公室接报后核实并报告负责人的时限（原文「[X]分鐘內」）', 'Office verifies and briefs the head after the report ("[X]分鐘內")', '002 四(一)2'),
  duration('redSolutionHours', '2h', 'default', '一级：技术原因事件制定初步解决方案时限（原文「[X]小時內」）', 'Red: initial technical solution ("[X]小時內")', '002 四(二)1'),
  duration('orangeLocateHours', '1h', 'default', '二级：故障定位和初步排查时限（原文「[X]小時內」）', 'Orange: locate the fault ("[X]小時內")', '002 四(二)2'),
  duration('yellowTroubleshootHours', '2h', 'default', '三级：故障排查并采取临时措施时限（原文「[X]小時內」）', 'Yellow: troubleshoot and apply temporary measures ("[X]小時內")', '002 四(二)3'),
  { id: 'drillsPerYear', kind: 'integer', default: 1, origin: 'default', min: 1, max: 52, text: { zh: '每年最少演练次数（原文「每年不少于[X]次」）', en: 'Minimum drills per year ("每年不少于[X]次")' }, clause: '002 六(三)3' },
  { id: 'corePaymentFunctions', kind: 'string', default: '小额支付、账户查询 (small-value payments, account enquiry)', origin: 'source', text: { zh: '一级响应优先保障的核心支付功能', en: 'Core payment functions kept first in a red response' }, clause: '002 四(二)1' },
  duration('reportWithin', '15m', 'default', '现场/监测人员报告时限（原文「立即」「及時」）', 'On-site or monitoring report ("immediately", "in good time")', '002 四(一)1, 三(三)1'),
  duration('warningWithin', '30m', 'default', '接报后确定并发布预警级别的时限', 'Set and publish the warning level after the report', '002 三(三)2'),
  duration('activationWithin', '15m', 'default', '预警发布后部分/全面启动的时限', 'Partial or full activation after the warning', '002 三(三)3'),
  duration('regulatorReportWithin', '2h', 'default', '一级、二级预警发布后向上级主管部门和监管机构报告的时限', 'Report to the superior authority and regulator after a red or orange warning', '002 四(一)3'),
  duration('vendorContactWithin', '30m', 'default', '三级、二级预警发布后与外包服务提供商沟通的时限', 'First contact with the vendor after a yellow or orange warning', '002 四(二)2–3'),
  duration('yellowPrepWithin', '1h', 'default', '三级预警发布后预处置、准备应急资源的时限', 'Yellow: pre-disposal and resources after the warning', '002 三(三)3'),
  duration('riskAssessmentWithin', '4h', 'default', '三级、二级预警发布后风险管理小组提出风险评估的时限', 'Yellow and orange: risk management group\'s assessment after the warning', '002 四(二)2–3'),
  duration('importantPaymentsWithin', '1h', 'default', '二级：调整业务流程、保障重要支付业务的时限', 'Orange: adjust processes to keep important payments going', '002 四(二)2'),
  duration('corePaymentsWithin', '30m', 'default', '一级：启动应急业务流程的时限（原文「立即」）', 'Red: start the emergency business process ("immediately")', '002 四(二)1'),
  duration('redAnnouncementWithin', '1h', 'default', '一级：向客户发布公告的时限（原文「及時」）', 'Red: customer announcement ("in good time")', '002 四(二)1'),
  duration('orangeNoticeWithin', '2h', 'default', '二级：向客户通报情况的时限（原文「及時」）', 'Orange: customer notice ("in good time")', '002 三(三)3'),
  duration('siteSecurityWithin', '1h', 'default', '一级：事件现场安全管控的时限', 'Red: secure the site', '002 四(二)1'),
  duration('mediaResponseWithin', '2h', 'default', '一级：回应媒体问询的时限（原文「及時回應社會關切」）', 'Red: answer a media inquiry ("respond in good time")', '002 四(二)1'),
  duration('publishWithin', '2h', 'default', '一级、二级：对外发布事件信息的时限', 'Red and orange: publish incident information', '002 四(五)3'),
  duration('manualProcessingWithin', '1h', 'default', '业务中断：预警发布后启用手工处理等替代方式的时限', 'Business interruption: switch to manual or offline processing after the warning', '002 四(三)2'),
  duration('interruptionNoticeWithin', '1h', 'default', '业务中断：预警发布后通知客户中断情况的时限（原文「及時」）', 'Business interruption: tell customers after the warning ("in good time")', '002 四(三)2'),
  duration('developmentReportWithin', '15m', 'default', '四级：监测人员报告事态发展的时限（原文「及時」）', 'Blue: monitoring staff report a development ("in good time")', '002 四(二)4'),
  duration('stopTransferWithin', '15m', 'default', '数据泄露：停止数据传输的时限（原文「立即」）', 'Data leak: stop transfers ("immediately")', '002 四(三)3'),
  duration('leakAssessmentWithin', '4h', 'default', '数据泄露：评估泄露数据的时限', 'Data leak: assess the leaked data', '002 四(三)3'),
  duration('leakNoticeWithin', '24h', 'default', '数据泄露：通知受影响客户的时限（原文「及時」）', 'Data leak: notify the customers affected ("in good time")', '002 四(三)3'),
  duration('breachAssessmentWithin', '1d', 'default', '服务商违约：评估违约行为的时限', 'Vendor breach: assess the breach', '002 四(三)4'),
  duration('negotiationWithin', '1d', 'default', '服务商违约：与服务商协商、要求承担违约责任的时限', 'Vendor breach: negotiate and invoke remedies', '002 四(三)4'),
  duration('replacementWithin', '1d', 'default', '协商无果后寻找替代服务提供商的时限（原文「及時」）', 'Source a replacement after failed negotiation ("in good time")', '002 四(三)4'),
  duration('endWithin', '2h', 'default', '服务恢复后宣布应急处置结束的时限（项目规则 pr-pos-11）', 'Declare the end after the vendor restores service (project rule pr-pos-11)', '002 四(六)1'),
  duration('evaluationWithin', '10wd', 'default', '应急处置结束后评估总结的时限', 'Post-response evaluation', '002 四(六)1'),
  duration('planRevisionWithin', '1mo', 'default', '评估后修订预案的时限（项目规则 pr-pos-18）', 'Plan revision after the evaluation', '002 四(六)3'),
  duration('lossAssessmentWithin', '10wd', 'default', '应急处置结束后损失评估的时限', 'Loss assessment after the end', '002 五(一)'),
  duration('recoveryPlanWithin', '5wd', 'default', '损失评估后制定恢复与重建计划的时限（项目规则 pr-pos-18）', 'Recovery plan after the loss assessment', '002 五(二)1'),
  duration('recoveryWorkWithin', '1mo', 'default', '恢复与重建计划制定后完成检查修复、恢复业务的时限（项目规则 pr-pos-18）', 'Recovery work after the recovery plan', '002 五(二)2–4'),
  duration('investigationReportWithin', '20wd', 'default', '应急处置结束后形成调查报告的时限', 'Investigation report after the end', '002 五(三)2'),
  duration('rectificationWithin', '1mo', 'default', '调查报告后制定整改措施的时限（项目规则 pr-pos-18）', 'Rectification measures after the investigation report', '002 五(三)3'),
  duration('insuranceCheckWithin', '5wd', 'default', '梳理保险范围和条款的时限（原文「及時梳理」）', 'Check the insurance cover ("in good time")', '002 五(四)1'),
  duration('insuranceClaimWithin', '30d', 'default', '向保险公司提出理赔申请的时限', 'File the insurance claim', '002 五(四)2'),
]

const outageFields = {
  scope: { kind: 'enum', values: OUTAGE_SCOPES, text: { zh: '影响范围：轻微异常/服务降级/部分中断/全面中断', en: 'Scope: anomaly / degraded / partial / full interruption' } },
  expectedHours: { kind: 'number', min: 0, max: 10_000, text: { zh: '预计中断（或降级）小时数；轻微异常填0', en: 'Expected outage (or degradation) in hours; 0 for an anomaly' } },
  impact: { kind: 'enum', values: OUTAGE_IMPACTS, text: { zh: '对客户和市场的影响：无/较明显/重大', en: 'Impact on customers and market: none / noticeable / major' } },
  cause: { kind: 'enum', values: OUTAGE_CAUSES, text: { zh: '原因：技术/服务商违约/外部/未明', en: 'Cause: technical / vendor breach / external / unknown' } },
} as const

const events: EventDef[] = [
  {
    id: 'vendor.outage',
    name: { zh: '外包服务异常、降级或中断', en: 'Outsourced service anomaly, degradation or failure' },
    fields: {
      ...outageFields,
      scope: { ...outageFields.scope, required: true },
      expectedHours: { ...outageFields.expectedHours, required: true },
      detectedBy: { kind: 'enum', values: ['on-site', 'monitoring', 'customer'], text: { zh: '发现途径', en: 'How it was detected' } },
      vendor: { kind: 'string', text: { zh: '外包服务提供商', en: 'Vendor' } },
      service: { kind: 'string', text: { zh: '受影响的外包服务', en: 'Service affected' } },
    },
  },
  {
    id: 'vendor.outage-updated',
    name: { zh: '事态更新（范围或预计时长变化）', en: 'New estimate or scope' },
    fields: outageFields,
    refine: (data) => (Object.keys(data).length === 0 ? [{ field: 'scope', message: 'an update needs at least one of scope, expectedHours, impact, cause' }] : []),
  },
  {
    id: 'vendor.data-leak',
    name: { zh: '经外包服务商发生客户数据泄露', en: 'Customer data leaked through the vendor' },
    fields: {
      customers: { kind: 'integer', required: true, min: 1, max: 1_000_000_000, text: { zh: '涉及客户数', en: 'Customers affected' } },
      records: { kind: 'integer', min: 1, max: 10_000_000_000, text: { zh: '泄露记录数', en: 'Records leaked' } },
      dataTypes: { kind: 'enum-list', values: LEAK_DATA_TYPES, text: { zh: '泄露的数据类型', en: 'Data types leaked' } },
      sensitive: { kind: 'boolean', text: { zh: '是否含敏感信息（证件号、完整卡号、密码等）', en: 'Whether sensitive data (ID, full card number, password…) leaked' } },
      ongoing: { kind: 'boolean', text: { zh: '泄露是否仍在持续', en: 'Whether the leak is still going on' } },
      vendor: { kind: 'string', text: { zh: '外包服务提供商', en: 'Vendor' } },
    },
    refine: (data) => {
      const types = data.dataTypes as readonly string[] | undefined
      if (types === undefined || typeof data.sensitive !== 'boolean') return []
      const hasSensitive = types.some((t) => ['id-number', 'card-number', 'password', 'bank-account'].includes(t))
      return hasSensitive && !data.sensitive ? [{ field: 'sensitive', message: 'is false but the data types include ID numbers, full card or account numbers or passwords' }] : []
    },
  },
  { id: 'vendor.breach', name: { zh: '外包服务提供商违约', en: 'Vendor breach of contract' }, fields: { vendor: { kind: 'string' }, clause: { kind: 'string', text: { zh: '涉及的合同条款', en: 'Contract clause concerned' } }, description: { kind: 'string' } } },
  { id: 'vendor.negotiation-failed', name: { zh: '与服务商协商无果', en: 'Negotiation with the vendor failed' }, fields: { vendor: { kind: 'string' } } },
  {
    id: 'customers.complaints',
    name: { zh: '客户投诉与咨询集中涌入', en: 'Wave of customer complaints and enquiries' },
    informational: true,
    fields: { count: { kind: 'integer', min: 1, max: 100_000_000 }, window: { kind: 'offset', text: { zh: '统计时段', en: 'Period counted' } }, channel: { kind: 'enum', values: ['hotline', 'app', 'online', 'social-media', 'merchant'] } },
  },
  { id: 'media.inquiry', name: { zh: '媒体或网络舆情关注', en: 'Press or social-media attention' }, fields: { outlet: { kind: 'string', required: true }, topic: { kind: 'string' }, reach: { kind: 'enum', values: ['local', 'national'] } } },
  {
    id: 'regulator.inquiry',
    name: { zh: '监管问询', en: 'Regulator inquiry' },
    fields: { regulator: { kind: 'string' }, question: { kind: 'string' }, replyBy: { kind: 'offset', text: { zh: '须在问询后多久内答复', en: 'Reply deadline after the inquiry' } } },
  },
  { id: 'vendor.restored', name: { zh: '外包服务恢复正常', en: 'Vendor service restored' }, fields: { vendor: { kind: 'string' }, service: { kind: 'string' } } },
  {
    id: 'insurance.eligibility',
    name: { zh: '损失是否属于保险责任范围', en: 'Whether the loss falls under the insurance cover' },
    fields: {
      eligible: { kind: 'boolean', required: true, text: { zh: '符合保险理赔条件（可在应急处置结束前或后注入）', en: 'The loss qualifies for a claim (before or after the response ends)' } },
      insurer: { kind: 'string', text: { zh: '保险公司', en: 'Insurer' } },
      policy: { kind: 'string', text: { zh: '保单', en: 'Policy' } },
    },
  },
  { id: 'incident.closed', name: { zh: '应急处置结束', en: 'Response closed' }, fields: {} },
]

const redOrange = <T,>(red: T, orange: T) => ({ byLevel: { red, orange } })

const expectations: ExpectationDef[] = [
  // --- 四(一) reporting chain and 三(三) warning ---
  {
    id: E('report-to-office'), action: A('report-incident'), roles: R('on-site-staff', 'monitoring-staff'), capability: C('internal-reporting'), phase: 'initial',
    // Armed when the incident starts and again when a data leak is found (a new 突發事件, 四(一)1), even when the leak
    // raises the level; a new estimate alone re-issues the warning but owes no new report (三(三)2, pr-pos-06).
    within: { param: 'reportWithin' }, onRise: 'renew', critical: true, clause: '002 四(一)1, 三(三)1', projectRules: ['pr-pos-14', 'pr-pos-16', 'pr-all-01'],
    recipients: R('command-office'),
    text: { zh: '现场人员或监测人员立即向指挥中心办公室报告事件时间、地点、现象和影响范围；发现数据泄露时再次报告', en: 'On-site or monitoring staff report time, place, symptoms and scope to the command office at once; again when a data leak is found' },
    quote: '現場人員應立即向應急指揮中心辦公室報告事件發生的時間、地點、現象、影響范圍等基本情況',
  },
  {
    id: E('verify-and-brief'), action: A('verify-report'), roles: R('command-office'), capability: C('situational-assessment'), phase: 'initial',
    within: { param: 'verifyMinutes' }, from: { expectation: E('report-to-office') }, after: [E('report-to-office')], critical: true, clause: '002 四(一)2', projectRules: ['pr-pos-14', 'pr-all-03'],
    recipients: R('command-lead'),
    text: { zh: '办公室接报后在规定分钟内核实情况，并报告应急指挥中心负责人', en: 'The office verifies the report within the set minutes and briefs the head of the command center' },
    quote: '應急指揮中心辦公室在接到報告后,應在[X]分鐘內核實情況,并向應急指揮中心負責人報告',
  },
  {
    id: E('issue-warning'), action: A('issue-warning'), roles: R('command-office'), capability: C('situational-assessment'), phase: 'initial',
    // From the report (pr-all-03), never before its own arming: a re-issue after a rise runs from the update (pr-pos-06).
    within: { param: 'warningWithin' }, from: { expectation: E('report-to-office') }, onRise: 'renew', declaresLevel: true, after: [E('verify-and-brief')], critical: true,
    clause: '002 三(三)2', projectRules: ['pr-pos-01', 'pr-pos-05', 'pr-pos-06'],
    text: { zh: '办公室评估并确定预警级别（红/橙/黄/蓝），发布预警信息；级别升高时在升级后的规定时间内重新发布', en: 'The office assesses, sets the warning level (red / orange / yellow / blue) and publishes it; re-issued within the set time of the update that raises the level' },
    quote: '應急指揮中心辦公室根據情況進行評估,確定預警級別,并發布預警信息',
  },
  {
    id: E('external-report'), action: A('report-to-regulator'), roles: R('command-lead', 'command-center'), capability: C('external-communication'), phase: 'initial',
    // One decision by the head (四(一)3): a report made at orange carries over to red (same body, same recipients).
    within: { param: 'regulatorReportWithin' }, from: { expectation: E('issue-warning') }, after: [E('verify-and-brief')], critical: true,
    clause: redOrange('002 四(一)3, 二(二)1', '002 四(一)3, 二(二)1'), projectRules: ['pr-pos-07'],
    recipients: R('regulator', 'superior-authority'),
    text: { zh: '一级、二级预警：指挥中心负责人向上级主管部门和监管机构报告事件概况、已采取措施、预计影响和下一步工作计划（三级、四级由负责人酌定，不计分）', en: 'Red and orange: the head reports to the superior authority and the regulator (overview, measures taken, expected impact, next steps); at yellow and blue it is the head\'s call and not scored' },
    quote: '應急指揮中心負責人根據事件嚴重程度,決定是否向上級主管部門和監管機構報告。報告內容應包括事件概況、已采取的措施、預計影響和下一步工作計劃等',
  },
  // --- 三(三)3 / 四(二)4 level IV ---
  {
    id: E('blue-watch'), action: A('intensify-monitoring'), roles: R('monitoring-staff'), capability: C('situational-assessment'), phase: 'response',
    after: [E('issue-warning')], critical: false, clause: '002 三(三)3, 四(二)4',
    text: { zh: '四级预警期间，监测人员加强监测频率，密切关注事件发展', en: 'While the blue warning stands, monitoring staff watch more often and follow the incident closely' },
    quote: '四級預警:密切關注事件發展,加強監測頻率',
  },
  {
    id: E('blue-report-development'), action: A('report-development'), roles: R('monitoring-staff'), capability: C('internal-reporting'), phase: 'response',
    within: { param: 'developmentReportWithin' }, from: { armed: true }, critical: false, clause: '002 四(二)4', projectRules: ['pr-pos-14'],
    recipients: R('command-office'),
    text: { zh: '四级：事态每有发展（情况更新），监测人员及时向办公室报告', en: 'Blue: monitoring staff report each development (an update) to the office in good time' },
    quote: '由監測人員密切關注事件發展動態,及時向應急指揮中心辦公室報告',
  },
  {
    id: E('blue-information'), action: A('gather-information'), roles: R('command-office', 'tech-support', 'business-ops', 'risk-mgmt', 'security', 'business-depts', 'tech-depts', 'risk-dept'),
    capability: C('situational-assessment'), phase: 'response', critical: false, clause: '002 四(二)4, 三(三)3', projectRules: ['pr-pos-15'],
    text: { zh: '四级预警期间，相关部门和人员做好信息收集和分析工作，为可能升级的应急响应做好准备', en: 'While the blue warning stands, the departments and staff concerned gather and analyse information to be ready for an escalation' },
    quote: '相關部門和人員做好信息收集和分析工作,為可能升級的應急響應做好準備',
  },
  // --- 三(三)3 / 四(二)3 level III ---
  {
    id: E('yellow-pre-disposal'), action: A('prepare-resources'), roles: R('business-depts', 'business-ops'), capability: C('operational-coordination'), phase: 'response',
    within: { param: 'yellowPrepWithin' }, from: { expectation: E('issue-warning') }, critical: false, clause: '002 三(三)3', projectRules: ['pr-pos-13', 'pr-pos-14'],
    text: { zh: '三级预警：相关业务部门进行预处置，准备应急资源，随时应对升级', en: 'Yellow: the business departments pre-dispose and prepare resources for a possible escalation' },
    quote: '三級預警:相關業務部門和技術部門進行預處置,準備應急資源,隨時應對可能升級的情況',
  },
  {
    id: E('yellow-tech-pre-disposal'), action: A('prepare-resources'), roles: R('tech-depts', 'tech-support'), capability: C('operational-coordination'), phase: 'response',
    within: { param: 'yellowPrepWithin' }, from: { expectation: E('issue-warning') }, critical: false, clause: '002 三(三)3', projectRules: ['pr-pos-13', 'pr-pos-14'],
    text: { zh: '三级预警：技术部门进行预处置，准备应急资源，随时应对升级', en: 'Yellow: the technical departments pre-dispose and prepare resources for a possible escalation' },
    quote: '三級預警:相關業務部門和技術部門進行預處置,準備應急資源,隨時應對可能升級的情況',
  },
  {
    id: E('yellow-coordination'), action: A('coordinate-groups'), roles: R('command-office'), capability: C('operational-coordination'), phase: 'response',
    after: [E('issue-warning')], critical: false, clause: '002 四(二)3',
    text: { zh: '三级响应期间，办公室协调各应急工作小组开展工作', en: 'During the yellow response, the office coordinates the working groups' },
    quote: '應急指揮中心辦公室負責協調各應急工作小組開展工作',
  },
  {
    id: E('yellow-troubleshoot'), action: A('diagnose-fault'), roles: R('tech-support'), capability: C('technical-recovery'), phase: 'response',
    within: { param: 'yellowTroubleshootHours' }, from: { expectation: E('issue-warning') }, critical: true, clause: '002 四(二)3', projectRules: ['pr-pos-14'],
    text: { zh: '三级：技术支持小组在规定时间内排查故障，采取临时应急措施，保障支付系统基本功能', en: 'Yellow: the technical support group troubleshoots within the set hours and applies temporary measures to keep basic functions' },
    quote: '技術支持小組在[X]小時內對故障進行排查,采取臨時應急措施,保障支付系統的基本功能',
  },
  {
    id: E('yellow-urge-vendor'), action: A('engage-vendor'), roles: R('tech-support'), capability: C('vendor-management'), phase: 'response',
    within: { param: 'vendorContactWithin' }, from: { expectation: E('issue-warning') }, critical: false, clause: '002 四(二)3', projectRules: ['pr-pos-14'],
    recipients: R('vendor'),
    text: { zh: '三级：技术支持小组与外包服务提供商沟通，督促其尽快解决问题', en: 'Yellow: the technical support group contacts the vendor and presses for a quick fix' },
    quote: '同時,與外包服務提供商溝通,督促其盡快解決問題',
  },
  {
    id: E('yellow-backup-records'), action: A('backup-business-data'), roles: R('business-ops'), capability: C('service-continuity'), phase: 'response',
    after: [E('issue-warning')], critical: false, clause: '002 四(二)3',
    text: { zh: '三级响应期间，业务运营小组密切关注支付业务，做好业务数据备份和记录', en: 'During the yellow response, business operations watch the payment business and back up and record business data' },
    quote: '業務運營小組對支付業務進行密切關注,做好業務數據的備份和記錄',
  },
  {
    id: E('yellow-risk-note'), action: A('assess-risk'), roles: R('risk-mgmt'), capability: C('situational-assessment'), phase: 'response',
    within: { param: 'riskAssessmentWithin' }, from: { expectation: E('issue-warning') }, critical: false, clause: '002 四(二)3', projectRules: ['pr-pos-14'],
    text: { zh: '三级：风险管理小组初步分析事件，评估潜在风险，提出防控建议', en: 'Yellow: the risk management group analyses the incident, assesses potential risks and proposes controls' },
    quote: '風險管理小組對事件進行初步分析,評估潛在風險,提出風險防控建議',
  },
  // --- 三(三)3 / 四(二)2 level II ---
  // After an upgrade, one act at the new level also meets the lower level's step with the same action, still open
  // (`covers`): 「全面啟動」 includes 「啟動部分」, locating the fault includes troubleshooting it, and so on.
  {
    id: E('orange-activation'), action: A('activate-plan'), roles: R('command-center'), capability: C('operational-coordination'), phase: 'response',
    within: { param: 'activationWithin' }, from: { expectation: E('issue-warning') }, after: [E('issue-warning')], critical: true, clause: '002 三(三)3, 四(二)2', projectRules: ['pr-pos-05', 'pr-pos-14'],
    text: { zh: '二级：启动部分应急处置流程，指挥中心加强指挥协调，各小组按职责开展工作', en: 'Orange: start part of the response procedure; the command center steps up coordination and the groups act on their duties' },
    quote: '二級預警:啟動部分應急處置流程',
  },
  {
    id: E('orange-locate-fault'), action: A('diagnose-fault'), roles: R('tech-support'), capability: C('technical-recovery'), phase: 'response',
    within: { param: 'orangeLocateHours' }, from: { expectation: E('issue-warning') }, critical: true, clause: '002 四(二)2', projectRules: ['pr-pos-14', 'pr-pos-20'],
    covers: [{ expectation: E('yellow-troubleshoot'), clause: '002 四(二)2 「定位和初步排查」 includes 四(二)3 「排查」' }],
    text: { zh: '二级：技术支持小组在规定时间内定位故障并初步排查，制定并实施技术解决方案', en: 'Orange: the technical support group locates the fault within the set hours, then drafts and carries out a solution' },
    quote: '技術支持小組在[X]小時內對故障進行定位和初步排查,制定技術解決方案,并組織實施',
  },
  {
    id: E('orange-vendor-coordination'), action: A('engage-vendor'), roles: R('tech-support'), capability: C('vendor-management'), phase: 'response',
    within: { param: 'vendorContactWithin' }, from: { expectation: E('issue-warning') }, critical: true, clause: '002 四(二)2, 三(三)3', projectRules: ['pr-pos-14'],
    covers: [{ expectation: E('yellow-urge-vendor'), clause: '002 四(二)2 「密切配合,共同推進」 includes 四(二)3 「溝通,督促」' }],
    recipients: R('vendor'),
    text: { zh: '二级：技术支持小组与外包服务提供商密切配合，加强沟通协调，共同推进问题解决（办公室与服务商的联络也满足本项）', en: 'Orange: the technical support group works closely with the vendor to solve the problem (the office\'s liaison with the vendor also meets it)' },
    quote: '同時,與外包服務提供商密切配合,共同推進問題解決',
  },
  {
    id: E('orange-notify-customers'), action: A('notify-customers'), roles: R('business-ops'), capability: C('customer-communication'), phase: 'response',
    within: { param: 'orangeNoticeWithin' }, from: { expectation: E('issue-warning') }, after: [E('issue-warning')], critical: true, clause: '002 三(三)3, 四(二)2', projectRules: ['pr-pos-14'],
    covers: [{ expectation: E('interruption-notice'), clause: '002 三(三)3 「及時向客戶通報情況」, 四(三)2 「及時通知客戶業務中斷情況」: one notice' }],
    recipients: R('customers'),
    text: { zh: '二级：及时向客户通报情况，加强沟通，及时处理客户咨询和投诉', en: 'Orange: tell customers what is happening, and handle their questions and complaints promptly' },
    quote: '及時向客戶通報情況',
  },
  {
    id: E('orange-important-payments'), action: A('adjust-business-process'), roles: R('business-ops'), capability: C('service-continuity'), phase: 'response',
    within: { param: 'importantPaymentsWithin' }, from: { expectation: E('issue-warning') }, critical: true, clause: '002 四(二)2', projectRules: ['pr-pos-14', 'pr-pos-20'],
    text: { zh: '二级：业务运营小组根据影响程度调整业务流程，保障重要支付业务开展', en: 'Orange: business operations adjust processes to keep important payments going' },
    quote: '業務運營小組根據事件影響程度,調整業務流程,保障重要支付業務的開展',
  },
  {
    id: E('orange-impact-assessment'), action: A('assess-risk'), roles: R('risk-mgmt'), capability: C('situational-assessment'), phase: 'response',
    within: { param: 'riskAssessmentWithin' }, from: { expectation: E('issue-warning') }, critical: false, clause: '002 四(二)2', projectRules: ['pr-pos-14'],
    covers: [{ expectation: E('yellow-risk-note'), clause: '002 四(二)2 「評估事件對業務和財務狀況的影響,制定風險應對策略」 includes 四(二)3 「初步分析,評估潛在風險」' }],
    text: { zh: '二级：风险管理小组评估对业务和财务状况的影响，制定风险应对策略，防范声誉风险', en: 'Orange: the risk management group assesses the effect on business and finances, sets a risk strategy and guards the reputation' },
    quote: '風險管理小組評估事件對業務和財務狀況的影響,制定風險應對策略,防止風險擴大',
  },
  // --- 三(三)3 / 四(二)1 level I ---
  {
    id: E('red-activation'), action: A('activate-plan'), roles: R('command-center'), capability: C('operational-coordination'), phase: 'response',
    within: { param: 'activationWithin' }, from: { expectation: E('issue-warning') }, after: [E('issue-warning')], critical: true, clause: '002 三(三)3, 四(二)1', projectRules: ['pr-pos-05', 'pr-pos-14'],
    covers: [{ expectation: E('orange-activation'), clause: '002 三(三)3 一級 「全面啟動應急預案」 includes 二級 「啟動部分應急處置流程」' }],
    text: { zh: '一级：全面启动应急预案，各应急工作小组进入应急状态并迅速集结', en: 'Red: activate the whole plan; every working group goes on emergency footing and assembles at once' },
    quote: '一級預警:全面啟動應急預案,各應急工作小組進入應急狀態',
  },
  {
    id: E('red-initial-solution'), action: A('draft-technical-solution'), roles: R('tech-support'), capability: C('technical-recovery'), phase: 'response',
    within: { param: 'redSolutionHours' }, from: { expectation: E('issue-warning') }, critical: true, clause: '002 四(二)1', projectRules: ['pr-pos-08', 'pr-pos-14'],
    text: { zh: '一级（技术原因或原因未明）：在规定时间内制定初步解决方案并逐步推进实施', en: 'Red, technical or unknown cause: draft the initial solution within the set hours and carry it out step by step' },
    quote: '如因技術問題導致的事件,應在[X]小時內制定初步解決方案,并根據情況逐步推進實施',
  },
  {
    id: E('red-core-payments'), action: A('activate-emergency-business-process'), roles: R('business-ops'), capability: C('service-continuity'), phase: 'response',
    within: { param: 'corePaymentsWithin' }, from: { expectation: E('issue-warning') }, critical: true, clause: '002 四(二)1', projectRules: ['pr-pos-14'],
    text: { zh: '一级：业务运营小组立即启动应急业务流程，优先保障小额支付、账户查询等核心支付业务', en: 'Red: business operations start the emergency business process at once, keeping core payments (small-value payments, account enquiry) first' },
    quote: '業務運營小組立即啟動應急業務流程,優先保障核心支付業務,如小額支付、賬戶查詢等功能的正常使用',
  },
  {
    id: E('red-customer-announcement'), action: A('publish-announcement'), roles: R('business-ops'), capability: C('customer-communication'), phase: 'response',
    within: { param: 'redAnnouncementWithin' }, from: { expectation: E('issue-warning') }, after: [E('issue-warning')], critical: true, clause: '002 四(二)1', projectRules: ['pr-pos-14'],
    covers: [
      { expectation: E('orange-notify-customers'), clause: '002 四(二)1 「向客戶發布公告,說明事件情況」 includes 三(三)3 「及時向客戶通報情況」' },
      { expectation: E('interruption-notice'), clause: '002 四(二)1 「說明事件情況和預計恢復時間」 includes 四(三)2 「通知客戶業務中斷情況,告知預計恢復時間」' },
    ],
    recipients: R('customers'),
    text: { zh: '一级：及时向客户发布公告，说明事件情况和预计恢复时间，安抚客户情绪', en: 'Red: publish a customer announcement with the situation and the expected recovery time' },
    quote: '同時,及時向客戶發布公告,說明事件情況和預計恢復時間,安撫客戶情緒',
  },
  {
    id: E('red-risk-monitoring'), action: A('monitor-risk'), roles: R('risk-mgmt'), capability: C('external-communication'), phase: 'response',
    after: [E('issue-warning')], critical: false, clause: '002 四(二)1',
    text: { zh: '一级响应期间，风险管理小组实时监测信用、流动性、声誉风险和市场舆情', en: 'During the red response, the risk management group monitors credit, liquidity and reputation risks and public opinion in real time' },
    quote: '對事件可能引發的信用風險、流動性風險、聲譽風險等進行實時監測和評估',
  },
  {
    id: E('red-site-security'), action: A('secure-site'), roles: R('security'), capability: C('containment'), phase: 'response',
    within: { param: 'siteSecurityWithin' }, from: { expectation: E('issue-warning') }, critical: false, clause: '002 四(二)1', projectRules: ['pr-pos-14'],
    text: { zh: '一级：安全保障小组对事件现场进行安全管控，防止无关人员进入', en: 'Red: the security group secures the site and keeps unauthorised people out' },
    quote: '對事件現場進行安全管控,防止無關人員進入',
  },
  // The security group's level duties (四(二)1–3) have no time limit in the text: owed while the level's response lasts.
  {
    id: E('red-security-hardening'), action: A('strengthen-security'), roles: R('security'), capability: C('containment'), phase: 'response',
    critical: false, clause: '002 四(二)1',
    text: { zh: '一级响应期间，安全保障小组加强系统安全防护，防止事件引发安全漏洞和信息泄露', en: 'During the red response, the security group strengthens system protection against vulnerabilities and information leaks' },
    quote: '安全保障小組加強系統安全防護,防止事件引發安全漏洞和信息泄露',
  },
  {
    id: E('orange-security-monitoring'), action: A('strengthen-security'), roles: R('security'), capability: C('containment'), phase: 'response',
    critical: false, clause: '002 四(二)2',
    text: { zh: '二级响应期间，安全保障小组强化安全监控，确保支付系统安全稳定运行，防止信息泄露风险', en: 'During the orange response, the security group steps up security monitoring to keep the payment system safe and prevent information leaks' },
    quote: '安全保障小組強化安全監控,確保支付系統安全穩定運行,防止信息泄露風險',
  },
  {
    id: E('yellow-security-measures'), action: A('strengthen-security'), roles: R('security'), capability: C('containment'), phase: 'response',
    critical: false, clause: '002 四(二)3',
    text: { zh: '三级响应期间，安全保障小组加强安全防护措施，防止事件演变为安全事件', en: 'During the yellow response, the security group strengthens protective measures so the incident does not become a security incident' },
    quote: '安全保障小組加強安全防護措施,防止事件演變為安全事件',
  },
  {
    id: E('answer-media'), action: A('coordinate-media'), roles: R('risk-mgmt', 'command-office'), capability: C('external-communication'), phase: 'response',
    within: { param: 'mediaResponseWithin' }, critical: false, clause: '002 四(二)1', projectRules: ['pr-pos-10', 'pr-pos-14'],
    text: { zh: '一级：收到媒体问询后及时回应社会关切', en: 'Red: answer each media inquiry and respond to public concern in good time' },
    quote: '加強市場輿情監測,及時回應社會關切',
  },
  // --- 四(三) handling tracks ---
  {
    // Any disturbed service is a technical fault to handle, whatever its cause (pr-pos-08 limits only red's solution deadline).
    id: E('restore-key-functions'), action: A('activate-backup'), roles: R('tech-support'), capability: C('technical-recovery'), phase: 'recovery',
    critical: { byLevel: { red: true, orange: true }, otherwise: false }, clause: '002 四(三)1',
    text: { zh: '技术故障：在服务恢复前，优先恢复关键支付功能（备用设备、系统切换、紧急修复）', en: 'Technical fault: before service is back, restore key payment functions first (standby equipment, switchover, emergency repair)' },
    quote: '優先恢復關鍵支付業務功能,采用備用設備、系統切換、緊急修復等方式,盡快恢復支付系統的正常運行',
  },
  {
    id: E('manual-processing'), action: A('activate-manual-processing'), roles: R('business-ops'), capability: C('service-continuity'), phase: 'response',
    within: { param: 'manualProcessingWithin' }, from: { expectation: E('issue-warning') }, critical: true, clause: '002 四(三)2', projectRules: ['pr-pos-14'],
    text: { zh: '业务中断：启动应急业务流程，采用手工处理、线下交易等方式保障支付业务基本运转', en: 'Business interruption: switch to manual or offline processing to keep the payment business going' },
    quote: '業務運營小組啟動應急業務流程,調整業務操作方式,如采用手工處理、線下交易等方式,確保支付業務的基本運轉',
  },
  {
    id: E('interruption-notice'), action: A('notify-customers'), roles: R('business-ops'), capability: C('customer-communication'), phase: 'response',
    within: { param: 'interruptionNoticeWithin' }, from: { expectation: E('issue-warning') }, critical: false, clause: '002 四(三)2', projectRules: ['pr-pos-14'],
    covers: [{ expectation: E('orange-notify-customers'), clause: '002 四(三)2 「及時通知客戶業務中斷情況」, 三(三)3 「及時向客戶通報情況」: one notice' }],
    recipients: R('customers'),
    text: { zh: '业务中断（任何级别）：及时通知客户业务中断情况，告知预计恢复时间，并提供必要的替代服务或解决方案', en: 'Business interruption, at any level: tell customers about the interruption and the expected recovery time, and offer alternatives' },
    quote: '及時通知客戶業務中斷情況,告知預計恢復時間,并提供必要的替代服務或解決方案',
  },
  {
    id: E('stop-data-transfer'), action: A('stop-data-transfer'), roles: R('security'), capability: C('containment'), phase: 'response',
    within: { param: 'stopTransferWithin' }, critical: true, clause: '002 四(三)3', projectRules: ['pr-pos-04', 'pr-pos-14'],
    text: { zh: '数据泄露：安全保障小组立即停止数据传输和相关系统操作，防止进一步泄露', en: 'Data leak: the security group stops data transfers and related operations at once' },
    quote: '安全保障小組立即采取措施,停止數據傳輸和相關系統操作,防止數據進一步泄露',
  },
  {
    id: E('assess-leaked-data'), action: A('assess-scope'), roles: R('security'), capability: C('situational-assessment'), phase: 'response',
    within: { param: 'leakAssessmentWithin' }, after: [E('stop-data-transfer')], critical: true, clause: '002 四(三)3', projectRules: ['pr-pos-14'],
    text: { zh: '数据泄露：评估泄露数据的类型、敏感程度和可能造成的影响', en: 'Data leak: assess the types, sensitivity and likely impact of the data leaked' },
    quote: '對泄露數據進行評估,確定數據類型、敏感程度和可能造成的影響',
  },
  {
    id: E('notify-leak-customers'), action: A('notify-customers'), roles: R('security', 'business-ops'), capability: C('customer-communication'), phase: 'response',
    within: { param: 'leakNoticeWithin' }, after: [E('assess-leaked-data')], critical: true, clause: '002 四(三)3', projectRules: ['pr-pos-09', 'pr-pos-14'],
    recipients: R('customers'),
    text: { zh: '数据泄露：及时通知受影响客户，并协助其修改密码、加强账户安全保护', en: 'Data leak: tell the customers affected and help them change passwords and protect their accounts' },
    quote: '及時通知受影響的客戶,告知數據泄露情況,并協助客戶采取相應的防范措施,如修改密碼、加強賬戶安全保護等',
  },
  {
    id: E('leak-investigation'), action: A('investigate-cause'), roles: R('security'), capability: C('post-incident'), phase: 'post',
    after: [E('stop-data-transfer')], critical: false, clause: '002 四(三)3',
    text: { zh: '数据泄露：在应急处置结束前配合调查，查找泄露源头和途径并整改', en: 'Data leak: before the response ends, help investigate the source and path of the leak and fix them' },
    quote: '配合相關部門進行調查,查找數據泄露的源頭和途徑,采取措施進行整改',
  },
  {
    id: E('assess-vendor-breach'), action: A('assess-breach'), roles: R('risk-mgmt'), capability: C('vendor-management'), phase: 'response',
    within: { param: 'breachAssessmentWithin' }, critical: false, clause: '002 四(三)4', projectRules: ['pr-pos-14'],
    text: { zh: '服务商违约：风险管理小组依据外包服务合同评估违约行为及其后果', en: 'Vendor breach: the risk management group assesses the breach and its consequences under the contract' },
    quote: '風險管理小組根據外包服務合同條款,評估外包服務提供商的違約行為及其后果',
  },
  {
    id: E('negotiate-with-vendor'), action: A('invoke-contract-remedies'), roles: R('risk-mgmt'), capability: C('vendor-management'), phase: 'response',
    within: { param: 'negotiationWithin' }, after: [E('assess-vendor-breach')], critical: true, clause: '002 四(三)4', projectRules: ['pr-pos-14'],
    recipients: R('vendor'),
    text: { zh: '服务商违约：与服务商协商，要求其按合同承担违约责任并尽快恢复服务', en: 'Vendor breach: negotiate with the vendor, invoke its contractual liability and press it to restore service' },
    quote: '與外包服務提供商進行溝通協商,要求其按照合同約定承擔違約責任,采取措施盡快恢復服務正常運行',
  },
  {
    id: E('replace-vendor'), action: A('replace-vendor'), roles: R('risk-mgmt'), capability: C('vendor-management'), phase: 'recovery',
    within: { param: 'replacementWithin' }, after: [E('negotiate-with-vendor')], critical: true, clause: '002 四(三)4', projectRules: ['pr-pos-12', 'pr-pos-14'],
    recipients: R('replacement-vendor'),
    text: { zh: '协商无果：及时寻找替代服务提供商，确保支付业务不受重大影响', en: 'Negotiation failed: source a replacement vendor in good time so payments are not seriously affected' },
    quote: '并及時尋找替代服務提供商,確保支付業務不受重大影響',
  },
  {
    id: E('legal-action'), action: A('start-legal-action'), roles: R('risk-mgmt', 'command-center'), capability: C('vendor-management'), phase: 'recovery',
    after: [E('negotiate-with-vendor')], critical: false, optional: true, clause: '002 四(三)4', projectRules: ['pr-pos-12', 'pr-all-06'],
    text: { zh: '协商无果：可考虑启动法律程序，追究服务商法律责任（可选）', en: 'Negotiation failed: legal action against the vendor may be considered (optional)' },
    quote: '如協商無果,可考慮啟動法律程序,追究外包服務提供商的法律責任',
  },
  // --- 四(五) communication, records ---
  {
    id: E('vendor-liaison'), action: A('engage-vendor'), roles: R('command-office'), capability: C('vendor-management'), phase: 'response',
    after: [E('issue-warning')], critical: false, clause: '002 四(五)1',
    covers: [{ expectation: E('orange-vendor-coordination'), clause: '002 三(三)3 二級 「加強與外包服務提供商的溝通協調」 is 四(五)1 the office\'s 「與外包服務提供商保持密切溝通…協調解決問題」' }],
    recipients: R('vendor'),
    text: { zh: '办公室在处置结束前与服务商保持密切沟通，了解处置进展，协调解决问题', en: 'Until the end of the response, the office keeps close contact with the vendor, tracks progress and sorts out problems' },
    quote: '應急指揮中心辦公室負責與外包服務提供商保持密切溝通,及時了解事件處置進展情況,協調解決問題',
  },
  {
    id: E('publish-information'), action: A('publish-info'), roles: R('command-office', 'command-center'), capability: C('external-communication'), phase: 'response',
    within: { param: 'publishWithin' }, from: { expectation: E('issue-warning') }, onRise: 'renew', critical: false, clause: '002 四(五)3', projectRules: ['pr-pos-10', 'pr-pos-14', 'pr-pos-19'],
    recipients: R('customers', 'partners', 'regulator'),
    text: { zh: '一级、二级：按信息发布规定及时、准确地向客户、合作伙伴、监管机构发布事件信息；级别升高时更新', en: 'Red and orange: publish accurate incident information to customers, partners and regulators in good time; update it when the level rises' },
    quote: '按照信息發布的相關規定,及時、準確地向客戶、合作伙伴、監管機構等發布事件信息,回應社會關切',
  },
  {
    id: E('publish-restoration'), action: A('publish-info'), roles: R('command-office', 'command-center'), capability: C('external-communication'), phase: 'recovery',
    within: { param: 'publishWithin' }, from: { event: 'vendor.restored' }, critical: false, clause: '002 四(五)3', projectRules: ['pr-pos-10', 'pr-pos-19'],
    recipients: R('customers', 'partners', 'regulator'),
    text: { zh: '一级、二级：服务恢复后发布更新信息', en: 'Red and orange: publish an update once service is restored' },
  },
  {
    id: E('keep-log'), action: A('keep-log'), roles: R('command-office'), capability: C('post-incident'), phase: 'response',
    critical: false, clause: '002 二(二)2',
    text: { zh: '办公室记录应急处置全过程', en: 'The office keeps a record of the whole response' },
    quote: '對應急處置過程進行記錄和總結',
  },
  {
    id: E('regulator-reply'), action: A('liaise-external'), roles: R('command-lead'), capability: C('external-communication'), phase: 'response',
    within: { fact: 'replyBy' }, critical: false, clause: 'pr-all-10 (project rule, not in source)', projectRules: ['pr-all-10'],
    recipients: R('regulator'),
    text: { zh: '在监管要求的时限内答复监管问询（由指挥中心负责人答复）', en: 'Answer the regulator\'s inquiry by its deadline (the head of the command center answers)' },
  },
  {
    id: E('declare-end'), action: A('declare-end'), roles: R('command-center'), capability: C('operational-coordination'), phase: 'post',
    // Armed once the vendor has restored service (pr-pos-11); ending while a leak step is still open is ending early. An end
    // the scenario injects before this is overdue is a fact, not a missed act (pr-all-07).
    within: { param: 'endWithin' }, from: { event: 'vendor.restored' },
    after: [E('stop-data-transfer'), E('assess-leaked-data'), E('notify-leak-customers')], endsHandling: true, dischargedBy: ['incident.closed'],
    critical: false, clause: '002 四(六)1', projectRules: ['pr-pos-11', 'pr-all-07'],
    text: { zh: '服务恢复后，由应急指挥中心宣布应急处置结束（数据泄露的停止传输、评估和客户通知应已完成）', en: 'Once service is restored, the command center declares the response over (a leak\'s stop, assessment and customer notice done first)' },
    quote: '應急處置結束后',
  },
  // --- 四(六), 五 post-incident ---
  {
    id: E('evaluate-response'), action: A('evaluate-response'), roles: R('command-center'), capability: C('post-incident'), phase: 'post',
    within: { param: 'evaluationWithin' }, after: [E('declare-end')], critical: false, clause: '002 四(六)1–2', projectRules: ['pr-pos-14'],
    text: { zh: '处置结束后，指挥中心组织各小组评估处置过程（原因、措施有效性、资源保障、协同配合），总结经验教训', en: 'After the response, the command center has the groups evaluate it (cause, effectiveness, resources, cooperation) and draw lessons' },
    quote: '應急處置結束后,應急指揮中心組織各應急工作小組對事件處置過程進行評估,總結經驗教訓',
  },
  {
    id: E('revise-plan'), action: A('revise-plan'), roles: R('command-center'), capability: C('post-incident'), phase: 'post',
    within: { param: 'planRevisionWithin' }, from: { expectation: E('evaluate-response') }, after: [E('evaluate-response')], critical: false, clause: '002 四(六)3', projectRules: ['pr-pos-18'],
    text: { zh: '根据评估结果修订完善应急预案，提出改进措施', en: 'Revise the plan from the evaluation and set improvements' },
    quote: '根據評估結果,對應急預案進行修訂和完善',
  },
  {
    id: E('loss-assessment'), action: A('assess-loss'), roles: R('command-center', 'business-depts', 'tech-depts', 'risk-dept'), capability: C('post-incident'), phase: 'post',
    within: { param: 'lossAssessmentWithin' }, critical: false, clause: '002 五(一)1–4', projectRules: ['pr-pos-14'],
    text: { zh: '组织相关部门全面评估经济损失（直接、间接）、业务影响和声誉损害', en: 'Have the departments assess economic losses (direct and indirect), business impact and reputational damage' },
    quote: '組織相關部門和專業人員對事件造成的經濟損失、業務影響、聲譽損害等進行全面評估',
  },
  {
    id: E('recovery-plan'), action: A('draft-recovery-plan'), roles: R('command-center'), capability: C('recovery'), phase: 'recovery',
    within: { param: 'recoveryPlanWithin' }, from: { expectation: E('loss-assessment') }, after: [E('loss-assessment')], critical: false, clause: '002 五(二)1', projectRules: ['pr-pos-15', 'pr-pos-18'],
    text: { zh: '根据损失评估结果制定恢复与重建计划，明确目标、任务和时间节点', en: 'Draft the recovery and rebuilding plan from the loss assessment, with goals, tasks and milestones' },
    quote: '根據損失評估結果,制定恢復與重建計劃,明確工作目標、任務和時間節點',
  },
  {
    id: E('post-recovery-work'), action: A('execute-recovery'), roles: R('tech-depts'), capability: C('recovery'), phase: 'recovery',
    within: { param: 'recoveryWorkWithin' }, from: { expectation: E('recovery-plan') }, after: [E('recovery-plan')], critical: false, clause: '002 五(二)2', projectRules: ['pr-pos-18'],
    text: { zh: '技术部门全面检查和修复支付系统和技术设施，并优化升级', en: 'The technical departments check and repair the payment systems and facilities, and upgrade them' },
    quote: '技術部門負責對支付系統和技術設施進行全面檢查和修復,確保系統恢復正常運行,并對系統進行優化升級,提高系統的穩定性和安全性',
  },
  {
    id: E('business-recovery'), action: A('execute-recovery'), roles: R('business-depts'), capability: C('recovery'), phase: 'recovery',
    within: { param: 'recoveryWorkWithin' }, from: { expectation: E('recovery-plan') }, after: [E('recovery-plan')], critical: false, clause: '002 五(二)3', projectRules: ['pr-pos-18'],
    text: { zh: '业务部门根据业务影响情况逐步恢复正常业务流程，提升服务质量', en: 'The business departments bring normal business processes back step by step and improve service' },
    quote: '業務部門根據業務影響情況,逐步恢復正常業務流程,加強業務運營管理,提升服務質量,挽回客戶信任',
  },
  {
    id: E('risk-follow-up'), action: A('execute-recovery'), roles: R('risk-dept'), capability: C('recovery'), phase: 'recovery',
    within: { param: 'recoveryWorkWithin' }, from: { expectation: E('recovery-plan') }, after: [E('recovery-plan')], critical: false, clause: '002 五(二)4', projectRules: ['pr-pos-18'],
    text: { zh: '风险管理部门持续监测事件可能引发的后续风险，确保业务恢复平稳运行', en: 'The risk management department keeps watching the follow-on risks so that business recovers smoothly' },
    quote: '風險管理部門持續監測事件可能引發的后續風險,確保風險得到有效控制,業務恢復平穩運行',
  },
  {
    id: E('investigation-report'), action: A('investigate-cause'), roles: R('investigation-team'), capability: C('post-incident'), phase: 'post',
    within: { param: 'investigationReportWithin' }, after: [E('leak-investigation')], critical: false, clause: '002 五(三)1–2', projectRules: ['pr-pos-14'],
    text: { zh: '成立事件调查组深入调查原因、过程和责任，形成报告，明确责任主体和责任人员并提出处理建议', en: 'An investigation team looks into cause, course and responsibility and reports who is responsible, with proposals' },
    quote: '調查結果應形成報告,明確事件的責任主體和責任人員,提出處理建議',
  },
  {
    id: E('rectification'), action: A('rectify'), roles: R('command-center'), capability: C('post-incident'), phase: 'post',
    within: { param: 'rectificationWithin' }, from: { expectation: E('investigation-report') }, after: [E('investigation-report')], critical: false, clause: '002 五(三)3', projectRules: ['pr-pos-18'],
    text: { zh: '根据调查结果制定整改措施，完善内控制度、业务流程和技术系统', en: 'Set rectification measures from the investigation: internal controls, processes and systems' },
    quote: '根據調查結果,針對存在的問題,制定整改措施',
  },
  {
    id: E('insurance-check'), action: A('check-insurance-cover'), roles: R('risk-mgmt'), capability: C('post-incident'), phase: 'post',
    within: { param: 'insuranceCheckWithin' }, critical: false, clause: '002 五(四)1', projectRules: ['pr-pos-15', 'pr-pos-14'],
    text: { zh: '及时梳理事件涉及的保险范围和条款，确定是否符合理赔条件', en: 'Check the insurance cover and terms and whether a claim qualifies' },
    quote: '及時梳理事件涉及的保險范圍和條款,確定是否符合保險理賠條件',
  },
  {
    id: E('insurance-claim'), action: A('file-insurance-claim'), roles: R('risk-mgmt'), capability: C('post-incident'), phase: 'post',
    // Only when the loss qualifies (五(四)1 「確定是否符合保險理賠條件」): the scenario says so (pr-pos-21).
    within: { param: 'insuranceClaimWithin' }, after: [E('insurance-check')], critical: false, clause: '002 五(四)2–3', projectRules: ['pr-pos-15', 'pr-pos-14', 'pr-pos-21'],
    recipients: R('insurer'),
    text: { zh: '符合理赔条件的：准备资料，向保险公司提出理赔申请并跟进理赔进度', en: 'If the loss qualifies: prepare the documents, file the claim with the insurer and follow it up' },
    quote: '準備相關資料,向保險公司提出理賠申請,并配合保險公司進行理賠調查',
  },
]

export const paymentOutsourcingPlan = {
  id: 'payment-outsourcing' as PlanId,
  version: '1.0.0',
  title: { zh: '第三方支付机构外包服务管理应急预案', en: 'Payment institution outsourced-service emergency plan' },
  summary: {
    zh: '第三方支付机构外包服务出现故障、中断、数据泄露或服务商违约：按影响范围和预计中断时长分红、橙、黄、蓝四级预警，分级响应，并按技术故障、业务中断、数据泄露、服务商违约分类处置，事后开展评估、损失评估、调查整改和保险理赔。',
    en: 'A payment institution\'s plan for outsourced-service failures, interruptions, data leaks and vendor breaches: four warning levels (red, orange, yellow, blue) by scope and expected outage, level-specific responses, measures by incident type, and evaluation, loss assessment, investigation and insurance afterwards.',
  },
  source: { seed: '002_f71569abd60458ad.txt', title: '第三方支付機構外包服務管理應急預案', clauseScheme: '002 四(二)1' },
  roles,
  actions,
  capabilities,
  params,
  levels: [
    { id: 'blue' as LevelId, name: { zh: '四级预警（蓝色）', en: 'Level IV (blue)' }, rank: 1, clause: '002 三(二)4' },
    { id: 'yellow' as LevelId, name: { zh: '三级预警（黄色）', en: 'Level III (yellow)' }, rank: 2, clause: '002 三(二)3' },
    { id: 'orange' as LevelId, name: { zh: '二级预警（橙色）', en: 'Level II (orange)' }, rank: 3, clause: '002 三(二)2' },
    { id: 'red' as LevelId, name: { zh: '一级预警（红色）', en: 'Level I (red)' }, rank: 4, clause: '002 三(二)1' },
  ],
  severity: {
    // pr-pos-01: an ordered decision, first match wins.
    combine: 'first',
    otherwise: 'blue' as LevelId,
    projectRule: 'pr-pos-01',
    rules: [
      {
        level: 'red' as LevelId,
        when: {
          all: [
            FULLY_INTERRUPTED,
            { any: [{ fact: 'expectedHours', gt: { param: 'redAfterHours' } }, { fact: OUTLASTED_RED, eq: true }] },
            { not: { fact: 'impact', in: ['none', 'noticeable'] } },
          ],
        },
        clause: '002 三(二)1', projectRule: 'pr-pos-02',
        text: { zh: '支付业务全面中断，对客户和市场造成重大影响（未说明影响的视为重大），预计或实际中断超过红色阈值', en: 'Payment business fully interrupted, with a major impact on customers and market (taken as major when not stated), expected or found to last longer than the red threshold' },
      },
      { level: 'orange' as LevelId, when: FULLY_INTERRUPTED, clause: '002 三(二)2', projectRule: 'pr-pos-03', text: { zh: '全面中断但预计不超过红色阈值或影响未达重大（全面中断不低于二级）', en: 'Full interruption not expected to exceed the red threshold, or without a major impact (a full interruption is never below orange)' } },
      {
        level: 'orange' as LevelId,
        when: { all: [{ fact: 'scope', in: ['partial', 'degraded'] }, { any: [{ fact: 'expectedHours', gt: { param: 'yellowUnderHours' } }, { fact: OUTLASTED_YELLOW, eq: true }] }] },
        clause: '002 三(二)2', projectRule: 'pr-pos-02',
        text: { zh: '部分业务受影响，预计或实际中断超过黄色阈值', en: 'Part of the business affected, expected or found to last longer than the yellow threshold' },
      },
      { level: 'orange' as LevelId, when: { fact: 'impact', in: ['noticeable', 'major'] }, clause: '002 三(二)2', text: { zh: '对客户和市场有较明显影响', en: 'Noticeable impact on customers and the market' } },
      { level: 'orange' as LevelId, when: { fact: 'customers', gte: 1 }, clause: '002 三(二)2, 四(三)3', projectRule: 'pr-pos-04', text: { zh: '确认发生客户数据泄露', en: 'A confirmed customer-data leak' } },
      { level: 'yellow' as LevelId, when: { all: [{ fact: 'scope', in: ['partial', 'degraded'] }, { fact: 'expectedHours', lte: { param: 'yellowUnderHours' } }] }, clause: '002 三(二)3', projectRule: 'pr-pos-02', text: { zh: '一般故障，仍可维持基本运行，预计在黄色阈值以内（含本数）恢复', en: 'Ordinary fault, basic operation kept, expected back within the yellow threshold (inclusive)' } },
    ],
  },
  events,
  expectations,
  // 二(一): the centre is led by the head of the institution (組長), who acts for it (activation, the end, decisions).
  actsFor: [{ role: 'command-lead' as RoleId, for: 'command-center' as RoleId, clause: '002 二(一) 「以第三方支付機構負責人為組長的應急指揮中心」' }],
  projectRules: [
    rule('pr-pos-01', '定级', 'Grading', '按影响范围、预计时长和影响程度依次判断：全面中断、超过红色阈值且影响重大（未说明影响的视为重大）为红；其他全面中断、部分中断或降级超过黄色阈值、较明显影响或数据泄露为橙；部分中断或降级在黄色阈值以内（含本数）为黄；轻微异常为蓝。', 'Ordered decision on scope, expected hours and impact: red = full, longer than redAfterHours and a major impact (an unstated impact is taken as major; impact none or noticeable stays orange); orange = any other full, or partial/degraded longer than yellowUnderHours, or noticeable impact, or a data leak; yellow = partial/degraded within yellowUnderHours (inclusive); blue = anomaly.'),
    rule('pr-pos-02', '阈值与边界', 'Placeholders and boundaries', '三(二)的四处「[X]」归并为 redAfterHours（默认4）和 yellowUnderHours（默认1）两个参数；「以內」含本数，恰好等于 yellowUnderHours 为黄；「超過」不含本数，全面中断恰好等于 redAfterHours 为橙。', 'The four [X] of 三(二) are two parameters, redAfterHours (4) and yellowUnderHours (1); 「以內」 includes the number, so exactly yellowUnderHours is yellow; 「超過」 excludes it, so a full interruption of exactly redAfterHours is orange.'),
    rule('pr-pos-03', '红色须全面中断', 'Red needs full interruption', '部分中断无论多久仍为橙；全面中断无论多短不低于橙。', 'Partial stays orange however long; full is never below orange.'),
    rule('pr-pos-04', '数据泄露', 'Data leaks', '确认的客户数据泄露至少为橙；四(三)3 在各级均适用。', 'A confirmed customer-data leak is at least orange; 四(三)3 applies at every level.'),
    rule('pr-pos-05', '预警级别与响应级别', 'Warning vs response level', '响应级别等于预警级别。', 'The response level equals the warning level.'),
    rule('pr-pos-06', '预计变化', 'Changing estimates', '事态更新时重新定级；升级立即生效；不自动降级；已开始的要求仍须完成。', 'Re-grade on updates; upgrade at once; no automatic downgrade; started expectations stay due.'),
    rule('pr-pos-07', '对外报告', 'External report', '红、橙预警发布后2小时内必须报告；黄、蓝由负责人决定（不计分）。', 'Required for red and orange within 2h of the warning; optional for yellow and blue.'),
    rule('pr-pos-08', '红色技术方案时限', 'Red solution deadline', '原因为技术问题或尚未查明时适用。', 'Applies when the cause is technical or still unknown.'),
    rule('pr-pos-09', '通知泄露客户', 'Who notifies leak victims', '由安全保障小组负责；业务运营小组代为通知亦可。', 'The security group owns it; delivery by business operations also satisfies it.'),
    rule('pr-pos-10', '信息发布主体', 'Public disclosure owner', '办公室代表指挥中心对外发布。', 'The command office publishes on behalf of the command center.'),
    rule('pr-pos-11', '处置结束', 'End of response', '服务恢复（vendor.restored）后由指挥中心（或其组长）在 endWithin（默认2小时）内宣布结束；数据泄露的停止传输、评估和客户通知未完成即宣布的，属过早结束；情景先行注入结束的，不再要求宣布。', 'Declared by the command center (or its head) within endWithin (2h) of vendor.restored; declaring it while a leak\'s stop, assessment or customer notice is still open is ending early; an end the scenario injects first leaves nothing to declare.'),
    rule('pr-pos-12', '服务商违约', 'Vendor breach', '法律程序为可选（「可考慮」）；协商无果后须及时寻找替代服务商。', 'Legal action optional; sourcing a replacement is required once negotiation fails.'),
    rule('pr-pos-13', '部门与小组', 'Departments vs groups', '三级任务交给「相關業務部門和技術部門」的，业务运营小组和技术支持小组完成亦可。', 'Level III tasks of the business and technical departments may be done by the business-operations and technical-support groups.'),
    rule('pr-pos-14', '未规定时限', 'Unstated deadlines', '「立即」「及時」「迅速」及各「[X]」按参数默认值执行。', 'Defaults for every 立即, 及時, 迅速 and every [X].'),
    rule('pr-pos-15', '未明确主体', 'Unnamed owners', '恢复重建计划由指挥中心负责；保险理赔由风险管理小组负责。', 'Recovery plan: command center; insurance claim: risk-management group.'),
    rule('pr-pos-16', '报告人', 'Reporter', '三(三)1（监测人员）和四(一)1（现场人员）为同一次向办公室的报告各指定了报告人，任一方报告即满足；图表无法按发现途径区分报告人而不复制整条报告链。', 'Monitoring staff (三(三)1) and on-site staff (四(一)1) are both named for the one report to the office: a report by either meets it (the chart cannot tell them apart by detectedBy without duplicating the whole reporting chain).'),
    rule('pr-pos-17', '持续中断的升级', 'Outages that outlast the threshold', '服务受扰（降级、部分或全面中断）且未恢复、持续达到 yellowUnderHours 时，视为中断时间超过黄色阈值；全面中断持续达到 redAfterHours 时，视为超过红色阈值，随即重新定级（时长自服务受扰或全面中断开始时起算，恢复或范围缩小即停止计时）。', 'A disturbed service (degraded, partial or full) still not restored after yellowUnderHours is taken to last longer than the yellow threshold; a full interruption still on after redAfterHours, longer than the red one; the level is re-graded at that moment (timed from when the disturbance or the full interruption began; restoration or a smaller scope stops the clock).'),
    rule('pr-pos-18', '后期步骤时限', 'Post-incident step deadlines', '原文只规定先后、未规定时限的后期步骤按参数默认值：修订预案为评估后1个月，恢复重建计划为损失评估后5个工作日，恢复重建工作为计划后1个月，整改措施为调查报告后1个月。', 'Post-incident steps the text orders but does not time use parameter defaults: plan revision 1 month after the evaluation, recovery plan 5 working days after the loss assessment, recovery work 1 month after the plan, rectification 1 month after the investigation report.'),
    rule('pr-pos-19', '对外发布', 'Public disclosure', '仅红、橙预警要求对外发布事件信息：预警发布后2小时内首次发布，级别升高和服务恢复时更新；黄、蓝预警基本运行仍可维持，不计分。', 'Public disclosure is required at red and orange only: first release within 2h of the warning, an update when the level rises and when service is restored; yellow and blue (basic operation kept) are not scored.'),
    rule('pr-pos-20', '二级故障与业务调整', 'Orange fault and process steps', '二级的故障定位和调整业务流程仅在服务实际受扰（降级、部分或全面中断）时要求；仅有数据泄露、无服务中断的不要求。', 'Orange\'s fault location and business-process adjustment are owed only when the service is actually disturbed (degraded, partial or full); a data leak without an interruption does not owe them.'),
    rule('pr-pos-21', '保险理赔条件', 'Insurance claim condition', '是否符合保险理赔条件由情景注入（insurance.eligibility，结束前后均可）；梳理保险条款每次都要求，提出理赔申请仅在符合条件时要求，自结束或注入时（取较晚者）起算。', 'Whether the loss qualifies is a scenario fact (insurance.eligibility, before or after the end); checking the cover is always owed, filing a claim only when it qualifies, counted from the end or the inject, whichever is later.'),
    rule('pr-all-01', '计时起点', 'Clock start', '「事件發生后」的时限自组织获知事件的情景事件起算。', 'Deadlines after the incident run from the scenario event by which the organisation learns of it.'),
    rule('pr-all-03', '链式时限', 'Chained deadlines', '自前一步骤实际完成时起算；未完成的，自其时限起算。', 'A chained deadline starts when the earlier step was performed, or at its deadline if it never was.'),
    rule('pr-all-06', '可选步骤', 'Optional steps', '「可」「可考慮」等无条件的步骤为可选，未做不扣分。', 'Steps worded "may" without a condition are optional and never penalised.'),
    rule('pr-all-07', '处置结束', 'End of handling', 'incident.closed 由宣布结束触发，或由情景注入；事后时限自此起算。', 'incident.closed is raised by declare-end or injected by the scenario; post-incident clocks start there.'),
    rule('pr-all-10', '无对应规则的注入', 'Injects without a rule', '监管等问询在情景设定答复时限时才计分。', 'Regulator and other inquiries are scored only when the scenario sets a reply deadline.'),
  ],
  recipes: paymentOutsourcingRecipes,
} satisfies PlanDefinition
