/** Chinese strings of the MSEL import page (namespace `msel`). Keys must match msel.en.ts. */
export const mselZh = {
  title: '导入情景事件清单（MSEL）',
  lead: '读取其他工具或机构编写的 MSEL 表格（CSV、Excel 或 JSON），核对列对应关系和每一行的问题，生成新的演练场景。已有场景不会被修改。',
  file: '文件', plan: '预案', sheet: '工作表', start: '开始时间（相对时间需要）', step: '无时间时的间隔', generic: '无法识别事件时使用',
  mapping: '列对应关系', column: '列', field: '字段', ignore: '（忽略）',
  refused: '有 {{count}} 个问题，无法生成场景：', more: '另有 {{count}} 个问题未列出。', row: '行', problem: '问题', problems: '问题数',
  ready: '可以生成场景：{{count}} 条情景消息。', notes: '提示（{{count}}）',
  preview: '预览', time: '时间', event: '事件', message: '内容',
  create: '生成场景', created: '已生成场景「{{title}}」（{{id}}）。', openConsole: '在控制台中打开', openPractice: '个人演练',
  link: '导入 MSEL',
} as const
