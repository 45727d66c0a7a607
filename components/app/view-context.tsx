'use client';
// What a claim card needs to know of the view around it: the date the map is shown as of, and how
// to write the view into the URL before the reader leaves for an article ("Read in context"), so
// the browser's Back, and the article's own "Back to the map" link, return to the same region,
// claim and date. Outside a dashboard (no provider), cards link plainly.
import { createContext, useContext } from 'react';

export interface ViewActions {
  asOf: string | null;
  /** Puts the current region, this claim and the date into the URL now (replacing the entry). */
  remember: (claim: string | null) => void;
}

const ViewContext = createContext<ViewActions>({ asOf: null, remember: () => undefined });

export const ViewProvider = ViewContext.Provider;

export function useView(): ViewActions {
  return useContext(ViewContext);
}
