/** Chinese (zh-CN), the default language. Keys must match en.ts exactly (a test checks). */
import { STATUS_NAMES } from '../../engine/evaluation.ts'

export const zh = {
  app: {
    tagline: '应急预案演练', nav: '主导航', language: '界面语言', loading: '加载中…', notFound: '页面不存在', skip: '跳到正文',
    error: '页面出错了', errorHelp: '已保存的演练和评估不受影响。可以重试，或回到场景库。', retry: '重试', cancel: '取消',
  },
  nav: { library: '场景库', history: '评估记录', review: '年度评估', plans: '预案' },
  library: {
    title: '演练场景库', lead: '选择一个场景开始个人演练：模拟时钟推进，按预案采取行动，结束后得到引用预案条款的评估。',
    search: '搜索', searchPlaceholder: '场景、预案或级别', plan: '预案', allPlans: '全部预案', viewPlan: '查看预案',
    random: '随机生成场景', generating: '生成中…', none: '暂无场景', level: '事件级别', noLevel: '不分级', length: '模拟时长', injects: '情景消息',
    variant: '随机场景', inProgress: '进行中', problems: '{{count}} 个场景文件无法加载', storageUnavailable: '浏览器存储不可用：演练进度将无法保存。',
    variantFailed: '生成场景失败：', console: '桌面推演控制台', importMsel: '导入 MSEL 表格',
  },
  setup: { playAs: '扮演角色', wholeOrg: '整个机构（所有角色，每次行动时选择角色）', name: '参演人姓名（可选）', options: '练习选项', begin: '开始演练' },
  practice: {
    missing: '找不到该场景', start: '开始时间', clock: '模拟时钟', phase: '阶段', levelUnset: '未定级', run: '开始计时', pause: '暂停', speed: '倍速',
    next: '跳到下一条消息', plusHour: '前进 1 小时', workingDay: '工作日', restDay: '休息日', injects: '情景消息', noInjects: '还没有消息。开始计时或跳到下一条消息。',
    eventOnly: '（事件：{{event}}）', act: '采取行动', searchActions: '查找行动', searchPlaceholder: '名称或条款', actions: '预案行动', asRole: '以何角色',
    chooseRole: '请选择角色', actingAs: '以「{{role}}」身份行动', note: '备注（可选）', record: '记录行动', obligations: '预案要求（提示）',
    noObligations: '目前没有被触发的预案要求。', due: '时限', dueIn: '还剩 {{span}}', overdueBy: '已超时 {{span}}', doneAt: '完成于',
    hints: '显示提示（已触发的要求及时限）', feedback: '即时反馈', pauseOnInject: '收到新消息时暂停',
    finish: '结束演练并评分', finishConfirm: '结束后将无法继续采取行动，并生成评估。确定结束吗？', restart: '放弃并重新开始',
    restartConfirm: '当前演练进度将被删除，且无法恢复。确定重新开始吗？', resumed: '已从上次保存处继续（模拟时间 {{time}}）。时钟已暂停。',
    saveFailed: '保存进度失败：', timeUp: '场景时间已到，请结束演练并查看评估。',
  },
  feedback: {
    onTime: '✓ 已按时完成：{{what}}', late: '✓ 已完成，但已超过时限：{{what}}', wrongRole: '✗ 角色不符：「{{what}}」应由{{roles}}完成',
    unmatched: '已记录。该行动目前不对应任何已触发的预案要求。',
  },
  obligation: { open: '待办', overdue: '已超时', done: '已完成', 'wrong-role': '角色不符' },
  status: STATUS_NAMES.zh,
  match: { satisfied: '满足要求', 'wrong-role': '角色不符', unmatched: '未对应要求' },
  rating: { P: '顺利完成', S: '有些困难', M: '困难较大', U: '未能完成' },
  channel: { phone: '电话', email: '邮件', im: '即时消息', 'in-person': '当面', media: '媒体', letter: '函件', system: '系统' },
  report: {
    kicker: '演练评估', missing: '找不到该评估', participants: '参演人员', autopilot: '自动演练', scoreLabel: '得分 {{score}}，评级 {{rating}}',
    exportJson: '导出 JSON', exportMd: '导出 Markdown', print: '打印 / 存为 PDF', again: '再练一次', summary: '结果汇总',
    capabilities: '能力评级', capability: '能力', score: '得分', rating: '评级', capped: '（因关键要求未完成而封顶）',
    findings: '发现', improvements: '需改进', strengths: '做得好的', observations: '记录',
    expectations: '预案要求逐项', status: '状态', requirement: '要求', due: '时限', done: '完成时间', by: '完成角色', clause: '条款', critical: '关键',
    actions: '行动记录', noActions: '本次演练没有记录任何行动。', time: '时间', role: '角色', action: '行动', match: '匹配', note: '备注',
  },
  chart: { timeline: '各项要求：时限（◆）与实际完成（●）', hours: '小时', hoursSince: '演练开始后的小时数', due: '时限', done: '完成', capabilities: '能力得分' },
  history: {
    title: '评估记录', from: '起始日期', to: '截止日期', import: '导入评估文件', exportAll: '全部导出', date: '演练日期', scenario: '场景', source: '来源',
    actions: '操作', delete: '删除', deleteConfirm: '删除「{{title}}」（{{date}}）的评估？此操作无法撤销。', empty: '还没有评估。完成一次演练或导入评估文件。',
    noMatch: '没有符合筛选条件的评估。', count: '第 {{first}}–{{last}} 条，符合条件 {{matching}} 条，共 {{total}} 条', previous: '上一页', next: '下一页', refused: '未导入 {{file}}：文件有问题，历史记录未作任何改动。',
    moreProblems: '另有 {{count}} 处问题未列出。', imported: '已导入 {{file}}：新增 {{added}} 条，已存在而保留原记录 {{kept}} 条。',
    origin: { practice: '个人演练', import: '导入', console: '桌面推演' },
  },
  plans: {
    title: '预案', roles: '角色', expectations: '预案要求', levels: '事件分级', scenarios: '场景', missing: '找不到该预案', source: '来源',
    diagram: '状态图', diagramLabel: '预案状态图：{{states}} 个状态，{{transitions}} 条转移', diagramHelp: '方框为预案状态，其中列出进入该状态时触发的要求；箭头标注触发转移的事件，虚线为带条件的转移。',
    role: '角色', id: '标识', external: '外部机构', yes: '是', requirement: '要求', who: '责任角色', action: '行动', deadline: '时限', clause: '条款', optional: '可选',
    projectRules: '项目规则', projectRulesHelp: '原文未作规定、本项目为可演练而补充的规则。',
  },
} as const
