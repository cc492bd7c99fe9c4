/** English strings of the trainer's console and the projector view (namespace `console`), key for key with console.zh.ts. */
import type { consoleZh } from './console.zh.ts'

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

export const consoleEn: Shape<typeof consoleZh> = {
  title: 'Tabletop console',
  lead: 'The trainer runs the simulated clock, delivers, holds or adds injects from the Master Scenario Events List (MSEL), and records what each team does and decides; the projector view follows in another window.',
  open: 'Console', sessions: 'Sessions', newSession: 'Start a new session', resume: 'Resume', scored: 'scored', running: 'in progress', noSessions: 'No sessions yet.',
  sessionTitle: 'Session name', created: 'created', updated: 'updated',
  projector: 'Open the projector view', projectorHint: 'Open it in another window or on the room\'s screen: it shows the clock, the phase and the injects delivered, nothing else.',
  saved: 'Saved', saveFailed: 'Saving failed: ',
  clock: {
    start: 'Start', pause: 'Pause', resume: 'Resume', speed: 'Speed', jump: 'Jump the clock', jumpTo: 'Jump by', jumpHint: 'e.g. 30m, 2h, 1d', jumpGo: 'Jump',
    paused: 'paused', running: 'running', ended: 'The drill has ended', next: 'Jump to the next inject', badJump: 'Enter a duration such as 30m or 2h',
  },
  msel: {
    title: 'Master Scenario Events List (MSEL)', time: 'Time', event: 'Event', from: 'From', to: 'To', channel: 'Channel', message: 'Message',
    expected: 'Expected response', tests: 'Tests', status: 'Status', actions: 'Actions', condition: 'Condition',
    delivered: 'delivered {{time}}', early: 'delivered early {{time}}', released: 'released {{time}}', adhoc: 'added {{time}}', skipped: 'condition not met: not delivered', held: 'held', upcoming: 'to come',
    deliver: 'Deliver now', hold: 'Hold', release: 'Release', exportCsv: 'Export CSV', exportXlsx: 'Export Excel', import: 'Import an MSEL spreadsheet',
  },
  adhoc: {
    title: 'Add an ad-hoc inject', event: 'Event', messageOnly: 'Message only (no plan event)', from: 'From', to: 'To', channel: 'Channel', messageZh: 'Message (Chinese)', messageEn: 'Message (English, optional)',
    data: 'Event data (JSON)', add: 'Deliver', problems: 'Cannot deliver: ',
  },
  teams: {
    title: 'Teams', role: 'Plan role', name: 'Team name', participants: 'Participants (comma-separated)', edit: 'Edit teams',
  },
  entry: {
    title: 'Record a team action', action: 'Action', role: 'Team', time: 'Simulated time', timeHint: 'now by default; or a T+ offset such as 1h20m', note: 'Note', by: 'Done by', record: 'Record', problems: 'Cannot record: ',
    actionPlaceholder: 'Type an action or clause', rolePlaceholder: 'Type a team or role',
  },
  log: {
    title: 'Action log', empty: 'Nothing recorded yet.', time: 'Time', team: 'Team', action: 'Action', note: 'Note', by: 'Done by', history: 'History',
    correct: 'Correct', remove: 'Remove', reason: 'Reason (required)', save: 'Save correction', removed: 'removed', cancel: 'Cancel',
    recorded: 'recorded', corrected: 'corrected', removedChange: 'removed', before: 'was',
  },
  decisions: { title: 'Decision log', decision: 'Decision', rationale: 'Rationale', by: 'Decided by', room: 'Whole room', add: 'Record decision', empty: 'No decisions recorded yet.' },
  finish: 'End the drill and evaluate', finishConfirm: 'The clock stops, the record is scored and the hot wash begins. End the drill?',
  hotwash: {
    title: 'Hot wash and after-action report', lead: 'Pre-filled from the scoring: discuss with the participants, edit, then export the After-Action Report and Improvement Plan (AAR/IP).',
    strengths: 'Strengths', improvements: 'Areas for improvement', analysis: 'Analysis', capability: 'Capability', clause: 'Clause', add: 'Add one', remove: 'Remove',
    plan: 'Improvement plan', issue: 'Issue', corrective: 'Corrective action', element: 'Element', org: 'Responsible organisation', poc: 'Point of contact', start: 'Start date', completion: 'Completion date',
    exercise: 'Exercise', name: 'Exercise name', location: 'Location', sponsor: 'Sponsor', objectives: 'Objectives (one per line)',
    exportMd: 'Export Markdown', exportHtml: 'Printable HTML', exportXlsx: 'Export Excel', report: 'Open the evaluation', score: 'Score {{score}}, rating {{rating}}',
    elements: { planning: 'Planning', organization: 'Organisation', equipment: 'Equipment', training: 'Training', exercise: 'Exercise' },
    invalid: 'Fix first: ',
  },
  present: {
    title: 'Projector view', noLevels: 'no levels', ungraded: 'not graded yet', waiting: 'Waiting for the console…', missing: 'Session not found', phase: 'Phase', level: 'Level', noInjects: 'No injects yet.', paused: 'Paused', ended: 'Drill ended',
  },
} as const
