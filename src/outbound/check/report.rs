//! A check's report: a plain table for the terminal, Markdown, and JUnit XML for CI systems.

use super::{Outcome, Report, Verdict};

fn verdict(o: &Outcome) -> String {
    match &o.verdict {
        Verdict::Pass => "pass".into(),
        Verdict::Fail(why) => format!("FAIL: {why}"),
        Verdict::Skip(why) => format!("skipped: {why}"),
    }
}

fn rows(report: &Report) -> Vec<[String; 6]> {
    report
        .outcomes
        .iter()
        .map(|o| {
            [
                o.scenario.to_string(),
                o.request.clone(),
                o.expected.clone(),
                o.got.clone(),
                verdict(o),
                format!("{} ms", o.latency.as_millis()),
            ]
        })
        .collect()
}

const HEADER: [&str; 6] = [
    "scenario", "request", "expected", "got", "verdict", "latency",
];

fn summary(report: &Report) -> String {
    let (passed, failed, skipped) = report.counts();
    format!(
        "{} at {}: {passed} passed, {failed} failed, {skipped} skipped",
        report.role, report.url
    )
}

/// The report as an aligned plain-text table, with a summary line.
pub fn table(report: &Report) -> String {
    let rows = rows(report);
    let mut widths = HEADER.map(|h| h.chars().count());
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: &[String]| {
        cells
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let mut out = vec![line(&HEADER.map(String::from))];
    out.extend(rows.iter().map(|r| line(r)));
    out.push(summary(report));
    out.join("\n")
}

/// The report as Markdown.
pub fn markdown(report: &Report) -> String {
    let escape = |s: &str| s.replace('|', "\\|").replace('\n', " ");
    let mut out = vec![
        format!("# d1-sandbox check: {}", report.role),
        String::new(),
        summary(report),
        String::new(),
        format!("| {} |", HEADER.join(" | ")),
        format!("|{}", "---|".repeat(HEADER.len())),
    ];
    for row in rows(report) {
        out.push(format!(
            "| {} |",
            row.iter()
                .map(|c| escape(c))
                .collect::<Vec<_>>()
                .join(" | ")
        ));
    }
    out.join("\n") + "\n"
}

fn xml(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '&' => "&amp;".into(),
            '<' => "&lt;".into(),
            '>' => "&gt;".into(),
            '"' => "&quot;".into(),
            '\'' => "&apos;".into(),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => " ".into(),
            c => c.to_string(),
        })
        .collect()
}

/// The report as JUnit XML: one test case per scenario.
pub fn junit(report: &Report) -> String {
    let (_, failed, skipped) = report.counts();
    let seconds: f64 = report
        .outcomes
        .iter()
        .map(|o| o.latency.as_secs_f64())
        .sum();
    let mut out = vec![
        r#"<?xml version="1.0" encoding="UTF-8"?>"#.to_string(),
        format!(
            r#"<testsuites><testsuite name="d1-sandbox check {}" tests="{}" failures="{failed}" skipped="{skipped}" time="{seconds:.3}">"#,
            xml(report.role),
            report.outcomes.len()
        ),
    ];
    for o in &report.outcomes {
        let open = format!(
            r#"<testcase classname="{}" name="{}" time="{:.3}">"#,
            xml(report.role),
            xml(o.scenario),
            o.latency.as_secs_f64()
        );
        let detail = format!(
            "request: {}; expected: {}; got: {}",
            o.request, o.expected, o.got
        );
        let inner = match &o.verdict {
            Verdict::Pass => String::new(),
            Verdict::Fail(why) => format!(
                r#"<failure message="{}">{}</failure>"#,
                xml(why),
                xml(&detail)
            ),
            Verdict::Skip(why) => format!(r#"<skipped message="{}"/>"#, xml(why)),
        };
        out.push(format!("{open}{inner}</testcase>"));
    }
    out.push("</testsuite></testsuites>".into());
    out.join("\n") + "\n"
}
