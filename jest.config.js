/** Jest: node tests for the core, hosts and CLI; jsdom for the task-pane components. */
const tsJest = [
  'ts-jest',
  { tsconfig: { module: 'commonjs', moduleResolution: 'node10', jsx: 'react-jsx', isolatedModules: true } },
];
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: {
    // office-addin-mock pulls office-addin-manifest, whose dependencies are ESM-only; the mock never needs it.
    '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
    '\\.(css|png|svg)$': '<rootDir>/test/stubs/asset.js',
  },
};
module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/test/**/*.test.ts'] },
    { ...common, displayName: 'dom', testEnvironment: 'jsdom', testMatch: ['<rootDir>/test/**/*.test.tsx'] },
  ],
};
