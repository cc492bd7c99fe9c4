// Lint rules: the engine stays pure (no React, no Node built-ins, no adapters, no plans).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', '.scratch/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['bin/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-*', 'react/*', '@xstate/react'], message: 'The engine must not depend on React.' },
          { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'The engine is isomorphic: pass file text and time in as arguments.' },
          { group: ['**/ui/**', '**/cli/**', '**/plans/**'], message: 'The engine never imports adapters or plans.' },
          { group: ['./index', './index.ts'], message: 'Inside the engine import the module itself, not the barrel.' },
        ],
      }],
      'no-restricted-properties': ['error',
        { object: 'Date', property: 'now', message: 'No wall clock in the engine: time is an argument.' },
        { object: 'Math', property: 'random', message: 'No unseeded randomness in the engine: pass a seed.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No wall clock in the engine.' }],
    },
  },
)
