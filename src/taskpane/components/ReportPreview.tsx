/** The composed report as the reader will see it; 【待补充：…】 placeholders are marked. Text only, never HTML. */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { formatRef } from "../../core/grid";
import type { Block, Report, Run, Section } from "../../core/report/types";

const useStyles = makeStyles({
  page: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    lineHeight: "1.8",
    fontFamily: '"FangSong", "仿宋", "STFangsong", serif',
  },
  title: {
    textAlign: "center",
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    margin: "0 0 0.5em",
  },
  h1: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: "0.6em 0 0.2em",
    fontFamily: '"SimHei", "黑体", sans-serif',
  },
  h2: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: "0.4em 0 0.2em",
    textIndent: "2em",
  },
  h3: { fontSize: tokens.fontSizeBase300, margin: "0.3em 0 0.1em", textIndent: "2em" },
  paragraph: { textIndent: "2em", margin: "0 0 0.3em" },
  signature: { textAlign: "right", margin: "1em 0 0" },
  placeholder: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

const PLACEHOLDER = /(【待补充：[^】]*】)/;

function Runs({ runs }: { runs: Run[] }) {
  const styles = useStyles();
  return (
    <>
      {runs.map((run, i) => {
        if (run.placeholder) {
          return (
            <mark key={i} className={styles.placeholder} data-placeholder="">
              {run.text}
            </mark>
          );
        }
        // A placeholder typed inside ordinary text is marked too.
        const parts = run.text.split(PLACEHOLDER);
        const title = run.ref ? formatRef(run.ref) : undefined;
        return (
          <span key={i} title={title}>
            {parts.map((part, j) =>
              j % 2 === 1 ? (
                <mark key={j} className={styles.placeholder} data-placeholder="">
                  {part}
                </mark>
              ) : (
                part
              )
            )}
          </span>
        );
      })}
    </>
  );
}

function SectionView({ section }: { section: Section }) {
  const styles = useStyles();
  const headingClass =
    section.level === 1 ? styles.h1 : section.level === 2 ? styles.h2 : styles.h3;
  const Heading = (section.level === 1 ? "h3" : section.level === 2 ? "h4" : "h5") as
    "h3" | "h4" | "h5";
  return (
    <>
      <Heading className={headingClass}>
        {section.number}
        {section.title}
      </Heading>
      {section.blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  const styles = useStyles();
  if (block.kind === "section") return <SectionView section={block} />;
  return (
    <p className={styles.paragraph}>
      <Runs runs={block.runs} />
    </p>
  );
}

export function ReportPreview({ report, label }: { report: Report; label: string }) {
  const styles = useStyles();
  return (
    <article className={styles.page} aria-label={label} data-testid="report-preview">
      <h2 className={styles.title}>{report.title}</h2>
      {report.sections.map((section, i) => (
        <SectionView key={i} section={section} />
      ))}
      <p className={styles.signature}>
        <Runs runs={report.signature.unit} />
        <br />
        <Runs runs={report.signature.date} />
      </p>
    </article>
  );
}
