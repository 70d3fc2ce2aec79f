/**
 * The chosen period, shared by every dashboard page on the stack: a drill-down opens a new page (so the back
 * button goes up a level, on weapp and in the browser), and it keeps the period the admin picked.
 */
import { create } from 'zustand';
import type { PeriodInput } from '~/types/api/dashboard';

/** The period state. */
export interface PeriodState {
  period: PeriodInput;
  setPeriod: (period: PeriodInput) => void;
}

/** The store hook; the dashboard starts on 近30天. */
export const usePeriod = create<PeriodState>()((set) => ({
  period: { preset: '30d' },
  setPeriod: (period) => set({ period }),
}));
