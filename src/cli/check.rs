//! `d1-sandbox check`: a partner's own implementation of an API checked the way D1 calls it,
//! scenario by scenario (the scenarios are `outbound::check`'s; this prints them).

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use crate::domain::partners::PartnerDescription;
use crate::outbound::check::{self, CheckOptions};

use super::common::fail;

/// The flags of `check`.
#[derive(clap::Args)]
pub struct CheckArgs {
    /// The partner description (YAML or JSON; see the README).
    #[arg(long)]
    partner: PathBuf,
    /// Run only this scenario (repeatable).
    #[arg(long)]
    only: Vec<String>,
    /// Also write the report as Markdown here.
    #[arg(long)]
    report: Option<PathBuf>,
    /// Also write the report as JUnit XML here.
    #[arg(long)]
    junit: Option<PathBuf>,
    /// The longest one request may take, in seconds.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=600))]
    timeout_secs: u64,
}

/// Runs `check`: success only when no scenario fails (skipped ones do not fail).
pub async fn run(args: CheckArgs) -> ExitCode {
    let options = CheckOptions {
        only: args.only,
        timeout: Duration::from_secs(args.timeout_secs),
    };
    match check(
        &args.partner,
        &options,
        args.report.as_deref(),
        args.junit.as_deref(),
    )
    .await
    {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => fail(e),
    }
}

/// Runs the scenarios with a progress line on stderr, prints the table, writes the reports
/// asked for; whether every scenario passed (or was skipped).
async fn check(
    partner: &Path,
    options: &CheckOptions,
    report: Option<&Path>,
    junit: Option<&Path>,
) -> Result<bool, String> {
    let text =
        std::fs::read_to_string(partner).map_err(|e| format!("{}: {e}", partner.display()))?;
    let description = PartnerDescription::parse(&text).map_err(|e| e.to_string())?;
    let names = check::scenario_names(&description.role);
    let total = if options.only.is_empty() {
        names.len()
    } else {
        options.only.len()
    };
    let mut done = 0;
    let mut progress = |o: &check::Outcome| {
        done += 1;
        let verdict = match &o.verdict {
            check::Verdict::Pass => "pass",
            check::Verdict::Fail(_) => "FAIL",
            check::Verdict::Skip(_) => "skipped",
        };
        eprint!("\r\x1b[2K[{done}/{total}] {} {verdict}", o.scenario);
    };
    let result = check::run(&description, options, &mut progress)
        .await
        .map_err(|e| e.to_string())?;
    eprintln!();
    println!("{}", check::table(&result));
    if let Some(path) = report {
        std::fs::write(path, check::markdown(&result))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    if let Some(path) = junit {
        std::fs::write(path, check::junit(&result))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(result.passed())
}
