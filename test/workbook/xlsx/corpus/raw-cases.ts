import { stateSheetRows } from "../../../../src/core/state";
import { buildXlsx, type RawBook, type RawSheet } from "../build-xlsx";

/** Raw-zip cases, written as Excel and the Open XML SDK write them (not by ExcelJS or openpyxl). */
export const PLAN_ROWS: (string | number | null)[][] = [
  ["SEND Written Statement of Action"],
  [],
  ["Ref", "Workstream", "Action", "Deadline", "Lead", "RAG"],
  ["1.1", "Identification", "Recruit two EPs", 45382, "Jo Smith", "Red"],
  ["1.2", "Identification", "Train SENCOs", "June 2024", "Al Khan", "amber "],
  ["1.3", "Identification", "Publish the local offer", 45838, "Jo Smith", "Green"],
  ["2.1", "Transitions", "Preparing for adulthood", "Ongoing", "Sam Lee", "Complete"],
];

const plan = (extra: Partial<RawSheet> = {}): RawSheet => ({ name: "Action plan", rows: PLAN_ROWS, ...extra });
const settings = (owned: string[]): RawSheet => ({ name: "WSOA Tracker", state: "veryHidden", rows: stateSheetRows({ config: { version: 1 }, ownedSheets: owned }, ["Red", "Amber", "Green", "Complete"]).rows });
const ourSummaryRows = [["Action plan: progress summary"], ["As at 1 Jun 2024. 1 of 4 items complete (25.0%); 1 overdue."], [], ["Rating key"]];

const LABEL_NS = "http://schemas.microsoft.com/office/2020/mipLabelMetadata";

export const RAW_CASES: Record<string, RawBook> = {
  // F9: every SpreadsheetML element with the x: prefix, as the .NET Open XML SDK writes them
  "ns-prefixed": { prefix: "x:", sheets: [plan({ userRules: [{ range: "C4:C20", formula: '$C4="x"', fill: "#FFFF00" }] })] },
  // F3: the user deleted our summary (its marker now says #REF!) and made their own "Summary"
  "stale-owned-summary": {
    sheets: [plan(), { name: "Summary", rows: [["Board notes written by the programme manager"], ["Do not lose this text"]] }, settings(["Summary"])],
    definedNames: `<definedName name="WSOA_Owned_Settings" hidden="1">'WSOA Tracker'!$A$1</definedName><definedName name="WSOA_Owned_Summary" hidden="1">#REF!$A$1</definedName>`,
  },
  // The previous version's output (no markers): adopted on evidence, summary replaced in place
  "legacy-applied": {
    sheets: [{ name: "Cover", rows: [["Cover page"]] }, plan(), { name: "Summary", rows: ourSummaryRows }, { name: "Notes", rows: [["Mine"]] }, settings(["Summary"])],
    definedNames: `<definedName name="WSOA_Ratings">'WSOA Tracker'!$D$2:$D$5</definedName><definedName name="_xlnm.Print_Titles" localSheetId="3">Notes!$1:$1</definedName>`,
  },
  // The previous version listed "Summary" but it no longer looks like ours: the user's now
  "legacy-summary-not-ours": { sheets: [plan(), { name: "Summary", rows: [["Board notes"], ["Do not lose this text"]] }, settings(["Summary"])] },
  // A visible sheet called WSOA Tracker that merely looks like settings is not adopted
  "tracker-visible-lookalike": { sheets: [plan(), { ...settings([]), state: "visible" }] },
  // F5: a Purview label in the new format, SharePoint's customXml, and a custom property
  "labels-customxml": {
    sheets: [plan()],
    parts: {
      "docMetadata/LabelInfo.xml": [null, `<?xml version="1.0" encoding="utf-8" standalone="yes"?><clbl:labelList xmlns:clbl="${LABEL_NS}"><clbl:label id="{8a1b-OFFICIAL-SENSITIVE}" enabled="1" method="Privileged" siteId="{c0ffee}" removed="0"/></clbl:labelList>`],
      "customXml/item1.xml": [null, `<?xml version="1.0" encoding="utf-8"?><p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties"><documentManagement/></p:properties>`],
      "customXml/itemProps1.xml": ["application/vnd.openxmlformats-officedocument.customXmlProperties+xml", `<?xml version="1.0" encoding="utf-8"?><ds:datastoreItem ds:itemID="{1D2E}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>`],
      "customXml/_rels/item1.xml.rels": [null, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/></Relationships>`],
      "docProps/custom.xml": ["application/vnd.openxmlformats-officedocument.custom-properties+xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_8a1b_Enabled"><vt:lpwstr>true</vt:lpwstr></property></Properties>`],
    },
    rootRels: [
      { type: "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels", target: "docMetadata/LabelInfo.xml" },
      { type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", target: "docProps/custom.xml" },
    ],
  },
  // F6: a link to a place in the workbook (no relationship), on the plan sheet: after our dropdowns in schema order
  "hyperlink-location": {
    sheets: [plan({ after: `<hyperlinks><hyperlink ref="B4" location="'Action plan'!A3" display="Back to the top" tooltip="Top"/></hyperlinks>` }), { name: "Contents", rows: [["Plan"]], after: `<hyperlinks><hyperlink ref="A1" location="'Action plan'!A1" display="Plan"/></hyperlinks>` }],
  },
  // Sheet-scoped names after the plan sheet: our summary goes in after the plan, so their positions move
  "names-after-plan": {
    sheets: [plan(), { name: "Notes", rows: [["Heading"], ["Mine"]] }],
    definedNames: `<definedName name="_xlnm.Print_Titles" localSheetId="1">Notes!$1:$1</definedName><definedName name="Local" localSheetId="0">'Action plan'!$A$1</definedName>`,
  },
  // Macros: the copy stays .xlsm, its project untouched
  macro: { sheets: [plan()], macro: true },
  // Excel 2010 validations and rules in extLst belong to the user
  "x14-extlst": {
    sheets: [
      plan({
        end:
          `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>B4:B20</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>`,
      }),
      { name: "Lists", rows: [["Identification"], ["Transitions"], ["Outcomes"]] },
    ],
  },
};

export const buildRaw = (name: string) => buildXlsx(RAW_CASES[name]!);
