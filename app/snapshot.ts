// The data a page renders from: one snapshot per request, shared by the page and its metadata, so
// a reload between the two cannot give a title from one version and a body from another.
import { cache } from 'react';
import { getSnapshot } from '@/lib/server/store';

export const requestSnapshot = cache(getSnapshot);
