// Examples moved out of core still use core's names and real-data fixtures (scripts/examples/README.md).
export * from '@peacepanel/core';
export * from '../../core/test/example-fixtures.js';
