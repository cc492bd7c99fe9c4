/** InputError: the one error class for bad input files; it carries every issue found, each with a path and, where known, a line. */

export type InputErrorCode =
  | 'yaml-syntax'
  | 'json-syntax'
  | 'schema'
  | 'unknown-key'
  | 'unknown-plan'
  | 'unknown-event'
  | 'unknown-role'
  | 'unknown-action'
  | 'unknown-param'
  | 'bad-duration'
  | 'bad-time'
  | 'bad-value'
  | 'usage'

export interface InputIssue {
  /** Field path in the file, dot/bracket form: `injects[3].at`; empty for the whole file. */
  readonly path: string
  /** What kind of problem; the error's own code is that of its first issue. */
  readonly code?: InputErrorCode
  readonly message: string
  readonly line?: number
  readonly column?: number
}

export class InputError extends Error {
  override readonly name = 'InputError'
  readonly code: InputErrorCode
  readonly file: string
  readonly issues: readonly InputIssue[]

  constructor(code: InputErrorCode, file: string, issues: readonly InputIssue[]) {
    super(formatIssues(file, issues))
    this.code = code
    this.file = file
    this.issues = issues
  }
}

export const isInputError = (e: unknown): e is InputError => e instanceof InputError

/** One line per issue: `file: path: message (line L, column C)`; path and position only where known. */
export function formatIssues(file: string, issues: readonly InputIssue[]): string {
  return issues.map((i) => formatIssue(file, i)).join('\n')
}

export function formatIssue(file: string, issue: InputIssue): string {
  const at = issue.line !== undefined ? ` (line ${issue.line}${issue.column !== undefined ? `, column ${issue.column}` : ''})` : ''
  return issue.path ? `${file}: ${issue.path}: ${issue.message}${at}` : `${file}: ${issue.message}${at}`
}

/** Renders a field path from its segments: ['injects', 3, 'at'] -> 'injects[3].at'. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = ''
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`
    else out += out ? `.${String(s)}` : String(s)
  }
  return out
}
