import { Dropdown, Field as FluentField, makeStyles, Option, tokens } from "@fluentui/react-components";
import type { Field } from "../../core/fields";
import { fieldLabel, fieldsInOrder, type PlanOverview } from "../model";

const useStyles = makeStyles({
  grid: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: "0", width: "100%" },
});

interface Props {
  overview: PlanOverview;
  disabled: boolean;
  onChange(field: Field, letter: string): void;
}

/** Each field with the column it was read from; choosing another saves it in the workbook's config. */
export function ColumnMapping({ overview, disabled, onChange }: Props) {
  const styles = useStyles();
  const optionText = (letter: string) => {
    const h = overview.headers.find((x) => x.letter === letter);
    return h ? `${letter}: ${h.text}` : letter;
  };
  return (
    <div className={styles.grid}>
      {fieldsInOrder(overview.columns).map((field) => {
        const letter = overview.columns[field];
        return (
          <FluentField key={field} label={fieldLabel(field)} orientation="horizontal" size="small">
            <Dropdown
              className={styles.dropdown}
              size="small"
              disabled={disabled}
              placeholder="Not found"
              value={letter ? optionText(letter) : ""}
              selectedOptions={letter ? [letter] : []}
              onOptionSelect={(_, data) => data.optionValue && data.optionValue !== letter && onChange(field, data.optionValue)}
            >
              {overview.headers.map((h) => (
                <Option key={h.letter} value={h.letter} text={optionText(h.letter)}>
                  {optionText(h.letter)}
                </Option>
              ))}
            </Dropdown>
          </FluentField>
        );
      })}
    </div>
  );
}
