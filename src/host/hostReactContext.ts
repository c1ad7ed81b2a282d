import { createContext } from 'react';
import type { Host } from './host';

/** The page's {@link Host}, provided by `HostProvider`; `undefined` outside it. */
export const HostReactContext = createContext<Host | undefined>(undefined);
