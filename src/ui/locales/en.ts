/** English: complete, key for key with zh.ts. */
import { STATUS_NAMES } from '../../engine/evaluation.ts'
import type { zh } from './zh.ts'

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

export const en: Shape<typeof zh> = {
  app: {
    tagline: 'emergency plan drills', nav: 'Main', language: 'Language', loading: 'Loading…', notFound: 'Page not found', skip: 'Skip to content',
    error: 'Something went wrong on this page', errorHelp: 'Saved drills and evaluations are not affected. Try again, or go back to the library.', retry: 'Try again', cancel: 'Cancel',
  },
  nav: { library: 'Scenarios', history: 'Evaluations', review: 'Review', plans: 'Plans' },
  library: {
    title: 'Scenario library', lead: 'Pick a scenario and drill on your own: the simulated clock runs, you act as the plan requires, and you get an evaluation citing the plan clause behind every finding.',
    search: 'Search', searchPlaceholder: 'Scenario, plan or level', plan: 'Plan', allPlans: 'All plans', viewPlan: 'View plan',
    random: 'Random scenario', generating: 'Generating…', none: 'No scenarios yet', level: 'Severity', noLevel: 'No levels', length: 'Simulated length', injects: 'Injects',
    variant: 'Random', inProgress: 'In progress', problems: '{{count}} scenario files could not be loaded', storageUnavailable: 'Browser storage is unavailable: drill progress cannot be saved.',
    variantFailed: 'Could not generate a scenario:', console: 'Tabletop console', importMsel: 'Import an MSEL spreadsheet',
  },
  setup: { playAs: 'Play as', wholeOrg: 'The whole organisation (all roles; choose the role for each action)', soloHint: 'Practising one role alone: the autopilot plays the other roles by the plan, and only the chosen role’s duties are scored.', name: 'Your name (optional)', options: 'Practice options', begin: 'Start the drill' },
  practice: {
    missing: 'Scenario not found', start: 'Starts', clock: 'Simulated clock', phase: 'Phase', levelUnset: 'not graded', run: 'Run clock', pause: 'Pause', speed: 'Speed',
    next: 'Jump to next inject', plusHour: '+1 hour', workingDay: 'working day', restDay: 'rest day', injects: 'Injects', noInjects: 'No messages yet. Run the clock or jump to the next inject.',
    eventOnly: '(event: {{event}})', act: 'Take action', searchActions: 'Find an action', searchPlaceholder: 'Name or clause', actions: 'Plan actions', asRole: 'As role',
    chooseRole: 'Choose a role', actingAs: 'Acting as “{{role}}”', note: 'Note (optional)', record: 'Record action', obligations: 'Plan requirements (hints)',
    noObligations: 'No plan requirement is armed yet.', due: 'due', dueIn: '{{span}} left', overdueBy: 'overdue by {{span}}', doneAt: 'done',
    hints: 'Show hints (armed requirements and deadlines)', feedback: 'Immediate feedback', pauseOnInject: 'Pause when a message arrives',
    finish: 'Finish and score', finishConfirm: 'After finishing you cannot take further actions, and the evaluation is produced. Finish now?', restart: 'Discard and restart',
    restartConfirm: 'This drill’s progress will be deleted and cannot be recovered. Restart?', resumed: 'Resumed where you left off (simulated time {{time}}). The clock is paused.',
    saveFailed: 'Could not save progress:', timeUp: 'The scenario’s time is over: finish the drill to see the evaluation.',
    levelHidden: 'not yet graded', onlyRole: 'Only the duties of “{{role}}”; the autopilot plays the other roles.',
  },
  feedback: {
    onTime: '✓ Done in time: {{what}}', late: '✓ Done, but after the deadline: {{what}}', wrongRole: '✗ Wrong role: “{{what}}” is for {{roles}}',
    unmatched: 'Recorded. This action does not meet any armed plan requirement right now.',
    incomplete: '△ Done, but not to every recipient: {{what}}', 'wrong-level': '✗ The level declared does not fit the facts: {{what}}',
  },
  entry: { to: 'Recipients (optional)', toHint: 'None ticked: sent to every recipient.', toAll: 'all (none chosen)', level: 'Declared level (optional)', noLevel: 'No level declared' },
  obligation: { open: 'open', overdue: 'overdue', done: 'done', 'wrong-role': 'wrong role' },
  status: STATUS_NAMES.en,
  match: { satisfied: 'met a requirement', 'wrong-role': 'wrong role', unmatched: 'no requirement' },
  rating: { P: 'performed without challenges', S: 'some challenges', M: 'major challenges', U: 'unable to perform' },
  channel: { phone: 'phone', email: 'email', im: 'chat', 'in-person': 'in person', media: 'media', letter: 'letter', system: 'system' },
  report: {
    kicker: 'Drill evaluation', missing: 'Evaluation not found', participants: 'Participants', autopilot: 'autopilot', scoreLabel: 'Score {{score}}, rating {{rating}}',
    exportJson: 'Export JSON', exportMd: 'Export Markdown', print: 'Print / save as PDF', again: 'Drill again', summary: 'Summary',
    capabilities: 'Capabilities', capability: 'Capability', score: 'Score', rating: 'Rating', capped: '(capped: a critical requirement was missed)',
    findings: 'Findings', improvements: 'Areas for improvement', strengths: 'Strengths', observations: 'Observations',
    expectations: 'Each plan requirement', status: 'Status', requirement: 'Requirement', due: 'Due', done: 'Done', by: 'By', clause: 'Clause', critical: 'critical',
    actions: 'Action log', noActions: 'No actions were recorded in this drill.', time: 'Time', role: 'Role', action: 'Action', match: 'Match', note: 'Note',
    playedAs: 'Played as', notScored: 'not scored', notScoredHint: 'Done by the autopilot playing another role: shown for reference, not scored.', missingRecipients: 'not sent to: {{roles}}',
    declaredLevel: 'declared: {{level}}', upgraded: 'This evaluation was kept by an older version ({{schema}}) and is read into the current format; the newer details (recipients, declared level…) are empty.', to: 'Recipients', level: 'Declared level',
  },
  chart: { timeline: 'Each requirement: deadline (◆) and when it was done (●)', hours: 'hours', hoursSince: 'hours since the drill started', due: 'Due', done: 'Done', capabilities: 'Capability scores' },
  history: {
    title: 'Evaluations', from: 'From', to: 'To', import: 'Import evaluation files', exportAll: 'Export all', date: 'Drill date', scenario: 'Scenario', source: 'Source',
    actions: 'Actions', delete: 'Delete', deleteConfirm: 'Delete the evaluation of “{{title}}” ({{date}})? This cannot be undone.', empty: 'No evaluations yet. Finish a drill or import evaluation files.',
    noMatch: 'No evaluation matches the filters.', count: '{{first}}–{{last}} of {{matching}} matching, {{total}} kept', previous: 'Previous', next: 'Next', refused: 'Not imported: {{file}} has problems; the history was not changed.',
    moreProblems: '{{count}} more problems not listed.', imported: 'Imported {{file}}: {{added}} added, {{kept}} already kept (left as they were).',
    origin: { practice: 'practice', import: 'imported', console: 'tabletop' },
    playedAs: 'as {{role}}', olderVersion: 'older version',
  },
  reviewSchemas: { title: 'Evaluation formats', count: '{{schema}}: {{count}}' },
  calendar: {
    title: 'Public holidays (working-day deadlines)',
    help: 'Deadlines of "N working days" follow the State Council\'s yearly notice on public holidays. Built-in data covers {{first}}–{{last}}; for other years import that year\'s holidays and make-up working days (format in the README, "Working-day calendar"), or deadlines falling in that year cannot be computed.',
    covered: 'Built in: {{first}}–{{last}}.',
    importedYears: 'Imported: {{years}}.',
    choose: 'Import a holiday file (YAML)',
    imported: 'Imported the holidays and make-up working days of {{years}}.',
    refused: '"{{file}}" was not imported; nothing kept before has changed:',
    line: 'line {{line}} ',
    clear: 'Forget the imported years',
    missingYear: 'A deadline in this scenario falls in {{year}}, and the built-in holiday data ends in {{last}}. Import the holidays and make-up working days of {{year}} (the State Council notice) on the Plans page before you start.',
    goImport: 'Import holiday data',
  },
  plans: {
    title: 'Plans', roles: 'Roles', expectations: 'Plan requirements', levels: 'Severity levels', scenarios: 'Scenarios', missing: 'Plan not found', source: 'Source',
    diagram: 'Statechart', diagramLabel: 'Plan statechart: {{states}} states, {{transitions}} transitions', diagramHelp: 'Boxes are the plan’s states, listing the requirements their entry arms; arrows carry the events that move between them; dashed arrows are conditional.',
    role: 'Role', id: 'Id', external: 'External body', yes: 'yes', requirement: 'Requirement', who: 'Responsible', action: 'Action', deadline: 'Deadline', clause: 'Clause', optional: 'optional',
    projectRules: 'Project rules', projectRulesHelp: 'Rules the source text leaves open, added by this project so the plan can be drilled.',
  },
}
