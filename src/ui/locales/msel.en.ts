/** English strings of the MSEL import page (namespace `msel`), key for key with msel.zh.ts. */
import type { mselZh } from './msel.zh.ts'

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> }

export const mselEn: Shape<typeof mselZh> = {
  title: 'Import a Master Scenario Events List (MSEL)',
  lead: 'Reads an MSEL spreadsheet written by another tool or agency (CSV, Excel or JSON), shows how its columns map and every problem row by row, and creates a new scenario. Existing scenarios are never changed.',
  file: 'File', plan: 'Plan', sheet: 'Sheet', start: 'Start (needed for relative times)', step: 'Spacing when there are no times', generic: 'Event for rows without one',
  mapping: 'Column mapping', column: 'Column', field: 'Field', ignore: '(ignore)',
  refused: '{{count}} problems: no scenario can be created:', more: '{{count}} more problems not listed.', row: 'Row', problem: 'Problem', problems: 'Problems',
  ready: 'Ready: {{count}} injects.', notes: 'Notes ({{count}})',
  preview: 'Preview', time: 'Time', event: 'Event', message: 'Message',
  create: 'Create the scenario', created: 'Created the scenario "{{title}}" ({{id}}).', openConsole: 'Open in the console', openPractice: 'Practise',
  link: 'Import an MSEL',
} as const
