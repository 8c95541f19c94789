// Every curated entry, payment and banking first (the risk order the catalog is reviewed in).
import type { CuratedEntry } from '../types';
import { CN_APPS } from './cn-apps';
import { CN_FINANCE } from './cn-finance';
import { CN_SERVICES } from './cn-services';
import { GLOBAL_CORE } from './global-core';
import { GLOBAL_FINANCE } from './global-finance';
import { GLOBAL_REGIONAL } from './global-regional';

export const CURATED_CN: readonly CuratedEntry[] = [...CN_FINANCE, ...CN_APPS, ...CN_SERVICES];
export const CURATED_GLOBAL: readonly CuratedEntry[] = [...GLOBAL_FINANCE, ...GLOBAL_CORE, ...GLOBAL_REGIONAL];
export const CURATED: readonly CuratedEntry[] = [...CURATED_CN, ...CURATED_GLOBAL];
