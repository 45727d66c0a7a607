// The tests start `next start` the way the benchmarks do (scripts/support/next-server.ts).
export * from '../../scripts/support/next-server';
