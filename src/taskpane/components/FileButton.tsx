/** A button that opens the file chooser (a hidden file input: the only way a page can ask for a file). */
import * as React from "react";
import { Button, makeStyles } from "@fluentui/react-components";
import type { FileButtonProps } from "./types";

const useStyles = makeStyles({ hidden: { display: "none" } });

export function FileButton(props: FileButtonProps) {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        appearance={props.appearance}
        size={props.size}
        onClick={() => input.current?.click()}
        disabled={props.disabled}
      >
        {props.label}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={props.accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again is a change too.
          event.target.value = "";
          if (file) props.onFile(file);
        }}
        data-testid={props.testId}
        aria-label={props.label}
      />
    </>
  );
}
