/** MSEL table -> scenario: picks the sheet and header row, maps columns to fields, reads times, events and roles, and validates the result through loadScenario. Never throws on bad input. */
import { stringify } from 'yaml'
import { CHANNELS, ID_PATTERN, formatDuration, formatIso, isInputError, loadScenario, parseDuration, parseIsoDateTime } from '../engine/index.ts'
import type { Bilingual, EpochMs, PlanDefinition, PlanRegistry, Scenario, WorkingDayCalendar } from '../engine/index.ts'
import { CSV_META_MARKER, META_SHEET, columnLetter, fieldForHeader, squash } from './model.ts'
import type { Cell, MselField, MselProblem, MselSheet, MselWorkbook, ScenarioMeta } from './model.ts'
import { parseWhen, unitFromHeader } from './when.ts'
import type { When, WhenHint } from './when.ts'

export interface MselImportOptions {
  readonly plans: PlanRegistry
  /** File name, for the scenario's default id and title and for loadScenario's messages. */
  readonly file: string
  /** Plan id; defaults to the plan named in the file's metadata. */
  readonly plan?: string
  /** Scenario id; defaults to the metadata's, else one made from the file name. */
  readonly id?: string
  /** Sheet to read (name, compared without case and surrounding spaces); default: the one that looks most like an MSEL. */
  readonly sheet?: string
  /** Header row (spreadsheet numbering), or 'none' when the first row is already data; default: detected. */
  readonly header?: number | 'none'
  /** Column (header text or letter) -> field, or null to ignore it; applied over the detected mapping. */
  readonly mapping?: Readonly<Record<string, MselField | null>>
  /** Scenario start (ISO with offset), needed when the times are relative (`T+5`, `J+1`) or times of day only. */
  readonly start?: string
  /** UTC offset for date-times written without one (Excel dates); default +08:00. */
  readonly offset?: string
  /** When no row has a time (order = sequence): place the injects this far apart in row order (a duration such as `10m`), from the start. */
  readonly step?: string
  /** Event for rows whose event cannot be determined; default: the plan's generic informational event, if it has one. */
  readonly genericEvent?: string
  readonly calendar?: WorkingDayCalendar
}

export interface ColumnMapping {
  /** 0-based column index. */
  readonly index: number
  readonly letter: string
  /** Header text (trimmed), or the letter when there is no header row. */
  readonly column: string
  readonly field: MselField | null
  readonly source: 'header' | 'content' | 'override' | 'none'
}

export interface PreviewRow {
  readonly row: number
  /** Why the row is not an inject (marker, status, no content). */
  readonly skipped?: string
  readonly id?: string
  readonly at?: string
  readonly event?: string
  readonly to?: readonly string[]
  readonly from?: Bilingual
  readonly channel?: string
  readonly message?: Bilingual
  readonly expected?: string
  readonly problems: number
}

export interface MselImport {
  readonly sheet: string | null
  readonly sheets: readonly { readonly name: string; readonly score: number; readonly rows: number }[]
  readonly headerRow: number | null
  readonly mapping: readonly ColumnMapping[]
  readonly preview: readonly PreviewRow[]
  /** Blocking: each names a row and a column. The scenario is given only when there are none. */
  readonly problems: readonly MselProblem[]
  /** Not blocking: rows skipped, texts copied to the other language, readings that involved a guess. */
  readonly notes: readonly MselProblem[]
  readonly scenario?: Scenario
  /** The scenario as YAML, ready to save (it passed loadScenario). */
  readonly yaml?: string
}

/** The plan's event for injects that only carry information (an informational event with no required field and a generic id such as `info` or `general.update`), or null. */
export function genericEventOf(plan: PlanDefinition): string | null {
  const hit = plan.events.find((e) => e.informational === true && Object.values(e.fields).every((f) => !f.required) && /(^|[.-])(info|information|notice|note|message|general|generic|update|situation)$/.test(e.id))
  return hit ? hit.id : null
}

/** Maps an MSEL workbook (readMselCsv / readMselXlsx / readMselJson) to a scenario for `plans`; see MselImport. Never throws: even a fault of its own comes back as a problem. */
export function mselToScenario(workbook: MselWorkbook, options: MselImportOptions): MselImport {
  try {
    return importWorkbook(workbook, options)
  } catch (e) {
    const message = `internal error while importing (please report): ${e instanceof Error ? e.message : String(e)}`
    return { sheet: null, sheets: [], headerRow: null, mapping: [], preview: [], problems: [{ row: 0, column: '', message }], notes: [] }
  }
}

function importWorkbook(workbook: MselWorkbook, options: MselImportOptions): MselImport {
  const problems: MselProblem[] = [...workbook.problems]
  const notes: MselProblem[] = []
  const empty = (extra: Partial<MselImport> = {}): MselImport => ({ sheet: null, sheets: [], headerRow: null, mapping: [], preview: [], problems, notes, ...extra })

  // --- metadata (CSV first record, or the `scenario` sheet) ---
  let meta: ScenarioMeta = {}
  let metaRow = 0
  const metaSheet = workbook.sheets.find((s) => s.name.trim().toLowerCase() === META_SHEET && isMetaSheet(s))
  if (metaSheet) meta = readMetaSheet(metaSheet, problems)
  const sheets = workbook.sheets.filter((s) => s !== metaSheet)
  if (sheets.length === 0) {
    problems.push({ row: 0, column: '', message: 'the file has no table of injects' })
    return empty()
  }

  // --- sheet ---
  const scored = sheets.map((s) => ({ sheet: s, ...analyseSheet(s) }))
  const summary = scored.map((s) => ({ name: s.sheet.name, score: s.score, rows: s.sheet.rows.length }))
  let chosen = scored[0] as (typeof scored)[number]
  if (options.sheet !== undefined) {
    const want = options.sheet.trim().toLowerCase()
    const hit = scored.find((s) => s.sheet.name === options.sheet) ?? scored.find((s) => s.sheet.name.trim().toLowerCase() === want)
    if (!hit) {
      problems.push({ row: 0, column: '', message: `no sheet named "${options.sheet}"; sheets: ${sheets.map((s) => `"${s.name}"`).join(', ')}` })
      return empty({ sheets: summary })
    }
    chosen = hit
  } else {
    for (const s of scored) if (s.score > chosen.score) chosen = s
    if (scored.length > 1) notes.push({ row: 0, column: '', message: `read sheet "${chosen.sheet.name}" (the one that looks most like an MSEL among ${sheets.map((s) => `"${s.name}"`).join(', ')}); choose another with the sheet option` })
  }
  const sheet = chosen.sheet
  const rowNo = (i: number) => sheet.rowNumbers?.[i] ?? i + 1
  const rowIndexOf = (n: number) => (sheet.rowNumbers ? sheet.rowNumbers.indexOf(n) : n - 1)

  // CSV: first record `#plandrill-scenario,{json}` (or the JSON after a space in the first cell).
  let first = 0
  const r0 = sheet.rows[0]
  if (r0 && typeof r0[0] === 'string' && r0[0].trim().startsWith(CSV_META_MARKER)) {
    first = 1
    metaRow = rowNo(0)
    const inline = r0[0].trim().slice(CSV_META_MARKER.length).trim()
    const json = inline !== '' ? inline : typeof r0[1] === 'string' ? r0[1] : ''
    meta = parseMetaJson(json, metaRow, problems)
  }

  // --- header and mapping ---
  let headerIdx: number | null
  if (options.header === 'none') headerIdx = null
  else if (typeof options.header === 'number') {
    const idx = rowIndexOf(options.header)
    if (idx < 0 || idx >= sheet.rows.length) {
      problems.push({ row: options.header, column: '', message: `the sheet has no row ${options.header}` })
      return empty({ sheet: sheet.name, sheets: summary })
    }
    headerIdx = idx
  } else headerIdx = chosen.header !== null && chosen.header >= first ? chosen.header : first === 1 ? findHeader(sheet, first) : chosen.header
  const dataStart = headerIdx !== null ? headerIdx + 1 : first
  const width = Math.max(0, ...sheet.rows.slice(headerIdx ?? first).map((r) => r.length))
  const mapping: ColumnMapping[] = []
  const seen = new Set<MselField>()
  const names = new Set<string>()
  for (let c = 0; c < width; c++) {
    const letter = columnLetter(c)
    const raw = headerIdx !== null ? cellText(sheet.rows[headerIdx]?.[c] ?? null).trim() : ''
    let column = raw !== '' ? raw : letter
    if (names.has(column)) column = `${column} (${letter})`
    names.add(column)
    let field = raw !== '' ? fieldForHeader(raw) : null
    if (field !== null && seen.has(field)) field = null
    if (field !== null) seen.add(field)
    mapping.push({ index: c, letter, column, field, source: field !== null ? 'header' : 'none' })
  }
  if (headerIdx === null) guessByContent(sheet, dataStart, mapping, notes)
  if (headerIdx === null && options.header !== 'none') notes.push({ row: rowNo(first), column: '', message: 'no header row found: columns are named by letter and mapped by their content; give a mapping to name the rest' })
  for (const [key, field] of Object.entries(options.mapping ?? {})) {
    const col = mapping.find((m) => m.column === key) ?? mapping.find((m) => m.letter === key.toUpperCase()) ?? mapping.find((m) => squash(m.column) === squash(key))
    if (!col) {
      problems.push({ row: 0, column: key, message: `the mapping names a column the sheet does not have; columns: ${mapping.map((m) => m.column).join(', ')}` })
      continue
    }
    if (field !== null) for (const m of mapping) if (m.field === field && m !== col) mapping[m.index] = { ...m, field: null, source: 'none' }
    mapping[col.index] = { ...col, field, source: 'override' }
  }
  const colOf = (f: MselField) => mapping.find((m) => m.field === f)
  const colName = (...fs: MselField[]) => {
    for (const f of fs) {
      const c = colOf(f)
      if (c) return c.column
    }
    return `(${fs[0]})`
  }
  const result = (extra: Partial<MselImport> = {}): MselImport => empty({ sheet: sheet.name, sheets: summary, headerRow: headerIdx !== null ? rowNo(headerIdx) : null, mapping, ...extra })

  // --- plan ---
  const planId = options.plan ?? meta.plan
  const entry = planId !== undefined ? options.plans.get(planId) : undefined
  if (!entry) {
    problems.push({ row: planId === options.plan ? 0 : metaRow, column: '(plan)', message: planId === undefined ? `no plan given; known plans: ${options.plans.ids().join(', ')}` : `unknown plan "${planId}"; known plans: ${options.plans.ids().join(', ')}` })
    return result()
  }
  const plan = entry.definition
  if (meta.plan !== undefined && options.plan !== undefined && meta.plan !== options.plan) notes.push({ row: metaRow, column: '(plan)', message: `the file was exported for plan "${meta.plan}"; importing it for "${options.plan}"` })
  let generic = genericEventOf(plan)
  if (options.genericEvent !== undefined) {
    if (plan.events.some((e) => e.id === options.genericEvent)) generic = options.genericEvent
    else problems.push({ row: 0, column: '(event)', message: `the default event "${options.genericEvent}" is not an event of plan "${plan.id}"; valid events: ${plan.events.map((e) => e.id).join(', ')}` })
  }

  const offsetMinutes = parseOffset(options.offset ?? '+08:00')
  if (offsetMinutes === null) {
    problems.push({ row: 0, column: '(offset)', message: `"${options.offset}" is not a UTC offset such as +08:00` })
    return result()
  }
  const timeFields: MselField[] = ['offset', 'datetime', 'date', 'time']
  // No time anywhere (an MSEL in sequence order): one problem, or the injects spaced by `step`.
  const timeCols = mapping.filter((m) => m.field !== null && timeFields.includes(m.field))
  const noTimes = sheet.rows.slice(dataStart).every((r) => timeCols.every((m) => cellText(r[m.index] ?? null).trim() === ''))
  let step: number | null = null
  if (noTimes && options.step !== undefined) {
    const d = parseDuration(options.step)
    if ('error' in d || d.months !== 0 || d.workingDays !== 0 || d.ms <= 0) problems.push({ row: 0, column: '(step)', message: `"${options.step}" is not a step such as 5m or 1h` })
    else step = d.ms
  } else if (noTimes) {
    problems.push({ row: headerIdx !== null ? rowNo(headerIdx) : 0, column: timeCols[0]?.column ?? '(time)', message: `${timeCols.length === 0 ? 'no column gives the inject times (offset, date-time, date or time)' : 'no row has a time'}: map a time column, or space the injects in row order with a step (CLI --step 10m) from a start` })
  }
  let seq = 0
  let anchor: { row: number; epochMs: number; offsetMs: number; text: string | null } | null = null
  if (!colOf('message') && !colOf('messageZh') && !colOf('messageEn') && !colOf('subject')) problems.push({ row: headerIdx !== null ? rowNo(headerIdx) : 0, column: '(message)', message: 'no column gives the messages (message, description, script, subject…); map one' })

  // --- rows ---
  interface Draft {
    row: number
    when: When | null
    timeColumn: string
    inject: Record<string, unknown>
    ok: boolean
  }
  const drafts: Draft[] = []
  const preview: PreviewRow[] = []
  let startex: When | null = null
  let endex: When | null = null
  for (let i = dataStart; i < sheet.rows.length; i++) {
    const cells = sheet.rows[i] as readonly Cell[]
    const row = rowNo(i)
    if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) continue
    const get = (f: MselField): Cell => {
      const c = colOf(f)
      return c ? (cells[c.index] ?? null) : null
    }
    const text = (f: MselField) => cellText(get(f)).trim()
    const before = problems.length
    const rowProblem = (column: string, message: string) => problems.push({ row, column, message })

    const status = text('status')
    if (status !== '' && SKIP_STATUS.test(status)) {
      notes.push({ row, column: colName('status'), message: `skipped: status "${status}"` })
      preview.push({ row, skipped: `status ${status}`, problems: 0 })
      continue
    }
    const marker = [text('subject'), text('message'), text('messageZh'), text('messageEn'), text('event'), ...cells.map((c) => cellText(c).trim())].find((t) => MARKER.test(t))
    const timing = noTimes ? { when: step !== null ? ({ kind: 'offset', text: formatDuration(seq * step), ms: seq * step } as const) : null, column: timeCols[0]?.column ?? '(time)', failed: true } : readTime(get, colOf, rowProblem, colName)
    if (marker !== undefined && [text('subject'), text('message'), text('messageZh'), text('event')].every((t) => t === '' || MARKER.test(t))) {
      const isStart = /^(startex|start\s*ex|演练开始|exercise\s*start)$/i.test(marker.trim())
      if (isStart) startex = timing.when
      else endex = timing.when
      notes.push({ row, column: colName('subject', 'message'), message: `${marker.trim().toUpperCase()} marker row: not an inject${timing.when && (!isStart || timing.when.kind === 'instant' || timing.when.kind === 'date') ? (isStart ? '; its time is the start' : '; its time is the end') : ''}` })
      preview.push({ row, skipped: marker.trim().toUpperCase(), problems: 0 })
      problems.length = before
      continue
    }
    const content = cells.some((c, k) => cellText(c).trim() !== '' && !NOT_CONTENT.has(mapping[k]?.field ?? null))
    if (!content) {
      notes.push({ row, column: '', message: 'skipped: nothing but a number, time or status' })
      preview.push({ row, skipped: 'empty', problems: 0 })
      problems.length = before
      continue
    }
    if (noTimes && step !== null) seq++
    // An offset next to a date-time (plandrill's own layout) tells when the drill starts, should the metadata be gone.
    if (anchor === null && timing.when?.kind === 'offset' && timing.when.ms !== null && colOf('datetime')) {
      const dt = parseWhen(get('datetime'), 'datetime')
      if (dt !== null && !('error' in dt) && dt.kind === 'instant') anchor = { row, epochMs: dt.epochMs ?? (dt.wall as number) - offsetMinutes * 60_000, offsetMs: timing.when.ms, text: typeof get('datetime') === 'string' ? (get('datetime') as string) : null }
    }
    if (timing.when === null && !timing.failed) rowProblem(timing.column ?? colName('offset', 'datetime', 'time', 'date'), 'no time given for this inject')

    // event
    let event: string | undefined
    const evText = text('event')
    const valid = plan.events.map((e) => e.id).join(', ')
    if (evText !== '') {
      const hit = plan.events.find((e) => e.id.toLowerCase() === evText.toLowerCase() || squash(e.name.zh) === squash(evText) || squash(e.name.en) === squash(evText))
      if (hit) event = hit.id
      else if (generic !== null) {
        event = generic
        notes.push({ row, column: colName('event'), message: `"${evText}" is not an event of plan "${plan.id}": imported as the informational event ${generic}` })
      } else rowProblem(colName('event'), `"${evText}" is not an event of plan "${plan.id}" and the plan has no generic informational event; valid events: ${valid}`)
    } else if (generic !== null) {
      event = generic
      notes.push({ row, column: colName('event'), message: `no event given: imported as the informational event ${generic}` })
    } else rowProblem(colName('event'), `no event given and the plan has no generic informational event; valid events: ${valid}`)

    // data
    let data: Record<string, unknown> | undefined
    const dataText = text('data')
    if (dataText !== '') {
      try {
        const v: unknown = JSON.parse(dataText)
        if (typeof v === 'object' && v !== null && !Array.isArray(v)) data = v as Record<string, unknown>
        else rowProblem(colName('data'), 'must be a JSON object such as {"count": 12}')
      } catch {
        rowProblem(colName('data'), `is not valid JSON (${dataText.slice(0, 40)})`)
      }
    }

    // contingency condition (validated against the plan with the rest of the scenario)
    let when: unknown
    const whenText = text('when')
    if (whenText !== '') {
      try {
        when = JSON.parse(whenText) as unknown
      } catch {
        rowProblem(colName('when'), `is not valid JSON (${whenText.slice(0, 40)}); e.g. {"notDone": "notify-customers"}`)
      }
    }

    // recipients
    const to: string[] = []
    for (const name of text('to').split(/[;,、，；\n]+/).map((s) => s.trim()).filter((s) => s !== '')) {
      const role = plan.roles.find((r) => r.id === name.toLowerCase() || squash(r.name.zh) === squash(name) || squash(r.name.en) === squash(name))
      if (role) {
        if (!to.includes(role.id)) to.push(role.id)
      } else rowProblem(colName('to'), `unknown role "${name}" in plan "${plan.id}"; roles: ${plan.roles.map((r) => r.id).join(', ')}`)
    }

    // from, message, channel, id
    const from = bilingual(text('fromZh'), text('fromEn'), text('from'))
    const subject = text('subject')
    const body = (t: string) => (subject !== '' && t !== '' && t !== subject ? `${subject}\n${t}` : t !== '' ? t : subject)
    const msgZh = text('messageZh') !== '' ? text('messageZh') : body(text('message'))
    const msgEn = text('messageEn') !== '' ? text('messageEn') : body(text('message'))
    let message: Bilingual | undefined
    if (msgZh === '' && msgEn === '') rowProblem(colName('message', 'messageZh', 'subject'), 'the message is empty')
    else {
      message = { zh: msgZh !== '' ? msgZh : msgEn, en: msgEn !== '' ? msgEn : msgZh }
      if (msgZh === '' || msgEn === '') {
        if (colOf('messageZh') || colOf('messageEn')) notes.push({ row, column: colName(msgZh === '' ? 'messageZh' : 'messageEn'), message: `only the ${msgZh === '' ? 'English' : 'Chinese'} message is given: the same text is used for both languages` })
      }
    }
    let channel: string | undefined
    const chText = text('channel')
    if (chText !== '') {
      channel = channelOf(chText)
      if (channel === undefined) notes.push({ row, column: colName('channel'), message: `channel "${chText}" not recognised (${CHANNELS.join(', ')}): left out` })
    }
    let id: string | undefined
    const idText = text('id')
    if (idText !== '') {
      id = ID_PATTERN.test(idText) ? idText : idText.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
      if (id === '') id = undefined
      else if (id !== idText) notes.push({ row, column: colName('id'), message: `id "${idText}" written as "${id}"` })
    }

    const inject: Record<string, unknown> = {
      ...(id !== undefined ? { id } : {}),
      event: event ?? '',
      ...(data && Object.keys(data).length > 0 ? { data } : {}),
      ...(when !== undefined ? { when } : {}),
      ...(from ? { from } : {}),
      ...(to.length > 0 ? { to } : {}),
      ...(channel !== undefined ? { channel } : {}),
      ...(message ? { message } : {}),
    }
    const ok = problems.length === before
    drafts.push({ row, when: timing.when, timeColumn: timing.column ?? colName('offset', 'datetime', 'time', 'date'), inject, ok })
    preview.push({
      row,
      ...(id !== undefined ? { id } : {}),
      ...(event !== undefined ? { event } : {}),
      to,
      ...(from ? { from } : {}),
      ...(channel !== undefined ? { channel } : {}),
      ...(message ? { message } : {}),
      ...(text('expected') !== '' ? { expected: text('expected') } : {}),
      problems: problems.length - before,
    })
  }

  // --- start and times ---
  const headerRowNo = headerIdx !== null ? rowNo(headerIdx) : 0
  const timeColumn = colName('offset', 'datetime', 'time', 'date')
  const epochOf = (w: When): number | null => (w.kind === 'instant' ? (w.epochMs ?? (w.wall as number) - offsetMinutes * 60_000) : w.kind === 'date' ? w.wall - offsetMinutes * 60_000 : null)
  let startEpoch: number | null = null
  let startOffset = offsetMinutes
  let startText: string | null = null
  const givenStart = options.start ?? meta.start
  if (givenStart !== undefined) {
    const s = parseIsoDateTime(givenStart)
    if ('error' in s) problems.push({ row: options.start !== undefined ? 0 : metaRow, column: '(start)', message: `${s.error}` })
    else {
      startEpoch = s.epochMs
      startOffset = s.offsetMinutes
      startText = givenStart
    }
  } else {
    const abs = [startex, ...drafts.map((d) => d.when)].map((w) => (w ? epochOf(w) : null)).filter((e): e is number => e !== null)
    const sx = startex ? epochOf(startex) : null
    const pick = sx ?? (abs.length > 0 ? Math.min(...abs) : null)
    if (pick !== null) {
      startEpoch = pick
      startText = formatIso(pick as EpochMs, offsetMinutes)
      notes.push({ row: headerRowNo, column: timeColumn, message: `scenario start ${startText}, ${sx !== null ? 'the STARTEX row' : 'the earliest date-time in the sheet'}` })
    } else if (anchor !== null) {
      const iso = anchor.text !== null ? parseIsoDateTime(anchor.text.trim()) : null
      if (iso !== null && !('error' in iso)) startOffset = iso.offsetMinutes
      startEpoch = anchor.epochMs - anchor.offsetMs
      startText = formatIso(startEpoch as EpochMs, startOffset)
      notes.push({ row: anchor.row, column: colName('datetime'), message: `scenario start ${startText}, from this row's date-time less its offset` })
    }
  }
  const relative = drafts.some((d) => d.when !== null && (d.when.kind === 'offset' || d.when.kind === 'clock'))
  if (startEpoch === null && relative && givenStart === undefined) {
    problems.push({ row: headerRowNo, column: timeColumn, message: 'the times are relative (offsets such as T+5 or J+1) or times of day, and nothing gives the date and time the drill starts: give a start (CLI --start 2026-03-02T09:00:00+08:00)' })
  }
  // Offsets before zero (J-1): the scenario starts at the earliest one.
  const minOffset = Math.min(0, ...drafts.map((d) => (d.when?.kind === 'offset' && d.when.ms !== null ? d.when.ms : 0)))
  if (minOffset < 0 && startEpoch !== null) {
    startEpoch += minOffset
    startText = formatIso(startEpoch as EpochMs, startOffset)
    const first = drafts.find((d) => d.when?.kind === 'offset' && d.when.ms === minOffset)
    notes.push({ row: first?.row ?? headerRowNo, column: first?.timeColumn ?? timeColumn, message: `this inject comes ${formatDuration(-minOffset)} before the reference time (J / T): the scenario starts then, at ${startText}` })
  }
  for (const d of drafts) {
    if (d.when === null || startEpoch === null) continue
    const w = d.when
    let at: string | null = null
    let ms: number | null = null
    if (w.kind === 'offset') {
      if (w.note) notes.push({ row: d.row, column: d.timeColumn, message: w.note })
      if (w.ms === null) {
        if (minOffset < 0) problems.push({ row: d.row, column: d.timeColumn, message: `"${w.text}" uses calendar units and cannot be shifted to the earlier start; write it in d/h/m` })
        else at = w.text
      } else {
        ms = w.ms - minOffset
        at = minOffset === 0 ? w.text : formatDuration(ms)
      }
    } else if (w.kind === 'clock') {
      const local = startEpoch + startOffset * 60_000
      ms = local - (((local % 86_400_000) + 86_400_000) % 86_400_000) + w.ms - startOffset * 60_000 - startEpoch
    } else ms = (epochOf(w) as number) - startEpoch
    if (ms !== null && ms < 0) {
      problems.push({ row: d.row, column: d.timeColumn, message: `comes before the scenario start (${startText})` })
      d.ok = false
      continue
    }
    d.inject.at = at ?? formatDuration(ms as number)
  }
  let endText = meta.end
  if (endText === undefined && endex !== null && startEpoch !== null) {
    const e = epochOf(endex)
    const endMs = endex.kind === 'offset' ? endex.ms : e !== null ? e - startEpoch : null
    if (endMs !== null && endMs > 0) endText = formatDuration(endMs - (endex.kind === 'offset' ? minOffset : 0))
  }

  // --- scenario ---
  const baseName = (options.file.split(/[\\/]/).pop() ?? 'msel').replace(/\.[^.]*$/, '')
  const slug = baseName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'imported-msel'
  const scenarioId = options.id ?? meta.id ?? slug
  const usable = drafts.filter((d) => d.ok && d.inject.at !== undefined)
  const doc = {
    id: scenarioId,
    plan: plan.id,
    title: meta.title ?? { zh: baseName, en: baseName },
    ...(meta.description ? { description: meta.description } : {}),
    start: startText ?? '',
    seed: meta.seed ?? 0,
    params: meta.params ?? {},
    ...(endText !== undefined ? { end: endText } : {}),
    injects: usable.map(({ inject: { id, at, ...rest } }) => ({ ...(id !== undefined ? { id } : {}), at, ...rest })),
  }
  if (startText === null && problems.length === 0) problems.push({ row: headerRowNo, column: timeColumn, message: 'no date or time in the sheet gives the scenario start: give a start' })
  if (startText === null || (usable.length === 0 && drafts.length > 0 && problems.length > 0)) return result({ preview, problems })
  const yaml = `# Imported by plandrill msel import from ${baseName}; check the mapping and edit freely.\n${stringify(doc, { lineWidth: 0 })}`
  let scenario: Scenario | undefined
  try {
    scenario = loadScenario(yaml, { file: options.file, plans: options.plans, ...(options.calendar ? { calendar: options.calendar } : {}) })
  } catch (e) {
    if (!isInputError(e)) throw e
    for (const issue of e.issues) {
      const m = /^injects\[(\d+)\](?:\.(\w+))?/.exec(issue.path)
      if (m) {
        const d = usable[Number(m[1])]
        const key = m[2]
        const column =
          key === 'at' ? (d?.timeColumn ?? timeColumn)
          : key === 'event' ? colName('event')
          : key === 'data' ? (colOf('data') ? colName('data') : colName('event'))
          : key === 'when' ? colName('when')
          : key === 'to' ? colName('to')
          : key === 'from' ? colName('fromZh', 'from', 'fromEn')
          : key === 'message' ? colName('messageZh', 'message', 'messageEn', 'subject')
          : key === 'channel' ? colName('channel')
          : key === 'id' ? colName('id')
          : '(inject)'
        problems.push({ row: d?.row ?? 0, column, message: `${issue.path.replace(/^injects\[\d+\]\.?/, '') || 'inject'}: ${issue.message}`.replace(/^(\w+): \1 /, '$1 ') })
      } else problems.push({ row: issue.path === 'injects' ? headerRowNo : metaRow, column: `(${issue.path || 'scenario'})`, message: issue.message })
    }
  }
  if (problems.length > 0) return result({ preview, problems })
  return result({ preview, scenario, yaml })
}

/** A cell as text (dates as ISO text). */
export function cellText(c: Cell): string {
  if (c === null) return ''
  if (c instanceof Date) return Number.isFinite(c.getTime()) ? c.toISOString() : ''
  return String(c)
}

// --- internal ---

/** Columns whose values alone do not make a row an inject. */
const NOT_CONTENT = new Set<MselField | null>(['id', 'offset', 'datetime', 'date', 'time', 'status', 'expected', 'expectedZh', 'expectedEn', 'tests'])
const SKIP_STATUS = /^(omit(ted)?|delete(d)?|cancel(l)?ed|not\s*injected|skip(ped)?|void|removed|dropped|删除|已删除|取消|已取消|省略|不注入|未注入|作废)$/i
const MARKER = /^(startex|endex|start\s*ex|end\s*ex|演练开始|演练结束|exercise\s*(start|end))$/i

const CHANNEL_WORDS: readonly (readonly [string, RegExp])[] = [
  ['email', /e-?mail|mail|邮件|邮箱/i],
  ['phone', /phone|call|telephone|tel\b|voice|电话|来电|致电/i],
  ['im', /\bim\b|chat|instant|sms|text|message|wechat|slack|teams|微信|短信|即时|钉钉/i],
  ['media', /media|press|news|tv|social|媒体|新闻|舆情|微博/i],
  ['letter', /letter|fax|memo|mail\s*post|paper|信函|函|传真|书面|公文/i],
  ['system', /system|ticket|alert|monitor|dashboard|log|jiee|系统|工单|告警|监控/i],
  ['in-person', /in-?person|verbal|face|handout|briefing|walk|meeting|现场|当面|口头|会议/i],
]

function channelOf(text: string): string | undefined {
  const t = text.trim().toLowerCase()
  if ((CHANNELS as readonly string[]).includes(t)) return t
  let best: { id: string; pos: number } | undefined
  for (const [id, re] of CHANNEL_WORDS) {
    const m = re.exec(t)
    if (m && (best === undefined || m.index < best.pos)) best = { id, pos: m.index }
  }
  return best?.id
}

function bilingual(zh: string, en: string, either: string): Bilingual | undefined {
  const z = zh !== '' ? zh : either
  const e = en !== '' ? en : either
  if (z === '' && e === '') return undefined
  return { zh: z !== '' ? z : e, en: e !== '' ? e : z }
}

function parseOffset(text: string): number | null {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(text.trim())
  if (!m) return text.trim().toUpperCase() === 'Z' ? 0 : null
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]))
}

type Getter = (f: MselField) => Cell
type ColOf = (f: MselField) => ColumnMapping | undefined

/** The row's time from its offset, date-time, or date and time columns (in that order of preference). */
function readTime(get: Getter, colOf: ColOf, problem: (column: string, message: string) => void, colName: (...fs: MselField[]) => string): { when: When | null; column: string | null; failed: boolean } {
  const read = (f: MselField, hint: WhenHint) => {
    const c = colOf(f)
    if (!c) return null
    const w = parseWhen(get(f), hint, f === 'offset' ? unitFromHeader(c.column) : null)
    if (w === null) return null
    if ('error' in w) {
      problem(c.column, w.error)
      return { error: true } as const
    }
    return w
  }
  const off = read('offset', 'offset')
  if (off && 'error' in off) return { when: null, column: colName('offset'), failed: true }
  if (off) return { when: off, column: colName('offset'), failed: false }
  const dt = read('datetime', 'datetime')
  if (dt && 'error' in dt) return { when: null, column: colName('datetime'), failed: true }
  if (dt && dt.kind !== 'date') return { when: dt, column: colName('datetime'), failed: false }
  const date = (dt as When | null) ?? read('date', 'date')
  const time = read('time', 'time')
  if ((date && 'error' in date) || (time && 'error' in time)) return { when: null, column: colName('time', 'date'), failed: true }
  const col = time ? colName('time') : colName('date', 'datetime')
  if (date && date.kind === 'date' && time && time.kind === 'clock') return { when: { kind: 'instant', wall: date.wall + time.ms }, column: col, failed: false }
  if (date && date.kind === 'date' && time && time.kind === 'instant' && time.wall !== undefined) {
    // A time cell holding a full date-time (Excel): its own date wins.
    return { when: time, column: col, failed: false }
  }
  if (time) return { when: time, column: col, failed: false }
  if (date) return { when: date, column: col, failed: false }
  return { when: null, column: null, failed: false }
}

function isMetaSheet(s: MselSheet): boolean {
  return s.rows.some((r) => r[0] === 'id' || r[0] === 'plan')
}

function readMetaSheet(s: MselSheet, problems: MselProblem[]): ScenarioMeta {
  const out: Record<string, unknown> = {}
  s.rows.forEach((r, i) => {
    const key = cellText(r[0] ?? null).trim()
    const value = r[1] ?? null
    const row = s.rowNumbers?.[i] ?? i + 1
    if (key === '' || i === 0) return
    const text = cellText(value)
    if (key === 'seed') {
      const n = typeof value === 'number' ? value : Number(text)
      if (Number.isInteger(n)) out.seed = n
      else problems.push({ row, column: `${s.name}!B`, message: `seed must be a whole number (got "${text}")` })
    } else if (key === 'params') {
      try {
        out.params = text.trim() === '' ? {} : JSON.parse(text)
      } catch {
        problems.push({ row, column: `${s.name}!B`, message: 'params must be a JSON object' })
      }
    } else if (/^(title|description)\.(zh|en)$/.test(key)) {
      const [k, lang] = key.split('.') as [string, string]
      out[k] = { ...(out[k] as object | undefined), [lang]: text }
    } else if (['id', 'plan', 'start', 'end'].includes(key)) out[key] = text.trim()
  })
  return out as ScenarioMeta
}

function parseMetaJson(json: string, row: number, problems: MselProblem[]): ScenarioMeta {
  try {
    const v: unknown = JSON.parse(json)
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as ScenarioMeta
  } catch {
    // reported below
  }
  problems.push({ row, column: 'B', message: `${CSV_META_MARKER}: the scenario metadata is not a JSON object` })
  return {}
}

/** Finds the header row among the first rows and scores the sheet (how much it looks like an MSEL). */
function analyseSheet(s: MselSheet): { header: number | null; score: number } {
  const start = s.rows[0] && typeof s.rows[0][0] === 'string' && s.rows[0][0].startsWith(CSV_META_MARKER) ? 1 : 0
  const header = findHeader(s, start)
  const dataRows = s.rows.filter((r) => r.some((c) => c !== null && c !== '')).length
  if (header === null) return { header, score: Math.min(dataRows, 1000) / 1000 }
  const fields = new Set((s.rows[header] ?? []).map((c) => fieldForHeader(cellText(c))).filter((f) => f !== null))
  const has = (...fs: MselField[]) => fs.some((f) => fields.has(f))
  const score = fields.size * 10 + (has('message', 'messageZh', 'messageEn', 'subject') ? 20 : 0) + (has('offset', 'datetime', 'time', 'date') ? 10 : 0) + Math.min(dataRows, 1000) / 1000
  return { header, score }
}

function findHeader(s: MselSheet, start: number): number | null {
  let best: number | null = null
  let bestCount = 1
  for (let i = start; i < Math.min(s.rows.length, start + 15); i++) {
    const row = s.rows[i] ?? []
    if (!row.every((c) => c === null || typeof c === 'string')) continue
    const count = new Set(row.map((c) => fieldForHeader(cellText(c))).filter((f) => f !== null)).size
    if (count > bestCount) {
      best = i
      bestCount = count
    }
  }
  return best
}

/** Without a header: a column whose values are mostly times becomes the time column. */
function guessByContent(s: MselSheet, from: number, mapping: ColumnMapping[], notes: MselProblem[]): void {
  let best: { index: number; hits: number } | null = null
  for (const m of mapping) {
    let hits = 0
    let filled = 0
    for (let i = from; i < s.rows.length; i++) {
      const c = s.rows[i]?.[m.index] ?? null
      if (c === null || c === '') continue
      filled++
      const w = parseWhen(c, 'offset', null)
      if (w !== null && !('error' in w) && typeof c === 'string') hits++
    }
    if (filled > 0 && hits / filled >= 0.6 && (best === null || hits > best.hits)) best = { index: m.index, hits }
  }
  if (best !== null) {
    const m = mapping[best.index] as ColumnMapping
    mapping[best.index] = { ...m, field: 'offset', source: 'content' }
    notes.push({ row: 0, column: m.column, message: 'column read as the time offset (its values look like times)' })
  }
}
