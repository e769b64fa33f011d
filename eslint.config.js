// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'data/**', '**/*.d.ts', 'apps/server/src/db/migrations/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Layering: packages/rules is pure law-as-code (no I/O, no clock).
  {
    files: ['packages/rules/src/**/*.ts'],
    // src/cli streams JSON Lines (node:events, node:string_decoder) but opens no file: the host passes openInput.
    ignores: ['packages/rules/src/**/*.test.ts', 'packages/rules/src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'http',
                'pg',
                'drizzle-orm*',
                '@electric-sql/*',
                'fastify*',
                '@vinhdanh/server',
                '**/apps/**',
              ],
              message: 'packages/rules phải thuần: không I/O, không DB, không HTTP.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'packages/rules không đọc đồng hồ: truyền ngày pháp lý vào.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'packages/rules không đọc đồng hồ.',
        },
      ],
    },
  },
  {
    files: ['packages/shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', '@vinhdanh/server', '**/apps/**'],
              message: 'packages/shared dùng chung cho web và server: không I/O.',
            },
          ],
        },
      ],
    },
  },
  // Layering: route handlers never touch the database directly.
  {
    files: ['apps/server/src/routes/**/*.ts'],
    ignores: ['apps/server/src/routes/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/db/**', '**/db', 'drizzle-orm*'],
              message: 'Route mỏng: gọi service, không truy cập DB trực tiếp.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@vinhdanh/server', '**/apps/server/**', '@vinhdanh/rules/src/**'],
              message: 'Web chỉ dùng @vinhdanh/shared và API.',
            },
          ],
        },
      ],
    },
  },
);
