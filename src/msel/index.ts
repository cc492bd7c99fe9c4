/** MSEL import and export: pure functions over text and bytes (no Node built-ins, no React); exceljs is loaded on demand. */
export * from './model.ts'
export * from './when.ts'
export * from './read.ts'
export * from './export.ts'
export * from './import.ts'
