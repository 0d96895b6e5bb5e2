package org.framewright.compare.report;

/**
 * A section of the HTML report, contributed to {@code org.framewright.report.sections} (Framewright's own sections,
 * structure to simulation, are contributed the same way). Sections are written in the order their contributions
 * give; a section that has nothing to say for an input writes nothing. Stateless.
 */
public interface ReportSection {

    /** Writes the section into {@code page} (a heading, then paragraphs, tables or markup). */
    void write(ReportPage page, ReportInput input);
}
