import { format, parseISO } from 'date-fns';

/** "3 Mar 2026": unambiguous in every locale. */
export const formatDay = (day: string): string => format(parseISO(day), 'd MMM yyyy');
