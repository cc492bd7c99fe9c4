/** Chinese strings of the trainer's console and the projector view (namespace `console`). Keys must match console.en.ts. */
export const consoleZh = {
  title: '桌面推演控制台',
  lead: '导演控制模拟时钟，按情景事件清单（MSEL）发送、暂缓或临时增加情景消息，记录各小组的行动和决策；投影视图在另一个窗口同步显示。',
  open: '控制台', sessions: '推演场次', newSession: '开始新的推演', resume: '继续', scored: '已评估', running: '进行中', noSessions: '尚无推演记录。',
  sessionTitle: '推演名称', created: '创建于', updated: '更新于',
  projector: '打开投影视图', projectorHint: '在另一个窗口或投影屏幕上打开：只显示时钟、阶段和已发送的消息。',
  saved: '已自动保存', saveFailed: '保存失败：',
  clock: {
    start: '开始', pause: '暂停', resume: '继续', speed: '倍速', jump: '拨快时钟', jumpTo: '拨到', jumpHint: '如 30m、2h、1d', jumpGo: '拨快',
    paused: '已暂停', running: '计时中', ended: '推演已结束', next: '跳到下一条消息', badJump: '请输入时长，如 30m 或 2h',
  },
  msel: {
    title: '情景事件清单（MSEL）', time: '时间', event: '事件', from: '发送方', to: '接收方', channel: '方式', message: '内容',
    expected: '预期响应', tests: '检验要求', status: '状态', actions: '操作', condition: '触发条件',
    delivered: '已发送 {{time}}', early: '提前发送 {{time}}', released: '暂缓后发送 {{time}}', adhoc: '临时增加 {{time}}', skipped: '条件不满足，未发送', held: '暂缓中', upcoming: '待发送',
    deliver: '立即发送', hold: '暂缓', release: '发送', exportCsv: '导出 CSV', exportXlsx: '导出 Excel', import: '导入 MSEL 表格',
  },
  adhoc: {
    title: '临时增加情景消息', event: '事件', messageOnly: '仅消息（不触发预案事件）', from: '发送方', to: '接收方', channel: '方式', messageZh: '内容（中文）', messageEn: '内容（英文，可留空）',
    data: '事件数据（JSON）', add: '发送', problems: '无法发送：',
  },
  teams: {
    title: '参演小组', role: '预案角色', name: '小组名称', participants: '参演人员（用逗号分隔）', edit: '编辑小组',
  },
  entry: {
    title: '记录小组行动', action: '行动', role: '小组', time: '模拟时间', timeHint: '默认当前时间；可填 T+ 偏移如 1h20m', note: '备注', by: '执行人', record: '记录', problems: '无法记录：',
    actionPlaceholder: '输入行动名称或条款', rolePlaceholder: '输入小组或角色',
  },
  log: {
    title: '行动记录', empty: '还没有记录。', time: '时间', team: '小组', action: '行动', note: '备注', by: '执行人', history: '修改记录',
    correct: '更正', remove: '删除', reason: '原因（必填）', save: '保存更正', removed: '已删除', cancel: '取消',
    recorded: '记录', corrected: '更正', removedChange: '删除', before: '原为',
  },
  decisions: { title: '决策记录', decision: '决策', rationale: '理由', by: '决策方', room: '全体', add: '记录决策', empty: '还没有决策记录。' },
  finish: '结束推演并评估', finishConfirm: '结束后时钟停止，将根据记录评分并进入热洗（hot wash）。确定结束吗？',
  hotwash: {
    title: '热洗与事后报告', lead: '以下内容根据评分结果预填，请与参演人员讨论后修改，再导出事后报告（AAR/IP）。',
    strengths: '优点', improvements: '待改进事项', analysis: '分析', capability: '能力', clause: '条款', add: '增加一项', remove: '删除',
    plan: '改进计划', issue: '问题', corrective: '改进措施', element: '要素', org: '责任单位', poc: '联系人', start: '开始日期', completion: '完成日期',
    exercise: '演练信息', name: '演练名称', location: '地点', sponsor: '主办单位', objectives: '演练目标（每行一项）',
    exportMd: '导出 Markdown', exportHtml: '打印版 HTML', exportXlsx: '导出 Excel', report: '查看评估报告', score: '得分 {{score}}，评级 {{rating}}',
    elements: { planning: '预案', organization: '组织', equipment: '装备', training: '培训', exercise: '演练' },
    invalid: '请先修正：',
  },
  present: {
    title: '投影视图', noLevels: '不分级', ungraded: '未定级', waiting: '等待控制台…', missing: '找不到该推演', phase: '阶段', level: '级别', noInjects: '尚无情景消息。', paused: '暂停', ended: '推演结束',
  },
} as const
