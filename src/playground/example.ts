/**
 * The playground's example workbook: a small five-level-RAG plan in the shape councils use
 * (title rows above the header, section rows naming workstreams, milestones under actions,
 * free-text timescales), with the mistakes the add-in exists to catch. Readable on purpose.
 */
import type { CellValue } from "../core/grid";
import { serialOf } from "../workbook/memory";
import type { SheetRows } from "../workbook/memory";

/** "Today" in the playground, so the overdue arithmetic matches the example's dates. */
export const EXAMPLE_TODAY = "2023-03-31";

const DATE = "dd/mm/yyyy";
/** A real Excel date (a serial number shown with a date format). */
const d = (iso: string) => ({ date: serialOf(iso) });

type Cell = CellValue | { date: number };
const HEADER = ["Ref", "Action", "Milestone", "Lead", "Timescale", "Initial RAG", "RAG", "Progress update", "Last updated"];

const ROWS: Cell[][] = [
  ["Anytown SEND Local Area: Written Statement of Action"],
  ["Progress update for the SEND Improvement Board, March 2023"],
  [],
  HEADER,
  ["Significant weakness 1: Education, health and care plans are not completed on time"],
  ["1.1", "Recruit additional EHC plan coordinators", "Posts advertised", "Head of SEND", d("2022-09-30"), "Red", "Completed", "Four coordinators in post.", d("2023-03-20")],
  [null, null, "Induction and training complete", "Head of SEND", d("2022-12-31"), "Red", "Dark Green", "Training delivered in December.", d("2023-03-20")],
  ["1.2", "Quality assure every new EHC plan", "Audit tool agreed with health partners", "Principal Educational Psychologist", "Autumn term 2022", "Red", "Light Green", "Audit tool in use since November.", d("2023-01-10")],
  [null, null, "Monthly multi-agency audit meeting", "Principal Educational Psychologist", d("2023-01-31"), "Red", "amber ", "Two meetings cancelled for lack of health representation.", d("2023-01-10")],
  ["1.3", "Clear the backlog of annual reviews", "Backlog under 50 reviews", "SEND Casework Manager", d("2023-02-28"), "Red", "Red", "Backlog at 180; agency staff sought.", d("2023-03-01")],
  ["Significant weakness 2: Parents and carers are not involved in planning services"],
  ["2.1", "Co-produce a communication strategy with the parent carer forum", "Strategy signed off by the forum", "Participation Lead", "March 2023", "Amber", "lt green", "Draft shared with the forum on 1 March.", d("2023-03-01")],
  [null, null, "Quarterly newsletter to families", "Participation Lead", "Quarterly", "Amber", "Light Green", "First issue sent in January.", d("2023-02-01")],
  ["2.2", "Refresh the Local Offer website", "Content reviewed with families", "Local Offer Manager", "When funding agreed", "Red", "Amber", "Bid submitted.", d("2022-12-15")],
  ["2.3", "Survey families on their experience of EHC needs assessment", "Survey results published", "Participation Lead", "TBC", "Red", null, null],
  ["Significant weakness 3: Joint commissioning is weak"],
  ["3.1", "Agree a joint commissioning strategy with the ICB", "Strategy approved by the Health and Wellbeing Board", "Director of Commissioning", d("2023-06-30"), "Red", "Amber", "Needs analysis complete.", d("2023-03-15")],
  [null, null, "Speech and language therapy pathway redesigned", "Designated Clinical Officer", "Q1 2023/24", "Red", "Green", "Pathway workshop held in February.", d("2023-03-15")],
  ["3.2", "Pool budgets for specialist equipment", "Section 75 agreement signed", "Director of Commissioning", d("2022-11-30"), "Red", "Purple", "Legal review under way.", d("2022-12-01")],
];

const KEY: CellValue[][] = [
  ["Rating", "Meaning"],
  ["Red", "Not started or significantly delayed"],
  ["Amber", "Started, some delay"],
  ["Light Green", "On track; evidence of embedding still needed"],
  ["Dark Green", "Complete, with evidence the improvement is embedded and sustained"],
  ["Completed", "Completed"],
];

/** The example as sheets for MemoryWorkbook.fromRows: real dates become serials with a date format. */
export function exampleSheets(): SheetRows[] {
  const isDate = (c: Cell): c is { date: number } => typeof c === "object" && c !== null && !(c instanceof Date) && "date" in c;
  const rows = ROWS.map((r) => r.map((c) => (isDate(c) ? c.date : c)));
  const numberFormats = ROWS.map((r) => r.map((c) => (isDate(c) ? DATE : null)));
  return [
    { name: "Action plan", rows, numberFormats },
    { name: "RAG key", rows: KEY },
  ];
}
