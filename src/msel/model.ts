/** MSEL (Master Scenario Events List) tables: cells, sheets, problems, the fields a column can map to, and the column names plandrill writes and recognises. */

/** One spreadsheet cell after reading: text (newlines normalised, `_x000D_` decoded), number, boolean, date (Excel wall-clock time as UTC fields) or empty. */
export type Cell = string | number | boolean | Date | null

export interface MselSheet {
  readonly name: string
  /** Rows as read; `rows[i]` is the row numbered `rowNumbers?.[i] ?? i + 1` (spreadsheet numbering). */
  readonly rows: readonly (readonly Cell[])[]
  readonly rowNumbers?: readonly number[]
}

/** Every problem names a row (spreadsheet numbering; 0 = the file as a whole) and a column (its header text, its letter without a header, or a field in parentheses when no column maps to it). */
export interface MselProblem {
  readonly row: number
  readonly column: string
  readonly message: string
}

export interface MselWorkbook {
  readonly sheets: readonly MselSheet[]
  /** Problems found while reading the file itself (syntax); never thrown. */
  readonly problems: readonly MselProblem[]
}

/** What a column can mean. `null` in a mapping: ignored. */
export const MSEL_FIELDS = [
  'id',
  'offset',
  'datetime',
  'date',
  'time',
  'event',
  'data',
  'when',
  'from',
  'fromZh',
  'fromEn',
  'to',
  'channel',
  'subject',
  'message',
  'messageZh',
  'messageEn',
  'expected',
  'expectedZh',
  'expectedEn',
  'tests',
  'status',
] as const
export type MselField = (typeof MSEL_FIELDS)[number]

/** The columns plandrill writes, in order (CSV header row and the XLSX `MSEL` sheet). */
export const EXPORT_COLUMNS: readonly { readonly field: MselField; readonly header: string; readonly width: number }[] = [
  { field: 'id', header: 'ID 编号', width: 18 },
  { field: 'offset', header: 'Offset 时间偏移', width: 12 },
  { field: 'datetime', header: 'Date-time 日期时间', width: 26 },
  { field: 'event', header: 'Event 事件', width: 22 },
  { field: 'data', header: 'Data 数据 (JSON)', width: 40 },
  { field: 'when', header: 'Condition 触发条件 (JSON)', width: 30 },
  { field: 'fromZh', header: 'From (zh) 发送方（中文）', width: 24 },
  { field: 'fromEn', header: 'From (en) 发送方（英文）', width: 24 },
  { field: 'to', header: 'To 接收方', width: 28 },
  { field: 'channel', header: 'Channel 渠道', width: 10 },
  { field: 'messageZh', header: 'Message (zh) 内容（中文）', width: 60 },
  { field: 'messageEn', header: 'Message (en) 内容（英文）', width: 60 },
  { field: 'expectedZh', header: 'Expected response (zh) 预期响应（中文）', width: 50 },
  { field: 'expectedEn', header: 'Expected response (en) 预期响应（英文）', width: 50 },
  { field: 'tests', header: 'Tests expectations 检验要求', width: 30 },
]

/** First record of a plandrill CSV: this marker in the first cell, the scenario's metadata as JSON in the second. */
export const CSV_META_MARKER = '#plandrill-scenario'
/** Name of the XLSX sheet that carries the scenario's metadata (key / value rows). */
export const META_SHEET = 'scenario'
export const MSEL_SHEET = 'MSEL'

/** Scenario metadata kept alongside the rows (the `scenario` sheet, or the CSV's first record). */
export interface ScenarioMeta {
  readonly id?: string
  readonly plan?: string
  readonly title?: { readonly zh: string; readonly en: string }
  readonly description?: { readonly zh: string; readonly en: string }
  readonly start?: string
  readonly seed?: number
  readonly params?: Readonly<Record<string, unknown>>
  readonly end?: string
}

/** Header text -> field: exact plandrill headers first, then the usual names other tools use (Chinese or English). */
export function fieldForHeader(header: string): MselField | null {
  const exact = EXPORT_COLUMNS.find((c) => squash(c.header) === squash(header))
  if (exact) return exact.field
  const h = squash(header.replace(/[(（][^)）]*[)）]/g, ''))
  if (h === '') return null
  for (const [field, re] of ALIASES) if (re.test(h)) return field
  return null
}

/** Lower case, no whitespace, no punctuation except `+` and `#` (CJK kept). */
export function squash(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u3000]+/g, '')
    .replace(/[^\p{L}\p{N}+#]/gu, '')
}

/** Column letters: 0 -> A, 25 -> Z, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

// --- internal ---

const ALIASES: readonly (readonly [MselField, RegExp])[] = [
  ['id', /^(id|injectid|编号|序号|注入编号|msel#|mselno|mselnumber|mselid|inject#|injectno|injectnumber|#|no|number|ref)$/],
  ['offset', /^(t\+.*|t|offset|timeoffset|偏移|时间偏移|相对时间|elapsed|elapsedtime|relativetime|scenariotime|exercisetime|演练时间)$/],
  ['datetime', /^(dtg|injectdtg|datetime|datetimegroup|日期时间|timestamp|注入时间|发送时间|scheduled|scheduledtime|deliverytime)$/],
  ['date', /^(date|日期|day|天|injectdate)$/],
  ['time', /^(time|时间|时刻|realtime|clock|injecttime|sendtime)$/],
  ['event', /^(event|eventtype|事件|事件类型|type|injecttype|类型|category|类别)$/],
  ['data', /^(data|数据|eventdata|事件数据|参数)$/],
  ['when', /^(when|condition|conditionjson|触发条件|触发条件json|条件|contingency)$/],
  ['from', /^(from|sender|sentfrom|sendfrom|发送方|发件人|发送人|来源|source|simulatedsender|originator)$/],
  ['to', /^(to|recipient|recipients|sendto|接收方|收件人|接收人|接收对象|player|players|participant|participants|audience|target|receiver)$/],
  ['channel', /^(channel|method|方式|渠道|mode|injectmode|delivery|deliverymethod|medium|传递方式|注入方式|发送方式)$/],
  ['subject', /^(subject|title|标题|主题|headline|injecttitle|name)$/],
  ['message', /^(message|messages|description|descriptionscript|script|内容|消息|描述|details|text|body|narrative|injectdescription|脚本|情景|注入内容)$/],
  ['expected', /^(expected|expectedaction|expectedactions|expectedresponse|expectedoutcome|预期响应|预期行动|预期动作|预期|期望响应|期望行动)$/],
  ['tests', /^(expectations|tests|testsexpectations|检验要求|检验)$/],
  ['status', /^(status|状态|injectstatus)$/],
]
