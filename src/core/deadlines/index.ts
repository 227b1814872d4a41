/**
 * Plan deadlines: `parseDeadline(cell)` reads any deadline cell (free text is normal) into an
 * interval, ongoing work, a missing marker, an implausible year or unparsed text.
 * e.g. parseDeadline("Autumn term 2019") → { kind: "date", start: "2019-09-01", due: "2019-12-31", … }.
 */
export type { Deadline, DeadlineOptions, Interval, QuarterStyle, TermEnds } from "./types";
export { DEFAULT_TERMS, termInterval, type Season } from "./terms";
export { calendarQuarter, financialQuarter, financialYear, academicYear } from "./quarters";
export { isDateNumberFormat } from "./number-format";
export { parseDeadlineText } from "./parse-text";
export { parseDeadlineNumber } from "./parse-number";
export { parseDeadline } from "./parse-deadline";
