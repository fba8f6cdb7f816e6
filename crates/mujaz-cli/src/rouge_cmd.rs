//! `mujaz rouge`: Arabic ROUGE for one pair or for line-aligned files.

use std::io::{BufWriter, Write};
use std::path::PathBuf;

use clap::Args;
use mujaz_rouge::{Score, METRICS};

use crate::common_args::ScorerArgs;
use crate::input::read_text;
use crate::Failure;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mujaz rouge --reference 'قال الوزير إن الوضع مستقر' --candidate 'الوزير: الوضع مستقر'\n  mujaz rouge --reference-file refs.txt --candidate-file cands.txt --json"
)]
pub struct RougeArgs {
    /// Reference text.
    #[arg(
        long,
        conflicts_with = "reference_file",
        required_unless_present = "reference_file"
    )]
    reference: Option<String>,
    /// Candidate text.
    #[arg(
        long,
        conflicts_with = "candidate_file",
        required_unless_present = "candidate_file"
    )]
    candidate: Option<String>,
    /// References, one per line.
    #[arg(long, requires = "candidate_file")]
    reference_file: Option<PathBuf>,
    /// Candidates, one per line (aligned with --reference-file).
    #[arg(long, requires = "reference_file")]
    candidate_file: Option<PathBuf>,
    /// JSON output (one object per pair).
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    scoring: ScorerArgs,
    /// Report on stderr the time spent scoring (tokenizing and counting, not I/O).
    #[arg(long)]
    timing: bool,
}

/// The JSON of one score: its serde form, {"rouge1": {"p","r","f"}, ..., "empty"}.
pub fn score_json(s: &Score) -> serde_json::Value {
    serde_json::to_value(s).expect("score serializes")
}

pub fn run(args: RougeArgs) -> Result<(), Failure> {
    let rouge = args.scoring.scorer()?;
    let pairs: Vec<(String, String)> = match (&args.reference, &args.candidate) {
        (Some(r), Some(c)) => vec![(r.clone(), c.clone())],
        _ => {
            let (rn, refs) = read_text(args.reference_file.as_deref())?;
            let (cn, cands) = read_text(args.candidate_file.as_deref())?;
            let r: Vec<&str> = refs.lines().collect();
            let c: Vec<&str> = cands.lines().collect();
            if r.len() != c.len() {
                return Err(Failure::input(format!(
                    "{rn} has {} lines but {cn} has {}: files must be line-aligned",
                    r.len(),
                    c.len()
                )));
            }
            r.into_iter()
                .zip(c)
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        }
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let start = std::time::Instant::now();
    let scores: Vec<Score> = pairs.iter().map(|(r, c)| rouge.score(r, c)).collect();
    let secs = start.elapsed().as_secs_f64();
    if args.timing {
        eprintln!(
            "mujaz: scored {} pairs in {secs:.4} s ({:.0} pairs/s)",
            pairs.len(),
            pairs.len() as f64 / secs.max(1e-12)
        );
    }
    let mut empty = 0;
    for (i, s) in scores.iter().enumerate() {
        if s.empty {
            empty += 1;
            eprintln!("mujaz: warning: pair {}: the reference or the candidate has no tokens; its scores are not a measurement", i + 1);
        }
        if args.json {
            writeln!(out, "{}", score_json(s))?;
        } else {
            if pairs.len() > 1 {
                writeln!(out, "pair {}", i + 1)?;
            }
            for (name, prf) in METRICS.iter().zip(s.metrics()) {
                writeln!(
                    out,
                    "{name:<10} P {:.4}  R {:.4}  F {:.4}",
                    prf.p, prf.r, prf.f
                )?;
            }
        }
    }
    out.flush()?;
    if empty > 0 && pairs.len() > 1 {
        eprintln!(
            "mujaz: warning: {empty} of {} pairs had nothing to score",
            pairs.len()
        );
    }
    Ok(())
}
