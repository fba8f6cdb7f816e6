//! `mujaz eval`: corpus ROUGE of predictions, or of the summarizer run on the gold texts.

use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::time::Instant;

use clap::Args;
use mujaz_rouge::{Aggregate, MultiRef, Score, METRICS};
use mujaz_summarize::{Algorithm, Mode, Options, Summarizer};
use rustc_hash::FxHashMap;
use serde_json::{json, Value};

use crate::common_args::{LengthArgs, ScorerArgs};
use crate::gold::{id_string, jsonl_objects, load_gold, Need};
use crate::rouge_cmd::score_json;
use crate::summarize_cmd::load_model;
use crate::Failure;

#[derive(Args, Debug)]
#[command(
    after_help = "Examples:\n  mujaz eval ../shared/data/easc/easc.jsonl --predictions pred.jsonl\n  mujaz eval ../shared/data/ant_bbc/dev.jsonl --mode standfirst --per-doc scores.jsonl\n  mujaz eval ../shared/data/easc/easc.jsonl --mode extract --sentences 3 --json"
)]
pub struct EvalArgs {
    /// Gold JSONL: {"id","text"?,"summaries":[...]} per line.
    gold: PathBuf,
    /// Predictions JSONL: {"id","summary"} per line. Without it, mujaz summarizes the gold
    /// texts with the options below and scores itself.
    #[arg(long)]
    predictions: Option<PathBuf>,
    /// Write one JSON line per gold document (in gold order) with its scores.
    #[arg(long)]
    per_doc: Option<PathBuf>,
    /// JSON output.
    #[arg(long)]
    json: bool,
    /// Bootstrap resamples for the confidence intervals (0: none).
    #[arg(long, default_value_t = 1000)]
    bootstrap: usize,
    /// Seed of the bootstrap.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// How several references combine: max or mean.
    #[arg(long, default_value = "max", value_parser = parse_multi)]
    multi_ref: MultiRef,
    #[command(flatten)]
    scoring: ScorerArgs,
    /// Summary kind (without --predictions).
    #[arg(long, default_value = "standfirst", value_parser = |s: &str| s.parse::<Mode>())]
    mode: Mode,
    /// Sentence scorer (without --predictions).
    #[arg(long, default_value = "learned", value_parser = |s: &str| s.parse::<Algorithm>())]
    algorithm: Algorithm,
    #[command(flatten)]
    length: LengthArgs,
    /// Ignore gold titles.
    #[arg(long)]
    no_title: bool,
    /// A model from `mujaz train`.
    #[arg(long)]
    model: Option<PathBuf>,
}

fn parse_multi(s: &str) -> Result<MultiRef, String> {
    match s {
        "max" => Ok(MultiRef::Max),
        "mean" => Ok(MultiRef::Mean),
        _ => Err(format!("unknown --multi-ref '{s}' (expected max or mean)")),
    }
}

fn load_predictions(path: &std::path::Path) -> Result<FxHashMap<String, String>, Failure> {
    let mut preds = FxHashMap::default();
    for (at, v) in jsonl_objects(path)? {
        let id = v
            .get("id")
            .and_then(id_string)
            .ok_or_else(|| Failure::input(format!("{at}: no string or number field 'id'")))?;
        let summary = match v.get("summary") {
            Some(Value::String(s)) => s.clone(),
            // A failed record from `mujaz summarize` has an error instead: it scores 0.
            None if v.get("error").is_some() => String::new(),
            _ => return Err(Failure::input(format!("{at}: no string field 'summary'"))),
        };
        if preds.insert(id.clone(), summary).is_some() {
            return Err(Failure::input(format!("{at}: duplicate id '{id}'")));
        }
    }
    Ok(preds)
}

pub fn run(args: EvalArgs) -> Result<(), Failure> {
    let need = if args.predictions.is_some() {
        Need::SummariesOnly
    } else {
        Need::Text
    };
    let gold = load_gold(std::slice::from_ref(&args.gold), need, !args.no_title)?;
    let rouge = args.scoring.scorer()?;
    let mut missing = 0usize;
    let mut failed = 0usize;
    let mut docs_per_sec = None;
    let candidates: Vec<Option<String>> = match &args.predictions {
        Some(p) => {
            let preds = load_predictions(p)?;
            let known: rustc_hash::FxHashSet<&str> = gold.iter().map(|g| g.id.as_str()).collect();
            let unknown = preds.keys().filter(|k| !known.contains(k.as_str())).count();
            if unknown > 0 {
                eprintln!("mujaz: warning: {unknown} prediction(s) have ids not in the gold file; ignored");
            }
            gold.iter().map(|g| preds.get(&g.id).cloned()).collect()
        }
        None => {
            let length = args.length.length();
            let summarizer = Summarizer::new(load_model(args.model.as_deref())?);
            let base = Options {
                mode: args.mode,
                algorithm: args.algorithm,
                length,
                ..Options::default()
            };
            base.validate().map_err(|e| Failure::usage(e.to_string()))?;
            let start = Instant::now();
            let out: Vec<Option<String>> = gold
                .iter()
                .map(|g| {
                    let opts = Options {
                        title: g.title.clone(),
                        ..base.clone()
                    };
                    summarizer.summarize(&g.text, &opts).ok().map(|s| s.summary)
                })
                .collect();
            let secs = start.elapsed().as_secs_f64();
            docs_per_sec = Some(gold.len() as f64 / secs.max(1e-9));
            failed = out.iter().filter(|o| o.is_none()).count();
            out
        }
    };
    let mut scores: Vec<Score> = Vec::with_capacity(gold.len());
    for (g, cand) in gold.iter().zip(&candidates) {
        let s = match cand {
            None => {
                missing += 1;
                Score {
                    empty: true,
                    ..Score::default()
                }
            }
            Some(c) => {
                let refs: Vec<&str> = g.summaries.iter().map(|s| s.as_str()).collect();
                rouge.score_multi(&refs, c, args.multi_ref)
            }
        };
        scores.push(s);
    }
    if let Some(path) = &args.per_doc {
        let mut buf = String::new();
        for (g, s) in gold.iter().zip(&scores) {
            // "id" first for readability.
            let mut ordered = serde_json::Map::new();
            ordered.insert("id".into(), json!(g.id));
            if let Value::Object(m) = score_json(s) {
                ordered.extend(m);
            }
            buf.push_str(&Value::Object(ordered).to_string());
            buf.push('\n');
        }
        mujaz_cli::out_file::write(path, buf.as_bytes()).map_err(Failure::input)?;
    }
    let agg = Aggregate::new(&scores, args.bootstrap, args.seed);
    let empty_scored = agg.empty - missing;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.json {
        let mut v = serde_json::to_value(&agg).expect("aggregate serializes");
        let o = v.as_object_mut().expect("object");
        o.insert("missing".into(), json!(missing));
        if args.predictions.is_none() {
            o.insert("failed".into(), json!(failed));
            o.insert("docs_per_sec".into(), json!(docs_per_sec));
        }
        writeln!(out, "{}", serde_json::to_string_pretty(&v).expect("json"))?;
    } else {
        writeln!(
            out,
            "documents {}  missing {missing}  empty {empty_scored}",
            agg.documents
        )?;
        for (name, m) in METRICS.iter().zip(agg.metrics()) {
            writeln!(
                out,
                "{name:<10} F1 {:6.2} [{:6.2}, {:6.2}]   P {:6.2}  R {:6.2}",
                100.0 * m.f.mean,
                100.0 * m.f.low,
                100.0 * m.f.high,
                100.0 * m.p.mean,
                100.0 * m.r.mean
            )?;
        }
        if let Some(d) = docs_per_sec {
            writeln!(
                out,
                "summarized {} documents ({failed} failed) at {d:.0} docs/s",
                gold.len()
            )?;
        }
    }
    out.flush()?;
    if missing > 0 {
        eprintln!(
            "mujaz: warning: {missing} gold document(s) have no prediction; each counts as 0"
        );
    }
    if empty_scored > 0 {
        eprintln!("mujaz: warning: {empty_scored} document(s) had a reference or prediction with no tokens");
    }
    Ok(())
}
