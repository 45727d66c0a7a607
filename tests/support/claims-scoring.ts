// The scorer lives in lib/evaluation (the scoring script uses it too); the labelled sets live here.
import path from 'node:path';

export * from '@/lib/evaluation/claims-scoring';
export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'claims');
